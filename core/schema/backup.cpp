#include "backup.h"

#include "core/access/session.h"
#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/retry.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/integrity/filecheck.h"
#include "core/integrity/invariants.h"
#include "core/schema/migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

#include <unistd.h>

namespace pd {

namespace {

Status audit(Database &db, const Clock &clock, const Session &session, const QString &action, const QString &file, const QJsonObject &details)
{
    // the desks go on posting: a lost race for the write lock is run again
    auto written = withConflictRetry(db, [&]() -> Result<bool> {
        WriteTransaction tx(db);
        if (Status s = tx.begin(); !s)
            return s.error();
        if (Status s = AuditLog(db, clock).append(session, action, QStringLiteral("backup"), QFileInfo(file).fileName(), details); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return true;
    });
    if (!written)
        return written.error();
    return {};
}

// The file on disk before the call returns: a backup no one can rely on otherwise.
Status syncToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || ::fsync(file.handle()) != 0)
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::Backup", "The backup %1 could not be written to disk: %2").arg(path, file.errorString()));
    return {};
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<qint64> rowsIn(Database &db, const char *table)
{
    auto n = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

Error refused(const QString &backup, const QString &why)
{
    return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Backup", "%1 cannot be used as a backup: %2").arg(QFileInfo(backup).fileName(), why), QStringLiteral("backup"));
}

// A checked copy of a backup, open: copied to `copyPath` (the backup itself is never written),
// brought to this program's schema, then SQLite's check, the ledger and the audit chain.
struct CheckedCopy
{
    std::unique_ptr<Database> db;
    BackupFacts facts;
};

Result<CheckedCopy> checkedCopy(const QString &backup, const QString &copyPath, const Clock &clock)
{
    if (!QFileInfo(backup).isFile())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::Backup", "There is no backup file %1.").arg(backup), QStringLiteral("backup"));
    removeDatabaseFiles(copyPath);
    if (!QFile::copy(backup, copyPath))
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::Backup", "The backup %1 could not be copied to %2.").arg(backup, copyPath));
    QFile::setPermissions(copyPath, QFile::ReadOwner | QFile::WriteOwner);
    CheckedCopy c;
    c.facts.bytes = QFileInfo(backup).size();
    auto opened = Database::open(copyPath, QStringLiteral("backup-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!opened)
        return refused(backup, QCoreApplication::translate("pd::Backup", "it is not a database file, or it is damaged."));
    c.db = std::move(opened.value());
    auto damage = databaseFileProblems(*c.db);
    if (!damage)
        return refused(backup, QCoreApplication::translate("pd::Backup", "it is not a database file, or it is damaged."));
    if (!damage->isEmpty())
        return refused(backup, QCoreApplication::translate("pd::Backup", "the file is damaged (%1).").arg(damage->left(200)));
    auto version = Migrator(*c.db).currentVersion();
    if (!version || version.value() <= 0)
        return refused(backup, QCoreApplication::translate("pd::Backup", "it holds no PointsDesk data."));
    c.facts.schemaVersion = version.value();
    // written by a newer program: refused by the migrator with its own words
    auto upgraded = Migrator(*c.db).migrate();
    if (!upgraded)
        return refused(backup, upgraded.error().message);
    if (!upgraded->isEmpty())
        QFile::remove(upgraded.value()); // the migrator's copy of the copy
    auto invariants = checkLedgerInvariants(*c.db);
    if (!invariants)
        return refused(backup, invariants.error().message);
    if (!invariants->ok())
        return refused(backup, QCoreApplication::translate("pd::Backup", "its ledger does not add up: %1").arg(invariants->problems.constFirst()));
    auto chain = AuditLog(*c.db, clock).verify(Session::system({}));
    if (!chain)
        return refused(backup, chain.error().message);
    if (!chain->intact)
        return refused(backup, QCoreApplication::translate("pd::Backup", "its audit trail is broken at record %1: %2").arg(chain->firstBadSeq).arg(chain->reason));
    c.facts.auditRecords = chain->records;
    const std::pair<const char *, qint64 *> counts[] = {{"members", &c.facts.members}, {"receipts", &c.facts.receipts}, {"ledger_entries", &c.facts.entries}};
    for (const auto &[table, count] : counts) {
        auto n = rowsIn(*c.db, table);
        if (!n)
            return n.error();
        *count = n.value();
    }
    return c;
}

} // namespace

Result<BackupFacts> backupDatabase(Database &db, const Clock &clock, const Session &session, const QString &path)
{
    if (Status s = session.require(Permission::Backup); !s)
        return s.error();
    if (!db.dialect().isSQLite())
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("pd::Backup", "A PostgreSQL database is backed up by its server, with the desks open: pg_dump --format=custom "
                            "--file=pointsdesk.dump %1 (restored with pg_restore). See the user guide.")
                             .arg(db.location().name));
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Duplicate, QCoreApplication::translate("pd::Backup", "%1 already exists: a backup never writes over a file. Choose another name.").arg(path),
                         QStringLiteral("file"));
    if (auto r = sql::run(db.connection(), QStringLiteral("VACUUM INTO ?"), {path}); !r) {
        QFile::remove(path);
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::Backup", "The database could not be copied to %1.").arg(path), QStringLiteral("file"), r.error().detail);
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner); // members' names and mobiles are inside
    if (Status s = syncToDisk(path); !s) {
        QFile::remove(path);
        return s.error();
    }
    BackupFacts facts;
    facts.bytes = QFileInfo(path).size();
    auto version = Migrator(db).currentVersion();
    if (!version)
        return version.error();
    facts.schemaVersion = version.value();
    // a copy of everyone's data that is not on record does not stay
    if (Status s = audit(db, clock, session, QStringLiteral("backup.create"), path, {{QStringLiteral("bytes"), facts.bytes}}); !s) {
        QFile::remove(path);
        return s.error();
    }
    return facts;
}

Result<QString> backupToFolder(Database &db, const Clock &clock, const Session &session, const QString &folder, int keep)
{
    if (keep < 1)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Backup", "At least one backup is kept."), QStringLiteral("keep"));
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::Backup", "The folder %1 cannot be made.").arg(folder), QStringLiteral("folder"));
    const QString name = QStringLiteral("pointsdesk-%1.sqlite").arg(businessToday(clock).toString(Qt::ISODate));
    QString written;
    if (!dir.exists(name)) {
        auto made = backupDatabase(db, clock, session, dir.filePath(name));
        if (!made)
            return made.error();
        written = dir.filePath(name);
    }
    // the names sort by day: the newest first, the oldest beyond `keep` removed
    const QStringList days = dir.entryList({QStringLiteral("pointsdesk-\?\?\?\?-\?\?-\?\?.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = keep; i < days.size(); ++i)
        QFile::remove(dir.filePath(days.at(i)));
    return written;
}

Result<BackupFacts> checkBackup(const QString &path, const Clock &clock)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::Backup", "No room to check the backup: %1").arg(scratch.errorString()));
    auto copy = checkedCopy(path, scratch.filePath(QStringLiteral("check.sqlite")), clock);
    if (!copy)
        return copy.error();
    return copy->facts;
}

Result<QString> restoreBackup(const QString &backupPath, const QString &target, const Clock &clock, const Session &session)
{
    if (Status s = session.require(Permission::Backup); !s)
        return s.error();
    // checked and audited beside the target, then renamed into place: whole or not at all
    const QString staging = target + QStringLiteral(".restoring");
    auto copy = checkedCopy(backupPath, staging, clock);
    if (copy) {
        const QJsonObject details{{QStringLiteral("file"), QFileInfo(backupPath).fileName()},
                                  {QStringLiteral("bytes"), copy->facts.bytes},
                                  {QStringLiteral("members"), copy->facts.members}};
        if (Status s = audit(*copy->db, clock, session, QStringLiteral("backup.restore"), backupPath, details); !s)
            copy = s.error();
    }
    if (!copy) {
        removeDatabaseFiles(staging);
        return copy.error();
    }
    copy.value().db.reset(); // the last connection closes: its WAL is written into the file
    QString kept;
    if (QFileInfo::exists(target)) {
        kept = target + QStringLiteral(".before-restore-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString from = target + QLatin1String(suffix);
            if (QFileInfo::exists(from) && !QFile::rename(from, kept + QLatin1String(suffix))) {
                removeDatabaseFiles(staging);
                return makeError(ErrorCode::Io, QCoreApplication::translate("pd::Backup", "%1 could not be moved aside; nothing was restored.").arg(from));
            }
        }
    }
    if (!QFile::rename(staging, target)) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::rename(kept + QLatin1String(suffix), target + QLatin1String(suffix));
        removeDatabaseFiles(staging);
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::Backup", "The backup could not be put in place of %1; the database was left as it was.").arg(target));
    }
    removeDatabaseFiles(staging);
    return kept;
}

} // namespace pd
