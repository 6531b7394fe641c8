#include "welcome.h"

#include "core/access/session.h"
#include "core/campaigns/campaignawards.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/ledger/breakdown.h"
#include "core/ledger/ledger.h"
#include "core/rules/programmerules.h"

#include <QJsonDocument>

namespace pd::welcome {

Result<qint64> grant(Database &db, const Clock &clock, const Session &session, qint64 memberId)
{
    auto row = sql::run(db.connection(), QStringLiteral("SELECT m.joined_on, s.code, m.store_id FROM members m JOIN stores s ON s.id = m.store_id "
                                                        "WHERE m.id = ?"),
                        {memberId});
    if (!row)
        return row.error();
    if (!row.value().next())
        return qint64(0);
    const QDate joined = QDate::fromString(row.value().value(0).toString(), Qt::ISODate);
    const QString storeCode = row.value().value(1).toString();
    const qint64 storeId = row.value().value(2).toLongLong();
    row.value().finish();

    auto live = campaignawards::liveOn(db, joined, true);
    if (!live)
        return live.error();
    QList<Campaign> matching;
    for (const Campaign &c : live.value())
        if (c.type == CampaignType::Welcome && (c.stores.isEmpty() || c.stores.contains(storeCode)))
            matching << c;
    if (matching.isEmpty())
        return qint64(0);

    Ledger ledger(db, clock);
    auto member = ledger.lockMember(memberId);
    if (!member)
        return member.error();
    auto offers = campaignawards::offersFor(db, matching, memberId, true);
    if (!offers)
        return offers.error();
    auto rules = ProgrammeRules::load(db);
    if (!rules)
        return rules.error();
    const QDateTime now = clock.nowUtc();
    qint64 granted = 0;
    for (const CampaignOffer &offer : offers.value()) {
        auto already = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM campaign_awards WHERE campaign_id = ? AND member_id = ?"),
                                   {offer.campaign.id, memberId});
        if (!already)
            return already.error();
        if (already.value().toLongLong() > 0 || !offer.hasRoom())
            continue; // once per member
        const qint64 points = offer.room ? std::min(offer.campaign.points, *offer.room) : offer.campaign.points;
        EntrySource source;
        source.businessTime = now;
        source.storeId = storeId;
        source.operatorId = session.userId;
        source.reference = QStringLiteral("welcome:%1").arg(offer.campaign.code);
        EarningBreakdown b;
        b.bonuses = {CampaignBonus{offer.campaign.id, offer.campaign.code, offer.campaign.name, points}};
        b.bonusPoints = points;
        source.breakdown = b.toStoredText();
        auto entry = ledger.credit(member.value(), points, EntryKind::Welcome, source, rules->expiry.expiryFor(now));
        if (!entry)
            return entry.error();
        if (Status s = campaignawards::record(db, {offer.campaign.id, memberId, std::nullopt, entry.value(), points, now.toTimeZone(programmeTimeZone()).date()},
                                              now);
            !s)
            return s.error();
        granted += points;
    }
    return granted;
}

} // namespace pd::welcome
