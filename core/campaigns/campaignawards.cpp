#include "campaignawards.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/writebehind.h"

#include <QJsonDocument>
#include <QMap>
#include <QMutex>

namespace pd::campaignawards {

namespace {

// An approved definition never changes, so its parse is kept: posting reads the live campaigns
// for every receipt. Keyed by the connection, the row and its creation time, since ids repeat
// across databases (tests, a second programme opened in the same process).
QMutex g_parsedMutex;
QHash<QString, Campaign> g_parsed;

Result<Campaign> parsedDefinition(Database &db, qint64 id, int version, const QString &createdAt)
{
    const QString key = db.connectionName() + QLatin1Char('|') + QString::number(id) + QLatin1Char('|') + QString::number(version)
                        + QLatin1Char('|') + createdAt;
    {
        QMutexLocker lock(&g_parsedMutex);
        if (const auto it = g_parsed.constFind(key); it != g_parsed.cend())
            return *it;
    }
    auto definition = sql::scalar(db.connection(), QStringLiteral("SELECT definition FROM campaigns WHERE id = ?"), {id});
    if (!definition)
        return definition.error();
    auto c = Campaign::fromStoredDefinition(definition.value().toString());
    if (!c)
        return c.error();
    QMutexLocker lock(&g_parsedMutex);
    if (g_parsed.size() > 1000)
        g_parsed.clear();
    g_parsed.insert(key, c.value());
    return c;
}

// What one write transaction knows of the campaigns, so a batch of thousands of receipts reads
// them once instead of once per receipt: the approved campaigns (another writer cannot change
// them on SQLite, where the transaction holds the write lock; on PostgreSQL one approved
// meanwhile joins from the next transaction, like one approved a moment later), and for each
// campaign row locked so far its awarded points — nobody else can change them until COMMIT.
// The points awarded are added to the rows just before COMMIT, in id order, under those locks.
class PostingState final : public CommitHook
{
public:
    std::optional<QList<Campaign>> approved;
    QHash<QDate, QList<Campaign>> liveByDay; // filtered from `approved`; a batch's receipts share a few days
    QHash<qint64, qint64> awardedUnderLock; // campaign id → awarded points, this transaction's included
    QMap<qint64, qint64> unwritten;         // campaign id → points awarded but not yet added to the row

    Status beforeCommit(Database &db) override
    {
        for (auto it = unwritten.cbegin(); it != unwritten.cend(); ++it) {
            auto added = sql::run(db.connection(), QStringLiteral("UPDATE campaigns SET awarded_points = awarded_points + ? WHERE id = ?"),
                                  {it.value(), it.key()});
            if (!added)
                return added.error();
        }
        return {};
    }
};

Result<QList<Campaign>> readApproved(Database &db, const QString &onDay)
{
    QString where = QStringLiteral("status = 'approved'");
    QVariantList values;
    if (!onDay.isEmpty()) {
        where += QStringLiteral(" AND from_date <= ? AND to_date >= ?");
        values = {onDay, onDay};
    }
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT id, version, created_at, awarded_points FROM campaigns WHERE %1 ORDER BY id").arg(where),
                         values);
    if (!rows)
        return rows.error();
    struct Row
    {
        qint64 id;
        int version;
        QString createdAt;
        qint64 awarded;
    };
    QList<Row> found;
    while (rows.value().next())
        found << Row{rows.value().value(0).toLongLong(), rows.value().value(1).toInt(), rows.value().value(2).toString(),
                     rows.value().value(3).toLongLong()};
    QList<Campaign> approved;
    for (const Row &r : std::as_const(found)) {
        auto c = parsedDefinition(db, r.id, r.version, r.createdAt);
        if (!c)
            return c.error();
        Campaign campaign = c.value();
        campaign.id = r.id;
        campaign.version = r.version;
        campaign.status = CampaignStatus::Approved;
        campaign.awardedPoints = r.awarded;
        approved << campaign;
    }
    return approved;
}

// The campaign row's awarded points, or nothing when it is no longer approved. Posting locks the
// row once per transaction and from then on knows them; a preview reads them.
Result<std::optional<qint64>> awardedIfApproved(Database &db, qint64 campaignId, bool lock)
{
    if (lock) {
        const QHash<qint64, qint64> &locked = db.commitHook<PostingState>().awardedUnderLock;
        if (const auto it = locked.constFind(campaignId); it != locked.cend())
            return std::optional<qint64>(*it);
    }
    auto row = sql::run(db.connection(),
                        QStringLiteral("SELECT status, awarded_points FROM campaigns WHERE id = ?") + (lock ? db.dialect().forUpdate() : QString()),
                        {campaignId});
    if (!row)
        return row.error();
    std::optional<qint64> awarded;
    if (row.value().next() && row.value().value(0).toString() == QLatin1String("approved"))
        awarded = row.value().value(1).toLongLong();
    row.value().finish();
    if (lock && awarded)
        db.commitHook<PostingState>().awardedUnderLock.insert(campaignId, *awarded);
    return awarded;
}

// The campaign's room for the member (nothing when it has neither budget nor cap);
// `stillApproved` is false when it was cancelled since it was read.
Result<std::optional<qint64>> roomOf(Database &db, const Campaign &c, qint64 memberId, bool lock, bool &stillApproved)
{
    auto awarded = awardedIfApproved(db, c.id, lock);
    if (!awarded)
        return awarded.error();
    stillApproved = awarded.value().has_value();
    std::optional<qint64> room;
    if (!stillApproved)
        return room;
    if (c.budgetPoints)
        room = std::max<qint64>(0, *c.budgetPoints - *awarded.value());
    if (c.memberCapPoints) {
        auto mine = sql::scalar(db.connection(),
                                QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM campaign_awards WHERE campaign_id = ? AND member_id = ?"),
                                {c.id, memberId});
        if (!mine)
            return mine.error();
        const qint64 left = std::max<qint64>(0, *c.memberCapPoints - mine.value().toLongLong());
        room = room ? std::min(*room, left) : left;
    }
    return room;
}

// The write transaction's state with its approved campaigns read (once).
Result<PostingState *> postingState(Database &db)
{
    PostingState &state = db.commitHook<PostingState>();
    if (!state.approved) {
        auto all = readApproved(db, QString());
        if (!all)
            return all.error();
        state.approved = all.value();
    }
    return &state;
}

} // namespace

