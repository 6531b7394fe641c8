// Expiry reminders (DESIGN §9): who is reminded, by which channel, of which points; a run
// repeated, resumed after a cancel or run again the next week reminds no one twice; the SMS
// gateway file; the check that names members no run has covered.
#include "core/compliance/compliancechecks.h"
#include "core/io/reminderexport.h"
#include "core/jobs/batchjobs.h"
#include "core/jobs/expiryreminders.h"
#include "ledgerfixture.h"

#include <QBuffer>
#include <QTest>

using namespace pd;

namespace {

// Points earned in May under "rolling 1" expire at the start of 1 July: usable until 30 June.
struct ReminderWorld : test::LedgerWorld
{
    ReminderWorld()
    {
        if (!ok)
            return;
        t.exec("INSERT INTO settings (key, value) VALUES ('points.expiry_policy', 'rolling 1') "
               "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        // 1 consents with a mobile; 2 gave no consent; 3 consents without a mobile; 4 earns later
        t.exec("UPDATE members SET marketing_consent = 1, mobile = '13800000001' WHERE card_no = '8000000001'");
        t.exec("UPDATE members SET marketing_consent = 0, mobile = '13800000002' WHERE card_no = '8000000002'");
        t.exec("UPDATE members SET marketing_consent = 1, mobile = NULL WHERE card_no = '8000000003'");
        t.exec("UPDATE members SET marketing_consent = 1, mobile = '13800000004' WHERE card_no = '8000000004'");
        ok = receipt("M1", 1, 12000, local(2027, 5, 10)).ok() && receipt("M2", 2, 8000, local(2027, 5, 12)).ok()
             && receipt("M3", 3, 5000, local(2027, 5, 20)).ok() && receipt("J4", 4, 30000, local(2027, 6, 1, 10)).ok();
    }

    Result<BatchReport> remind(const QDate &asOf, const BatchOptions &options = {})
    {
        return BatchJobs(t.db(), clock).remindExpiry(test::sessionFor(Role::Compliance), asOf, options);
    }

    QStringList recorded()
    {
        QStringList rows;
        auto q = sql::run(t.db().connection(), "SELECT m.card_no, r.as_of, r.expiring_points, r.channel FROM expiry_reminders r "
                                               "JOIN members m ON m.id = r.member_id ORDER BY r.id");
        while (q.value().next())
            rows << QStringLiteral("%1 %2 %3 %4").arg(q.value().value(0).toString(), q.value().value(1).toString(),
                                                      q.value().value(2).toString(), q.value().value(3).toString());
        return rows;
    }

    QString smsFile(const QDate &asOf)
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto n = exportReminderSms(t.db(), clock, test::sessionFor(Role::Compliance), asOf, &out);
        return n ? QString::fromUtf8(out.data()) : n.error().describe();
    }

    qint64 earnedBy(int member)
    {
        return sql::scalar(t.db().connection(), "SELECT SUM(remaining) FROM lots WHERE member_id = (SELECT id FROM members WHERE card_no = ?)",
                           {card(member)})
            ->toLongLong();
    }
};

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT
private slots:
    void eachMemberOnceByTheirChannel();
    void theWindowIsThirtyDays_data();
    void theWindowIsThirtyDays();
    void laterRunsRemindOnlyWhatIsNew();
    void aCancelledRunResumesWithoutDuplicates();
    void theCheckNamesMembersNoRunCovered();
    void smsTextFromTheTemplate();
};

void TestReminders::eachMemberOnceByTheirChannel()
{
    ReminderWorld w;
    QVERIFY(w.ok);
    const qint64 p1 = w.earnedBy(1), p2 = w.earnedBy(2), p3 = w.earnedBy(3);
    QVERIFY(p1 > 0 && p2 > 0 && p3 > 0);
    auto r = w.remind(QDate(2027, 6, 10));
    PD_OK(r);
    QCOMPARE(r->members, 3);
    QCOMPARE(r->messages, 1);
    QCOMPARE(r->points, p1 + p2 + p3);
    QCOMPARE(w.recorded(), (QStringList{QStringLiteral("8000000001 2027-06-10 %1 sms").arg(p1),
                                        QStringLiteral("8000000002 2027-06-10 %1 no_consent").arg(p2),
                                        QStringLiteral("8000000003 2027-06-10 %1 no_mobile").arg(p3)}));
    QCOMPARE(test::countRows(w.t.db(), "audit_log", "action = 'expiry.remind'"), 1);

    auto day = reminders::day(w.t.db(), test::sessionFor(Role::Compliance), QDate(2027, 6, 10));
    PD_OK(day);
    QCOMPARE(day->sms, 1);
    QCOMPARE(day->noConsent, 1);
    QCOMPARE(day->noMobile, 1);
    QCOMPARE(day->points, p1 + p2 + p3);
    QCOMPARE(day->unreached.size(), 2);
    QCOMPARE(day->unreached.at(0).cardNo, QStringLiteral("8000000002")); // most points first
    QCOMPARE(day->unreached.at(0).lastValidDay, QDate(2027, 6, 30));
    QCOMPARE(day->unreached.at(1).channel, ReminderChannel::NoMobile);

    const QStringList lines = w.smsFile(QDate(2027, 6, 10)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("mobile,card_no,points,last_day,message"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("13800000001,8000000001,%1,2027-06-30,").arg(p1)), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("尾号0001")) && lines.at(1).contains(points::displayPoints(p1)), qPrintable(lines.at(1)));
    QCOMPARE(test::countRows(w.t.db(), "audit_log", "action = 'export.reminders'"), 1);

    // the same day again: nobody twice, the same file
    auto again = w.remind(QDate(2027, 6, 10));
    PD_OK(again);
    QCOMPARE(again->members, 0);
    QCOMPARE(w.recorded().size(), 3);
    QCOMPARE(w.smsFile(QDate(2027, 6, 10)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts), lines);
}

