#pragma once

#include "core/ledger/entrykind.h"
#include "core/members/member.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace pd {

class Clock;
class Database;
class IdBlock;

// A member's points as an operation holds them: read under the row lock, changed only
// through Ledger, which writes the entries, lots and the member row together.
struct MemberPoints
{
    qint64 id = 0;
    qint64 balance = 0;
    qint64 debt = 0;
    QString tier;
    CreditStanding credit = CreditStanding::Normal;
    MemberStatus status = MemberStatus::Active;
    QString ledgerHead; // chain hash of the member's latest entry (ledgerchain.h)
    qint64 homeStoreId = 0;
};

// Where an entry comes from, stored with it.
struct EntrySource
{
    QDateTime businessTime;          // UTC
    std::optional<qint64> storeId;
    qint64 operatorId = 0;
    QString reference;               // e.g. "receipt:NY01/000123"
    QString breakdown;               // JSON, for earning entries
};

// A lot a spending took points from, and how many of them may still go back to it.
struct RestorableLot
{
    qint64 lotId = 0;
    qint64 points = 0;
    QDateTime expiresAt; // invalid: never
    std::optional<qint64> storeId; // where its points were earned
};

struct Restoration
{
    qint64 entryId = 0;
    qint64 debtRepaid = 0;
    qint64 toOriginalLots = 0;
    qint64 toNewLot = 0;
};

// The append-only ledger of DESIGN §5. Every call runs inside the caller's write transaction.
class Ledger
{
public:
    Ledger(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Reads and locks the member's row (PostgreSQL: FOR UPDATE; SQLite: the write lock is held).
    Result<MemberPoints> lockMember(qint64 memberId);
    Result<MemberPoints> lockMemberByCard(const QString &cardNo);
    // The member as it stands, without a lock: previews read (on every keystroke at the
    // counter), operations lock.
    Result<MemberPoints> readMemberByCard(const QString &cardNo);
    // Every member with an id from `first` to `last`, locked in id order (as single locks are
    // taken), by id: a batch job's whole batch in one statement.
    Result<QList<MemberPoints>> lockMembers(qint64 first, qint64 last);
    // The members holding these cards, locked in id order in one statement, by card (an
    // import batch's members; PostgreSQL only). A card no member holds is not in the answer.
    Result<QHash<QString, MemberPoints>> lockMembersByCards(const QStringList &cards);

    // Entries take their ids from `ids` (taken after their members were locked) and go to the
    // server with the transaction's next statement instead of one round trip each.
    void takeEntryIdsFrom(IdBlock *ids) { m_entryIds = ids; }

    // A positive entry. It repays debt first; the rest becomes a lot that expires at
    // `expiresAt` (invalid: never). Returns the entry id.
    Result<qint64> credit(MemberPoints &member, qint64 points, EntryKind kind, const EntrySource &source,
                          const QDateTime &expiresAt);
    // A negative entry taking lots first-expiring-first, then by id. Without `allowDebt` it
    // refuses to overdraw; with it (clawbacks) the shortfall becomes debt.
    Result<qint64> spend(MemberPoints &member, qint64 points, EntryKind kind, const EntrySource &source,
                         bool allowDebt = false);

    // A positive entry that gives back points a spending had taken (a cancelled redemption,
    // DESIGN §5): debt is repaid first, then each still-valid lot gets back up to what it
    // gave, in the order given; the rest becomes a new lot expiring at `newLotExpires`.
    Result<Restoration> restore(MemberPoints &member, qint64 points, EntryKind kind, const EntrySource &source,
                                const QList<RestorableLot> &lots, const QDateTime &newLotExpires);

    // A new tier for the member, recorded as a tier move on the business day (the dashboard's
    // tier moves by month).
    Status setTier(MemberPoints &member, const QString &tierCode, const QDate &businessDay);

    // The expiry run's entry: the caller has already emptied exactly the expired lots. Nothing
    // refers to its id, so on a server it goes with the transaction's next statement: a batch's
    // entries in one round trip, not one each.
    Status recordExpiry(MemberPoints &member, qint64 points, const EntrySource &source);

    static QString reference(const QString &kind, const QString &storeCode, const QString &number);

private:
    Result<MemberPoints> memberByCard(const QString &cardNo, const QString &lock);
    // Appends to the member's chain; saveMember stores the new head. Without `needId`, the
    // entry is written later (sql::runLater) and its id is not known: 0.
    Result<qint64> insertEntry(MemberPoints &member, qint64 delta, EntryKind kind, const EntrySource &source, bool needId = true);
    Status saveMember(const MemberPoints &member);

    Database &m_db;
    const Clock &m_clock;
    IdBlock *m_entryIds = nullptr;
};

} // namespace pd
