// An SQLite file on a network share is refused, with a message that says to use PostgreSQL
// (issue 6, hardening): the real pointsdesk-cli, with statfs() answering as it would for a
// folder on an NFS, SMB/CIFS or FUSE mount (fake_netfs.cpp), and nothing created there.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestNetFs : public QObject
{
    Q_OBJECT
private slots:
    void networkShareIsRefused_data();
    void networkShareIsRefused();

private:
    struct Run { int code = -1; QString err; };
    Run init(const QString &file, const QString &shareDir, const QString &fsType);
    QTemporaryDir m_dir;
};

TestNetFs::Run TestNetFs::init(const QString &file, const QString &shareDir, const QString &fsType)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(PD_FAKE_NETFS_PATH));
    env.insert(QStringLiteral("PD_FAKE_NETFS_DIR"), shareDir);
    env.insert(QStringLiteral("PD_FAKE_NETFS_TYPE"), fsType);
    // the sanitizer build: our preload may come before the sanitizer's runtime
    env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":verify_asan_link_order=0"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PD_CLI_PATH), {QStringLiteral("--db"), file, QStringLiteral("init")});
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

void TestNetFs::networkShareIsRefused_data()
{
    QTest::addColumn<QString>("fsType");
    QTest::addColumn<bool>("refused");
    QTest::newRow("NFS") << QStringLiteral("6969") << true;
    QTest::newRow("SMB") << QStringLiteral("517B") << true;
    QTest::newRow("CIFS") << QStringLiteral("FF534D42") << true;
    QTest::newRow("SMB2") << QStringLiteral("FE534D42") << true;
    QTest::newRow("FUSE (sshfs)") << QStringLiteral("65735546") << true;
    QTest::newRow("ext4") << QStringLiteral("EF53") << false;
    QTest::newRow("tmpfs") << QStringLiteral("01021994") << false;
}

void TestNetFs::networkShareIsRefused()
{
    QFETCH(QString, fsType);
    QFETCH(bool, refused);
    QVERIFY(m_dir.isValid());
    const QString share = m_dir.filePath(QStringLiteral("share-") + fsType);
    QVERIFY(QDir().mkpath(share));
    const QString file = share + QStringLiteral("/points.sqlite");

    const Run run = init(file, share, fsType);
    if (refused) {
        QVERIFY2(run.code != 0, "the program opened an SQLite file on a network share");
        QVERIFY2(run.err.contains(QLatin1String("network share")) && run.err.contains(QLatin1String("PostgreSQL")), qPrintable(run.err));
        QVERIFY2(!QFile::exists(file), "a file was created on the share");
    } else {
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(file));
    }
    // the same preload, the same type, a folder outside the "share": a local disk opens
    const QString local = m_dir.filePath(QStringLiteral("local-") + fsType + QStringLiteral(".sqlite"));
    const Run control = init(local, share, fsType);
    QVERIFY2(control.code == 0, qPrintable(control.err));
}

QTEST_GUILESS_MAIN(TestNetFs)
#include "tst_netfs.moc"
