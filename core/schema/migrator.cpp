#include "migrator.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/ledger/dailymix.h"
#include "core/ledger/dailypoints.h"
#include "core/ledger/ledgerchain.h"
#include "core/ledger/liability.h"
#include "core/ledger/lots.h"
#include "core/ledger/memberrollups.h"
#include "core/schema/appendonly.h"
#include "core/settings/programmesettings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pd {

// Steps SQL cannot do, run after the version's script in the same transaction.
struct MigrationDataStep
{
    int version;
    Status (*run)(Database &);
    // drops and creates again a table that others refer to: SQLite checks foreign keys
    // statement by statement and cannot stop checking inside a transaction
    bool rebuildsReferencedTable;
};

namespace {

// The rollups of schema 17 counted from the ledger and the lots (the daily totals of
// schema 6 are counted there too, with the store they gained).
Status buildInsightRollups(Database &db)
{
    if (Status s = dailypoints::rebuild(db); !s)
        return s;
    return liability::rebuild(db);
}

// The demo's printed passwords are everyone's: their users choose their own at the next login.
Status markDemoLoginsForChange(Database &db)
{
    auto logins = programmesettings::value(db, programmesettings::kDemoLogins);
    if (!logins)
        return logins.error();
    const QJsonArray list = QJsonDocument::fromJson(logins.value().toUtf8()).array();
    for (const QJsonValue &login : list) {
        if (auto r = sql::run(db.connection(), QStringLiteral("UPDATE users SET must_change_password = 1 WHERE username = ?"),
                              {login.toObject().value(QLatin1String("username")).toString()});
            !r)
            return r.error();
    }
    return {};
}

constexpr MigrationDataStep kDataSteps[] = {
    {5, ledgerchain::chainExistingEntries, false},
    {9, lots::clusterByMember, true},
    {17, buildInsightRollups, false},
    {19, appendonly::install, false},
    {25, appendonly::guardTierMoves, false},
    {20, markDemoLoginsForChange, false},
    {22, dailymix::rebuild, false},
    {24, memberrollups::rebuild, false},
};

const MigrationDataStep *dataStep(int version)
{
    for (const MigrationDataStep &step : kDataSteps) {
        if (step.version == version)
            return &step;
    }
    return nullptr;
}

QStringList splitStatements(const QString &script)
{
    QStringList lines;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            lines << line;
    }
    QStringList statements;
    for (const QString &s : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
        if (!s.trimmed().isEmpty())
            statements << s.trimmed();
    }
    return statements;
}

} // namespace

QStringList Migrator::migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

int Migrator::latestVersion()
{
    return int(migrationFiles().size());
}

Result<int> Migrator::currentVersion() const
{
    if (!m_db.connection().tables().contains(QStringLiteral("schema_version")))
        return 0;
    auto v = sql::scalar(m_db.connection(), QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!v)
        return v.error();
    return v.value().isNull() ? 0 : v.value().toInt();
}

Result<QString> Migrator::migrate(int targetVersion)
{
    const QStringList files = migrationFiles();
    const int latest = int(files.size());
    if (targetVersion < 0)
        targetVersion = latest;
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (current.value() > latest)
        return makeError(ErrorCode::SchemaTooNew,
                         QCoreApplication::translate("pd::Migrator", "This database was written by a newer PointsDesk (schema %1; this program "
                            "knows up to %2). Install the newer program to open it.")
                             .arg(current.value())
                             .arg(latest));
    if (current.value() >= targetVersion)
        return QString();

    QString backup;
    if (m_db.dialect().isSQLite() && current.value() > 0) {
        const QString file = m_db.location().filePath;
        backup = QStringLiteral("%1.v%2-%3.bak")
                     .arg(file)
                     .arg(current.value())
                     .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        QFile::remove(backup);
        auto r = sql::run(m_db.connection(), QStringLiteral("VACUUM INTO ?"), {backup});
        if (!r)
            return makeError(ErrorCode::Io, QCoreApplication::translate("pd::Migrator", "The database could not be backed up before the upgrade; "
                                               "nothing was changed."),
                             {}, r.error().detail);
    }

    for (int version = current.value() + 1; version <= targetVersion; ++version) {
        Status s = apply(version, QStringLiteral(":/sql/") + files.at(version - 1));
        sql::forgetPrepared(m_db.connectionName()); // prepared against the old tables
        if (!s)
            return s.error();
    }
    return backup;
}

Status Migrator::apply(int version, const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::Migrator", "A schema file is missing from the program."), {}, resource);
    const QString script = m_db.dialect().expandSchemaSql(QString::fromUtf8(file.readAll()));

    const MigrationDataStep *step = dataStep(version);
    const bool keysOff = step && step->rebuildsReferencedTable && m_db.dialect().isSQLite();
    if (!keysOff)
        return applyInTransaction(version, script, step);
    const QSqlDatabase db = m_db.connection();
    if (auto r = sql::run(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
        return r.error();
    const Status applied = applyInTransaction(version, script, step);
    // whatever happened: this connection goes on writing, and must check foreign keys
    if (auto r = sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return r.error();
    return applied;
}

Status Migrator::applyInTransaction(int version, const QString &script, const MigrationDataStep *step)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (version == 1) {
        if (auto r = sql::run(db, QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                                                 "applied_at TEXT NOT NULL)"));
            !r)
            return r.error();
    }
    for (const QString &statement : splitStatements(script)) {
        if (auto r = sql::run(db, statement); !r) {
            Error e = r.error();
            e.message = QCoreApplication::translate("pd::Migrator", "The database could not be upgraded to schema %1; nothing was changed.").arg(version);
            return e;
        }
    }
    if (step) {
        if (Status s = step->run(m_db); !s) {
            Error e = s.error();
            e.message = QCoreApplication::translate("pd::Migrator", "The database could not be upgraded to schema %1; nothing was changed.").arg(version);
            return e;
        }
    }
    if (auto r = sql::run(db, QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                          {version, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        !r)
        return r.error();
    return tx.commit();
}

} // namespace pd
