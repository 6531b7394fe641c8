#include "ledger.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/idblock.h"
#include "core/db/sql.h"
#include "core/db/writebehind.h"
#include "core/ledger/dailypoints.h"
#include "core/ledger/ledgerchain.h"
#include "core/ledger/liability.h"
#include "core/ledger/lots.h"
#include "core/ledger/memberrollups.h"

namespace pd {

namespace {
const QString kMemberColumns = QStringLiteral("SELECT id, balance, debt, tier, credit, status, ledger_head, store_id FROM members ");

MemberPoints fromRow(const QSqlQuery &q)
{
    MemberPoints m;
    m.id = q.value(0).toLongLong();
    m.balance = q.value(1).toLongLong();
    m.debt = q.value(2).toLongLong();
    m.tier = q.value(3).toString();
    m.credit = creditFromCode(q.value(4).toString()).value_or(CreditStanding::Normal);
    m.status = memberStatusFromCode(q.value(5).toString()).value_or(MemberStatus::Active);
    m.ledgerHead = q.value(6).toString();
    m.homeStoreId = q.value(7).toLongLong();
    return m;
}
} // namespace

QString Ledger::reference(const QString &kind, const QString &storeCode, const QString &number)
{
    return kind + QLatin1Char(':') + storeCode + QLatin1Char('/') + number;
}

Result<MemberPoints> Ledger::lockMember(qint64 memberId)
{
    auto row = sql::run(m_db.connection(), kMemberColumns + QStringLiteral("WHERE id = ?") + m_db.dialect().forUpdate(), {memberId});
    if (!row)
        return row.error();
    if (!row.value().next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::Ledger", "There is no such member."), QStringLiteral("card_no"));
    MemberPoints m = fromRow(row.value());
    row.value().finish();
    return m;
}

Result<QList<MemberPoints>> Ledger::lockMembers(qint64 first, qint64 last)
{
    auto rows = sql::run(m_db.connection(), kMemberColumns + QStringLiteral("WHERE id >= ? AND id <= ? ORDER BY id") + m_db.dialect().forUpdate(),
                         {first, last});
    if (!rows)
        return rows.error();
    QList<MemberPoints> members;
    while (rows.value().next())
        members.append(fromRow(rows.value()));
    rows.value().finish();
    return members;
}

Result<QHash<QString, MemberPoints>> Ledger::lockMembersByCards(const QStringList &cards)
{
    auto rows = sql::run(m_db.connection(),
                         QStringLiteral("SELECT id, balance, debt, tier, credit, status, ledger_head, store_id, card_no FROM members "
                                        "WHERE card_no = ANY(?::text[]) ORDER BY id")
                             + m_db.dialect().forUpdate(),
                         {sql::arrayLiteral(cards)});
    if (!rows)
        return rows.error();
    QHash<QString, MemberPoints> members;
    while (rows.value().next())
        members.insert(rows.value().value(8).toString(), fromRow(rows.value()));
    rows.value().finish();
    return members;
}

Result<MemberPoints> Ledger::lockMemberByCard(const QString &cardNo)
{
    return memberByCard(cardNo, m_db.dialect().forUpdate());
}

Result<MemberPoints> Ledger::readMemberByCard(const QString &cardNo)
{
    return memberByCard(cardNo, QString());
}

Result<MemberPoints> Ledger::memberByCard(const QString &cardNo, const QString &lock)
{
    auto row = sql::run(m_db.connection(), kMemberColumns + QStringLiteral("WHERE card_no = ?") + lock, {cardNo});
    if (!row)
        return row.error();
    if (!row.value().next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::Ledger", "There is no member with the card %1.").arg(cardNo),
                         QStringLiteral("card_no"));
    MemberPoints m = fromRow(row.value());
    row.value().finish();
    return m;
}

Result<qint64> Ledger::insertEntry(MemberPoints &member, qint64 delta, EntryKind kind, const EntrySource &source, bool needId)
{
    const QString stored = storedName(kind);
    const ChainedEntry chained{member.id,
                               delta,
                               stored,
                               toStoredTime(source.businessTime),
                               toStoredTime(m_clock.nowUtc()),
                               source.storeId,
                               source.operatorId,
                               source.reference.isNull() ? QStringLiteral("") : source.reference,
                               source.breakdown.isNull() ? QStringLiteral("") : source.breakdown};
    const QString hash = ledgerchain::entryHash(member.ledgerHead, chained);
    const QString insert = QStringLiteral("INSERT INTO ledger_entries (member_id, delta, kind, business_time, posted_at, store_id, operator_id, "
                                          "reference, breakdown, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QVariantList values{member.id, delta, stored, chained.businessTime, chained.postedAt,
                              source.storeId ? QVariant(*source.storeId) : sql::nullInt(), source.operatorId, chained.reference,
                              chained.breakdown, hash};
    Result<qint64> id = qint64(0);
    if (needId && m_entryIds) {
        id = m_entryIds->next();
        if (id) {
            if (Status s = sql::insertLater(m_db.connection(), QStringLiteral("ledger_entries"),
                                            QStringLiteral("id, member_id, delta, kind, business_time, posted_at, store_id, operator_id, reference, "
                                                           "breakdown, chain_hash"),
                                            QVariantList{id.value()} + values);
                !s)
                id = s.error();
        }
    } else if (needId) {
        id = sql::insertReturningId(m_db.connection(), insert + QStringLiteral(" RETURNING id"), values);
    } else if (Status s = sql::runLater(m_db.connection(), insert, values); !s) {
        id = s.error();
    }
    if (id) {
        member.ledgerHead = hash;
        dailypoints::note(m_db, source.businessTime, source.storeId, stored, delta);
    }
    return id;
}

Status Ledger::saveMember(const MemberPoints &m)
{
    // the member is locked by this transaction, so nothing waits on the answer: on a server the
    // write goes with the next statement, a batch's members in one UPDATE with their last values
    static const QStringList columns{QStringLiteral("balance"), QStringLiteral("debt"), QStringLiteral("tier"), QStringLiteral("ledger_head")};
    static const QStringList types{QStringLiteral("bigint"), QStringLiteral("bigint"), QStringLiteral("text"), QStringLiteral("text")};
    return sql::updateLater(m_db.connection(), QStringLiteral("members"), columns, types, m.id, {m.balance, m.debt, m.tier, sql::text(m.ledgerHead)});
}

Result<qint64> Ledger::credit(MemberPoints &member, qint64 points, EntryKind kind, const EntrySource &source,
                              const QDateTime &expiresAt)
{
    Q_ASSERT(points > 0);
    auto entry = insertEntry(member, points, kind, source);
    if (!entry)
        return entry;
    const qint64 repaid = std::min(points, member.debt);
    member.debt -= repaid;
    member.balance += points;
    if (points > repaid) {
        if (Status s = lots::insert(m_db, member.id, entry.value(), source.storeId, points - repaid, source.businessTime, expiresAt); !s)
            return s.error();
    }
    if (Status s = saveMember(member); !s)
        return s.error();
    return entry;
}

Result<qint64> Ledger::spend(MemberPoints &member, qint64 points, EntryKind kind, const EntrySource &source, bool allowDebt)
{
    Q_ASSERT(points > 0);
    if (!allowDebt && points > member.balance)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::Ledger", "The member has only %1 points; %2 are needed.").arg(member.balance).arg(points),
                         QStringLiteral("points"));
    auto entry = insertEntry(member, -points, kind, source);
    if (!entry)
        return entry;
    auto lots = sql::run(m_db.connection(),
                         QStringLiteral("SELECT id, remaining, store_id FROM lots WHERE member_id = ? AND remaining > 0 "
                                        "ORDER BY expires_at IS NULL, expires_at, id")
                             + m_db.dialect().forUpdate(),
                         {member.id});
    if (!lots)
        return lots.error();
    struct Taken
    {
        qint64 lotId, points;
        std::optional<qint64> storeId;
    };
    QList<Taken> taken;
    qint64 left = points;
    while (left > 0 && lots.value().next()) {
        const QSqlQuery &lot = lots.value();
        const qint64 take = std::min(left, lot.value(1).toLongLong());
        taken << Taken{lot.value(0).toLongLong(), take, lot.value(2).isNull() ? std::nullopt : std::optional<qint64>(lot.value(2).toLongLong())};
        left -= take;
    }
    lots.value().finish();
    for (const auto &[lotId, take, storeId] : std::as_const(taken)) {
        // nothing reads their answers: on a server they go with the next statement
        if (Status s = sql::runLater(m_db.connection(), QStringLiteral("UPDATE lots SET remaining = remaining - ? WHERE member_id = ? AND id = ?"),
                                     {take, member.id, lotId});
            !s)
            return s.error();
        if (Status s = sql::runLater(m_db.connection(), QStringLiteral("INSERT INTO lot_spending (entry_id, lot_id, member_id, points) VALUES (?, ?, ?, ?)"),
                                     {entry.value(), lotId, member.id, take});
            !s)
            return s.error();
        liability::note(m_db, source.businessTime, storeId, -take);
    }
    member.balance -= points;
    member.debt += left; // only with allowDebt can anything be left
    if (Status s = saveMember(member); !s)
        return s.error();
    return entry;
}

Result<Restoration> Ledger::restore(MemberPoints &member, qint64 points, EntryKind kind, const EntrySource &source,
                                    const QList<RestorableLot> &lots, const QDateTime &newLotExpires)
{
    Q_ASSERT(points > 0);
    Restoration r;
    auto entry = insertEntry(member, points, kind, source);
    if (!entry)
        return entry.error();
    r.entryId = entry.value();
    r.debtRepaid = std::min(points, member.debt);
    member.debt -= r.debtRepaid;
    member.balance += points;
    qint64 left = points - r.debtRepaid;
    const QDateTime now = m_clock.nowUtc();
    for (const RestorableLot &lot : lots) {
        if (left == 0)
            break;
        if (lot.expiresAt.isValid() && lot.expiresAt <= now)
            continue; // expired meanwhile: these points go to the new lot
        const qint64 give = std::min(left, lot.points);
        if (give <= 0)
            continue;
        if (auto u = sql::run(m_db.connection(), QStringLiteral("UPDATE lots SET remaining = remaining + ? WHERE id = ? AND member_id = ?"),
                              {give, lot.lotId, member.id});
            !u)
            return u.error();
        if (auto i = sql::run(m_db.connection(), QStringLiteral("INSERT INTO lot_restorations (entry_id, lot_id, member_id, points) VALUES (?, ?, ?, ?)"),
                              {r.entryId, lot.lotId, member.id, give});
            !i)
            return i.error();
        liability::note(m_db, source.businessTime, lot.storeId, give);
        r.toOriginalLots += give;
        left -= give;
    }
    if (left > 0) {
        if (Status s = lots::insert(m_db, member.id, r.entryId, source.storeId, left, source.businessTime, newLotExpires); !s)
            return s.error();
        r.toNewLot = left;
    }
    if (Status s = saveMember(member); !s)
        return s.error();
    return r;
}

Status Ledger::recordExpiry(MemberPoints &member, qint64 points, const EntrySource &source)
{
    Q_ASSERT(points > 0);
    if (auto entry = insertEntry(member, -points, EntryKind::Expire, source, false); !entry)
        return entry.error();
    member.balance -= points;
    return saveMember(member);
}

Status Ledger::setTier(MemberPoints &member, const QString &tierCode, const QDate &businessDay)
{
    if (tierCode == member.tier)
        return {};
    if (Status s = sql::runLater(m_db.connection(),
                                 QStringLiteral("INSERT INTO tier_moves (member_id, business_date, from_tier, to_tier, store_id) VALUES (?, ?, ?, ?, ?)"),
                                 {member.id, businessDay.toString(Qt::ISODate), member.tier, tierCode, member.homeStoreId});
        !s)
        return s.error();
    memberrollups::noteTierMove(m_db, businessDay, member.homeStoreId, member.tier, tierCode);
    member.tier = tierCode;
    return saveMember(member);
}

} // namespace pd