Result<QList<Campaign>> liveOn(Database &db, const QDate &day, bool posting)
{
    if (!posting)
        return readApproved(db, day.toString(Qt::ISODate));
    auto read = postingState(db);
    if (!read)
        return read.error();
    PostingState &state = *read.value();
    if (const auto known = state.liveByDay.constFind(day); known != state.liveByDay.cend())
        return *known; // shared, not copied
    QList<Campaign> live;
    for (const Campaign &c : std::as_const(*state.approved))
        if (c.coversDate(day))
            live << c;
    state.liveByDay.insert(day, live);
    return live;
}

Result<bool> anyApproved(Database &db, CampaignType type)
{
    auto read = postingState(db);
    if (!read)
        return read.error();
    const QList<Campaign> &approved = *read.value()->approved;
    return std::any_of(approved.cbegin(), approved.cend(), [type](const Campaign &c) { return c.type == type; });
}

Result<QList<CampaignOffer>> offersFor(Database &db, const QList<Campaign> &matching, qint64 memberId, bool lock)
{
    // Only the rooms that can matter are read (and locked): the multipliers in the order they
    // win (higher percent, then lower code) until one has room — the rest would lose to it — and
    // every fixed bonus, by id. Every desk takes these locks in the same order, after the member's.
    QList<const Campaign *> multipliers, bonuses; // pointers: a campaign is a large value to move about
    for (const Campaign &c : matching)
        (c.type == CampaignType::Multiplier ? multipliers : bonuses) << &c;
    std::sort(multipliers.begin(), multipliers.end(),
              [](const Campaign *a, const Campaign *b) { return a->percent != b->percent ? a->percent > b->percent : a->code < b->code; });
    std::sort(bonuses.begin(), bonuses.end(), [](const Campaign *a, const Campaign *b) { return a->id < b->id; });
    QList<CampaignOffer> offers;
    bool multiplierFound = false;
    for (const QList<const Campaign *> *group : {&multipliers, &bonuses}) {
        for (const Campaign *campaign : *group) {
            const Campaign &c = *campaign;
            if (group == &multipliers && multiplierFound)
                break;
            bool approved = false;
            auto room = roomOf(db, c, memberId, lock, approved);
            if (!room)
                return room.error();
            if (!approved)
                continue; // cancelled since it was read
            offers << CampaignOffer{c, room.value()};
            multiplierFound = multiplierFound || (group == &multipliers && offers.constLast().hasRoom());
        }
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
    // nothing reads its answer: on a server it goes with the transaction's next statement
    if (Status s = sql::runLater(db.connection(),
                                 QStringLiteral("INSERT INTO campaign_awards (campaign_id, member_id, receipt_id, entry_id, points, business_date, posted_at) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                 {a.campaignId, a.memberId, a.receiptId ? QVariant(*a.receiptId) : sql::nullInt(), a.entryId, a.points,
                                  a.businessDay.toString(Qt::ISODate), toStoredTime(postedAt)});
        !s)
        return s;
    // the row was locked when its room was read (offersFor with `lock`); the sum is added before COMMIT
    PostingState &state = db.commitHook<PostingState>();
    state.unwritten[a.campaignId] += a.points;
    if (const auto it = state.awardedUnderLock.find(a.campaignId); it != state.awardedUnderLock.end())
        *it += a.points;
    return {};
}

} // namespace pd::campaignawards
