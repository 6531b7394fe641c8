#include "clirunner.h"
#include "clicontext.h"

#include "core/audit/auditlog.h"
#include "core/auth/authservice.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/schema/dbroles.h"
#include "core/schema/migrator.h"
#include "core/db/sql.h"
#include "core/demo/demodata.h"
#include "core/demo/demohistory.h"
#include "core/io/ledgerexport.h"
#include "core/io/privatefile.h"
#include "core/compliance/compliancechecks.h"
#include "core/io/timeparse.h"
#include "core/jobs/batchjobs.h"
#include "core/integrity/invariants.h"
#include "core/reports/statement.h"
#include "core/integrity/dailyclose.h"
#include "core/integrity/filecheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

namespace pd::cli {

namespace {


int openDatabase(Context &c, const QString &location, bool mayCreate)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return c.fail(parsed.error());
    if (!mayCreate && parsed->engine == Engine::SQLite && !QFileInfo::exists(parsed->filePath))
        return c.fail(makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::cli", "There is no database at %1; create it with \"init\" or \"demo\".")
                                                         .arg(parsed->displayName())));
    // other users of the computer read a command line (ps, /proc) and the shell keeps it
    if (!parsed->password.isEmpty() && !c.allowUrlPassword)
        return c.fail(makeError(ErrorCode::InvalidInput,
                                QCoreApplication::translate("pd::cli", "The database address holds a password, which other users of this computer "
                                                            "can read in the list of running programs and the shell keeps in its history. Give it "
                                                            "in PGPASSWORD, ~/.pgpass or a service file instead, or add --allow-url-password."),
                                QStringLiteral("db")));
    auto db = Database::open(parsed.value(), QStringLiteral("cli"));
    if (!db)
        return c.fail(db.error());
    c.db = std::move(db).value();
    if (parsed->engine == Engine::SQLite && readableByOthers(parsed->filePath))
        c.err << QCoreApplication::translate("pd::cli", "warning: %1").arg(readableByOthersWarning(parsed->filePath)) << Qt::endl;
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
    p.addOption({QStringLiteral("owner-role"), QString(), QStringLiteral("name")});
    p.addOption({QStringLiteral("app-role"), QString(), QStringLiteral("name")});
    if (!p.parse(QStringList{QStringLiteral("init")} + args) || !p.positionalArguments().isEmpty())
        return c.usage(QStringLiteral("pointsdesk-cli init [--admin NAME] [--owner-role NAME] [--app-role NAME]   (the administrator's "
                                      "password, then the owner role's, then the application role's, on standard input)"));
    if (p.isSet(QStringLiteral("admin"))) {
        const QString password = c.in ? QString::fromUtf8(c.in->readLine()).trimmed() : QString();
        NewUser admin{p.value(QStringLiteral("admin")), p.value(QStringLiteral("admin")), Role::Administrator, password};
        auto session = AuthService(*c.db, c.clock).createFirstAdministrator(admin, osUser());
        if (!session)
            return c.fail(session.error());
        c.out << QCoreApplication::translate("pd::cli", "Administrator %1 created.").arg(admin.username) << Qt::endl;
    }
    if (p.isSet(QStringLiteral("owner-role"))) {
        const QString role = p.value(QStringLiteral("owner-role"));
        const QString password = c.in ? QString::fromUtf8(c.in->readLine()).trimmed() : QString();
        if (Status s = dbroles::setUpOwnerRole(*c.db, role, password); !s)
            return c.fail(s.error());
        c.out << QCoreApplication::translate("pd::cli", "Owner role %1 owns the programme's tables; run the upgrades as %1.").arg(role) << Qt::endl;
    }
    if (p.isSet(QStringLiteral("app-role"))) {
        const QString role = p.value(QStringLiteral("app-role"));
        const QString password = c.in ? QString::fromUtf8(c.in->readLine()).trimmed() : QString();
        if (Status s = dbroles::setUpApplicationRole(*c.db, role, password); !s)
            return c.fail(s.error());
        c.out << QCoreApplication::translate("pd::cli", "Application role %1 may use the programme; it cannot change or remove its history.").arg(role)
              << Qt::endl;
    }
    c.out << QCoreApplication::translate("pd::cli", "Database ready: %1 (schema %2).").arg(c.db->location().displayName()).arg(Migrator::latestVersion()) << Qt::endl;
    return kOk;
}

