// pointsdesk-bench (issue 5): builds a chain-sized data set through the program's own paths
// and measures what users wait for, each against raw SQLite in the same run where there is
// a raw equivalent. Prints a table and writes the same figures as JSON.
//   pointsdesk-bench [--members N] [--entries N] [--runs N] [--slice N] [--dir DIR] [--reuse] [--build-only] [--only 1,8]
#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/schema/migrator.h"
#include "core/db/sql.h"
#include "core/db/walcheckpointer.h"
#include "core/compliance/compliancechecks.h"
#include "core/compliance/rulestext.h"
#include "core/jobs/batchjobs.h"
#include "core/insights/dashboard.h"
#include "core/stores/storeservice.h"
#include "core/ledger/dailymix.h"
#include "core/insights/settlement.h"
#include "core/insights/memberlists.h"
#include "core/ledger/dailypoints.h"
#include "core/integrity/invariants.h"
#include "core/receipts/receiptservice.h"
#include "core/members/membermodel.h"
#include "core/members/memberservice.h"
#include "campaigns.h"
#include "core/campaigns/campaignservice.h"
#include "core/campaigns/campaignsimulator.h"
#include "core/checkins/checkinservice.h"
#include "benchdatabases.h"
#include "dataset.h"
#include "desks.h"
#include "rawpostgres.h"
#include "report.h"
#include "rawsqlite.h"
#include "screens.h"
#include "stats.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSysInfo>
#include <QThread>

#include <malloc.h>
#include <cstdio>

using namespace pd;
using namespace pd::bench;

