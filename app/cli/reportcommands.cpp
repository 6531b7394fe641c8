#include "clicontext.h"

#include "core/insights/dashboardtables.h"
#include "core/insights/memberlists.h"
#include "core/insights/settlement.h"
#include "core/io/csvwriter.h"
#include "core/io/timeparse.h"
#include "core/stores/storeservice.h"

#include <QCommandLineParser>
#include <QIODevice>

namespace pd::cli {

namespace {

// report dashboard --from D --to D [--store CODE] [--chart kpis|flows|months|stores|tiers|tiermoves|scenarios|categories|campaigns]:
// the figures of one of the dashboard's charts as CSV on stdout (DESIGN §10).
int runDashboard(Context &c, const QStringList &args)
{
    const QString usage = QStringLiteral("pointsdesk-cli report dashboard --from YYYY-MM-DD --to YYYY-MM-DD [--store CODE] "
                                         "[--chart kpis|flows|months|stores|tiers|tiermoves|scenarios|categories|campaigns]");
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"), QString(), QStringLiteral("date")});
    p.addOption({QStringLiteral("to"), QString(), QStringLiteral("date")});
    p.addOption({QStringLiteral("store"), QString(), QStringLiteral("code")});
    p.addOption({QStringLiteral("chart"), QString(), QStringLiteral("chart"), QStringLiteral("kpis")});
    if (!p.parse(QStringList{QStringLiteral("dashboard")} + args) || !p.positionalArguments().isEmpty() || !p.isSet(QStringLiteral("from"))
        || !p.isSet(QStringLiteral("to")))
        return c.usage(usage);
    const auto chart = insights::chartFromCode(p.value(QStringLiteral("chart")));
    if (!chart)
        return c.usage(usage);
    DashboardQuery query;
    auto from = parseIsoDate(p.value(QStringLiteral("from")), QStringLiteral("from"));
    if (!from)
        return c.fail(from.error());
    auto to = parseIsoDate(p.value(QStringLiteral("to")), QStringLiteral("to"));
    if (!to)
        return c.fail(to.error());
    query.from = from.value();
    query.to = to.value();
    if (p.isSet(QStringLiteral("store"))) {
        auto store = StoreService::storeId(*c.db, p.value(QStringLiteral("store")));
        if (!store)
            return c.fail(store.error());
        query.storeId = store.value();
    }
    auto dashboard = insights::dashboard(*c.db, c.session, query);
    if (!dashboard)
        return c.fail(dashboard.error());
    QIODevice *out = c.dataOut();
    for (const QStringList &row : insights::table(dashboard.value(), *chart))
        out->write(csv::line(row));
    return kOk;
}

// report lists expiring|winback|potential --as-of D [--store CODE] [--tier CODE]: the members
// of a life-cycle list as CSV on stdout (DESIGN §10, §12); marketing lists hold consenting
// members only. The export is recorded in the audit trail.
int runLists(Context &c, const QStringList &args)
{
    const QString usage = QStringLiteral("pointsdesk-cli report lists expiring|winback|potential --as-of YYYY-MM-DD [--store CODE] [--tier CODE]");
    QCommandLineParser p;
    p.addOption({QStringLiteral("as-of"), QString(), QStringLiteral("date")});
    p.addOption({QStringLiteral("store"), QString(), QStringLiteral("code")});
    p.addOption({QStringLiteral("tier"), QString(), QStringLiteral("code")});
    if (!p.parse(QStringList{QStringLiteral("lists")} + args) || p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("as-of")))
        return c.usage(usage);
    const auto kind = memberListFromCode(p.positionalArguments().constFirst());
    if (!kind)
        return c.usage(usage);
    auto asOf = parseIsoDate(p.value(QStringLiteral("as-of")), QStringLiteral("as-of"));
    if (!asOf)
        return c.fail(asOf.error());
    MemberListQuery query;
    query.kind = *kind;
    query.asOf = asOf.value();
    query.tier = p.value(QStringLiteral("tier"));
    if (p.isSet(QStringLiteral("store"))) {
        auto store = StoreService::storeId(*c.db, p.value(QStringLiteral("store")));
        if (!store)
            return c.fail(store.error());
        query.storeId = store.value();
    }
    auto rows = insights::exportMemberList(*c.db, c.clock, c.session, query, c.dataOut());
    if (!rows)
        return c.fail(rows.error());
    c.err << QCoreApplication::translate("pd::cli", "%1 members listed.").arg(rows.value()) << Qt::endl;
    return kOk;
}

// report settlement --month YYYY-MM [--partner CODE] [--pdf FILE]: each partner merchant's month
// (DESIGN §10) as CSV on stdout, or as a PDF with a page per partner.
int runSettlement(Context &c, const QStringList &args)
{
    const QString usage = QStringLiteral("pointsdesk-cli report settlement --month YYYY-MM [--partner CODE] [--pdf FILE]");
    QCommandLineParser p;
    p.addOption({QStringLiteral("month"), QString(), QStringLiteral("month")});
    p.addOption({QStringLiteral("partner"), QString(), QStringLiteral("code")});
    p.addOption({QStringLiteral("pdf"), QString(), QStringLiteral("file")});
    if (!p.parse(QStringList{QStringLiteral("settlement")} + args) || !p.positionalArguments().isEmpty() || !p.isSet(QStringLiteral("month")))
        return c.usage(usage);
    auto month = parseIsoMonth(p.value(QStringLiteral("month")), QStringLiteral("month"));
    if (!month)
        return c.fail(month.error());
    auto settlement = insights::settlement(*c.db, c.session, month.value(), p.value(QStringLiteral("partner")));
    if (!settlement)
        return c.fail(settlement.error());
    if (p.isSet(QStringLiteral("pdf"))) {
        if (!c.writeSettlementPdf)
            return c.fail(makeError(ErrorCode::Io, QCoreApplication::translate("pd::cli", "This program cannot write PDF files.")));
        if (Status s = c.writeSettlementPdf(settlement.value(), p.value(QStringLiteral("pdf"))); !s)
            return c.fail(s.error());
        c.out << QCoreApplication::translate("pd::cli", "Settlement of %n partner merchant(s) written to %1.", nullptr, int(settlement->partners.size()))
                     .arg(p.value(QStringLiteral("pdf")))
              << Qt::endl;
        return kOk;
    }
    QIODevice *out = c.dataOut();
    for (const QStringList &row : insights::settlementTable(settlement.value()))
        out->write(csv::line(row));
    return kOk;
}

} // namespace

int runReport(Context &c, const QStringList &args)
{
    if (!args.isEmpty() && args.constFirst() == QLatin1String("dashboard"))
        return runDashboard(c, args.mid(1));
    if (!args.isEmpty() && args.constFirst() == QLatin1String("lists"))
        return runLists(c, args.mid(1));
    if (!args.isEmpty() && args.constFirst() == QLatin1String("settlement"))
        return runSettlement(c, args.mid(1));
    return c.usage(QStringLiteral("pointsdesk-cli report dashboard --from D --to D [--store CODE] [--chart kpis|flows|months|stores|tiers|tiermoves|scenarios|categories|campaigns] | "
                                  "report lists expiring|winback|potential --as-of D [--store CODE] [--tier CODE] | "
                                  "report settlement --month M [--partner CODE] [--pdf FILE]"));
}

} // namespace pd::cli
