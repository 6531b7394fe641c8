#include "demohistory.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/donations/donationservice.h"
#include "core/jobs/batchjobs.h"
#include "core/receipts/receiptservice.h"
#include "core/receipts/returnservice.h"
#include "core/redemption/redemptionservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

#include <cmath>

namespace pd {

namespace {

// Where receipts are taken: own stores with everyday scenarios, partners with their own.
struct DemoTill
{
    const char *store;
    const char *scenario;
    int weight;             // share of the receipts, in hundredths
    qint64 lowFen, highFen; // the usual amounts
    bool marketDays;        // the township store is busy on market days only
};

const DemoTill kTills[] = {
    {"NY01", "supermarket", 44, 1500, 30000, false},
    {"NY02", "supermarket", 24, 1500, 25000, false},
    {"NY01", "fuel", 6, 10000, 40000, false},
    {"NY02", "dining", 5, 3000, 20000, false},
    {"SQZ01", "supermarket", 9, 800, 12000, true},
    {"EYE01", "partner:eyewear", 4, 30000, 200000, false},
    {"TEX01", "partner:hometex", 4, 20000, 150000, false},
    {"AUTO01", "partner:auto4s", 4, 30000, 300000, false},
};

// Festivals multiply the day's receipts (Spring Festival moves: its eve and the days after).
int festivalPercent(const QDate &d)
{
    static const QDate springFestivals[] = {QDate(2025, 1, 29), QDate(2026, 2, 17), QDate(2027, 2, 6), QDate(2028, 1, 26)};
    for (const QDate &sf : springFestivals) {
        const qint64 offset = sf.daysTo(d);
        if (offset >= -10 && offset < 0)
            return 220; // buying for the holiday
        if (offset >= 0 && offset < 3)
            return 40; // shops closed or quiet
    }
    if ((d.month() == 10 && d.day() <= 7) || (d.month() == 5 && d.day() <= 5))
        return 170;
    if (d.month() == 11 && d.day() == 11)
        return 250;
    if (d.month() == 1 && d.day() == 1)
        return 150;
    return 100;
}

// Market days in the township: the 1st, 4th and 7th of each ten days of the month.
bool isMarketDay(const QDate &d) { return d.day() % 10 == 1 || d.day() % 10 == 4 || d.day() % 10 == 7; }

qint64 amountBetween(QRandomGenerator &random, qint64 low, qint64 high)
{
    // most receipts small, a few large: the square of a uniform number leans low
    const double u = random.generateDouble();
    const qint64 fen = low + qint64(double(high - low) * u * u); // demo shape only: money is fen from here on
    return fen / 10 * 10;
}

const DemoTill &pickTill(QRandomGenerator &random, const QDate &day)
{
    for (;;) {
        int roll = int(random.bounded(100));
        for (const DemoTill &t : kTills) {
            if (roll < t.weight) {
                if (t.marketDays && !isMarketDay(day))
                    break; // pick again: the township store sells little on other days
                return t;
            }
            roll -= t.weight;
        }
    }
}

const char *const kRedeemable[] = {"OIL5L", "RICE10", "DETERGENT", "CINEMA", "CARWASH", "EYETEST"};
const qint64 kRedeemPrice[] = {1200, 1000, 600, 800, 300, 1000};

} // namespace

Result<DemoHistorySummary> DemoHistory::post(const Session &session, const DemoHistoryOptions &options)
{
    if (options.receipts < 0 || options.receipts > 10'000'000)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::DemoHistory", "Give a number of receipts from 0 to 10,000,000."), QStringLiteral("receipts"));
    auto count = sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM members"));
    if (!count)
        return count.error();
    const qint64 members = count->toLongLong();
    if (members == 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::DemoHistory", "There are no members to give a history to."));
    auto firstCard = sql::scalar(m_db.connection(), QStringLiteral("SELECT MIN(card_no) FROM members"));
    if (!firstCard)
        return firstCard.error();
    const qint64 cardBase = firstCard->toLongLong();

    DemoHistorySummary summary;
    const QDate today = businessToday(m_clock);
    summary.first = today.addDays(-365);
    summary.last = today.addDays(-1);
    // the history is written once: its first receipt is there when a run was made before
    auto before = sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM receipts WHERE receipt_no = 'D0000001'"));
    if (!before)
        return before.error();
    if (before->toLongLong() > 0)
        return summary;
    // how many receipts each day gets: its weight (weekday, festival) over the year's weights
    QList<int> weights;
    qint64 totalWeight = 0;
    for (QDate d = summary.first; d <= summary.last; d = d.addDays(1)) {
        const int w = (d.dayOfWeek() >= 6 ? 140 : 100) * festivalPercent(d) / 100;
        weights << w;
        totalWeight += w;
    }
    QRandomGenerator random(options.seed);
    FixedClock dayClock(m_clock.nowUtc());
    ReceiptService receipts(m_db, dayClock);
    ReturnService returns(m_db, dayClock);
    RedemptionService redemptions(m_db, dayClock);
    DonationService donations(m_db, dayClock);
    QHash<qint64, qint64> balances; // as the operations last said
    struct Posted
    {
        QString store, number;
        qint64 amountFen;
        QDate day;
    };
    QList<Posted> recent; // receipts of the last days a return may come back for
    qint64 posted = 0, number = 0;
    qint64 carried = 0; // the fractional receipts of the days so far, in weight units
    int dayIndex = 0;
    for (QDate d = summary.first; d <= summary.last; d = d.addDays(1), ++dayIndex) {
        if (options.cancel && options.cancel->load()) {
            summary.cancelled = true;
            return summary;
        }
        // the monthly tier review, as the back office runs it on the first of the month
        if (d.day() == 1 && d > summary.first) {
            dayClock.set(points::startOfBusinessDay(d).addSecs(7 * 3600));
            auto reviewed = BatchJobs(m_db, dayClock).reviewTiers(session, d);
            if (!reviewed)
                return reviewed.error();
            ++summary.tierReviews;
        }
        carried += options.receipts * weights.at(dayIndex);
        const qint64 receiptsToday = carried / totalWeight;
        carried %= totalWeight;
        const QDateTime opening = points::startOfBusinessDay(d).addSecs(8 * 3600);
        for (qint64 i = 0; i < receiptsToday; ++i) {
            const QDateTime at = opening.addSecs(i * 13 * 3600 / receiptsToday + qint64(random.bounded(60)));
            dayClock.set(at.addSecs(30));
            const DemoTill &till = pickTill(random, d);
            // members come back: a fifth of them make most of the receipts
            const qint64 k = random.bounded(100) < 70 ? random.bounded(std::max<qint64>(members / 5, 1)) : random.bounded(members);
            const QString card = QString::number(cardBase + k);
            ReceiptInput in{QLatin1String(till.store), QStringLiteral("D%1").arg(++number, 7, 10, QLatin1Char('0')), card, at,
                            QLatin1String(till.scenario), amountBetween(random, till.lowFen, till.highFen), 0, 0};
            if (QLatin1String(till.scenario) == QLatin1String("supermarket") && random.bounded(100) < 25)
                in.greenFen = in.amountFen * qint64(10 + random.bounded(30)) / 100 / 10 * 10;
            const qint64 balance = balances.value(k);
            if (balance >= 500 && random.bounded(100) < 8) // paying part at the till with points
                in.pointsUsed = std::min<qint64>(balance / 2, in.amountFen / 2) / 100 * 100;
            auto outcome = receipts.post(session, in);
            if (!outcome && in.pointsUsed > 0) { // the balance known here missed a return's clawback: pay in cash
                in.pointsUsed = 0;
                outcome = receipts.post(session, in);
            }
            if (!outcome)
                continue; // a member closed or frozen meanwhile: the next customer
            balances.insert(k, outcome->balanceAfter);
            ++summary.receipts;
            recent << Posted{in.storeCode, in.receiptNo, in.amountFen, d};
            // now and then a member spends the points at the service desk
            if (outcome->balanceAfter >= 600 && random.bounded(100) < 4) {
                const int item = int(random.bounded(int(std::size(kRedeemable))));
                if (outcome->balanceAfter >= kRedeemPrice[item]) {
                    dayClock.set(at.addSecs(120));
                    RedemptionInput r{in.storeCode, QStringLiteral("DR%1").arg(number, 7, 10, QLatin1Char('0')), card,
                                      QLatin1String(kRedeemable[item]), 1, at.addSecs(90)};
                    if (auto redeemed = redemptions.redeem(session, r)) {
                        ++summary.redemptions;
                        balances[k] -= redeemed->points;
                    }
                }
            } else if (outcome->balanceAfter >= 200 && random.bounded(1000) < 5) {
                dayClock.set(at.addSecs(120));
                if (donations.donate(session, card, QStringLiteral("PAWS"), 100)) {
                    ++summary.donations;
                    balances[k] -= 100;
                }
            }
            if (options.progress && ++posted % 1000 == 0)
                options.progress(posted, options.receipts);
        }
        // returns come back within a week: about one receipt in fifty, half of it or all
        const QDateTime evening = points::startOfBusinessDay(d).addSecs(21 * 3600);
        for (qsizetype i = 0; i < recent.size();) {
            if (recent.at(i).day.daysTo(d) > 7) {
                recent.removeAt(i);
                continue;
            }
            if (recent.at(i).day < d && random.bounded(1000) < 3) {
                dayClock.set(evening.addSecs(60));
                const Posted &p = recent.at(i);
                const qint64 amount = random.bounded(2) ? p.amountFen : p.amountFen / 2 / 10 * 10;
                if (amount > 0
                    && returns.post(session, ReturnInput{p.store, QStringLiteral("RT") + p.number, p.number, evening, amount}))
                    ++summary.returns;
                recent.removeAt(i);
                continue;
            }
            ++i;
        }
    }
    if (options.progress)
        options.progress(options.receipts, options.receipts);
    return summary;
}

} // namespace pd