namespace {

int fail(const QString &what, const Error &e)
{
    std::fprintf(stderr, "error: %s: %s\n", qPrintable(what), qPrintable(e.describe()));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    // the screens are measured in a child process, so its peak RSS is the GUI's alone
    if (argc == 5 && QByteArray(argv[1]) == "--screens") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        const QJsonObject result = measureScreens(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QByteArray(argv[4]).toInt());
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        return result.contains(QStringLiteral("error")) ? 1 : 0;
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("members"), QStringLiteral("Members in the data set."), QStringLiteral("N"), QStringLiteral("1000000")});
    p.addOption({QStringLiteral("entries"), QStringLiteral("Ledger entries in the data set."), QStringLiteral("N"), QStringLiteral("10000000")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measure (the median is shown)."), QStringLiteral("N"), QStringLiteral("3")});
    p.addOption({QStringLiteral("slice"), QStringLiteral("Receipts per import run."), QStringLiteral("N"), QStringLiteral("20000")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("Where the databases (SQLite) and the figures go."), QStringLiteral("DIR"), QStringLiteral("bench-data")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Measure on this PostgreSQL server instead of SQLite: a postgresql:// address; the data sets "
                                                      "are databases of their own there."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("reuse"), QStringLiteral("Reuse a data set built before with the same sizes.")});
    p.addOption({QStringLiteral("build-only"), QStringLiteral("Build the data set and measure nothing.")});
    p.addOption({QStringLiteral("only"), QStringLiteral("Run only these measures (comma-separated numbers, e.g. 1,8)."), QStringLiteral("LIST")});
    p.process(app);
    const qint64 members = p.value(QStringLiteral("members")).toLongLong(), entries = p.value(QStringLiteral("entries")).toLongLong();
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt()), slice = std::max(1000, p.value(QStringLiteral("slice")).toInt());
    QDir dir(p.value(QStringLiteral("dir")));
    dir.mkpath(QStringLiteral("."));
    auto placed = BenchDatabases::make(p.value(QStringLiteral("db")), dir, members, entries);
    if (!placed)
        return fail(QStringLiteral("--db"), placed.error());
    const BenchDatabases &dbs = placed.value();
    const bool onSQLite = dbs.isSQLite();
    const QString engineName = onSQLite ? QStringLiteral("SQLite ") + sqliteVersion()
                                        : QStringLiteral("PostgreSQL ") + postgresServerVersion(BenchDatabases::conninfo(dbs.server()));
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(4, 0), QTimeZone::utc()));
    const Session session = Session::system(QStringLiteral("bench"));
    Report report;
    std::printf("pointsdesk-bench: %lld members, %lld entries, %d runs, %d cores, %s\n\n", static_cast<long long>(members),
                static_cast<long long>(entries), runs, QThread::idealThreadCount(), qPrintable(engineName));

    QSet<int> only;
    for (const QString &n : p.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        only.insert(n.trimmed().toInt());
    const auto wanted = [&only, onSQLite](int measure) {
        // the raw baselines of the campaign and check-in imports are SQLite's only
        if (!onSQLite && (measure == 8 || measure == 9))
            return false;
        return only.isEmpty() || only.contains(measure);
    };
    auto built = dbs.builtExists();
    if (!built)
        return fail(QStringLiteral("open"), built.error());
    if (!p.isSet(QStringLiteral("reuse")) || !built.value()) {
        if (Status s = dbs.recreateBuilt(); !s)
            return fail(QStringLiteral("create"), s.error());
        auto opened = Database::open(dbs.built(), QStringLiteral("build"));
        if (!opened)
            return fail(QStringLiteral("open"), opened.error());
        if (auto m = Migrator(*opened.value()).migrate(); !m)
            return fail(QStringLiteral("migrate"), m.error());
        auto made = buildDataset(*opened.value(), clock, DatasetOptions{members, entries});
        if (!made)
            return fail(QStringLiteral("build"), made.error());
        report.add(QStringLiteral("build_receipts_per_s"), QStringLiteral("Data set built: receipts imported per second"), made->receiptsPerSecond, QStringLiteral("/s"));
        // SQLite: the file alone holds the data set; PostgreSQL: the planner's figures are fresh
        if (auto c = sql::run(opened.value()->connection(), onSQLite ? QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") : QStringLiteral("VACUUM ANALYZE")); !c)
            return fail(QStringLiteral("checkpoint"), c.error());
        opened.value().reset();
        sql::forgetPrepared(QStringLiteral("build"));
    }
    if (p.isSet(QStringLiteral("build-only")))
        return 0;
    // the measures write (imports, posts, expiry): they run on a copy, so every run with
    // --reuse starts from the same data set; the raw baseline writes into another copy of the
    // same database, indexes and all
    if (Status s = dbs.copyBuiltToWorkAndRaw(); !s)
        return fail(QStringLiteral("copy"), s.error());
    // a data set built by an older schema is migrated on the copies; the backup the migrator
    // makes of a copy is of no use and as large as the data set
    for (const DatabaseLocation *copy : {&dbs.raw(), &dbs.work()}) {
        auto opened = Database::open(*copy, QStringLiteral("upgrade"));
        if (!opened)
            return fail(QStringLiteral("open"), opened.error());
        auto migrated = Migrator(*opened.value()).migrate();
        if (!migrated)
            return fail(QStringLiteral("migrate"), migrated.error());
        if (!migrated.value().isEmpty())
            QFile::remove(migrated.value());
        opened.value().reset();
        sql::forgetPrepared(QStringLiteral("upgrade"));
    }
    const QString workFile = BenchDatabases::address(dbs.work()), rawFile = dbs.raw().filePath;
    const QByteArray rawServer = onSQLite ? QByteArray() : BenchDatabases::conninfo(dbs.raw());
    auto opened = Database::open(dbs.work(), QStringLiteral("bench"));
    if (!opened)
        return fail(QStringLiteral("open"), opened.error());
    Database &db = *opened.value();
    // TLS (libpq's default, sslmode=prefer) costs every round trip: the counter's median went
    // from 2.4 to 4 ms with it on 6 December, so the figures say which they were taken with
    const QString transport = onSQLite ? QString()
                              : db.transport().encrypted ? db.transport().protocol
                                                         : QStringLiteral("no TLS");
    if (!onSQLite)
        std::printf("Connections: %s (sslmode from the address or PGSSLMODE)\n\n", qPrintable(transport));

    // 1. receipts import, program vs raw
    if (wanted(1)) {
        Samples app, raw, ratio;
        for (int r = 0; r < runs; ++r) {
            QList<BenchReceipt> rows;
            const QString prefix = QStringLiteral("S%1-").arg(QRandomGenerator::global()->generate());
            const QByteArray csv = receiptsCsv(prefix, 0, slice, slice, members, 100 + r, &rows);
            auto rate = importReceipts(db, clock, csv, 5000);
            if (!rate)
                return fail(QStringLiteral("import"), rate.error());
            QString error;
            const double rawRate = onSQLite ? rawReceiptInserts(rawFile, rows, 5000, &error) : rawPostgresReceiptInserts(rawServer, rows, 5000, &error);
            if (rawRate < 0)
                return fail(QStringLiteral("raw import"), makeError(ErrorCode::Database, error));
            app.add(qint64(rate.value()));
            raw.add(qint64(rawRate));
            ratio.add(qint64(rate.value() / rawRate * 1000));
        }
        // a server's import has a floor of its own (issue 22): 7,000 receipts a second here
        report.add(QStringLiteral("import_receipts_per_s"), QStringLiteral("1. Receipts import, program"), app.median(), QStringLiteral("/s"),
                   onSQLite ? QString() : QStringLiteral("≥ 7,000/s"), onSQLite || app.median() >= 7000);
        report.add(QStringLiteral("import_raw_per_s"), onSQLite ? QStringLiteral("1. Receipts import, raw SQLite (same row writes)") : QStringLiteral("1. Receipts import, raw libpq (same row writes)"), raw.median(), QStringLiteral("/s"));
        report.add(QStringLiteral("import_ratio"), QStringLiteral("1. Import: program ÷ raw"), ratio.median() / 1000.0, QStringLiteral("×"),
                   QStringLiteral("≥ 0.5×"), ratio.median() / 1000.0 >= 0.5);
    }
    // 2. one durable receipt at the counter, checkpoints in the background as in the GUI
    if (wanted(2)) {
        auto checkpointer = WalCheckpointer::start(db);
        if (!checkpointer)
            return fail(QStringLiteral("checkpointer"), checkpointer.error());
        Samples post;
        ReceiptService receipts(db, clock);
        const int posts = 300;
        QRandomGenerator random(5);
        for (int r = 0; r < runs; ++r) {
            for (int i = 0; i < posts; ++i) {
                ReceiptInput in{QStringLiteral("NY01"), QStringLiteral("P%1-%2-%3").arg(QRandomGenerator::global()->generate()).arg(r).arg(i),
                                QString::number(8000000001LL + random.bounded(quint64(members))), clock.nowUtc().addSecs(-60),
                                QStringLiteral("supermarket"), 1000 + random.bounded(50000), 0, 0};
                bool ok = true;
                post.add(timeMicros([&] { ok = receipts.post(session, in).ok(); }));
                if (!ok)
                    return fail(QStringLiteral("counter post"), receipts.post(session, in).error());
            }
        }
        QString error;
        const QList<qint64> rawCommits = onSQLite ? rawDurableCommits(rawFile, posts * runs, &error) : rawPostgresDurableCommits(rawServer, posts * runs, &error);
        if (rawCommits.isEmpty())
            return fail(QStringLiteral("raw commits"), makeError(ErrorCode::Database, error));
        Samples raw;
        for (qint64 v : rawCommits)
            raw.add(v);
        report.add(QStringLiteral("counter_p50_ms"), QStringLiteral("2. Counter receipt (durable): p50"), post.median() / 1000.0, QStringLiteral("ms"));
        // a server's counter waits on round trips a file does not have (issue 22: < 5 ms there)
        const double counterTarget = onSQLite ? 3000 : 5000;
        report.add(QStringLiteral("counter_p99_ms"), QStringLiteral("2. Counter receipt (durable): p99"), post.percentile(99) / 1000.0, QStringLiteral("ms"),
                   onSQLite ? QStringLiteral("< 3 ms") : QStringLiteral("< 5 ms"), post.percentile(99) < counterTarget);
        report.add(QStringLiteral("raw_commit_p99_ms"), QStringLiteral("2. Raw durable commit: p99"), raw.percentile(99) / 1000.0, QStringLiteral("ms"));
        report.add(QStringLiteral("counter_p99_ratio"), QStringLiteral("2. Counter p99 ÷ raw commit p99"), post.percentile(99) / std::max(1.0, raw.percentile(99)), QStringLiteral("×"));
    }
    // 3. finding a member, as the members screen does
    if (wanted(3)) {
        MemberService service(db, clock);
        MemberModel model(db, service, session);
        auto sample = sql::run(db.connection(), QStringLiteral("SELECT card_no, mobile, name, name_initials FROM members WHERE id % 997 = 1 LIMIT 500"));
        if (!sample)
            return fail(QStringLiteral("sample"), sample.error());
        QStringList cards, mobiles, names, initials;
        while (sample.value().next()) {
            cards << sample.value().value(0).toString();
            mobiles << sample.value().value(1).toString();
            names << sample.value().value(2).toString().left(2);
            initials << sample.value().value(3).toString().left(2);
        }
        sample.value().finish();
        const auto measure = [&](const QStringList &texts, MemberSearchMode mode, int repeat) {
            Samples s;
            for (int r = 0; r < repeat; ++r) {
                for (const QString &text : texts)
                    s.add(timeMicros([&] { model.setSearch(text, mode); }));
            }
            return s;
        };
        const Samples byCard = measure(cards, MemberSearchMode::CardNo, runs), byMobile = measure(mobiles, MemberSearchMode::Mobile, runs);
        const Samples byName = measure(names.mid(0, 100), MemberSearchMode::Name, runs), byInitials = measure(initials.mid(0, 100), MemberSearchMode::Initials, runs);
        // on a server a look-up is a round trip (issue 22: < 2 ms there)
        const QString lookupTarget = onSQLite ? QStringLiteral("< 1 ms") : QStringLiteral("< 2 ms");
        const double lookupMicros = onSQLite ? 1000 : 2000;
        report.add(QStringLiteral("card_p99_ms"), QStringLiteral("3. Member by card: p99"), byCard.percentile(99) / 1000.0, QStringLiteral("ms"), lookupTarget,
                   byCard.percentile(99) < lookupMicros);
        report.add(QStringLiteral("mobile_p99_ms"), QStringLiteral("3. Member by mobile: p99"), byMobile.percentile(99) / 1000.0, QStringLiteral("ms"), lookupTarget,
                   byMobile.percentile(99) < lookupMicros);
        report.add(QStringLiteral("name_p99_ms"), QStringLiteral("3. Name search (first page): p99"), byName.percentile(99) / 1000.0, QStringLiteral("ms"), QStringLiteral("< 50 ms"), byName.percentile(99) < 50000);
        report.add(QStringLiteral("initials_p99_ms"), QStringLiteral("3. Pinyin-initials search (first page): p99"), byInitials.percentile(99) / 1000.0, QStringLiteral("ms"), QStringLiteral("< 50 ms"), byInitials.percentile(99) < 50000);
    }
    // 4 and 7. the screens, in a process of their own
    if (wanted(4)) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--screens"), workFile, heavyCard(), QString::number(runs)});
        child.waitForFinished(-1);
        const QJsonObject screens = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        if (screens.isEmpty() || screens.contains(QStringLiteral("error")))
            return fail(QStringLiteral("screens"), makeError(ErrorCode::Database, QString::fromUtf8(child.readAllStandardError()) + screens.value(QStringLiteral("error")).toString()));
        const double list = screens.value(QStringLiteral("members_first_rows_ms")).toDouble(), detail = screens.value(QStringLiteral("detail_first_rows_ms")).toDouble();
        const double rss = screens.value(QStringLiteral("peak_rss_mb")).toDouble();
        report.add(QStringLiteral("members_screen_ms"), QStringLiteral("4. Members screen: first rows"), list, QStringLiteral("ms"), QStringLiteral("< 300 ms"), list < 300);
        report.add(QStringLiteral("member_detail_ms"), QStringLiteral("4. Member detail (5,000 entries): first rows"), detail, QStringLiteral("ms"), QStringLiteral("< 200 ms"), detail < 200);
        report.add(QStringLiteral("gui_rss_mb"), QStringLiteral("7. GUI peak RSS, members screen open"), rss, QStringLiteral("MB"), QStringLiteral("< 250 MB"), rss < 250);
    }
    // 5. a year of daily figures, as the charts read them
    if (wanted(5)) {
        Samples year;
        for (int r = 0; r < std::max(runs, 10); ++r) {
            bool ok = true;
            year.add(timeMicros([&] { ok = dailypoints::figures(db, session, QDate(2025, 11, 23), QDate(2026, 11, 22)).ok(); }));
            if (!ok)
                return fail(QStringLiteral("figures"), makeError(ErrorCode::Database, QStringLiteral("daily figures failed")));
        }
        report.add(QStringLiteral("year_figures_ms"), QStringLiteral("5. A year of daily issued/used/expired"), year.median() / 1000.0, QStringLiteral("ms"), QStringLiteral("< 50 ms"), year.median() < 50000);
        // what the year's points were earned on and spent on, all stores and one store
        auto ny01 = StoreService::storeId(db, QStringLiteral("NY01"));
        if (!ny01)
            return fail(QStringLiteral("store"), ny01.error());
        for (const std::optional<qint64> &store : {std::optional<qint64>(), std::optional<qint64>(ny01.value())}) {
            Samples earning, redeemed;
            for (int r = 0; r < std::max(runs, 10); ++r) {
                bool ok = true;
                earning.add(timeMicros([&] { ok = dailymix::earningByScenario(db, QDate(2025, 11, 23), QDate(2026, 11, 22), store).ok(); }));
                redeemed.add(timeMicros([&] { ok = ok && dailymix::redemptionsByCategory(db, QDate(2025, 11, 23), QDate(2026, 11, 22), store).ok(); }));
                if (!ok)
                    return fail(QStringLiteral("mix"), makeError(ErrorCode::Database, QStringLiteral("earning or redemptions by kind failed")));
            }
            const QString where = store ? QStringLiteral(", one store") : QString();
            const QString suffix = store ? QStringLiteral("_store") : QString();
            report.add(QStringLiteral("year_scenarios%1_ms").arg(suffix), QStringLiteral("5. A year's earning by scenario%1").arg(where),
                       earning.median() / 1000.0, QStringLiteral("ms"), QStringLiteral("< 50 ms"), earning.median() < 50000);
            report.add(QStringLiteral("year_categories%1_ms").arg(suffix), QStringLiteral("5. A year's redemptions by category%1").arg(where),
                       redeemed.median() / 1000.0, QStringLiteral("ms"), QStringLiteral("< 50 ms"), redeemed.median() < 50000);
        }
        // the insights screen's whole dashboard for the same year: flows, liability by month
        // and store, active and new members, tiers
        Samples dashboard;
        for (int r = 0; r < std::max(runs, 3); ++r) {
            Result<Dashboard> d = Dashboard{};
            dashboard.add(timeMicros([&] { d = insights::dashboard(db, session, DashboardQuery{QDate(2025, 11, 23), QDate(2026, 11, 22), std::nullopt}); }));
            if (!d)
                return fail(QStringLiteral("dashboard"), d.error());
        }
        report.add(QStringLiteral("year_dashboard_ms"), QStringLiteral("5. A year's insights dashboard"), dashboard.median() / 1000.0, QStringLiteral("ms"),
                   QStringLiteral("< 300 ms"), dashboard.median() < 300'000);
        // a month's settlement with every partner merchant (their stores' daily totals, the
        // month's redemptions of their items)
        Samples settlement;
        for (int r = 0; r < std::max(runs, 3); ++r) {
            Result<Settlement> s = Settlement{};
            settlement.add(timeMicros([&] { s = insights::settlement(db, session, QDate(2026, 10, 1)); }));
            if (!s)
                return fail(QStringLiteral("settlement"), s.error());
        }
        report.add(QStringLiteral("month_settlement_ms"), QStringLiteral("5. A month's partner settlement"), settlement.median() / 1000.0,
                   QStringLiteral("ms"), QStringLiteral("< 1,000 ms"), settlement.median() < 1'000'000);
        // the life-cycle lists over every member, as the lists screen reads them whole
        for (MemberListKind kind : {MemberListKind::Expiring, MemberListKind::WinBack, MemberListKind::Potential}) {
            Result<QList<MemberListRow>> list = QList<MemberListRow>{};
            MemberListQuery query;
            query.kind = kind;
            query.asOf = kind == MemberListKind::Expiring ? QDate(2026, 12, 2) : QDate(2026, 11, 22);
            QElapsedTimer sinceStart;
            qint64 firstPage = -1;
            sinceStart.start();
            const qint64 took = timeMicros([&] {
                list = insights::memberList(db, session, query, [&](const QList<MemberListRow> &) { firstPage = sinceStart.nsecsElapsed() / 1000; });
            });
            if (!list)
                return fail(QStringLiteral("lists"), list.error());
            // what the lists screen shows first, while the rest is read
            report.add(QStringLiteral("list_%1_first_ms").arg(memberListCode(kind)), QStringLiteral("5. List \"%1\", first page").arg(memberListCode(kind)),
                       double(firstPage) / 1e3, QStringLiteral("ms"), QStringLiteral("< 200 ms"), firstPage >= 0 && firstPage < 200'000);
            report.add(QStringLiteral("list_%1_s").arg(memberListCode(kind)), QStringLiteral("5. List \"%1\" (%2 members)").arg(memberListCode(kind)).arg(list->size()),
                       double(took) / 1e6, QStringLiteral("s"), QStringLiteral("< 10 s"), took < 10'000'000);
            // Freeing a list of 600,000 members and glibc's gathering of its freed blocks (at
            // the next large allocation) took 0.5 s at 1 M members: outside the clocks, so it is
            // not charged to the next list's first page (docs/performance.md says what it costs).
            list = QList<MemberListRow>{};
            malloc_trim(0);
        }
    }
    // 6. verify over the whole ledger, then an expiry run over all members
    if (wanted(6)) {
        Result<InvariantReport> invariants = InvariantReport{};
        const qint64 verify = timeMicros([&] { invariants = checkLedgerInvariants(db); });
        if (!invariants || !invariants->ok())
            return fail(QStringLiteral("verify"), invariants ? makeError(ErrorCode::Database, invariants->problems.join(QLatin1Char('\n'))) : invariants.error());
        report.add(QStringLiteral("verify_s"), QStringLiteral("6. verify (chain, invariants, daily totals)"), double(verify) / 1e6, QStringLiteral("s"), QStringLiteral("< 20 s"), verify < 20'000'000);
        // the month before the year's points end: every member with points is reminded, then the
        // checks count who no reminder covers
        Result<BatchReport> reminded = BatchReport{};
        const qint64 remind = timeMicros([&] { reminded = BatchJobs(db, clock).remindExpiry(session, QDate(2026, 12, 2)); });
        if (!reminded)
            return fail(QStringLiteral("reminders"), reminded.error());
        report.add(QStringLiteral("reminders_s"), QStringLiteral("6. Expiry reminders over all members"), double(remind) / 1e6, QStringLiteral("s"),
                   QStringLiteral("< 30 s"), remind < 30'000'000);
        Result<QList<Finding>> findings = QList<Finding>{};
        const qint64 checks = timeMicros([&] { findings = ComplianceChecks(db, clock).run(session); });
        if (!findings)
            return fail(QStringLiteral("checks"), findings.error());
        report.add(QStringLiteral("checks_s"), QStringLiteral("6. Compliance checks"), double(checks) / 1e6, QStringLiteral("s"), QStringLiteral("< 5 s"),
                   checks < 5'000'000);
        Result<BatchReport> expired = BatchReport{};
        const qint64 expiry = timeMicros([&] { expired = BatchJobs(db, clock).expire(session, QDate(2027, 1, 1)); });
        if (!expired)
            return fail(QStringLiteral("expiry"), expired.error());
        report.add(QStringLiteral("expiry_s"), QStringLiteral("6. Expiry run over all members"), double(expiry) / 1e6, QStringLiteral("s"), QStringLiteral("< 30 s"), expiry < 30'000'000);
    }

    // 8. with twenty approved campaigns: the import, the counter, and a year replayed by the simulator
    if (wanted(8)) {
        if (Status s = addBenchCampaigns(db, clock); !s)
            return fail(QStringLiteral("campaigns"), s.error());
        QString copyError;
        if (!rawCopyCampaigns(rawFile, workFile, &copyError))
            return fail(QStringLiteral("raw campaigns"), makeError(ErrorCode::Database, copyError));
        auto rawCampaign = sql::scalar(db.connection(), QStringLiteral("SELECT MIN(id) FROM campaigns"));
        if (!rawCampaign)
            return fail(QStringLiteral("raw campaigns"), rawCampaign.error());
        Samples ratio;
        for (int r = 0; r < runs; ++r) {
            QList<BenchReceipt> rows;
            const QString prefix = QStringLiteral("C%1-").arg(QRandomGenerator::global()->generate());
            const QByteArray csv = receiptsCsv(prefix, 0, slice, slice, members, 200 + r, &rows);
            auto rate = importReceipts(db, clock, csv, 5000);
            if (!rate)
                return fail(QStringLiteral("import with campaigns"), rate.error());
            QString error;
            const double rawRate = rawReceiptInserts(rawFile, rows, 5000, &error, rawCampaign.value().toLongLong());
            if (rawRate < 0)
                return fail(QStringLiteral("raw import"), makeError(ErrorCode::Database, error));
            ratio.add(qint64(rate.value() / rawRate * 1000));
        }
        report.add(QStringLiteral("campaigns_import_ratio"), QStringLiteral("8. Import with 20 campaigns: program ÷ raw"), ratio.median() / 1000.0,
                   QStringLiteral("×"), QStringLiteral("≥ 0.5×"), ratio.median() / 1000.0 >= 0.5);
        auto checkpointer = WalCheckpointer::start(db);
        if (!checkpointer)
            return fail(QStringLiteral("checkpointer"), checkpointer.error());
        Samples post;
        ReceiptService receipts(db, clock);
        QRandomGenerator random(8);
        for (int r = 0; r < runs; ++r) {
            for (int i = 0; i < 300; ++i) {
                ReceiptInput in{QStringLiteral("NY01"), QStringLiteral("K%1-%2-%3").arg(QRandomGenerator::global()->generate()).arg(r).arg(i),
                                QString::number(8000000001LL + random.bounded(quint64(members))), clock.nowUtc().addSecs(-60),
                                QStringLiteral("supermarket"), 1000 + random.bounded(50000), 0, 0};
                bool ok = true;
                post.add(timeMicros([&] { ok = receipts.post(session, in).ok(); }));
                if (!ok)
                    return fail(QStringLiteral("counter post with campaigns"), receipts.post(session, in).error());
            }
        }
        report.add(QStringLiteral("campaigns_counter_p99_ms"), QStringLiteral("8. Counter receipt with 20 campaigns: p99"), post.percentile(99) / 1000.0,
                   QStringLiteral("ms"), QStringLiteral("< 3 ms"), post.percentile(99) < 3000);
        auto replayed = CampaignService(db, clock).campaign(session, QStringLiteral("BENCH-M02"));
        if (!replayed)
            return fail(QStringLiteral("campaign"), replayed.error());
        SimulationRequest year;
        year.from = QDate(2025, 11, 23);
        year.to = QDate(2026, 11, 22);
        Result<CampaignFigures> figures = CampaignFigures{};
        const qint64 replay = timeMicros([&] { figures = simulateCampaign(db, session, replayed.value(), year); });
        if (!figures)
            return fail(QStringLiteral("simulate"), figures.error());
        report.add(QStringLiteral("simulate_year_s"), QStringLiteral("8. Simulator: a year of receipts replayed"), double(replay) / 1e6, QStringLiteral("s"),
                   QStringLiteral("< 30 s"), replay < 30'000'000);
    }

    // 9. check-ins (issue 16): a day's check-ins imported, program vs raw, and one at the counter
    if (wanted(9)) {
        if (Status s = addBenchCheckinCampaign(db, clock); !s)
            return fail(QStringLiteral("check-in campaign"), s.error());
        QString copyError;
        if (!rawCopyCampaigns(rawFile, workFile, &copyError))
            return fail(QStringLiteral("raw campaigns"), makeError(ErrorCode::Database, copyError));
        auto campaignId = sql::scalar(db.connection(), QStringLiteral("SELECT id FROM campaigns WHERE code = 'BENCH-SIGN'"));
        if (!campaignId)
            return fail(QStringLiteral("check-in campaign"), campaignId.error());
        const qint64 count = std::min<qint64>(slice, members - 400); // the counter's 300 members (the last) stay out of the import
        Samples ratio;
        for (int r = 0; r < runs; ++r) {
            QList<BenchCheckin> rows;
            const QDate day = businessToday(clock).addDays(-1 - r); // each run its own day: no check-in is already there
            auto rate = importCheckins(db, clock, checkinsCsv(QStringLiteral("Q%1-").arg(r), count, members - 400, day, &rows), 5000);
            if (!rate)
                return fail(QStringLiteral("import check-ins"), rate.error());
            QString error;
            const double rawRate = rawCheckinInserts(rawFile, rows, 5000, campaignId.value().toLongLong(), 5, &error);
            if (rawRate < 0)
                return fail(QStringLiteral("raw check-ins"), makeError(ErrorCode::Database, error));
            ratio.add(qint64(rate.value() / rawRate * 1000));
        }
        report.add(QStringLiteral("checkins_import_ratio"), QStringLiteral("9. Check-ins import: program ÷ raw"), ratio.median() / 1000.0,
                   QStringLiteral("×"), QStringLiteral("≥ 0.5×"), ratio.median() / 1000.0 >= 0.5);
        auto checkpointer = WalCheckpointer::start(db);
        if (!checkpointer)
            return fail(QStringLiteral("checkpointer"), checkpointer.error());
        Samples post;
        CheckinService checkins(db, clock);
        for (int i = 0; i < 300; ++i) {
            CheckinInput in;
            in.storeCode = QStringLiteral("NY01");
            in.cardNo = QString::number(8000000001LL + members - 1 - i);
            in.time = clock.nowUtc().addSecs(-60);
            bool ok = true;
            post.add(timeMicros([&] { ok = checkins.post(session, in).ok(); }));
            if (!ok)
                return fail(QStringLiteral("check in"), checkins.post(session, in).error());
        }
        report.add(QStringLiteral("checkin_p99_ms"), QStringLiteral("9. Check-in at the counter: p99"), post.percentile(99) / 1000.0,
                   QStringLiteral("ms"), QStringLiteral("< 3 ms"), post.percentile(99) < 3000);

        // the counter's receipt with ten badge collections counted in its transaction
        if (Status s = addBenchBadgeCollections(db, clock); !s)
            return fail(QStringLiteral("badge collections"), s.error());
        Samples receipt;
        ReceiptService receipts(db, clock);
        QRandomGenerator random(9);
        for (int r = 0; r < runs; ++r) {
            for (int i = 0; i < 300; ++i) {
                ReceiptInput in{QStringLiteral("NY01"), QStringLiteral("BG%1-%2-%3").arg(QRandomGenerator::global()->generate()).arg(r).arg(i),
                                QString::number(8000000001LL + random.bounded(quint64(members))), clock.nowUtc().addSecs(-60),
                                QStringLiteral("supermarket"), 1000 + random.bounded(50000), random.bounded(3) == 0 ? 500 : 0, 0};
                bool ok = true;
                receipt.add(timeMicros([&] { ok = receipts.post(session, in).ok(); }));
                if (!ok)
                    return fail(QStringLiteral("counter post with badges"), receipts.post(session, in).error());
            }
        }
        report.add(QStringLiteral("badges_counter_p99_ms"), QStringLiteral("9. Counter receipt with 10 badge collections: p99"),
                   receipt.percentile(99) / 1000.0, QStringLiteral("ms"), QStringLiteral("< 3 ms"), receipt.percentile(99) < 3000);
    }

    // 10. the programme rules document (issue 18) with 500 items on offer and 50 sales: built from
    // the live configuration and written as HTML, as the Compliance screen shows it
    if (wanted(10)) {
        if (Status s = addBenchRulesContent(db, clock); !s)
            return fail(QStringLiteral("rules content"), s.error());
        Samples build;
        for (int r = 0; r < std::max(runs, 5); ++r) {
            Result<RulesDocument> doc = RulesDocument{};
            QString html;
            build.add(timeMicros([&] {
                doc = rules::buildLive(db, clock, session);
                if (doc)
                    html = rules::html(doc.value(), std::nullopt);
            }));
            if (!doc)
                return fail(QStringLiteral("rules document"), doc.error());
            if (doc->factsOf(RulesSection::Catalog).size() < 500 || doc->factsOf(RulesSection::Campaigns).size() < 50)
                return fail(QStringLiteral("rules document"), makeError(ErrorCode::Database, QStringLiteral("items or campaigns missing")));
        }
        report.add(QStringLiteral("rules_document_ms"), QStringLiteral("10. Programme rules document (500 items, 50 campaigns)"),
                   build.median() / 1000.0, QStringLiteral("ms"), QStringLiteral("< 1,000 ms"), build.median() < 1'000'000);
    }

    // 11. several desks at once (issue 22): one desk alone, then eight, each a connection of its
    // own posting receipts for members of its own at two supermarkets; then eight at the market
    // town's store, where one campaign's budget is shared by all and runs out part way
    if (wanted(11)) {
        const int desks = 8, perDesk = 100 * runs;
        auto alone = postFromDesks(db, clock, 1, desks * perDesk / 2, members, {QStringLiteral("NY01"), QStringLiteral("NY02")}, QStringLiteral("D1"));
        if (!alone)
            return fail(QStringLiteral("one desk"), alone.error());
        auto together = postFromDesks(db, clock, desks, perDesk, members, {QStringLiteral("NY01"), QStringLiteral("NY02")}, QStringLiteral("D8"));
        if (!together)
            return fail(QStringLiteral("eight desks"), together.error());
        report.add(QStringLiteral("desks_1_per_s"), QStringLiteral("11. One desk: receipts per second"), alone->receiptsPerSecond, QStringLiteral("/s"));
        report.add(QStringLiteral("desks_8_per_s"), QStringLiteral("11. Eight desks at once: receipts per second"), together->receiptsPerSecond, QStringLiteral("/s"));
        const double gain = together->receiptsPerSecond / alone->receiptsPerSecond;
        report.add(QStringLiteral("desks_8_gain"), QStringLiteral("11. Eight desks ÷ one desk"), gain, QStringLiteral("×"), onSQLite ? QString() : QStringLiteral("≥ 1.5×"),
                   onSQLite || gain >= 1.5);
        report.add(QStringLiteral("desks_8_p99_ms"), QStringLiteral("11. Eight desks: receipt p99"), together->p99Ms, QStringLiteral("ms"));
        report.add(QStringLiteral("desks_8_retries"), QStringLiteral("11. Eight desks: operations run again after a lost race"), double(together->conflictRetries),
                   QStringLiteral("×"));
        const qint64 budget = 200'000;
        if (Status s = addBenchSharedBudgetCampaign(db, clock, QStringLiteral("SQZ01"), budget); !s)
            return fail(QStringLiteral("shared campaign"), s.error());
        auto shared = postFromDesks(db, clock, desks, perDesk, members, {QStringLiteral("SQZ01")}, QStringLiteral("DB"));
        if (!shared)
            return fail(QStringLiteral("shared budget"), shared.error());
        auto spent = sql::run(db.connection(), QStringLiteral("SELECT c.awarded_points, (SELECT COALESCE(SUM(a.points), 0) FROM campaign_awards a "
                                                              "WHERE a.campaign_id = c.id) FROM campaigns c WHERE c.code = 'BENCH-SHARED'"));
        if (!spent || !spent.value().next())
            return fail(QStringLiteral("shared budget"), spent ? makeError(ErrorCode::Database, QStringLiteral("no campaign")) : spent.error());
        const qint64 awarded = spent.value().value(0).toLongLong(), rows = spent.value().value(1).toLongLong();
        spent.value().finish();
        report.add(QStringLiteral("desks_shared_per_s"), QStringLiteral("11. Eight desks sharing a campaign budget: receipts per second"), shared->receiptsPerSecond,
                   QStringLiteral("/s"));
        report.add(QStringLiteral("desks_shared_awarded"), QStringLiteral("11. Shared budget: points awarded (budget %1, award rows %2)").arg(budget).arg(rows),
                   double(awarded), QStringLiteral("points"), QStringLiteral("= budget and rows"), awarded == budget && rows == budget);
    }

    const QJsonObject json{{QStringLiteral("members"), members}, {QStringLiteral("entries"), entries}, {QStringLiteral("runs"), runs},
                           {QStringLiteral("cores"), QThread::idealThreadCount()}, {QStringLiteral("engine"), engineName},
                           {QStringLiteral("transport"), transport}, {QStringLiteral("machine"), QSysInfo::prettyProductName()}, {QStringLiteral("figures"), report.json()}};
    QFile out(dir.absoluteFilePath(QStringLiteral("bench.json")));
    if (out.open(QIODevice::WriteOnly))
        out.write(QJsonDocument(json).toJson());
    QFile md(dir.absoluteFilePath(QStringLiteral("bench.md")));
    if (md.open(QIODevice::WriteOnly))
        md.write(report.markdown().toUtf8());
    std::printf("\nJSON: %s\n", qPrintable(out.fileName()));
    opened.value().reset();
    sql::forgetPrepared(QStringLiteral("bench"));
    if (Status s = dbs.dropWorkAndRaw(); !s)
        return fail(QStringLiteral("clean up"), s.error());
    return 0;
}
