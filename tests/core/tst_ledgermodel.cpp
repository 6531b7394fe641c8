// A seeded random workload of receipts (with deductions), returns, adjustments, donations,
// expiry runs, tier reviews and check-ins (with make-ups), under three campaigns (a budgeted,
// capped multiplier, a first-purchase bonus and a check-in ladder), run against the program and against a small reference model written
// here from DESIGN §4–§6 and §8 alone. After every step each member's balance, debt and tier
// must agree and the ledger invariants must hold. POINTSDESK_SEED replays a failing run.
#include "core/adjustments/adjustmentservice.h"
#include "core/campaigns/campaignservice.h"
#include "core/checkins/checkinservice.h"
#include "core/jobs/batchjobs.h"
#include "core/donations/donationservice.h"
#include "core/ledger/dailypoints.h"
#include "core/ledger/liability.h"
#include "ledgerfixture.h"

#include <QRandomGenerator>

using namespace pd;
using namespace pd::test;

namespace {

__extension__ typedef __int128 i128;
const QTimeZone kShanghai(QByteArrayLiteral("Asia/Shanghai"));

QDateTime startOfLocalDay(const QDate &d) { return QDateTime(d, QTime(0, 0), kShanghai).toUTC(); }
QDateTime annualExpiry(const QDateTime &earned)
{
    return startOfLocalDay(QDate(earned.toTimeZone(kShanghai).date().year() + 2, 1, 1));
}

struct Model
{
    struct Lot { qint64 remaining; QDateTime expires; };
    struct Member
    {
        qint64 balance = 0, debt = 0;
        bool hasReceipt = false;     // the first-purchase bonus goes with the first receipt ever
        qint64 multiplierPoints = 0; // what the multiplier gave this member: its cap is 3,000
        int tier = 0;
        bool goodCredit = false;
        QList<Lot> lots;                              // creation order = lot id order
        QList<QPair<QDateTime, qint64>> spend;        // receipts +, returns −
        QList<QPair<QDateTime, int>> reached;         // each receipt's business time and the tier its spend reached
        QSet<QDate> checkedIn;                        // check-in dates
        QHash<QDate, qint64> bonusPaid;               // streak bonus points paid for each date
        QSet<QPair<QDate, int>> bonusDays;            // (date, streak day) pairs paid
        QHash<int, int> freeCards;                    // free make-up cards used, by yyyymm of the check-in's time
        bool badgesComplete = false;                  // the badge collection, complete for good
    };
    struct Receipt { int member; QDateTime time; qint64 amount, points, returned = 0, clawed = 0; QString scenario; };

    const QList<qint64> thresholds{0, 200000, 1000000, 3000000};
    const QList<qint64> tierPct{100, 110, 125, 150};
    const QStringList tierCodes{"member", "silver", "gold", "platinum"};
    QList<Member> members;
    QMap<QString, Receipt> receipts;
    // the campaigns (DESIGN §8): ×3 on Wednesdays and Sundays for supermarket receipts from ¥50,
    // budget 60,000, 3,000 per member; 80 points with the first receipt, budget 600
    qint64 multiplierLeft = 60000, firstLeft = 600;
    // the check-in ladder: 5 a day, +10 on day 3, +50 on day 7 of a 7-day cycle; one free make-up
    // card a month, then 20 points; make-ups reach back 3 days
    qint64 checkinAwarded = 0;
    // the badge collection: 8 visits, ¥1,500 net in the supermarket, 3 check-ins in a row; 300 points
    qint64 badgeAwarded = 0;

