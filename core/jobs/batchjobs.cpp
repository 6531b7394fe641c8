#include "batchjobs.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/db/walcheckpointer.h"
#include "core/jobs/expiryreminders.h"
#include "core/ledger/ledger.h"
#include "core/ledger/lots.h"
#include "core/rules/programmerules.h"
#include "core/rules/tiers.h"

namespace pd {

namespace {

// Runs `perBatch` for the members the query lists, in batches, each batch one audited
// transaction. The query lists member ids in ascending order; it runs once, before the first
// batch, so the job reads its work in one pass and knows its total (a count beforehand read
// it all once more, and the query again per batch read the same rows again).
using BatchWork = std::function<Result<qint64>(const QList<qint64> &memberIds, BatchReport &report)>;
Result<BatchReport> forMembers(Database &db, const Clock &clock, const Session &session, const QString &idQuery,
                               const QVariantList &values, const QString &auditAction, const QJsonObject &auditDetails,
                               const BatchOptions &options, const BatchWork &perBatch)
{
    QList<qint64> members;
    {
        auto ids = sql::run(db.connection(), idQuery, values);
        if (!ids)
            return ids.error();
        while (ids.value().next())
            members << ids.value().value(0).toLongLong();
        ids.value().finish();
    }
    // checkpoints on a thread of their own while the job writes, as at the desk: a batch
    // writes thousands of pages, and checkpointing them inline doubled its time
    auto checkpointer = WalCheckpointer::start(db, 250);
    if (!checkpointer)
        return checkpointer.error();
    BatchReport report;
    bool onRecord = false;
    const qint64 total = members.size();
    for (qint64 done = 0; done < total;) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        const QList<qint64> batch = members.mid(done, options.membersPerTransaction);
        WriteTransaction tx(db);
        if (Status s = tx.begin(); !s)
            return s.error();
        auto r = perBatch(batch, report);
        if (!r)
            return r.error();
        const qint64 changed = r.value();
        if (changed > 0) {
            QJsonObject details = auditDetails;
            details.insert(QStringLiteral("members"), changed);
            if (Status s = AuditLog(db, clock).append(session, auditAction, QStringLiteral("members"), QStringLiteral("*"), details); !s)
                return s.error();
            onRecord = true;
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        report.members += changed;
        done += batch.size();
        if (options.progress)
            options.progress(done, total);
    }
    // a run that found nothing to change is on record too: "expiry ran as of D" is itself
    // something an auditor asks
    if (!onRecord) {
        QJsonObject details = auditDetails;
        details.insert(QStringLiteral("members"), 0);
        if (report.cancelled)
            details.insert(QStringLiteral("cancelled"), true);
        if (Status s = AuditLog(db, clock).record(session, auditAction, QStringLiteral("members"), QStringLiteral("*"), details); !s)
            return s.error();
    }
    return report;
}

} // namespace

Result<BatchReport> BatchJobs::expire(const Session &session, const QDate &asOf, const BatchOptions &options)
{
    if (Status s = session.require(Permission::BatchJobs); !s)
        return s.error();
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::BatchJobs", "Give the date as YYYY-MM-DD."),
                         QStringLiteral("as_of"));
    const QDateTime cutoff = points::startOfBusinessDay(asOf);
    const QString cutoffText = toStoredTime(cutoff);
    Ledger ledger(m_db, m_clock);
    return forMembers(
        m_db, m_clock, session,
        QStringLiteral("SELECT DISTINCT member_id FROM lots WHERE remaining > 0 AND expires_at <= ? ORDER BY member_id"), {cutoffText},
        QStringLiteral("expiry.run"), {{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)}}, options,
        // a whole batch in a few statements: one per member was most of an expiry run's time
        [&](const QList<qint64> &batch, BatchReport &report) -> Result<qint64> {
            const qint64 first = batch.constFirst(), last = batch.constLast();
            // the members first, as every writer locks them before their lots
            auto members = ledger.lockMembers(first, last);
            if (!members)
                return members.error();
            auto expired = lots::expireDue(m_db, first, last, cutoff);
            if (!expired)
                return expired.error();
            const QHash<qint64, qint64> &points = expired.value();
            EntrySource source;
            source.businessTime = cutoff;
            source.operatorId = session.userId;
            source.reference = QStringLiteral("expiry:%1").arg(asOf.toString(Qt::ISODate));
            qint64 changed = 0;
            for (MemberPoints &member : members.value()) {
                const qint64 expired = points.value(member.id);
                if (expired == 0)
                    continue;
                if (Status s = ledger.recordExpiry(member, expired, source); !s)
                    return s.error();
                report.points += expired;
                ++changed;
            }
            return changed;
        });
}

