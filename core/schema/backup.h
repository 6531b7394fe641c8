#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

namespace pd {

class Clock;
class Database;
struct Session;

// What a backup holds, read from the file itself.
struct BackupFacts
{
    int schemaVersion = 0;
    qint64 bytes = 0;
    qint64 members = 0;
    qint64 receipts = 0;
    qint64 entries = 0;      // ledger entries
    qint64 auditRecords = 0;
};

// Copies an SQLite database to `path` while the desks go on writing: VACUUM INTO reads one
// snapshot, so the copy holds exactly what was committed when it began, compacted, in one
// file readable by its owner only. Never overwrites a file; audited (`backup.create`). A
// PostgreSQL database is backed up by its server (pg_dump): refused with the command to use.
Result<BackupFacts> backupDatabase(Database &db, const Clock &clock, const Session &session, const QString &path);

// The daily backup: `pointsdesk-YYYY-MM-DD.sqlite` in `folder` (once a day: a second run the
// same day changes nothing), then only the newest `keep` of them stay. Returns the file
// written, or empty when today's was already there.
Result<QString> backupToFolder(Database &db, const Clock &clock, const Session &session, const QString &folder, int keep);

// Checks a backup without changing it: a copy is opened, brought to this program's schema,
// and must pass SQLite's integrity check, the ledger's invariants and the audit chain. A file
// that is not a PointsDesk database, is damaged, or was written by a newer PointsDesk is
// refused with why.
Result<BackupFacts> checkBackup(const QString &path, const Clock &clock);

// Replaces the SQLite database at `target` with a backup, whole or not at all: the backup is
// checked first (checkBackup; a refusal changes nothing), the file it replaces is kept beside
// it as `<target>.before-restore-<UTC time>`, and the restore is audited in the restored
// database (`backup.restore`). Every desk using `target` must be closed (the command line
// does this, not the screens). Returns the name the replaced file was kept under (empty when
// there was none).
Result<QString> restoreBackup(const QString &backupPath, const QString &target, const Clock &clock, const Session &session);

} // namespace pd