int runCloseDay(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    if (!p.parse(QStringList{QStringLiteral("close-day")} + args) || !p.positionalArguments().isEmpty() || !p.isSet(QStringLiteral("out")))
        return c.usage(QStringLiteral("pointsdesk-cli close-day --out HEADS.txt   (appends today's audit chain head)"));
    const QString file = p.value(QStringLiteral("out"));
    auto head = closeDayToFile(*c.db, c.clock, c.session, file);
    if (!head)
        return c.fail(head.error());
    c.out << QCoreApplication::translate("pd::cli", "Daily close: audit record %1 is the head; kept in %2 (store it away from the database).")
                 .arg(head->seq)
                 .arg(file)
          << Qt::endl;
    // the compliance checks belong to the close (DESIGN §9), for those who may run them
    if (c.session.can(Permission::ComplianceChecks)) {
        auto findings = ComplianceChecks(*c.db, c.clock).run(c.session);
        if (!findings)
            return c.fail(findings.error());
        c.out << QCoreApplication::translate("pd::cli", "Compliance checks: %1 findings, %2 of them errors (pointsdesk-cli checks lists them).")
                     .arg(findings->size())
                     .arg(errorCount(findings.value()))
              << Qt::endl;
    }
    return kOk;
}

// The last head in a file of daily closes, or an error naming the file.
Result<ChainHead> lastExportedHead(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::cli", "The file %1 cannot be read: %2").arg(fileName, file.errorString()));
    std::optional<ChainHead> last;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        last = ChainHead::fromLine(line);
        if (!last)
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::cli", "%1 is not a file of daily closes.").arg(fileName));
    }
    if (!last)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::cli", "%1 holds no daily close yet.").arg(fileName));
    return *last;
}

int runVerify(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("head"), QString(), QStringLiteral("file")});
    p.addOption(QCommandLineOption(QStringLiteral("full")));
    if (!p.parse(QStringList{QStringLiteral("verify")} + args) || !p.positionalArguments().isEmpty())
        return c.usage(QStringLiteral("pointsdesk-cli verify [--head HEADS.txt] [--full]"));
    std::optional<ChainHead> exported;
    if (p.isSet(QStringLiteral("head"))) {
        auto head = lastExportedHead(p.value(QStringLiteral("head")));
        if (!head)
            return c.fail(head.error());
        exported = head.value();
    }
    bool ok = true;
    auto audit = AuditLog(*c.db, c.clock).verify(c.session, exported);
    if (!audit)
        return c.fail(audit.error());
    if (audit->intact) {
        c.out << QCoreApplication::translate("pd::cli", "audit trail: intact, %1 records").arg(audit->records) << Qt::endl;
    } else {
        ok = false;
        c.out << QCoreApplication::translate("pd::cli", "audit trail: BROKEN at record %1: %2").arg(audit->firstBadSeq).arg(audit->reason) << Qt::endl;
    }
    auto invariants = checkLedgerInvariants(*c.db);
    if (!invariants)
        return c.fail(invariants.error());
    if (invariants->ok()) {
        c.out << QCoreApplication::translate("pd::cli", "ledger: all invariants hold") << Qt::endl;
    } else {
        ok = false;
        for (const QString &problem : invariants->problems)
            c.out << QCoreApplication::translate("pd::cli", "ledger: BROKEN: %1").arg(problem) << Qt::endl;
    }
    // SQLite's own check compares every index with its table: minutes on a chain-sized file
    // (pointsdesk-bench), so on request only. The pass above has read every row of the
    // ledger's tables, so a damaged page there has already failed the command.
    if (c.db->dialect().isSQLite() && !p.isSet(QStringLiteral("full"))) {
        c.out << QCoreApplication::translate("pd::cli", "database file: indexes not compared with their tables (verify --full does, slowly)")
              << Qt::endl;
    } else if (c.db->dialect().isSQLite()) {
        auto problems = databaseFileProblems(*c.db);
        if (!problems)
            return c.fail(problems.error());
        if (problems->isEmpty()) {
            c.out << QCoreApplication::translate("pd::cli", "database file: integrity ok") << Qt::endl;
        } else {
            ok = false;
            c.out << QCoreApplication::translate("pd::cli", "database file: DAMAGED: %1").arg(problems.value()) << Qt::endl;
        }
    }
    if (!ok) {
        c.err << QCoreApplication::translate("pd::cli", "error: verification failed") << Qt::endl;
        return kFailed;
    }
    return kOk;
}

