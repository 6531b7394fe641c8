#include "clirunner.h"

#include "core/audit/auditlog.h"
#include "core/auth/authservice.h"
#include "core/auth/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/sql.h"
#include "core/demo/demodata.h"
#include "core/io/importers.h"
#include "core/io/memberexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

namespace pd::cli {

namespace {


constexpr int kOk = 0, kFailed = 1, kUsage = 2, kRejectedRows = 3;

QString osUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("LOGNAME") : user;
}

struct Context
{
    QTextStream &out;
    QTextStream &err;
    QIODevice *in;
    const std::atomic<bool> *cancel;
    SystemClock clock;
    std::unique_ptr<Database> db;
    Session session = Session::system(osUser());

    int fail(const Error &e)
    {
        err << QCoreApplication::translate("pd::cli", "error: %1").arg(e.describe()) << Qt::endl;
        return kFailed;
    }
    int usage(const QString &text)
    {
        err << QCoreApplication::translate("pd::cli", "usage: %1").arg(text) << Qt::endl;
        return kUsage;
    }
};

int openDatabase(Context &c, const QString &location, bool mayCreate)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return c.fail(parsed.error());
    if (!mayCreate && parsed->engine == Engine::SQLite && !QFileInfo::exists(parsed->filePath))
        return c.fail(makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::cli", "There is no database at %1; create it with \"init\" or \"demo\".")
                                                         .arg(parsed->displayName())));
    auto db = Database::open(parsed.value(), QStringLiteral("cli"));
    if (!db)
        return c.fail(db.error());
    c.db = std::move(db).value();
    Migrator migrator(*c.db);
    auto version = migrator.currentVersion();
    if (!version)
        return c.fail(version.error());
    if (version.value() == 0 && !mayCreate)
        return c.fail(makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::cli", "The database %1 is not set up yet; run \"init\" first.")
                                                         .arg(parsed->displayName())));
    auto migrated = migrator.migrate();
    if (!migrated)
        return c.fail(migrated.error());
    if (!migrated.value().isEmpty())
        c.err << QCoreApplication::translate("pd::cli", "The database was upgraded; the previous version is kept in %1").arg(migrated.value()) << Qt::endl;
    return kOk;
}

int runInit(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("admin"), QString(), QStringLiteral("name")});
    if (!p.parse(QStringList{QStringLiteral("init")} + args) || !p.positionalArguments().isEmpty())
        return c.usage(QStringLiteral("pointsdesk-cli init [--admin NAME]   (password on standard input)"));
    if (p.isSet(QStringLiteral("admin"))) {
        const QString password = c.in ? QString::fromUtf8(c.in->readLine()).trimmed() : QString();
        NewUser admin{p.value(QStringLiteral("admin")), p.value(QStringLiteral("admin")), Role::Administrator, password};
        auto session = AuthService(*c.db, c.clock).createFirstAdministrator(admin, osUser());
        if (!session)
            return c.fail(session.error());
        c.out << QCoreApplication::translate("pd::cli", "Administrator %1 created.").arg(admin.username) << Qt::endl;
    }
    c.out << QCoreApplication::translate("pd::cli", "Database ready: %1 (schema %2).").arg(c.db->location().displayName()).arg(Migrator::latestVersion()) << Qt::endl;
    return kOk;
}