void TestReminders::theWindowIsThirtyDays_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("reminded");
    // the May points end at the start of 1 July; June's at the start of 1 August
    QTest::newRow("31 days before") << QDate(2027, 5, 31) << 0;
    QTest::newRow("30 days before") << QDate(2027, 6, 1) << 3;
    QTest::newRow("the last usable day") << QDate(2027, 6, 30) << 3;
    QTest::newRow("the day they end") << QDate(2027, 7, 1) << 0;
    QTest::newRow("June's points, 30 days before") << QDate(2027, 7, 2) << 1;
}

void TestReminders::theWindowIsThirtyDays()
{
    QFETCH(QDate, asOf);
    QFETCH(int, reminded);
    ReminderWorld w;
    QVERIFY(w.ok);
    auto r = w.remind(asOf);
    PD_OK(r);
    QCOMPARE(r->members, reminded);
}

void TestReminders::laterRunsRemindOnlyWhatIsNew()
{
    ReminderWorld w;
    QVERIFY(w.ok);
    PD_OK(w.remind(QDate(2027, 6, 10)));
    // ten days later the same points: covered
    auto later = w.remind(QDate(2027, 6, 20));
    PD_OK(later);
    QCOMPARE(later->members, 0);
    // member 2 consents: now the SMS goes out; the others stay as they were
    w.t.exec("UPDATE members SET marketing_consent = 1 WHERE card_no = '8000000002'");
    auto consented = w.remind(QDate(2027, 6, 21));
    PD_OK(consented);
    QCOMPARE(consented->members, 1);
    QCOMPARE(consented->messages, 1);
    QCOMPARE(w.smsFile(QDate(2027, 6, 21)).count(QStringLiteral("8000000002")), 1);
    // July: May's points are gone, June's come into the window
    auto july = w.remind(QDate(2027, 7, 5));
    PD_OK(july);
    QCOMPARE(july->members, 1);
    QVERIFY(w.recorded().constLast().startsWith(QStringLiteral("8000000004 2027-07-05 ")));
    // a closed member is reminded of nothing
    w.t.exec("UPDATE members SET status = 'closed' WHERE card_no = '8000000004'");
    w.t.exec("DELETE FROM expiry_reminders WHERE as_of = '2027-07-05'");
    auto closed = w.remind(QDate(2027, 7, 5));
    PD_OK(closed);
    QCOMPARE(closed->members, 0);
}

void TestReminders::aCancelledRunResumesWithoutDuplicates()
{
    ReminderWorld w;
    QVERIFY(w.ok);
    std::atomic<bool> cancel{false};
    BatchOptions options;
    options.membersPerTransaction = 1;
    options.cancel = &cancel;
    options.progress = [&](qint64 done, qint64) { cancel = done >= 1; };
    auto first = w.remind(QDate(2027, 6, 10), options);
    PD_OK(first);
    QVERIFY(first->cancelled);
    QCOMPARE(first->members, 1);
    auto rest = w.remind(QDate(2027, 6, 10));
    PD_OK(rest);
    QVERIFY(!rest->cancelled);
    QCOMPARE(rest->members, 2);
    QCOMPARE(w.recorded().size(), 3);
}

void TestReminders::theCheckNamesMembersNoRunCovered()
{
    ReminderWorld w;
    QVERIFY(w.ok);
    // today is 1 June: the May points of members 1–3 end within 30 days
    const auto reminderFindings = [&] {
        auto r = ComplianceChecks(w.t.db(), w.clock).run(test::sessionFor(Role::Compliance));
        QStringList found;
        for (const Finding &f : r.value())
            if (f.code == QLatin1String("reminders.not_sent"))
                found << f.message;
        return found;
    };
    QCOMPARE(reminders::uncoveredMembers(w.t.db(), QDate(2027, 6, 1)).value(), 3);
    const QStringList before = reminderFindings();
    QCOMPARE(before.size(), 1);
    QVERIFY2(before.constFirst().startsWith(QStringLiteral("3 members")), qPrintable(before.constFirst()));
    PD_OK(w.remind(QDate(2027, 6, 1)));
    QCOMPARE(reminders::uncoveredMembers(w.t.db(), QDate(2027, 6, 1)).value(), 0);
    QCOMPARE(reminderFindings(), QStringList());
    // June's points of member 4 come into the window on 2 July
    QCOMPARE(reminders::uncoveredMembers(w.t.db(), QDate(2027, 7, 2)).value(), 1);
}

void TestReminders::smsTextFromTheTemplate()
{
    QCOMPARE(reminderSmsText(QStringLiteral("卡{card}：{points}分，{last_day}止"), QStringLiteral("8000001234"), 12345, QDate(2027, 6, 30)),
             QStringLiteral("卡1234：12,345分，2027-06-30止"));
    ReminderWorld w;
    QVERIFY(w.ok);
    w.t.exec("INSERT INTO settings (key, value) VALUES ('reminders.sms_template', '积分{points}将于{last_day}后过期')");
    PD_OK(w.remind(QDate(2027, 6, 10)));
    QVERIFY2(w.smsFile(QDate(2027, 6, 10)).contains(QStringLiteral(",积分%1将于2027-06-30后过期").arg(points::displayPoints(w.earnedBy(1)))),
             qPrintable(w.smsFile(QDate(2027, 6, 10))));
}

PD_DATABASE_TEST_MAIN(TestReminders)
#include "tst_reminders.moc"