int runBatch(Context &c, const QString &verb, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("as-of"), QString(), QStringLiteral("date")});
    p.addOption({QStringLiteral("batch"), QString(), QStringLiteral("members")});
    const QString use = QStringLiteral("pointsdesk-cli %1 --as-of YYYY-MM-DD [--batch MEMBERS]").arg(verb);
    if (!p.parse(QStringList{verb} + args) || !p.positionalArguments().isEmpty() || !p.isSet(QStringLiteral("as-of")))
        return c.usage(use);
    auto date = parseIsoDate(p.value(QStringLiteral("as-of")), QStringLiteral("as-of"));
    if (!date)
        return c.fail(date.error());
    BatchOptions options;
    options.cancel = c.cancel;
    if (p.isSet(QStringLiteral("batch"))) {
        bool ok = false;
        options.membersPerTransaction = p.value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || options.membersPerTransaction < 1)
            return c.usage(use);
    }
    BatchJobs jobs(*c.db, c.clock);
    const bool expiry = verb == QLatin1String("expire");
    auto report = expiry ? jobs.expire(c.session, date.value(), options) : jobs.reviewTiers(c.session, date.value(), options);
    if (!report)
        return c.fail(report.error());
    if (expiry)
        c.out << QCoreApplication::translate("pd::cli", "Expired %1 points of %2 members as of %3.")
                     .arg(report->points).arg(report->members).arg(date->toString(Qt::ISODate)) << Qt::endl;
    else
        c.out << QCoreApplication::translate("pd::cli", "Tier review as of %1: %2 members changed tier.")
                     .arg(date->toString(Qt::ISODate)).arg(report->members) << Qt::endl;
    return report->cancelled ? kFailed : kOk;
}

int runBalances(Context &c, const QStringList &args)
{
    if (!args.isEmpty())
        return c.usage(QStringLiteral("pointsdesk-cli balances"));
    auto n = exportBalancesCsv(*c.db, c.session, c.dataOut());
    if (!n)
        return c.fail(n.error());
    return kOk;
}

