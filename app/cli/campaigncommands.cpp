#include "clicontext.h"

#include "core/campaigns/campaignservice.h"
#include "core/campaigns/campaignsimulator.h"
#include "core/pointsmath.h"
#include "core/rules/programmerules.h"
#include "core/io/csvwriter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace pd::cli {

namespace {

QString say(const char *text) { return QCoreApplication::translate("pd::cli", text); }

const QString kCampaignUsage = QStringLiteral("pointsdesk-cli [--user NAME] campaign import FILE.json | submit CODE | approve CODE | "
                                      "reject CODE --reason TEXT | cancel CODE --reason TEXT | version CODE | list | "
                                      "simulate CODE --from D --to D [--store S] [--json] | report CODE [--json]");

// Where an approved campaign stands today: before, inside or after its window.
QString listedStatus(const Campaign &c, const QDate &today)
{
    if (c.status != CampaignStatus::Approved)
        return campaignStatusCode(c.status);
    if (today < c.from)
        return QStringLiteral("approved");
    return today > c.to ? QStringLiteral("ended") : QStringLiteral("active");
}

int runList(Context &c)
{
    auto list = CampaignService(*c.db, c.clock).campaigns(c.session);
    if (!list)
        return c.fail(list.error());
    QIODevice *out = c.dataOut();
    out->write(csv::line({QStringLiteral("code"), QStringLiteral("type"), QStringLiteral("status"), QStringLiteral("from"), QStringLiteral("to"),
                          QStringLiteral("awarded_points"), QStringLiteral("budget_points")}));
    const QDate today = businessToday(c.clock);
    for (const Campaign &campaign : list.value())
        out->write(csv::line({campaign.code, campaignTypeCode(campaign.type), listedStatus(campaign, today), campaign.from.toString(Qt::ISODate),
                              campaign.to.toString(Qt::ISODate), QString::number(campaign.awardedPoints),
                              campaign.budgetPoints ? QString::number(*campaign.budgetPoints) : QString()}));
    return kOk;
}

int runImportFile(Context &c, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(makeError(ErrorCode::Io, say(QT_TRANSLATE_NOOP("pd::cli", "Cannot read %1: %2")).arg(path, file.errorString())));
    QList<FieldProblem> problems;
    auto drafts = CampaignService(*c.db, c.clock).importDrafts(c.session, file.readAll(), problems);
    if (!drafts) {
        if (problems.isEmpty())
            return c.fail(drafts.error());
        // every problem on its own line, as FILE: field: reason; nothing was written
        const QString name = QFileInfo(path).fileName();
        for (const FieldProblem &p : std::as_const(problems))
            c.err << (p.field.isEmpty() ? QStringLiteral("%1: %2").arg(name, p.reason) : QStringLiteral("%1: %2: %3").arg(name, p.field, p.reason))
                  << Qt::endl;
        c.err << QCoreApplication::translate("pd::cli", "No campaign was imported: %n problem(s).", nullptr, int(problems.size())) << Qt::endl;
        return kFailed;
    }
    for (const Campaign &d : drafts.value())
        c.out << say(QT_TRANSLATE_NOOP("pd::cli", "Draft %1 version %2: %3")).arg(d.code).arg(d.version).arg(d.name) << Qt::endl;
    return kOk;
}

// date,matched,members,extra_points,cost_yuan,cap_reached: one row per day, then the total
int writeFigures(Context &c, const CampaignFigures &f, bool json)
{
    QIODevice *out = c.dataOut();
    if (json) {
        out->write(QJsonDocument(f.toJson()).toJson(QJsonDocument::Indented));
        return kOk;
    }
    out->write(csv::line({QStringLiteral("date"), QStringLiteral("matched"), QStringLiteral("members"), QStringLiteral("extra_points"),
                          QStringLiteral("cost_yuan"), QStringLiteral("cap_reached")}));
    for (auto it = f.days.cbegin(); it != f.days.cend(); ++it)
        out->write(csv::line({it.key().toString(Qt::ISODate), QString::number(it->matched), QString::number(it->members), QString::number(it->points),
                              points::formatYuan(it->points * f.pointValueFen), it->capReached ? QStringLiteral("yes") : QString()}));
    out->write(csv::line({QStringLiteral("total"), QString::number(f.matched), QString::number(f.membersReached), QString::number(f.points),
                          points::formatYuan(f.costFen()), f.capReachedOn ? f.capReachedOn->toString(Qt::ISODate) : QString()}));
    return kOk;
}

int runSimulate(Context &c, const QString &code, const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to")))
        return c.usage(kCampaignUsage);
    auto campaign = CampaignService(*c.db, c.clock).campaign(c.session, code);
    if (!campaign)
        return c.fail(campaign.error());
    SimulationRequest request;
    request.from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    request.to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    request.storeCode = p.value(QStringLiteral("store"));
    request.cancel = c.cancel;
    auto figures = simulateCampaign(*c.db, c.session, campaign.value(), request);
    if (!figures)
        return c.fail(figures.error());
    return writeFigures(c, figures.value(), p.isSet(QStringLiteral("json")));
}

} // namespace