Result<BatchReport> BatchJobs::reviewTiers(const Session &session, const QDate &asOf, const BatchOptions &options)
{
    if (Status s = session.require(Permission::BatchJobs); !s)
        return s.error();
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::BatchJobs", "Give the date as YYYY-MM-DD."),
                         QStringLiteral("as_of"));
    auto rules = ProgrammeRules::load(m_db);
    if (!rules)
        return rules.error();
    const QDateTime moment = points::startOfBusinessDay(asOf);
    Ledger ledger(m_db, m_clock);
    const auto reviewMember = [&](qint64 memberId, BatchReport &report) -> Result<qint64> {
        auto member = ledger.lockMember(memberId);
        if (!member)
            return member.error();
        auto spend = tiers::qualifyingSpend(m_db, memberId, moment);
        if (!spend)
            return spend.error();
        // a review dated before an upgrade does not undo it (DESIGN §6)
        auto reviewed = tiers::afterReview(rules.value(), member->tier, spend.value(),
                                           [&] { return tiers::highestReachedAfter(m_db, memberId, moment, rules.value()); });
        if (!reviewed)
            return reviewed.error();
        const QString next = reviewed.value();
        if (next == member->tier)
            return 0;
        const QString from = member->tier;
        if (Status s = ledger.setTier(member.value(), next, asOf); !s)
            return s.error();
        if (report.tierChanges.size() < BatchReport::kListedTierChanges) {
            auto who = sql::run(m_db.connection(), QStringLiteral("SELECT card_no, name FROM members WHERE id = ?"), {memberId});
            if (!who)
                return who.error();
            if (who.value().next())
                report.tierChanges << TierChange{who.value().value(0).toString(), who.value().value(1).toString(), from, next};
            who.value().finish();
        }
        return 1;
    };
    return forMembers(
        m_db, m_clock, session, QStringLiteral("SELECT id FROM members WHERE status <> 'closed' ORDER BY id"), {}, QStringLiteral("tiers.review"),
        {{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)}}, options,
        [&](const QList<qint64> &batch, BatchReport &report) -> Result<qint64> {
            qint64 changed = 0;
            for (qint64 memberId : batch) {
                auto r = reviewMember(memberId, report);
                if (!r)
                    return r.error();
                changed += r.value();
            }
            return changed;
        });
}

Result<BatchReport> BatchJobs::remindExpiry(const Session &session, const QDate &asOf, const BatchOptions &options)
{
    if (Status s = session.require(Permission::ExpiryReminders); !s)
        return s.error();
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::BatchJobs", "Give the date as YYYY-MM-DD."),
                         QStringLiteral("as_of"));
    return forMembers(m_db, m_clock, session, reminders::dueMembersQuery(), {reminders::windowStart(asOf), reminders::windowEnd(asOf)},
                      QStringLiteral("expiry.remind"), {{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)}}, options,
                      [&](const QList<qint64> &batch, BatchReport &report) {
                          return reminders::recordBatch(m_db, m_clock, batch.constFirst(), batch.constLast(), asOf, report);
                      });
}

} // namespace pd