int runStatement(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("month"), QString(), QStringLiteral("month")});
    p.addOption({QStringLiteral("pdf"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("store"), QString(), QStringLiteral("code")});
    const QString use = QStringLiteral("pointsdesk-cli statement CARD --month YYYY-MM [--pdf FILE]  |  "
                                       "statement --store CODE --month YYYY-MM --pdf FILE");
    const bool parsed = p.parse(QStringList{QStringLiteral("statement")} + args);
    const bool batch = parsed && p.isSet(QStringLiteral("store"));
    if (!parsed || !p.isSet(QStringLiteral("month")) || (batch ? !p.positionalArguments().isEmpty() || !p.isSet(QStringLiteral("pdf"))
                                                               : p.positionalArguments().size() != 1))
        return c.usage(use);
    auto month = parseIsoMonth(p.value(QStringLiteral("month")), QStringLiteral("month"));
    if (!month)
        return c.fail(month.error());
    if (batch) {
        auto all = buildStoreStatements(*c.db, c.session, p.value(QStringLiteral("store")), month.value());
        if (!all)
            return c.fail(all.error());
        if (!c.writeStatementPdf)
            return c.fail(makeError(ErrorCode::Unsupported, QCoreApplication::translate("pd::cli", "This build cannot write PDF files.")));
        if (Status s = c.writeStatementPdf(all.value(), p.value(QStringLiteral("pdf"))); !s)
            return c.fail(s.error());
        c.out << QCoreApplication::translate("pd::cli", "%1 statements written to %2").arg(all->size()).arg(p.value(QStringLiteral("pdf")))
              << Qt::endl;
        return kOk;
    }
    auto st = buildStatement(*c.db, c.session, p.positionalArguments().constFirst(), month.value());
    if (!st)
        return c.fail(st.error());
    c.out << QCoreApplication::translate("pd::cli", "Points statement %1 for card %2 (%3)").arg(st->month.toString(QStringLiteral("yyyy-MM")), st->cardNo, st->name) << Qt::endl;
    c.out << QCoreApplication::translate("pd::cli", "opening balance: %1").arg(st->opening) << Qt::endl;
    for (const auto &[scenario, points] : st->earnedByScenario)
        c.out << QCoreApplication::translate("pd::cli", "earned (%1): %2").arg(scenario).arg(points) << Qt::endl;
    c.out << QCoreApplication::translate("pd::cli", "green points: %1").arg(st->green) << Qt::endl;
    c.out << QCoreApplication::translate("pd::cli", "other credits: %1").arg(st->otherCredits) << Qt::endl;
    c.out << QCoreApplication::translate("pd::cli", "used: %1").arg(st->used) << Qt::endl;
    c.out << QCoreApplication::translate("pd::cli", "donated: %1").arg(st->donated) << Qt::endl;
    c.out << QCoreApplication::translate("pd::cli", "expired: %1").arg(st->expired) << Qt::endl;
    c.out << QCoreApplication::translate("pd::cli", "returned (clawed back): %1").arg(st->clawedBack) << Qt::endl;
    c.out << QCoreApplication::translate("pd::cli", "other debits: %1").arg(st->otherDebits) << Qt::endl;
    c.out << QCoreApplication::translate("pd::cli", "closing balance: %1").arg(st->closing) << Qt::endl;
    for (const auto &[day, points] : st->expiringSoon)
        c.out << QCoreApplication::translate("pd::cli", "expiring after %1: %2").arg(day.toString(Qt::ISODate)).arg(points) << Qt::endl;
    c.out << st->friendlyLine << Qt::endl;
    if (p.isSet(QStringLiteral("pdf"))) {
        if (Status s = c.writeStatementPdf ? c.writeStatementPdf({st.value()}, p.value(QStringLiteral("pdf"))) :
                       Status(makeError(ErrorCode::Unsupported, QCoreApplication::translate("pd::cli", "This build cannot write PDF files.")));
            !s)
            return c.fail(s.error());
        c.err << QCoreApplication::translate("pd::cli", "PDF written to %1").arg(p.value(QStringLiteral("pdf"))) << Qt::endl;
    }
    return kOk;
}