    // DESIGN §8 `badges`: counted after each receipt, return and check-in; a receipt returned in
    // full no longer counts; the reward once, when the whole set is held
    qint64 badgeReward(Member &m, int member, const QMap<QString, Receipt> &all)
    {
        if (m.badgesComplete)
            return 0;
        int visits = 0;
        qint64 supermarket = 0;
        for (const Receipt &r : all) {
            if (r.member != member || (r.amount > 0 && r.returned >= r.amount))
                continue;
            ++visits;
            if (r.scenario == QLatin1String("supermarket"))
                supermarket += r.amount - r.returned;
        }
        QList<QDate> days = m.checkedIn.values();
        std::sort(days.begin(), days.end());
        int longest = 0, run = 0;
        for (qsizetype i = 0; i < days.size(); ++i) {
            run = i > 0 && days[i - 1].daysTo(days[i]) == 1 ? run + 1 : 1;
            longest = std::max(longest, run);
        }
        if (visits < 8 || supermarket < 150000 || longest < 3)
            return 0;
        m.badgesComplete = true;
        badgeAwarded += 300;
        return 300;
    }

    // DESIGN §8: the run through `day`; each date of it earns its streak day's bonus once, and a
    // date moved to a bigger bonus gets the difference (docs/decisions.md)
    qint64 streakBonuses(Member &m, const QDate &day)
    {
        QDate first = day, last = day;
        while (m.checkedIn.contains(first.addDays(-1)))
            first = first.addDays(-1);
        while (m.checkedIn.contains(last.addDays(1)))
            last = last.addDays(1);
        qint64 paid = 0;
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            const int streakDay = int(first.daysTo(d)) % 7 + 1;
            const qint64 bonus = streakDay == 3 ? 10 : streakDay == 7 ? 50 : 0;
            if (bonus == 0 || m.bonusDays.contains(qMakePair(d, streakDay)) || bonus <= m.bonusPaid.value(d))
                continue;
            paid += bonus - m.bonusPaid.value(d);
            m.bonusDays.insert(qMakePair(d, streakDay));
            m.bonusPaid[d] = bonus;
        }
        return paid;
    }

    // points(300 %) − points(100 %), cut to the budget and the member's cap
    qint64 multiplierExtra(Member &m, const QString &scenario, qint64 amount, const QDateTime &at, qint64 base, qint64 full)
    {
        const int weekday = at.toTimeZone(kShanghai).date().dayOfWeek();
        if (scenario != QLatin1String("supermarket") || amount < 5000 || (weekday != 3 && weekday != 7))
            return 0;
        const qint64 extra = std::min({full - base, multiplierLeft, 3000 - m.multiplierPoints});
        if (extra <= 0)
            return 0;
        multiplierLeft -= extra;
        m.multiplierPoints += extra;
        return extra;
    }
    qint64 firstBonus(Member &m)
    {
        if (m.hasReceipt)
            return 0;
        m.hasReceipt = true;
        const qint64 bonus = std::min<qint64>(80, firstLeft);
        firstLeft -= bonus;
        return bonus;
    }

    qint64 spendIn(const Member &m, const QDateTime &at) const
    {
        qint64 s = 0;
        for (const auto &[t, amount] : m.spend)
            if (t > at.addMonths(-12) && t <= at)
                s += amount;
        return s;
    }
    int tierFor(qint64 spend) const
    {
        int t = 0;
        for (int i = 0; i < thresholds.size(); ++i)
            if (spend >= thresholds[i])
                t = i;
        return t;
    }
    void credit(Member &m, qint64 points, const QDateTime &expires)
    {
        const qint64 repay = std::min(points, m.debt);
        m.debt -= repay;
        m.balance += points;
        if (points > repay)
            m.lots << Lot{points - repay, expires};
    }
    void spend(Member &m, qint64 points)
    {
        QList<int> order;
        for (int i = 0; i < m.lots.size(); ++i)
            if (m.lots[i].remaining > 0)
                order << i;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const QDateTime &ea = m.lots[a].expires, &eb = m.lots[b].expires;
            if (ea.isValid() != eb.isValid())
                return ea.isValid();
            return ea.isValid() && ea < eb;
        });
        qint64 left = points;
        for (int i : order) {
            const qint64 take = std::min(left, m.lots[i].remaining);
            m.lots[i].remaining -= take;
            left -= take;
        }
        m.balance -= points;
        m.debt += left;
    }
};

} // namespace

class TestLedgerModel : public QObject
{
    Q_OBJECT
private slots:
    void randomWorkloadMatchesTheModel();
};

