#include "ownserver.h"

#include "core/db/database.h"
#include "core/db/sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <unistd.h>

namespace pd::test {

bool OwnServer::runTool(const QString &tool, const QStringList &args, QString *output)
{
    QProcess p;
    // initdb and the server refuse to run as root: the test script's server runs as postgres too
    if (geteuid() == 0)
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), m_bin + QLatin1Char('/') + tool} + args);
    else
        p.start(m_bin + QLatin1Char('/') + tool, args);
    if (!p.waitForFinished(60000))
        return false;
    if (output)
        *output = QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool OwnServer::create(const QString &database, QString &why)
{
    QProcess config;
    config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (config.waitForFinished(10000) && config.exitCode() == 0)
        m_bin = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
    if (!QFile::exists(m_bin + QStringLiteral("/initdb"))) {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (!versions.isEmpty())
            m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
    }
    if (!QFile::exists(m_bin + QStringLiteral("/initdb"))) {
        why = QStringLiteral("no PostgreSQL server programs (initdb) here");
        return false;
    }
    if (geteuid() == 0 && QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir.path()}) != 0) {
        why = QStringLiteral("cannot give the server's folder to the postgres user");
        return false;
    }
    QString output;
    if (!runTool(QStringLiteral("initdb"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-U"), QStringLiteral("postgres"),
                                            QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                            QStringLiteral("--locale=C.UTF-8")},
                 &output)) {
        why = QStringLiteral("initdb failed: ") + output;
        return false;
    }
    // a port of its own beside the test script's server and the other tests'
    for (int attempt = 0; attempt < 20; ++attempt) {
        m_port = 56000 + int((getpid() * 7 + attempt * 131) % 4000);
        if (start())
            return createDatabase(database, why);
    }
    why = QStringLiteral("the test's own server did not start");
    return false;
}

bool OwnServer::createDatabase(const QString &database, QString &why)
{
    auto admin = Database::open(url(QStringLiteral("postgres")), QStringLiteral("own-server-admin"));
    if (!admin) {
        why = admin.error().describe();
        return false;
    }
    auto made = sql::run(admin.value()->connection(), QStringLiteral("CREATE DATABASE ") + database);
    if (!made)
        why = made.error().describe();
    return made.ok();
}

QString OwnServer::holdCommits(const QString &database)
{
    auto db = Database::open(url(database), QStringLiteral("own-server-hold"));
    if (!db)
        return db.error().describe();
    const QSqlDatabase c = db.value()->connection();
    for (const char *statement : {"ALTER SYSTEM SET synchronous_standby_names = 'nobody_answers'", "SELECT pg_reload_conf()"}) {
        if (auto r = sql::run(c, QString::fromLatin1(statement)); !r)
            return r.error().describe();
    }
    const bool held = waitFor([&] {
        auto v = sql::scalar(c, QStringLiteral("SELECT current_setting('synchronous_standby_names')"));
        return v && v.value().toString() == QLatin1String("nobody_answers");
    });
    return held ? QString() : QStringLiteral("the server did not take the standby setting");
}

bool OwnServer::crashWhileACommitIsHeld(const QString &database)
{
    bool held = false;
    {
        auto db = Database::open(url(database), QStringLiteral("own-server-watch"));
        if (!db)
            return false;
        const QSqlDatabase c = db.value()->connection();
        held = waitFor([&] {
            auto n = sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event = 'SyncRep'"));
            return n && n.value().toLongLong() == 1;
        });
        // written for the next start; a reload applies it now
        (void)sql::run(c, QStringLiteral("ALTER SYSTEM RESET synchronous_standby_names"));
        if (!held)
            (void)sql::run(c, QStringLiteral("SELECT pg_reload_conf()"));
    }
    return held && crashAndRestart();
}

bool OwnServer::start()
{
    const QString options = QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k %2 -c fsync=on").arg(m_port).arg(m_dir.path());
    return runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                                              m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                                              QStringLiteral("30"), QStringLiteral("-o"), options, QStringLiteral("start")});
}

bool OwnServer::stop(const char *mode)
{
    return runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                              QString::fromLatin1(mode), QStringLiteral("-w"), QStringLiteral("stop")});
}

void OwnServer::destroy()
{
    stop("immediate");
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (condition())
            return true;
        QThread::msleep(20);
    }
    return false;
}

} // namespace pd::test