int runImport(Context &c, const QStringList &args)
{
    if (args.size() != 2 || (args.at(0) != QLatin1String("stores") && args.at(0) != QLatin1String("members")))
        return c.usage(QStringLiteral("pointsdesk-cli import stores|members FILE.csv"));
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(makeError(ErrorCode::Io, QCoreApplication::translate("pd::cli", "The file %1 cannot be read: %2").arg(args.at(1), file.errorString())));
    ImportOptions options;
    options.cancel = c.cancel;
    qint64 lastShown = 0;
    options.progress = [&](qint64 rows) {
        if (rows - lastShown >= 100000) {
            c.err << QCoreApplication::translate("pd::cli", "%1 rows read").arg(rows) << Qt::endl;
            lastShown = rows;
        }
    };
    Importers importers(*c.db, c.clock);
    auto report = args.at(0) == QLatin1String("stores")
                      ? importers.importStores(c.session, &file, args.at(1), options)
                      : importers.importMembers(c.session, &file, args.at(1), options);
    if (!report)
        return c.fail(makeError(report.error().code, args.at(1) + QStringLiteral(": ") + report.error().message));
    for (const RejectedRow &row : report->rejected) {
        c.err << args.at(1) << QLatin1Char(':') << row.line << QStringLiteral(": ")
              << (row.field.isEmpty() ? QString() : row.field + QStringLiteral(": ")) << row.reason << Qt::endl;
    }
    c.out << QCoreApplication::translate("pd::cli", "%1: %2 added, %3 already present, %4 rejected%5")
                 .arg(args.at(1))
                 .arg(report->added)
                 .arg(report->unchanged)
                 .arg(report->rejected.size())
                 .arg(report->cancelled ? QCoreApplication::translate("pd::cli", " (cancelled; run again to continue)") : QString())
          << Qt::endl;
    if (report->cancelled)
        return kFailed;
    return report->rejected.isEmpty() ? kOk : kRejectedRows;
}

