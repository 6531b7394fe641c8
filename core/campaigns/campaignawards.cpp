#include "campaignawards.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"

#include <QJsonDocument>
#include <QMutex>

namespace pd::campaignawards {

namespace {

// An approved definition never changes, so the parse of its JSON is kept (posting reads the live
// campaigns for every receipt). Keyed by the text itself: ids repeat across databases.
Result<Campaign> parsedDefinition(const QString &definition)
{
    static QMutex mutex;
    static QHash<QString, Campaign> parsed;
    QMutexLocker lock(&mutex);
    if (const auto it = parsed.constFind(definition); it != parsed.cend())
        return *it;
    QList<FieldProblem> problems;
    auto c = Campaign::fromJson(QJsonDocument::fromJson(definition.toUtf8()).object(), problems);
    if (!c)
        return c.error();
    if (parsed.size() > 1000)
        parsed.clear();
    parsed.insert(definition, c.value());
    return c;
}

} // namespace

Result<QList<Campaign>> liveOn(Database &db, const QDate &day)
{
    const QString d = day.toString(Qt::ISODate);
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT id, version, definition, awarded_points FROM campaigns WHERE status = 'approved' "
                                        "AND from_date <= ? AND to_date >= ? ORDER BY id"),
                         {d, d});
    if (!rows)
        return rows.error();
    QList<Campaign> live;
    while (rows.value().next()) {
        auto c = parsedDefinition(rows.value().value(2).toString());
        if (!c)
            return c.error();
        Campaign campaign = c.value();
        campaign.id = rows.value().value(0).toLongLong();
        campaign.version = rows.value().value(1).toInt();
        campaign.status = CampaignStatus::Approved;
        campaign.awardedPoints = rows.value().value(3).toLongLong();
        live << campaign;
    }
    return live;
}

Result<QList<CampaignOffer>> offersFor(Database &db, const QList<Campaign> &matching, qint64 memberId, bool lock)
{
    QList<CampaignOffer> offers;
    for (const Campaign &c : matching) { // in id order, as liveOn reads them
        auto row = sql::run(db.connection(),
                            QStringLiteral("SELECT status, awarded_points FROM campaigns WHERE id = ?") + (lock ? db.dialect().forUpdate() : QString()),
                            {c.id});
        if (!row)
            return row.error();
        const bool stillApproved = row.value().next() && row.value().value(0).toString() == QLatin1String("approved");
        const qint64 awarded = stillApproved ? row.value().value(1).toLongLong() : 0;
        row.value().finish();
        if (!stillApproved)
            continue; // cancelled since it was read
        std::optional<qint64> room;
        if (c.budgetPoints)
            room = std::max<qint64>(0, *c.budgetPoints - awarded);
        if (c.memberCapPoints) {
            auto mine = sql::scalar(db.connection(),
                                    QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM campaign_awards WHERE campaign_id = ? AND member_id = ?"),
                                    {c.id, memberId});
            if (!mine)
                return mine.error();
            const qint64 left = std::max<qint64>(0, *c.memberCapPoints - mine.value().toLongLong());
            room = room ? std::min(*room, left) : left;
        }
        offers << CampaignOffer{c, room};
    }
    return offers;
}

Result<bool> isFirstReceipt(Database &db, qint64 memberId)
{
    auto any = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM receipts WHERE member_id = ? LIMIT 1) r"),
                           {memberId});
    if (!any)
        return any.error();
    return any.value().toLongLong() == 0;
}

Status record(Database &db, const Award &a, const QDateTime &postedAt)
{
    if (a.points <= 0)
        return {};
    auto ins = sql::run(db.connection(),
                        QStringLiteral("INSERT INTO campaign_awards (campaign_id, member_id, receipt_id, entry_id, points, business_date, posted_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {a.campaignId, a.memberId, a.receiptId ? QVariant(*a.receiptId) : sql::nullInt(), a.entryId, a.points,
                         a.businessDay.toString(Qt::ISODate), toStoredTime(postedAt)});
    if (!ins)
        return ins.error();
    auto upd = sql::run(db.connection(), QStringLiteral("UPDATE campaigns SET awarded_points = awarded_points + ? WHERE id = ?"),
                        {a.points, a.campaignId});
    if (!upd)
        return upd.error();
    return {};
}

} // namespace pd::campaignawards