void TestLedgerModel::randomWorkloadMatchesTheModel()
{
    const quint32 seed = qEnvironmentVariableIsSet("POINTSDESK_SEED") ? quint32(qEnvironmentVariableIntValue("POINTSDESK_SEED")) : 20261123u;
    const int steps = qEnvironmentVariableIsSet("POINTSDESK_STEPS") ? qEnvironmentVariableIntValue("POINTSDESK_STEPS") : 1500;
    const int memberCount = 12;
    PD_LEDGER_WORLD(w, memberCount);
    QRandomGenerator rng(seed);
    Model model;
    model.members.resize(memberCount);
    for (int i = 0; i < memberCount; i += 3) {
        model.members[i].goodCredit = true;
        w.t.exec(QStringLiteral("UPDATE members SET credit = 'good' WHERE card_no = '%1'").arg(LedgerWorld::card(i + 1)));
    }
    // approved by the compliance officer after the campaign manager wrote them
    PD_OK(approveCampaigns(w.t.db(), w.clock, R"([
            {"code":"MODEL-SIGN","name":"每日签到","type":"checkin","from":"2024-12-31","to":"2031-12-31","terms":"每日签到。",
             "daily_points":5,"streak_bonus":{"3":10,"7":50},"cycle_days":7,"makeup_free_per_month":1,"makeup_cost_points":20,
             "makeup_window_days":3},
            {"code":"MODEL-BADGES","name":"勋章","type":"badges","from":"2024-12-31","to":"2031-12-31","terms":"集齐有奖。",
             "badges":[{"code":"V8","name":"到店","rule":"visits","count":8},{"code":"S1500","name":"超市","rule":"spend","amount":1500,
             "scenario":"supermarket"},{"code":"K3","name":"连签","rule":"streak","count":3}],"reward_points":300},
            {"code":"MODEL-X3","name":"周三周日三倍","type":"multiplier","from":"2024-12-31","to":"2031-12-31","terms":"三倍积分。",
             "stores":["NY01"],"scenarios":["supermarket"],"min_amount":50,"percent":300,"weekdays":[3,7],
             "budget_points":60000,"member_cap_points":3000},
            {"code":"MODEL-FIRST","name":"首单有礼","type":"first_purchase","from":"2024-12-31","to":"2031-12-31","terms":"首单送80积分。",
             "points":80,"budget_points":600}])"));
    DonationService donations(w.t.db(), w.clock);
    QVERIFY(donations.projects()->size() == 1); // the demo data's stray-animal rescue, PAWS
    AdjustmentService adjustments(w.t.db(), w.clock);
    BatchJobs jobs(w.t.db(), w.clock);
    const QStringList scenarios{"supermarket", "fuel", "partner:eyewear"};
    const QMap<QString, qint64> rates{{"supermarket", 100}, {"fuel", 50}, {"partner:eyewear", 100}};
    QDateTime now = QDateTime(QDate(2025, 1, 1), QTime(2, 0), QTimeZone::utc());
    int counts[7] = {};
    CheckinService checkins(w.t.db(), w.clock);

    for (int step = 0; step < steps; ++step) {
        const QString where = QStringLiteral("seed %1, step %2").arg(seed).arg(step);
        now = now.addSecs(rng.bounded(36 * 3600));
        w.clock.set(now.addSecs(rng.bounded(3600))); // posted at or soon after its business time
        const int op = rng.bounded(100);
        const int mi = rng.bounded(memberCount);
        Model::Member &m = model.members[mi];
        const QString card = LedgerWorld::card(mi + 1);

        if (op >= 42 && op < 50) { // check-ins: today, sometimes with missed days made up after it
            const QDate today = now.toTimeZone(kShanghai).date();
            const int days = rng.bounded(2) == 0 ? 1 : 2 + rng.bounded(4);
            for (int k = 0; k < days; ++k) {
                const QDate day = k == 0 ? today : today.addDays(-rng.bounded(6));
                CheckinInput in;
                in.storeCode = "NY01";
                in.cardNo = card;
                in.time = now;
                if (day != today)
                    in.forDate = day;
                auto r = checkins.post(w.admin, in);
                const int month = today.year() * 100 + today.month();
                const bool again = m.checkedIn.contains(day), tooFar = day.daysTo(today) > 3 || day < QDate(2024, 12, 31);
                const bool free = day != today && m.freeCards.value(month) < 1, bought = day != today && !free;
                const bool valid = again || (!tooFar && (!bought || m.balance >= 20));
                QVERIFY2(r.ok() == valid, qPrintable(where + ": check-in " + day.toString(Qt::ISODate) + " "
                                                     + (r.ok() ? QStringLiteral("accepted") : r.error().describe())));
                if (valid && !again) {
                    if (free)
                        ++m.freeCards[month];
                    if (bought)
                        model.spend(m, 20);
                    m.checkedIn.insert(day);
                    const qint64 points = 5 + model.streakBonuses(m, day);
                    QCOMPARE(r->total(), points);
                    model.credit(m, points, annualExpiry(now));
                    model.checkinAwarded += points;
                    if (const qint64 reward = model.badgeReward(m, mi, model.receipts))
                        model.credit(m, reward, annualExpiry(now));
                    ++counts[6];
                } else if (valid) {
                    QVERIFY2(r->alreadyDone, qPrintable(where));
                }
            }
        } else if (op < 50) { // a receipt, sometimes paying with points
            const QString scenario = scenarios[rng.bounded(int(scenarios.size()))];
            const qint64 amount = rng.bounded(10) == 0 ? rng.bounded(3000000) : rng.bounded(60000);
            const qint64 green = rng.bounded(3) == 0 ? rng.bounded(int(amount + 1)) : 0;
            qint64 used = 0;
            if (rng.bounded(3) == 0)
                used = rng.bounded(4) == 0 ? 1 + rng.bounded(3000) : 100 * rng.bounded(int(std::max<qint64>(1, std::min(m.balance, amount) / 100 + 1)));
            const QString no = QStringLiteral("R%1").arg(step);
            ReceiptInput in{"NY01", no, card, now, scenario, amount, green, used};
            auto r = ReceiptService(w.t.db(), w.clock).post(w.admin, in);
            const bool valid = used == 0 || (used % 100 == 0 && used <= amount && used <= m.balance);
            QVERIFY2(r.ok() == valid, qPrintable(where + ": " + (r.ok() ? QStringLiteral("accepted an invalid deduction") : r.error().describe())));
            if (valid) {
                if (used > 0)
                    model.spend(m, used);
                const auto earned = [&](qint64 pct) {
                    return qint64(i128(amount) * rates[scenario] * model.tierPct[m.tier] * (m.goodCredit ? 110 : 100) * pct / 10'000'000'000LL);
                };
                const qint64 base = earned(100);
                const qint64 points = base + model.multiplierExtra(m, scenario, amount, now, base, earned(300));
                const qint64 greenPoints = green * 100 / 10'000;
                const qint64 bonus = model.firstBonus(m);
                QCOMPARE(r->earning.points, points);
                QCOMPARE(r->earning.greenPoints, greenPoints);
                QCOMPARE(r->earning.bonusPoints, bonus);
                if (points > 0)
                    model.credit(m, points, annualExpiry(now));
                if (greenPoints > 0)
                    model.credit(m, greenPoints, annualExpiry(now));
                if (bonus > 0)
                    model.credit(m, bonus, annualExpiry(now));
                const int reached = model.tierFor(model.spendIn(m, now) + amount);
                m.spend << qMakePair(now, amount);
                m.reached << qMakePair(now, reached);
                m.tier = std::max(m.tier, reached);
                model.receipts.insert(no, {mi, now, amount, points + greenPoints + bonus, 0, 0, scenario});
                if (const qint64 reward = model.badgeReward(m, mi, model.receipts))
                    model.credit(m, reward, annualExpiry(now));
                ++counts[0];
                if (rng.bounded(10) == 0) { // the POS sends it again
                    auto again = ReceiptService(w.t.db(), w.clock).post(w.admin, in);
                    QVERIFY2(again.ok() && again->alreadyPosted, qPrintable(where));
                    in.amountFen += 1;
                    QVERIFY2(ReceiptService(w.t.db(), w.clock).post(w.admin, in).error().code == ErrorCode::Conflict, qPrintable(where));
                }
            }
        } else if (op < 65 && !model.receipts.isEmpty()) { // a return of part of an earlier receipt
            const QStringList keys = model.receipts.keys();
            const QString receiptNo = keys[rng.bounded(int(keys.size()))];
            Model::Receipt &rc = model.receipts[receiptNo];
            const qint64 left = rc.amount - rc.returned;
            const qint64 amount = rng.bounded(5) == 0 ? left + 1 + rng.bounded(100) : 1 + rng.bounded(int(std::max<qint64>(1, left)));
            auto r = w.giveBack(QStringLiteral("T%1").arg(step), receiptNo, amount, now);
            const bool valid = amount <= left && amount > 0;
            QVERIFY2(r.ok() == valid, qPrintable(where + ": " + (r.ok() ? QStringLiteral("accepted an over-return") : r.error().describe())));
            if (valid) {
                Model::Member &owner = model.members[rc.member];
                rc.returned += amount;
                const qint64 claw = qint64(i128(rc.points) * rc.returned / rc.amount) - rc.clawed;
                rc.clawed += claw;
                QCOMPARE(r->clawback, claw);
                if (claw > 0)
                    model.spend(owner, claw);
                owner.spend << qMakePair(now, -amount);
                ++counts[1];
            }
        } else if (op < 75) { // a small adjustment, up or down
            const qint64 delta = (rng.bounded(2) ? 1 : -1) * (1 + rng.bounded(999));
            auto r = adjustments.request(w.admin, card, delta, QStringLiteral("random correction"));
            const bool valid = delta > 0 || -delta <= m.balance;
            QVERIFY2(r.ok() == valid, qPrintable(where + ": adjustment " + QString::number(delta)));
            if (valid) {
                if (delta > 0)
                    model.credit(m, delta, annualExpiry(w.clock.nowUtc()));
                else
                    model.spend(m, -delta);
                ++counts[2];
            }
        } else if (op < 82) { // a donation
            const qint64 points = 1 + rng.bounded(400);
            auto r = donations.donate(w.admin, card, "PAWS", points);
            QVERIFY2(r.ok() == (points <= m.balance), qPrintable(where + ": donation"));
            if (r.ok()) {
                model.spend(m, points);
                ++counts[3];
            }
        } else if (op < 92) { // an expiry run as of today
            const QDate today = now.toTimeZone(kShanghai).date();
            const QDateTime cutoff = startOfLocalDay(today);
            qint64 expected = 0;
            for (Model::Member &mm : model.members) {
                qint64 gone = 0;
                for (Model::Lot &lot : mm.lots) {
                    if (lot.remaining > 0 && lot.expires.isValid() && lot.expires <= cutoff) {
                        gone += lot.remaining;
                        lot.remaining = 0;
                    }
                }
                mm.balance -= gone;
                expected += gone;
            }
            auto r = jobs.expire(w.admin, today);
            QVERIFY2(r.ok(), qPrintable(where));
            QCOMPARE(r->points, expected);
            ++counts[4];
        } else { // the monthly tier review
            const QDate today = now.toTimeZone(kShanghai).date();
            const QDateTime moment = startOfLocalDay(today);
            for (Model::Member &mm : model.members) {
                const int reached = model.tierFor(model.spendIn(mm, moment));
                // DESIGN §6: down one tier at most, and never below a tier a receipt dated after
                // the review moment reached
                int floor = 0;
                for (const auto &[t, tier] : mm.reached)
                    if (t > moment)
                        floor = std::max(floor, tier);
                if (reached > mm.tier)
                    mm.tier = reached;
                else if (reached < mm.tier)
                    mm.tier = std::min(mm.tier, std::max(mm.tier - 1, floor));
            }
            QVERIFY2(jobs.reviewTiers(w.admin, today).ok(), qPrintable(where));
            ++counts[5];
        }

        // every member agrees with the model, and the ledger is consistent
        auto rows = sql::run(w.t.db().connection(), "SELECT card_no, balance, debt, tier FROM members ORDER BY card_no");
        int i = 0;
        while (rows.value().next()) {
            const Model::Member &mm = model.members[i++];
            const QString who = where + QStringLiteral(", card ") + rows.value().value(0).toString();
            QVERIFY2(rows.value().value(1).toLongLong() == mm.balance,
                     qPrintable(who + QStringLiteral(": balance %1, model %2").arg(rows.value().value(1).toLongLong()).arg(mm.balance)));
            QVERIFY2(rows.value().value(2).toLongLong() == mm.debt, qPrintable(who + ": debt"));
            QVERIFY2(rows.value().value(3).toString() == model.tierCodes[mm.tier],
                     qPrintable(who + ": tier " + rows.value().value(3).toString() + " model " + model.tierCodes[mm.tier]));
        }
        if (step % 10 == 0 || step == steps - 1)
            QVERIFY2(w.invariantProblems().isEmpty(), qPrintable(where + ": " + w.invariantProblems()));
    }
    qInfo("seed %u: %d steps: %d receipts, %d returns, %d adjustments, %d donations, %d expiry runs, %d reviews, %d check-ins", seed,
          steps, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
    // the workload really exercised every kind of operation
    for (int k = 0; k < 7; ++k)
        QVERIFY(counts[k] > 5);
    QVERIFY(countRows(w.t.db(), "members", "debt > 0") + countRows(w.t.db(), "ledger_entries", "kind = 'clawback'") > 0);
    // and the campaigns: the multiplier gave points and met member caps, the first-purchase budget ran out
    qInfo("campaigns: multiplier %lld of 60,000 left, first purchase %lld of 600 left", model.multiplierLeft, model.firstLeft);
    QVERIFY(model.multiplierLeft < 60000);
    QVERIFY(std::any_of(model.members.cbegin(), model.members.cend(), [](const Model::Member &mm) { return mm.multiplierPoints == 3000; }));
    QCOMPARE(model.firstLeft, 0);
    QCOMPARE(sql::scalar(w.t.db().connection(), "SELECT SUM(awarded_points) FROM campaigns").value().toLongLong(),
             60000 - model.multiplierLeft + 600 + model.checkinAwarded + model.badgeAwarded);
    qInfo("badges: %lld points to members who completed the collection", model.badgeAwarded);
    QVERIFY(model.badgeAwarded > 0 && countRows(w.t.db(), "badge_holdings") + countRows(w.t.db(), "badge_completions") > 0);
    QVERIFY(countRows(w.t.db(), "checkins", "card = 'bought'") > 0 && countRows(w.t.db(), "checkin_bonuses") > 0);

    // the daily totals the charts read were kept in step: equal to a full recount, and a
    // whole period's figures add up to every balance there is
    auto stored = dailypoints::stored(w.t.db());
    auto counted = dailypoints::recount(w.t.db());
    QVERIFY(stored.ok() && counted.ok());
    QVERIFY(stored->size() > 10);
    QVERIFY(stored.value() == counted.value());
    const QDate first = QDate::fromString(stored->firstKey().day, Qt::ISODate), last = QDate::fromString(stored->lastKey().day, Qt::ISODate);
    auto days = dailypoints::figures(w.t.db(), w.admin, first, last);
    QVERIFY(days.ok());
    qint64 net = 0;
    for (const DailyFigures &d : days.value())
        net += d.issued - d.used - d.expired - d.clawedBack - d.adjustedDown;
    QCOMPARE(net, sql::scalar(w.t.db().connection(), "SELECT SUM(balance) FROM members")->toLongLong());
    // and the liability by store the insights read equals what the lots still hold
    QCOMPARE(liability::storedByStore(w.t.db()).value(), liability::openLotsByStore(w.t.db()).value());
}

PD_DATABASE_TEST_MAIN(TestLedgerModel)
#include "tst_ledgermodel.moc"