int runExport(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    if (!p.parse(QStringList{QStringLiteral("export")} + args) || p.positionalArguments() != QStringList{QStringLiteral("members")})
        return c.usage(QStringLiteral("pointsdesk-cli export members [--out FILE]"));
    QFile file;
    if (p.isSet(QStringLiteral("out"))) {
        file.setFileName(p.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return c.fail(makeError(ErrorCode::Io, QCoreApplication::translate("pd::cli", "The file %1 cannot be written: %2").arg(file.fileName(), file.errorString())));
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        return c.fail(makeError(ErrorCode::Io, QCoreApplication::translate("pd::cli", "Standard output cannot be written.")));
    }
    c.out.flush();
    auto count = exportMembersCsv(*c.db, c.clock, c.session, &file);
    if (!count)
        return c.fail(count.error());
    file.close();
    c.err << QCoreApplication::translate("pd::cli", "%1 members exported.").arg(count.value()) << Qt::endl;
    return kOk;
}

int runVerify(Context &c)
{
    bool ok = true;
    auto audit = AuditLog(*c.db, c.clock).verify(c.session);
    if (!audit)
        return c.fail(audit.error());
    if (audit->intact) {
        c.out << QCoreApplication::translate("pd::cli", "audit trail: intact, %1 records").arg(audit->records) << Qt::endl;
    } else {
        ok = false;
        c.out << QCoreApplication::translate("pd::cli", "audit trail: BROKEN at record %1: %2").arg(audit->firstBadSeq).arg(audit->reason) << Qt::endl;
    }
    auto negative = sql::scalar(c.db->connection(), QStringLiteral("SELECT COUNT(*) FROM members WHERE balance < 0 OR debt < 0 "
                                                                   "OR (balance > 0 AND debt > 0)"));
    if (!negative)
        return c.fail(negative.error());
    if (negative.value().toLongLong() == 0) {
        c.out << QCoreApplication::translate("pd::cli", "member balances: consistent") << Qt::endl;
    } else {
        ok = false;
        c.out << QCoreApplication::translate("pd::cli", "member balances: %1 members with a negative balance or both balance and debt")
                     .arg(negative.value().toLongLong())
              << Qt::endl;
    }
    if (c.db->dialect().isSQLite()) {
        auto integrity = sql::scalar(c.db->connection(), QStringLiteral("PRAGMA integrity_check"));
        if (!integrity)
            return c.fail(integrity.error());
        const QString result = integrity.value().toString();
        if (result == QLatin1String("ok")) {
            c.out << QCoreApplication::translate("pd::cli", "database file: integrity ok") << Qt::endl;
        } else {
            ok = false;
            c.out << QCoreApplication::translate("pd::cli", "database file: DAMAGED: %1").arg(result) << Qt::endl;
        }
    }
    if (!ok) {
        c.err << QCoreApplication::translate("pd::cli", "error: verification failed") << Qt::endl;
        return kFailed;
    }
    return kOk;
}

int runDemo(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("members"), QString(), QStringLiteral("n"), QStringLiteral("3000")});
    p.addOption({QStringLiteral("seed"), QString(), QStringLiteral("n"), QStringLiteral("20261123")});
    bool okMembers = false, okSeed = false;
    if (!p.parse(QStringList{QStringLiteral("demo")} + args) || !p.positionalArguments().isEmpty())
        return c.usage(QStringLiteral("pointsdesk-cli demo [--members N] [--seed S]"));
    DemoOptions options;
    options.members = p.value(QStringLiteral("members")).toLongLong(&okMembers);
    options.seed = p.value(QStringLiteral("seed")).toUInt(&okSeed);
    if (!okMembers || !okSeed)
        return c.usage(QStringLiteral("pointsdesk-cli demo [--members N] [--seed S]"));
    options.batchSize = 50000;
    options.cancel = c.cancel;
    options.progress = [&](qint64 done, qint64 total) {
        if (done % 100000 == 0 || done == total)
            c.err << QCoreApplication::translate("pd::cli", "%1 of %2 members").arg(done).arg(total) << Qt::endl;
    };
    auto summary = DemoData(*c.db, c.clock).create(c.session, options);
    if (!summary)
        return c.fail(summary.error());
    c.out << QCoreApplication::translate("pd::cli", "Demo data: %1 stores and %2 members added%3.")
                 .arg(summary->storesAdded)
                 .arg(summary->membersAdded)
                 .arg(summary->usersCreated ? QCoreApplication::translate("pd::cli", ", demo logins created (shown on the login screen)") : QString())
          << Qt::endl;
    return summary->cancelled ? kFailed : kOk;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *in, const std::atomic<bool> *cancel)
{
    Context c{out, err, in, cancel, {}, {}};
    const QString verbs = QStringLiteral("init | import stores|members FILE | export members | verify | demo --members N");
    QStringList args = arguments.mid(1);
    QString location = defaultDatabaseFile();
    if (args.size() >= 2 && args.at(0) == QLatin1String("--db")) {
        location = args.at(1);
        args = args.mid(2);
    } else if (!args.isEmpty() && args.at(0).startsWith(QLatin1String("--db="))) {
        location = args.at(0).mid(5);
        args = args.mid(1);
    }
    if (args.isEmpty() || args.at(0) == QLatin1String("--help") || args.at(0) == QLatin1String("-h"))
        return c.usage(QStringLiteral("pointsdesk-cli [--db FILE|postgresql://user@host:port/name] ") + verbs);
    const QString verb = args.takeFirst();
    static const QStringList known = {QStringLiteral("init"), QStringLiteral("import"), QStringLiteral("export"),
                                      QStringLiteral("verify"), QStringLiteral("demo")};
    if (!known.contains(verb)) {
        err << QCoreApplication::translate("pd::cli", "error: unknown command \"%1\"; the commands are: %2").arg(verb, verbs) << Qt::endl;
        return kUsage;
    }
    const bool creates = verb == QLatin1String("init") || verb == QLatin1String("demo");
    if (int rc = openDatabase(c, location, creates); rc != kOk)
        return rc;
    if (verb == QLatin1String("init"))
        return runInit(c, args);
    if (verb == QLatin1String("import"))
        return runImport(c, args);
    if (verb == QLatin1String("export"))
        return runExport(c, args);
    if (verb == QLatin1String("verify"))
        return args.isEmpty() ? runVerify(c) : c.usage(QStringLiteral("pointsdesk-cli verify"));
    return runDemo(c, args);
}

} // namespace pd::cli
