#include "campaigns.h"

#include "core/access/session.h"
#include "core/auth/authservice.h"
#include "core/campaigns/campaignservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pd;

Status addBenchCampaigns(Database &db, const Clock &clock)
{
    AuthService auth(db, clock, PasswordHasher(PasswordHasher::fastForTests()));
    const Session system = Session::system(QStringLiteral("bench"));
    auto author = auth.createUser(system, NewUser{QStringLiteral("bench-designer"), QStringLiteral("策划"), Role::CampaignManager,
                                                  QStringLiteral("bench-designer-1")});
    auto approver = auth.createUser(system, NewUser{QStringLiteral("bench-officer"), QStringLiteral("合规"), Role::Compliance,
                                                    QStringLiteral("bench-officer-1")});
    if (!author)
        return author.error();
    if (!approver)
        return approver.error();
    const Session designer{author.value(), QStringLiteral("bench-designer"), Role::CampaignManager, {}};
    const Session officer{approver.value(), QStringLiteral("bench-officer"), Role::Compliance, {}};

    QJsonArray definitions;
    for (int i = 1; i <= 18; ++i) {
        QJsonObject c{{QStringLiteral("code"), QStringLiteral("BENCH-M%1").arg(i, 2, 10, QLatin1Char('0'))},
                      {QStringLiteral("name"), QStringLiteral("倍数活动 %1").arg(i)},
                      {QStringLiteral("type"), QStringLiteral("multiplier")},
                      {QStringLiteral("from"), QStringLiteral("2025-01-01")},
                      {QStringLiteral("to"), QStringLiteral("2027-12-31")},
                      {QStringLiteral("terms"), QStringLiteral("积分加倍。")},
                      {QStringLiteral("percent"), 110 + 10 * i},
                      {QStringLiteral("budget_points"), 2'000'000'000}};
        if (i % 2 == 0)
            c.insert(QStringLiteral("stores"), QJsonArray{QStringLiteral("NY01")});
        if (i % 3 == 0)
            c.insert(QStringLiteral("scenarios"), QJsonArray{QStringLiteral("supermarket")});
        if (i % 4 == 0)
            c.insert(QStringLiteral("weekdays"), QJsonArray{i % 7 + 1, (i + 3) % 7 + 1});
        if (i % 5 == 0)
            c.insert(QStringLiteral("min_amount"), 50 * i);
        if (i % 6 == 0)
            c.insert(QStringLiteral("member_cap_points"), 500 * i);
        definitions.append(c);
    }
    for (int i = 1; i <= 2; ++i)
        definitions.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("BENCH-F%1").arg(i)},
                                       {QStringLiteral("name"), QStringLiteral("首单 %1").arg(i)},
                                       {QStringLiteral("type"), QStringLiteral("first_purchase")},
                                       {QStringLiteral("from"), QStringLiteral("2025-01-01")},
                                       {QStringLiteral("to"), QStringLiteral("2027-12-31")},
                                       {QStringLiteral("terms"), QStringLiteral("首单送积分。")},
                                       {QStringLiteral("points"), 20 * i},
                                       {QStringLiteral("min_amount"), 10 * i}});
    CampaignService campaigns(db, clock);
    QList<FieldProblem> problems;
    auto drafts = campaigns.importDrafts(designer, QJsonDocument(definitions).toJson(QJsonDocument::Compact), problems);
    if (!drafts)
        return drafts.error();
    for (const Campaign &c : drafts.value()) {
        if (Status s = campaigns.submit(designer, c.code); !s)
            return s;
        if (Status s = campaigns.approve(officer, c.code); !s)
            return s;
    }
    return {};
}
