#include "receiptservice.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/retry.h"
#include "core/db/transaction.h"
#include "core/db/writebehind.h"
#include "core/ledger/dailymix.h"
#include "core/ledger/ledger.h"
#include "core/ledger/memberrollups.h"
#include "core/ledger/numbereddocument.h"
#include "core/stores/storeservice.h"
#include "core/campaigns/badgeawards.h"
#include "core/campaigns/campaignawards.h"
#include "core/receipts/earning.h"
#include "core/receipts/receiptbatch.h"
#include "core/rules/tiers.h"

#include <QJsonDocument>

namespace pd {

namespace {
// What a receipt must be before anything is looked up: a number, an amount in range, a green
// part within it, a time not in the future.
Status checkReceipt(const ReceiptInput &in, const Clock &clock)
{
    if (in.receiptNo.trimmed().isEmpty() || in.receiptNo.size() > 64)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::ReceiptService", "A receipt number has 1 to 64 characters."), QStringLiteral("receipt_no"));
    if (in.amountFen < 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::ReceiptService", "The amount cannot be negative."), QStringLiteral("amount"));
    if (in.amountFen > points::kMaxReceiptFen)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::ReceiptService", "A receipt above ¥1,000,000 is refused."), QStringLiteral("amount"));
    if (in.greenFen < 0 || in.greenFen > in.amountFen)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::ReceiptService", "The green part must be between 0 and the amount."), QStringLiteral("green_amount"));
    return checkBusinessTime(in.businessTime, clock);
}
} // namespace

QString ReceiptInput::canonical() const
{
    return QStringList{storeCode, receiptNo, cardNo, toStoredTime(businessTime), scenario, QString::number(amountFen),
                       QString::number(greenFen), QString::number(pointsUsed)}
        .join(QLatin1Char('|'));
}

Status checkBusinessTime(const QDateTime &businessTime, const Clock &clock, const QString &field)
{
    if (!businessTime.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::ReceiptService", "The time is missing or not valid."), field);
    if (businessTime > clock.nowUtc().addSecs(ReceiptService::kClockSkewSeconds))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::ReceiptService", "The time %1 is in the future.")
                                                      .arg(displayTime(businessTime)),
                         field);
    return {};
}

ReceiptService::ReceiptService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

ReceiptService::~ReceiptService() = default;

Result<ReceiptOutcome> ReceiptService::quote(const Session &session, const ReceiptInput &input)
{
    auto rules = ProgrammeRules::load(m_db);
    if (!rules)
        return rules.error();
    return run(session, input, rules.value(), false);
}

Result<ReceiptOutcome> ReceiptService::post(const Session &session, const ReceiptInput &input)
{
    return withConflictRetry(m_db, [&] { return postOnce(session, input); }, AfterLostCommit::RunAgain);
}

Result<ReceiptOutcome> ReceiptService::postOnce(const Session &session, const ReceiptInput &input)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto rules = ProgrammeRules::load(m_db);
    if (!rules)
        return rules.error();
    auto outcome = run(session, input, rules.value(), true);
    if (!outcome)
        return outcome;
    if (outcome->alreadyPosted)
        return outcome; // nothing written, nothing to audit; the guard rolls back
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("receipt.post"), QStringLiteral("receipt"),
                                                  QString::number(outcome->receiptId),
                                                  {{QStringLiteral("points"), outcome->earning.total()},
                                                   {QStringLiteral("points_used"), outcome->pointsUsed}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Result<ReceiptOutcome> ReceiptService::postInTransaction(const Session &session, const ReceiptInput &input, const ProgrammeRules &rules)
{
    return run(session, input, rules, true);
}

Status ReceiptService::prepareBatch(const QList<ReceiptInput> &inputs)
{
    m_batch.reset();
    if (m_db.dialect().isSQLite())
        return {}; // no round trips to save
    QList<BatchReceipt> receipts;
    for (const ReceiptInput &in : inputs) {
        // a row that will be refused anyway is not read for
        if (!in.businessTime.isValid() || in.receiptNo.trimmed().isEmpty())
            continue;
        auto store = storeId(in.storeCode);
        if (!store) {
            if (store.error().code == ErrorCode::Database)
                return store.error();
            continue;
        }
        receipts << BatchReceipt{store.value(), in.receiptNo, in.cardNo, in.businessTime};
    }
    Ledger ledger(m_db, m_clock);
    auto batch = ReceiptBatch::read(m_db, ledger, receipts);
    if (!batch)
        return batch.error();
    m_batch = std::move(batch.value());
    return {};
}

Result<std::optional<ReceiptOutcome>> ReceiptService::alreadyPosted(qint64 storeId, const ReceiptInput &in) const
{
    auto existing = findPostedDocument(
        m_db, QStringLiteral("receipts"), QStringLiteral("receipt_no"), storeId, in.receiptNo, in.canonical(),
        QCoreApplication::translate("pd::ReceiptService", "The receipt %1 of store %2 was already posted with different content.")
            .arg(in.receiptNo, in.storeCode),
        {QStringLiteral("points"), QStringLiteral("green_points"), QStringLiteral("points_used")});
    if (!existing)
        return existing.error();
    if (!existing->found)
        return std::optional<ReceiptOutcome>();
    ReceiptOutcome same;
    same.receiptId = existing->id;
    same.earning.points = existing->values.at(0).toLongLong();
    same.earning.greenPoints = existing->values.at(1).toLongLong();
    same.pointsUsed = existing->values.at(2).toLongLong();
    same.alreadyPosted = true;
    return std::optional<ReceiptOutcome>(same);
}

Status ReceiptService::record(const Session &session, const ReceiptInput &in, qint64 storeId, const ProgrammeRules &rules,
                              Ledger &ledger, MemberPoints &member, ReceiptOutcome &out, bool batched)
{
    const EarningBreakdown &b = out.earning;
    const QString columns = QStringLiteral("store_id, receipt_no, member_id, business_time, scenario, amount, green_amount, points_used, "
                                           "points, green_points, bonus_points, content, posted_at");
    const QVariantList values{storeId, in.receiptNo, member.id, toStoredTime(in.businessTime), in.scenario, in.amountFen, in.greenFen,
                              in.pointsUsed, b.points, b.greenPoints, b.bonusPoints, in.canonical(), toStoredTime(m_clock.nowUtc())};
    if (m_batch) {
        // numbered from the batch's block: the row goes to the server with the next statement
        auto id = m_batch->receiptIds().next();
        if (!id)
            return id.error();
        out.receiptId = id.value();
        if (Status s = sql::insertLater(m_db.connection(), QStringLiteral("receipts"), QStringLiteral("id, ") + columns, QVariantList{out.receiptId} + values);
            !s)
            return s;
        ledger.takeEntryIdsFrom(&m_batch->entryIds());
    } else {
        auto ins = sql::insertReturningId(m_db.connection(),
                                          QStringLiteral("INSERT INTO receipts (%1) VALUES (%2) RETURNING id")
                                              .arg(columns, QStringList(values.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                                          values);
        if (!ins)
            return ins.error();
        out.receiptId = ins.value();
    }
    if (batched) {
        memberrollups::noteReceiptBetween(m_db, storeId, in.businessTime.toUTC(),
                                          m_batch->nearest(member.id, storeId, out.receiptId, in.businessTime.toUTC()));
    } else if (Status s = memberrollups::noteReceipt(m_db, out.receiptId, member.id, storeId, in.businessTime.toUTC()); !s) {
        return s;
    }

    EntrySource source;
    source.businessTime = in.businessTime.toUTC();
    source.storeId = storeId;
    source.operatorId = session.userId;
    source.reference = Ledger::reference(QStringLiteral("receipt"), in.storeCode, in.receiptNo);
    // the deduction is spent before this receipt's points are earned
    if (in.pointsUsed > 0) {
        if (auto e = ledger.spend(member, in.pointsUsed, EntryKind::Deduct, source); !e)
            return e.error();
    }
    const QDateTime expires = rules.expiry.expiryFor(in.businessTime);
    source.breakdown = b.toStoredText();
    const QDate day = in.businessTime.toTimeZone(programmeTimeZone()).date();
    if (b.points > 0) {
        auto e = ledger.credit(member, b.points, EntryKind::Earn, source, expires);
        if (!e)
            return e.error();
        dailymix::noteEarning(m_db, source.businessTime, storeId, in.scenario, b.points);
        if (b.campaignId) {
            if (Status s = campaignawards::record(m_db, {*b.campaignId, member.id, out.receiptId, e.value(), b.campaignExtra, day}, m_clock.nowUtc()); !s)
                return s;
        }
    }
    if (b.greenPoints > 0) {
        if (auto e = ledger.credit(member, b.greenPoints, EntryKind::Green, source, expires); !e)
            return e.error();
    }
    // each fixed bonus is its own entry and lot, naming its campaign
    for (const CampaignBonus &bonus : b.bonuses) {
        EarningBreakdown own;
        own.bonuses = {bonus};
        own.bonusPoints = bonus.points;
        source.breakdown = own.toStoredText();
        auto e = ledger.credit(member, bonus.points, EntryKind::Bonus, source, expires);
        if (!e)
            return e.error();
        if (Status s = campaignawards::record(m_db, {bonus.campaignId, member.id, out.receiptId, e.value(), bonus.points, day}, m_clock.nowUtc()); !s)
            return s;
    }
    if (out.tierAfter != member.tier) {
        if (Status s = ledger.setTier(member, out.tierAfter, day); !s)
            return s.error();
    }
    // badge collections count the receipt in the same transaction
    return badgeawards::evaluate(m_db, m_clock, session, ledger, member, day, storeId);
}

Result<QList<CampaignOffer>> ReceiptService::campaignOffers(const ReceiptInput &in, const MemberPoints &member, const QDate &day, bool lock,
                                                            bool hasReceipts)
{
    auto live = campaignawards::liveOn(m_db, day, lock);
    if (!live)
        return live.error();
    if (live->isEmpty())
        return QList<CampaignOffer>();
    const CampaignReceipt facts{day, in.storeCode, in.scenario, member.tier, in.amountFen, true};
    QList<Campaign> matching = campaignsForReceipt(live.value(), facts);
    // "first receipt?" is read only when a first-purchase bonus would match a first receipt
    if (anyFirstPurchase(matching)) {
        // under the member's lock when posting: two desks never both post the first receipt
        auto first = hasReceipts ? Result<bool>(false) : campaignawards::isFirstReceipt(m_db, member.id);
        if (!first)
            return first.error();
        if (!first.value())
            matching.removeIf([](const Campaign &c) { return c.type == CampaignType::FirstPurchase; });
    }
    return campaignawards::offersFor(m_db, matching, member.id, lock);
}

Result<qint64> ReceiptService::storeId(const QString &code)
{
    if (const auto known = m_storeIds.constFind(code); known != m_storeIds.cend())
        return known.value();
    auto id = StoreService::storeId(m_db, code);
    if (id)
        m_storeIds.insert(code, id.value());
    return id;
}

Result<ReceiptOutcome> ReceiptService::run(const Session &session, const ReceiptInput &in, const ProgrammeRules &rules, bool write)
{
    if (Status s = session.require(Permission::ReceiptPost); !s)
        return s.error();
    if (Status s = checkReceipt(in, m_clock); !s)
        return s.error();

    auto store = storeId(in.storeCode);
    if (!store)
        return store.error();
    const qint64 storeId = store.value();

    // a new number of a batch whose member was read with it (prepareBatch) waits for no look-up
    MemberPoints *batched = write && m_batch && m_batch->isNew(storeId, in.receiptNo) ? m_batch->member(in.cardNo) : nullptr;
    if (!batched) {
        auto existing = alreadyPosted(storeId, in);
        if (!existing)
            return existing.error();
        if (existing.value())
            return *existing.value();
    }

    Ledger ledger(m_db, m_clock);
    auto member = batched ? Result<MemberPoints>(*batched) : write ? ledger.lockMemberByCard(in.cardNo) : ledger.readMemberByCard(in.cardNo);
    if (!member)
        return member.error();
    if (member->status != MemberStatus::Active)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::ReceiptService", "The membership of card %1 is %2: it cannot earn or use points.")
                                                  .arg(in.cardNo, memberStatusName(member->status)),
                         QStringLiteral("card_no"));
    const QDate day = in.businessTime.toTimeZone(programmeTimeZone()).date();
    // the tier after this receipt: its own amount counts, but it earned at the old tier
    auto spendBefore = batched ? Result<qint64>(m_batch->spendBefore(member->id, in.businessTime))
                               : tiers::qualifyingSpend(m_db, member->id, in.businessTime);
    if (!spendBefore)
        return spendBefore.error();
    auto offers = campaignOffers(in, member.value(), day, write, spendBefore.value() > 0);
    if (!offers)
        return offers.error();
    auto earning = earningFor(rules, MemberAtPosting{member->tier, member->credit}, EarningInput{in.scenario, in.amountFen, in.greenFen},
                              offers.value());
    if (!earning)
        return earning.error();
    if (Status s = points::checkDeduction(in.pointsUsed, in.amountFen, rules.pointValueFen, member->balance); !s)
        return s.error();

    ReceiptOutcome out;
    out.balanceBefore = member->balance;
    out.tierBefore = member->tier;
    out.pointsUsed = in.pointsUsed;
    out.deductedFen = points::deductedFen(in.pointsUsed, rules.pointValueFen);
    out.earning = earning.value();
    const EarningBreakdown &b = out.earning;

    out.tierAfter = tiers::afterReceipt(rules, member->tier, spendBefore.value() + in.amountFen);
    out.balanceAfter = out.balanceBefore - in.pointsUsed + b.total();
    if (!write)
        return out;

    if (Status s = record(session, in, storeId, rules, ledger, member.value(), out, batched != nullptr); !s)
        return s.error();
    if (m_batch) {
        // later receipts of the batch see this one and the member as it left it
        if (MemberPoints *kept = m_batch->member(in.cardNo)) {
            *kept = member.value();
            m_batch->notePosted(BatchReceipt{storeId, in.receiptNo, in.cardNo, in.businessTime}, member->id, out.receiptId, in.amountFen);
        }
    }
    return out;
}

} // namespace pd
