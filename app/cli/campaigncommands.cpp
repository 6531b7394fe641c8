#include "clicontext.h"

#include "core/campaigns/campaignservice.h"
#include "core/io/csvwriter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace pd::cli {

namespace {

QString say(const char *text) { return QCoreApplication::translate("pd::cli", text); }

const QString kCampaignUsage = QStringLiteral("pointsdesk-cli [--user NAME] campaign import FILE.json | submit CODE | approve CODE | "
                                      "reject CODE --reason TEXT | cancel CODE --reason TEXT | version CODE | list");

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

} // namespace

int runCampaign(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("reason"), QString(), QStringLiteral("text")});
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