int runDemo(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("members"), QString(), QStringLiteral("n"), QStringLiteral("3000")});
    p.addOption({QStringLiteral("seed"), QString(), QStringLiteral("n"), QStringLiteral("20261123")});
    p.addOption({QStringLiteral("receipts"), QString(), QStringLiteral("n"), QStringLiteral("0")});
    bool okMembers = false, okSeed = false, okReceipts = false;
    const QString usage = QStringLiteral("pointsdesk-cli demo [--members N] [--receipts M] [--seed S]");
    if (!p.parse(QStringList{QStringLiteral("demo")} + args) || !p.positionalArguments().isEmpty())
        return c.usage(usage);
    const qint64 receipts = p.value(QStringLiteral("receipts")).toLongLong(&okReceipts);
    DemoOptions options;
    options.members = p.value(QStringLiteral("members")).toLongLong(&okMembers);
    options.seed = p.value(QStringLiteral("seed")).toUInt(&okSeed);
    if (!okMembers || !okSeed || !okReceipts)
        return c.usage(usage);
    options.batchSize = 50000;
    options.campaigns = true;
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
    if (summary->cancelled)
        return kFailed;
    if (receipts <= 0)
        return kOk;
    // a year of history through the real operations, so the charts have shapes to show
    DemoHistoryOptions history;
    history.receipts = receipts;
    history.seed = options.seed;
    history.cancel = c.cancel;
    history.progress = [&](qint64 done, qint64 total) {
        if (done % 10000 == 0 || done == total)
            c.err << QCoreApplication::translate("pd::cli", "%1 of %2 receipts").arg(done).arg(total) << Qt::endl;
    };
    auto lived = DemoHistory(*c.db, c.clock).post(c.session, history);
    if (!lived)
        return c.fail(lived.error());
    c.out << QCoreApplication::translate("pd::cli", "A year of history from %1 to %2: %3 receipts, %4 returns, %5 redemptions, %6 donations.")
                 .arg(lived->first.toString(Qt::ISODate), lived->last.toString(Qt::ISODate))
                 .arg(lived->receipts)
                 .arg(lived->returns)
                 .arg(lived->redemptions)
                 .arg(lived->donations)
          << Qt::endl;
    return lived->cancelled ? kFailed : kOk;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *in, const std::atomic<bool> *cancel,
        StatementPdfWriter writePdf, RulesPdfWriter writeRulesPdf, SettlementPdfWriter writeSettlementPdf)
{
    Context c{out, err, in, cancel, {}, {}, Session::system(osUser()), {}, {}, {}, {}, false};
    c.writeStatementPdf = std::move(writePdf); // (the aggregate starts them empty)
    c.writeRulesPdf = std::move(writeRulesPdf);
    c.writeSettlementPdf = std::move(writeSettlementPdf);
    const QString verbs = QStringLiteral("init | import stores|members|receipts|returns|catalog|checkins FILE | export members|ledger|catalog | "
                                         "verify [--head FILE] [--full] | close-day --out FILE | expire --as-of D [--batch N] | tiers --as-of D [--batch N] | balances | statement CARD --month M | "
                                         "redeem CARD ITEM [--qty N] [--number NO] [--store CODE] | "
                                         "cancel-redemption NO [--qty N] [--reason TEXT] | demo [--members N] [--receipts M] | "
                                         "campaign import FILE|submit CODE|approve CODE|reject CODE --reason T|cancel CODE --reason T|version CODE|list | "
                                         "checkin CARD [--store CODE] [--for-date D] | badges CARD | collect-prize CARD CAMPAIGN | "
                                         "member export CARD --json FILE|erase CARD --reason T|request CARD copy|erasure|refuse ID --reason T|requests | checks | reminders --as-of D [--out FILE] | "
                                         "report dashboard --from D --to D [--store CODE] [--chart kpis|flows|months|stores|tiers|tiermoves|scenarios|categories|campaigns] | "
                                         "report lists expiring|winback|potential --as-of D [--store CODE] [--tier CODE] | "
                                         "report settlement --month M [--partner CODE] [--pdf FILE] | "
                                         "disclosure show [--version N] [--lang zh|en] [--pdf FILE|--html FILE]|generate|publish [--version N] --effective D|"
                                         "versions|diff N [M]|note SECTION TEXT | backup --out FILE|--dir FOLDER [--keep N] | restore BACKUP [--check] | "
                                         "user add NAME --role ROLE [--name TEXT] [--store CODE] | passwd | "
                                         "scenario list|add CODE --name TEXT [--rate N]|rename CODE --name TEXT");
    QStringList args = arguments.mid(1);
    QString location = defaultDatabaseFile();
    if (args.size() >= 2 && args.at(0) == QLatin1String("--db")) {
        location = args.at(1);
        args = args.mid(2);
    } else if (!args.isEmpty() && args.at(0).startsWith(QLatin1String("--db="))) {
        location = args.at(0).mid(5);
        args = args.mid(1);
    }
    if (!args.isEmpty() && args.at(0) == QLatin1String("--allow-url-password")) {
        c.allowUrlPassword = true;
        args = args.mid(1);
    }
    // --user NAME: act as that person, with that role's rights (password on standard input)
    QString user;
    if (args.size() >= 2 && args.at(0) == QLatin1String("--user")) {
        user = args.at(1);
        args = args.mid(2);
    }
    if (args.size() == 1 && args.at(0) == QLatin1String("--version")) {
        out << QStringLiteral("pointsdesk-cli %1 (schema %2)").arg(QStringLiteral(POINTSDESK_VERSION)).arg(Migrator::latestVersion()) << Qt::endl;
        return kOk;
    }
    if (args.isEmpty() || args.at(0) == QLatin1String("--help") || args.at(0) == QLatin1String("-h"))
        return c.usage(QStringLiteral("pointsdesk-cli [--db FILE|postgresql://user@host:port/name[?sslmode=verify-full&...]] [--allow-url-password] [--user NAME] ") + verbs);
    const QString verb = args.takeFirst();
    static const QStringList known = {QStringLiteral("init"),    QStringLiteral("import"),   QStringLiteral("export"),
                                      QStringLiteral("verify"),  QStringLiteral("demo"),     QStringLiteral("expire"),
                                      QStringLiteral("tiers"),   QStringLiteral("balances"), QStringLiteral("statement"),
                                      QStringLiteral("redeem"),  QStringLiteral("cancel-redemption"), QStringLiteral("close-day"),
                                      QStringLiteral("campaign"), QStringLiteral("checkin"),
                                      QStringLiteral("badges"), QStringLiteral("collect-prize"), QStringLiteral("member"),
                                      QStringLiteral("checks"), QStringLiteral("reminders"), QStringLiteral("disclosure"),
                                      QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("user"), QStringLiteral("passwd"),
                                      QStringLiteral("scenario"),
                                      QStringLiteral("report")};
    if (!known.contains(verb)) {
        err << QCoreApplication::translate("pd::cli", "error: unknown command \"%1\"; the commands are: %2").arg(verb, verbs) << Qt::endl;
        return kUsage;
    }
    if (verb == QLatin1String("restore")) {
        if (!user.isEmpty())
            return c.usage(QStringLiteral("pointsdesk-cli --db FILE restore BACKUP [--check]   (run by the computer's operator, without --user)"));
        return runRestore(c, location, args);
    }
    const bool creates = verb == QLatin1String("init") || verb == QLatin1String("demo");
    if (int rc = openDatabase(c, location, creates); rc != kOk)
        return rc;
    if (!user.isEmpty()) {
        const QString password = c.in ? QString::fromUtf8(c.in->readLine()).trimmed() : QString();
        auto session = AuthService(*c.db, c.clock).login(user, password);
        if (!session)
            return c.fail(session.error());
        c.session = session.value();
        c.loginPassword = password;
        c.session.osUser = osUser();
        // a password someone else chose: only passwd runs until its user has chosen their own
        auto mustChange = AuthService(*c.db, c.clock).passwordMustChange(c.session.userId);
        if (!mustChange)
            return c.fail(mustChange.error());
        if (mustChange.value() && verb != QLatin1String("passwd"))
            return c.fail(makeError(ErrorCode::PermissionDenied,
                                    QCoreApplication::translate("pd::cli", "The password of %1 was chosen by an administrator or printed with the "
                                                                "demo: choose your own first with \"pointsdesk-cli --user %1 passwd\" (the current "
                                                                "password, then the new one, on standard input).")
                                        .arg(user)));
    }
    if (verb == QLatin1String("init"))
        return runInit(c, args);
    if (verb == QLatin1String("import"))
        return runImport(c, args);
    if (verb == QLatin1String("export"))
        return runExport(c, args);
    if (verb == QLatin1String("verify"))
        return runVerify(c, args);
    if (verb == QLatin1String("backup"))
        return runBackup(c, args);
    if (verb == QLatin1String("user"))
        return runUser(c, args);
    if (verb == QLatin1String("passwd"))
        return runPasswd(c, args);
    if (verb == QLatin1String("scenario"))
        return runScenario(c, args);
    if (verb == QLatin1String("close-day"))
        return runCloseDay(c, args);
    if (verb == QLatin1String("expire") || verb == QLatin1String("tiers"))
        return runBatch(c, verb, args);
    if (verb == QLatin1String("balances"))
        return runBalances(c, args);
    if (verb == QLatin1String("statement"))
        return runStatement(c, args);
    if (verb == QLatin1String("redeem"))
        return runRedeem(c, args);
    if (verb == QLatin1String("cancel-redemption"))
        return runCancelRedemption(c, args);
    if (verb == QLatin1String("campaign"))
        return runCampaign(c, args);
    if (verb == QLatin1String("checkin"))
        return runCheckin(c, args);
    if (verb == QLatin1String("badges"))
        return runBadges(c, args);
    if (verb == QLatin1String("collect-prize"))
        return runCollectPrize(c, args);
    if (verb == QLatin1String("member"))
        return runMember(c, args);
    if (verb == QLatin1String("checks"))
        return runChecks(c, args);
    if (verb == QLatin1String("reminders"))
        return runReminders(c, args);
    if (verb == QLatin1String("report"))
        return runReport(c, args);
    if (verb == QLatin1String("disclosure"))
        return runDisclosure(c, args);
    return runDemo(c, args);
}

} // namespace pd::cli
