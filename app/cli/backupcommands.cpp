#include "clicontext.h"

#include "core/db/database.h"
#include "core/schema/backup.h"

#include <QCommandLineParser>

namespace pd::cli {

namespace {
QString factsLine(const BackupFacts &f)
{
    return QCoreApplication::translate("pd::cli", "schema %1, %2 members, %3 receipts, %4 ledger entries, %5 audit records")
        .arg(f.schemaVersion)
        .arg(f.members)
        .arg(f.receipts)
        .arg(f.entries)
        .arg(f.auditRecords);
}
} // namespace

// A copy of the SQLite database while the desks work (--out FILE), or the daily one in a folder
// keeping the newest N (--dir DIR [--keep N]), for a scheduler to run.
int runBackup(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("dir"), QString(), QStringLiteral("folder")});
    p.addOption({QStringLiteral("keep"), QString(), QStringLiteral("n"), QStringLiteral("14")});
    bool keepOk = false;
    const bool parsed = p.parse(QStringList{QStringLiteral("backup")} + args) && p.positionalArguments().isEmpty();
    const int keep = p.value(QStringLiteral("keep")).toInt(&keepOk);
    if (!parsed || p.isSet(QStringLiteral("out")) == p.isSet(QStringLiteral("dir")) || !keepOk)
        return c.usage(QStringLiteral("pointsdesk-cli backup --out FILE  |  backup --dir FOLDER [--keep N]   (SQLite; PostgreSQL: pg_dump)"));
    if (p.isSet(QStringLiteral("out"))) {
        auto made = backupDatabase(*c.db, c.clock, c.session, p.value(QStringLiteral("out")));
        if (!made)
            return c.fail(made.error());
        c.out << QCoreApplication::translate("pd::cli", "Backed up to %1 (%2 bytes, schema %3); check it with: restore --check %1")
                     .arg(p.value(QStringLiteral("out")))
                     .arg(made->bytes)
                     .arg(made->schemaVersion)
              << Qt::endl;
        return kOk;
    }
    auto written = backupToFolder(*c.db, c.clock, c.session, p.value(QStringLiteral("dir")), keep);
    if (!written)
        return c.fail(written.error());
    c.out << (written->isEmpty() ? QCoreApplication::translate("pd::cli", "Today's backup is already in %1.").arg(p.value(QStringLiteral("dir")))
                                 : QCoreApplication::translate("pd::cli", "Backed up to %1; the newest %2 backups are kept.").arg(written.value()).arg(keep))
          << Qt::endl;
    return kOk;
}

// Checks a backup (--check), or puts it in place of the SQLite database named by --db, which
// every desk must have closed. The database is not opened first: it may be the damaged one.
int runRestore(Context &c, const QString &location, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(QCommandLineOption(QStringLiteral("check")));
    if (!p.parse(QStringList{QStringLiteral("restore")} + args) || p.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("pointsdesk-cli restore BACKUP [--check]   (with every desk closed; --check only reads the backup)"));
    const QString backup = p.positionalArguments().constFirst();
    if (p.isSet(QStringLiteral("check"))) {
        auto facts = checkBackup(backup, c.clock);
        if (!facts)
            return c.fail(facts.error());
        c.out << QCoreApplication::translate("pd::cli", "%1 is a sound backup: %2.").arg(backup, factsLine(facts.value())) << Qt::endl;
        return kOk;
    }
    auto target = DatabaseLocation::parse(location);
    if (!target)
        return c.fail(target.error());
    if (target->engine != Engine::SQLite)
        return c.fail(makeError(ErrorCode::Unsupported, QCoreApplication::translate("pd::cli", "A PostgreSQL database is restored by its server: "
                                                                                              "pg_restore --clean --dbname=%1 FILE.dump")
                                                            .arg(target->name)));
    auto kept = restoreBackup(backup, target->filePath, c.clock, c.session);
    if (!kept)
        return c.fail(kept.error());
    c.out << QCoreApplication::translate("pd::cli", "Restored %1 from %2.").arg(target->filePath, backup) << Qt::endl;
    if (!kept->isEmpty())
        c.out << QCoreApplication::translate("pd::cli", "The database it replaced is kept as %1.").arg(kept.value()) << Qt::endl;
    return kOk;
}

} // namespace pd::cli