int runCampaign(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("reason"), QString(), QStringLiteral("text")});
    p.addOption({QStringLiteral("from"), QString(), QStringLiteral("date")});
    p.addOption({QStringLiteral("to"), QString(), QStringLiteral("date")});
    p.addOption({QStringLiteral("store"), QString(), QStringLiteral("code")});
    p.addOption({QStringLiteral("json"), QString()});
    if (!p.parse(QStringList{QStringLiteral("campaign")} + args) || p.positionalArguments().isEmpty())
        return c.usage(kCampaignUsage);
    const QStringList words = p.positionalArguments();
    const QString action = words.at(0);
    if (action == QLatin1String("list") && words.size() == 1)
        return runList(c);
    if (words.size() != 2)
        return c.usage(kCampaignUsage);
    const QString code = words.at(1);
    CampaignService campaigns(*c.db, c.clock);
    if (action == QLatin1String("import"))
        return runImportFile(c, code);
    if (action == QLatin1String("simulate"))
        return runSimulate(c, code, p);
    if (action == QLatin1String("report")) {
        auto figures = reportCampaign(*c.db, c.clock, c.session, code);
        return figures ? writeFigures(c, figures.value(), p.isSet(QStringLiteral("json"))) : c.fail(figures.error());
    }
    Status done;
    if (action == QLatin1String("submit")) {
        done = campaigns.submit(c.session, code);
    } else if (action == QLatin1String("approve")) {
        done = campaigns.approve(c.session, code);
    } else if (action == QLatin1String("reject") || action == QLatin1String("cancel")) {
        if (!p.isSet(QStringLiteral("reason")))
            return c.usage(kCampaignUsage);
        done = action == QLatin1String("reject") ? campaigns.reject(c.session, code, p.value(QStringLiteral("reason")))
                                                 : campaigns.cancel(c.session, code, p.value(QStringLiteral("reason")));
    } else if (action == QLatin1String("version")) {
        auto copy = campaigns.newVersion(c.session, code);
        if (!copy)
            return c.fail(copy.error());
        c.out << say(QT_TRANSLATE_NOOP("pd::cli", "Draft %1 version %2: %3")).arg(copy->code).arg(copy->version).arg(copy->name) << Qt::endl;
        return kOk;
    } else {
        return c.usage(kCampaignUsage);
    }
    if (!done)
        return c.fail(done.error());
    auto now = campaigns.campaign(c.session, code);
    c.out << say(QT_TRANSLATE_NOOP("pd::cli", "Campaign %1: %2")).arg(code, now ? campaignStatusName(now->status) : action) << Qt::endl;
    return kOk;
}

} // namespace pd::cli
