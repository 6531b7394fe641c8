// The programme rules document (DESIGN §9): generated from the values the engine computes with,
// so each configurable rule changes the document in exactly its own place; versions saved,
// compared and published with 30 days' notice for what takes something away; the checks that
// follow the published rules; statements naming the version in force.
#include "core/campaigns/campaignservice.h"
#include "core/catalog/catalogservice.h"
#include "core/compliance/compliancechecks.h"
#include "core/compliance/rulestext.h"
#include "core/i18n/translations.h"
#include "core/reports/statement.h"
#include "core/rules/programmerules.h"
#include "core/rules/publishedrules.h"
#include "campaignfixture.h"
#include "redemptionfixture.h"

#include <QTest>

using namespace pd;

namespace {

const Session officer = test::sessionFor(Role::Compliance, 556);

QDate today(test::LedgerWorld &w) { return businessToday(w.clock); }

QString saleJson(test::LedgerWorld &w, const QString &terms)
{
    return QStringLiteral(R"({"code":"EYE-DAY","name":"爱眼日特惠","type":"sale","from":"%1","to":"%2","item":"LENS","points":1500,"terms":"%3"})")
        .arg(today(w).toString(Qt::ISODate), today(w).addDays(20).toString(Qt::ISODate), terms);
}

// A programme with the demo catalog on offer, an approved sale of its lenses and two perks for platinum.
struct RulesWorld : test::RedemptionWorld
{
    RulesWorld()
    {
        // the demo catalog's lenses: 2,000 points, worth ¥200
        ok = ok && test::campaign(*this, saleJson(*this, QStringLiteral("镜片仅需1500积分")), QStringLiteral("EYE-DAY")) &&
             setTier(QStringLiteral("platinum"), [](Tier &t) { t.perks = QStringLiteral("免费停车、专属导购"); }).ok();
    }

    RulesDocument live()
    {
        auto doc = RulesVersions(t.db(), clock).live(officer);
        if (!doc)
            qWarning("%s", qPrintable(doc.error().describe()));
        return doc ? doc.value() : RulesDocument();
    }
    bool writeRequiredText()
    {
        RulesVersions v(t.db(), clock);
        return v.setNote(officer, RulesSection::General, QStringLiteral("本计划由示范超市运营。")).ok() &&
               v.setNote(officer, RulesSection::PersonalData, QStringLiteral("个人信息申请请到服务台，15日内答复。")).ok();
    }
    // Version 1, in force from today.
    bool publishFirst()
    {
        RulesVersions v(t.db(), clock);
        auto version = writeRequiredText() ? v.save(officer) : Result<int>(makeError(ErrorCode::InvalidInput, QStringLiteral("notes")));
        return version && v.publish(officer, version.value(), today(*this)).ok();
    }
    Status setItemPrice(const QString &code, qint64 points)
    {
        CatalogService catalog(t.db(), clock);
        auto i = catalog.item(admin, code);
        if (!i)
            return i.error();
        i.value().pointsPrice = points;
        return catalog.update(admin, i.value());
    }
    Status setTier(const QString &code, const std::function<void(Tier &)> &change)
    {
        auto rules = ProgrammeRules::load(t.db());
        if (!rules)
            return rules.error();
        QList<Tier> tiers = rules->tiers;
        for (Tier &tier : tiers)
            if (tier.code == code)
                change(tier);
        return RulesService(t.db(), clock).setTiers(admin, tiers);
    }
};

#define PD_RULES_WORLD(name)                                                                    \
    RulesWorld name;                                                                           \
    QVERIFY2(name.t.isValid() && name.ok, qPrintable(name.t.error()))

// What one configuration change does, by name (the data-driven tests share them).
Status applyChange(RulesWorld &w, const QString &change)
{
    RulesService rules(w.t.db(), w.clock);
    if (change == QLatin1String("lower rate"))
        return rules.setRate(w.admin, QStringLiteral("dining"), 80);
    if (change == QLatin1String("higher rate"))
        return rules.setRate(w.admin, QStringLiteral("dining"), 120);
    if (change == QLatin1String("tier threshold up"))
        return w.setTier(QStringLiteral("gold"), [](Tier &t) { t.thresholdFen = 1'200'000; });
    if (change == QLatin1String("tier threshold down"))
        return w.setTier(QStringLiteral("gold"), [](Tier &t) { t.thresholdFen = 800'000; });
    if (change == QLatin1String("perk removed"))
        return w.setTier(QStringLiteral("platinum"), [](Tier &t) { t.perks = QStringLiteral("免费停车"); });
    if (change == QLatin1String("perk added"))
        return w.setTier(QStringLiteral("platinum"), [](Tier &t) { t.perks = QStringLiteral("免费停车、专属导购、生日礼"); });
    if (change == QLatin1String("shorter expiry"))
        return rules.setSetting(w.admin, QStringLiteral("points.expiry_policy"), QStringLiteral("rolling 6"));
    if (change == QLatin1String("no expiry"))
        return rules.setSetting(w.admin, QStringLiteral("points.expiry_policy"), QStringLiteral("never"));
    if (change == QLatin1String("higher point value"))
        return rules.setSetting(w.admin, QStringLiteral("points.point_value_fen"), QStringLiteral("2"));
    if (change == QLatin1String("lower green rate"))
        return rules.setSetting(w.admin, QStringLiteral("points.green_rate"), QStringLiteral("50"));
    if (change == QLatin1String("higher item price"))
        return w.setItemPrice(QStringLiteral("LENS"), 2500);
    if (change == QLatin1String("lower item price"))
        return w.setItemPrice(QStringLiteral("LENS"), 1800);
    if (change == QLatin1String("item withdrawn")) {
        CatalogService catalog(w.t.db(), w.clock);
        auto i = catalog.item(w.admin, QStringLiteral("LENS"));
        if (!i)
            return i.error();
        i.value().status = ItemStatus::Retired;
        return catalog.update(w.admin, i.value());
    }
    if (change == QLatin1String("campaign terms")) {
        // a new version of the sale, with other terms, approved
        if (auto next = CampaignService(w.t.db(), w.clock).newVersion(test::sessionFor(Role::CampaignManager, 555), QStringLiteral("EYE-DAY")); !next)
            return next.error();
        return test::campaign(w, saleJson(w, QStringLiteral("爱眼日镜片一副1500积分，每人限一副")), QStringLiteral("EYE-DAY"))
                   ? Status()
                   : Status(makeError(ErrorCode::InvalidInput, QStringLiteral("campaign")));
    }
    if (change == QLatin1String("campaign cancelled"))
        return CampaignService(w.t.db(), w.clock).cancel(officer, QStringLiteral("EYE-DAY"), QStringLiteral("供货中断"));
    return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown change ") + change);
}

int auditCount(test::LedgerWorld &w)
{
    auto n = sql::scalar(w.t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    return n ? n->toInt() : -1;
}

} // namespace

class TestRulesDocument : public QObject
{
    Q_OBJECT
private slots:
    void eachRuleChangesItsOwnPlace_data();
    void eachRuleChangesItsOwnPlace();
    void theDocumentSaysWhatTheEngineDoes();
    void noticeForWhatTakesSomethingAway_data();
    void noticeForWhatTakesSomethingAway();
    void badInputChangesNothing();
    void versionsAreKeptAndCompared();
    void checksFollowThePublishedRules();
    void termsMustStateThePoints_data();
    void termsMustStateThePoints();
    void statementNamesTheRulesInForce();
    void renderedInChineseAndEnglish();
};

void TestRulesDocument::eachRuleChangesItsOwnPlace_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("newText"); // in the changed rule's new lines
    QTest::newRow("a rate") << QStringLiteral("lower rate") << QStringLiteral("rate:dining") << QStringLiteral("80 points");
    QTest::newRow("a tier threshold") << QStringLiteral("tier threshold up") << QStringLiteral("tier:gold") << QStringLiteral("¥") + points::displayYuan(1'200'000);
    QTest::newRow("a tier's perks") << QStringLiteral("perk added") << QStringLiteral("tier:platinum") << QStringLiteral("生日礼");
    QTest::newRow("the expiry policy") << QStringLiteral("shorter expiry") << QStringLiteral("expiry") << QStringLiteral("6 months");
    QTest::newRow("the point value") << QStringLiteral("higher point value") << QStringLiteral("point_value") << QStringLiteral("¥") + points::displayYuan(2);
    QTest::newRow("the green rate") << QStringLiteral("lower green rate") << QStringLiteral("green_rate") << QStringLiteral("50 extra");
    QTest::newRow("an item's price") << QStringLiteral("higher item price") << QStringLiteral("item:LENS") << points::displayPoints(2500) + QStringLiteral(" points");
    QTest::newRow("a campaign's terms") << QStringLiteral("campaign terms") << QStringLiteral("campaign:EYE-DAY") << QStringLiteral("每人限一副");
    QTest::newRow("a campaign cancelled") << QStringLiteral("campaign cancelled") << QStringLiteral("campaign:EYE-DAY") << QString();
}

void TestRulesDocument::eachRuleChangesItsOwnPlace()
{
    QFETCH(QString, change);
    QFETCH(QString, key);
    QFETCH(QString, newText);
    PD_RULES_WORLD(w);
    const RulesDocument before = w.live();
    QVERIFY(before.fact(key));
    PD_OK(applyChange(w, change));
    const RulesDocument after = w.live();
    const QList<RulesChange> changes = rules::compare(before, after, today(w));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.constFirst().key, key);
    if (newText.isEmpty()) {
        QCOMPARE(changes.constFirst().kind, RulesChangeKind::Removed);
    } else {
        QCOMPARE(changes.constFirst().kind, RulesChangeKind::Changed);
        QVERIFY2(changes.constFirst().after.join(QLatin1Char('\n')).contains(newText), qPrintable(changes.constFirst().after.join('\n')));
        QVERIFY2(!changes.constFirst().before.join(QLatin1Char('\n')).contains(newText), qPrintable(changes.constFirst().before.join('\n')));
    }
    // every other rule reads as before
    for (const RulesFact &f : before.facts)
        if (f.key != key)
            QVERIFY2(after.fact(f.key) && *after.fact(f.key) == f, qPrintable(f.key));
}

void TestRulesDocument::theDocumentSaysWhatTheEngineDoes()
{
    PD_RULES_WORLD(w);
    // odd figures no default has: a document with its own numbers would not follow them
    RulesService rules(w.t.db(), w.clock);
    PD_OK(rules.setRate(w.admin, QStringLiteral("dining"), 137));
    PD_OK(rules.setSetting(w.admin, QStringLiteral("points.green_rate"), QStringLiteral("230")));
    PD_OK(rules.setSetting(w.admin, QStringLiteral("points.expiry_policy"), QStringLiteral("rolling 7")));
    const RulesDocument doc = w.live();
    const qint64 rate = doc.fact(QStringLiteral("rate:dining"))->values.value(QStringLiteral("rate")).toInteger();
    const qint64 greenRate = doc.fact(QStringLiteral("green_rate"))->values.value(QStringLiteral("rate")).toInteger();
    QCOMPARE(rate, 137);
    QCOMPARE(greenRate, 230);
    QVERIFY(rules::factLines(*doc.fact(QStringLiteral("rate:dining"))).constFirst().contains(QStringLiteral("137")));

    // a member at the base tier and normal credit earns at the document's rates
    const QDateTime when = w.clock.nowUtc().addSecs(-3600);
    auto out = w.receipt(QStringLiteral("R-DOC-1"), 1, 20'000, when, QStringLiteral("dining"), 10'000);
    PD_OK(out);
    QCOMPARE(out->earning.ratePer100, rate);
    QCOMPARE(out->earning.greenRatePer100, greenRate);
    QCOMPARE(out->earning.points, points::earned(20'000, rate, out->earning.tierPct, out->earning.creditPct, 100));
    QCOMPARE(out->earning.greenPoints, 10'000 * greenRate / 10'000);

    // its lot expires when the document's policy says
    const auto policy = points::ExpiryPolicy::parse(doc.fact(QStringLiteral("expiry"))->values.value(QStringLiteral("policy")).toString());
    PD_OK(policy);
    auto expires = sql::scalar(w.t.db().connection(),
                               QStringLiteral("SELECT l.expires_at FROM lots l JOIN ledger_entries e ON e.id = l.entry_id "
                                              "JOIN members m ON m.id = e.member_id WHERE m.card_no = ? ORDER BY l.id DESC LIMIT 1"),
                               {w.card(1)});
    PD_OK(expires);
    QCOMPARE(fromStoredTime(expires->toString()), policy->expiryFor(when));

    // the share of a bill points may pay: at the document's limit accepted, one yuan more refused
    const int maxPct = int(doc.fact(QStringLiteral("deduction"))->values.value(QStringLiteral("max_pct")).toInteger());
    const qint64 value = doc.fact(QStringLiteral("point_value"))->values.value(QStringLiteral("fen")).toInteger();
    QCOMPARE(maxPct, 50);
    const qint64 billFen = 20'000, limitFen = billFen * maxPct / 100;
    QVERIFY(points::checkDeduction(limitFen / value, billFen - limitFen, value, 1'000'000).ok());
    QVERIFY(!points::checkDeduction((limitFen + 100) / value, billFen - limitFen - 100, value, 1'000'000).ok());
    // good credit's price
    QCOMPARE(points::redemptionPrice(2000, true), 2000 * doc.fact(QStringLiteral("good_credit_price"))->values.value(QStringLiteral("pct")).toInteger() / 100);
}

void TestRulesDocument::noticeForWhatTakesSomethingAway_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("daysAhead");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("lower rate in 29 days") << QStringLiteral("lower rate") << 29 << false;
    QTest::newRow("lower rate in 30 days") << QStringLiteral("lower rate") << 30 << true;
    QTest::newRow("higher rate tomorrow") << QStringLiteral("higher rate") << 1 << true;
    QTest::newRow("higher rate today") << QStringLiteral("higher rate") << 0 << true;
    QTest::newRow("shorter expiry in 29 days") << QStringLiteral("shorter expiry") << 29 << false;
    QTest::newRow("shorter expiry in 30 days") << QStringLiteral("shorter expiry") << 30 << true;
    QTest::newRow("no expiry tomorrow") << QStringLiteral("no expiry") << 1 << true;
    QTest::newRow("higher item price in 29 days") << QStringLiteral("higher item price") << 29 << false;
    QTest::newRow("lower item price tomorrow") << QStringLiteral("lower item price") << 1 << true;
    QTest::newRow("item withdrawn in 10 days") << QStringLiteral("item withdrawn") << 10 << false;
    QTest::newRow("perk removed in 29 days") << QStringLiteral("perk removed") << 29 << false;
    QTest::newRow("perk added tomorrow") << QStringLiteral("perk added") << 1 << true;
    QTest::newRow("higher tier threshold in 29 days") << QStringLiteral("tier threshold up") << 29 << false;
    QTest::newRow("lower tier threshold tomorrow") << QStringLiteral("tier threshold down") << 1 << true;
    QTest::newRow("lower green rate in 29 days") << QStringLiteral("lower green rate") << 29 << false;
    QTest::newRow("higher point value tomorrow") << QStringLiteral("higher point value") << 1 << true;
    QTest::newRow("running campaign cancelled in 5 days") << QStringLiteral("campaign cancelled") << 5 << false;
    QTest::newRow("campaign cancelled, after its end") << QStringLiteral("campaign cancelled") << 21 << true;
}

void TestRulesDocument::noticeForWhatTakesSomethingAway()
{
    QFETCH(QString, change);
    QFETCH(int, daysAhead);
    QFETCH(bool, accepted);
    PD_RULES_WORLD(w);
    QVERIFY(w.publishFirst());
    PD_OK(applyChange(w, change));
    RulesVersions versions(w.t.db(), w.clock);
    auto v2 = versions.save(officer);
    PD_OK(v2);
    QCOMPARE(v2.value(), 2);
    const auto before = test::everyRow(w.t.db());
    const Status published = versions.publish(officer, 2, today(w).addDays(daysAhead));
    QVERIFY2(published.ok() == accepted, published.ok() ? "published" : qPrintable(published.error().describe()));
    if (!accepted) {
        // the reason names the earliest day and what is taken away; nothing is written
        QVERIFY2(published.error().message.contains(today(w).addDays(30).toString(Qt::ISODate)), qPrintable(published.error().message));
        QCOMPARE(test::everyRow(w.t.db()), before);
        PD_OK(versions.publish(officer, 2, today(w).addDays(30)));
    }
    auto info = versions.info(officer, 2);
    PD_OK(info);
    QVERIFY(info->isPublished());
    QCOMPARE(info->publishedOn, today(w));
    // in force from its day on, version 1 until then
    auto inForceNow = publishedRulesInForce(w.t.db(), today(w));
    PD_OK(inForceNow);
    QCOMPARE(inForceNow.value()->version, info->effectiveFrom == today(w) ? 2 : 1);
    auto inForceLater = publishedRulesInForce(w.t.db(), info->effectiveFrom);
    PD_OK(inForceLater);
    QCOMPARE(inForceLater.value()->version, 2);
}

void TestRulesDocument::badInputChangesNothing()
{
    PD_RULES_WORLD(w);
    RulesVersions versions(w.t.db(), w.clock);
    const auto untouched = [&] { return test::everyRow(w.t.db()); };
    auto before = untouched();
    // a version without the text only compliance can write cannot be published
    auto v1 = versions.save(officer);
    PD_OK(v1);
    before = untouched();
    Status s = versions.publish(officer, v1.value(), today(w));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(rulesSectionTitle(RulesSection::General)), qPrintable(s.error().message));
    QCOMPARE(untouched(), before);
    // nothing changed since version 1
    auto same = versions.save(officer);
    QVERIFY(!same.ok());
    QCOMPARE(same.error().code, ErrorCode::Conflict);
    QCOMPARE(untouched(), before);
    QVERIFY(w.writeRequiredText());
    auto v2 = versions.save(officer);
    PD_OK(v2);
    before = untouched();
    // a day already past, a version that does not exist
    s = versions.publish(officer, v2.value(), today(w).addDays(-1));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::InvalidInput);
    s = versions.publish(officer, 99, today(w));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::NotFound);
    // a section's text too long
    s = versions.setNote(officer, RulesSection::General, QString(4001, QLatin1Char('x')));
    QVERIFY(!s.ok());
    // the wrong people
    for (Role role : {Role::Cashier, Role::BackOffice, Role::CampaignManager}) {
        const Session other = test::sessionFor(role, 700);
        QCOMPARE(versions.publish(other, v2.value(), today(w)).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(versions.save(other).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(versions.setNote(other, RulesSection::General, QStringLiteral("x")).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(versions.live(other).error().code, ErrorCode::PermissionDenied);
    }
    QCOMPARE(untouched(), before);
    // published once only; an older version after a newer one is refused
    PD_OK(versions.publish(officer, v2.value(), today(w)));
    before = untouched();
    QCOMPARE(versions.publish(officer, v2.value(), today(w).addDays(1)).error().code, ErrorCode::Conflict);
    QCOMPARE(versions.publish(officer, v1.value(), today(w).addDays(40)).error().code, ErrorCode::Conflict);
    QCOMPARE(untouched(), before);
}

void TestRulesDocument::versionsAreKeptAndCompared()
{
    PD_RULES_WORLD(w);
    QVERIFY(w.publishFirst());
    const int auditBefore = auditCount(w);
    PD_OK(applyChange(w, QStringLiteral("higher item price")));
    RulesVersions versions(w.t.db(), w.clock);
    PD_OK(versions.setNote(officer, RulesSection::Catalog, QStringLiteral("兑换商品以门店实物为准。")));
    auto v2 = versions.save(officer);
    PD_OK(v2);
    QCOMPARE(auditCount(w), auditBefore + 3); // the price, the text, the version
    auto list = versions.versions(officer);
    PD_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).version, 2);
    QVERIFY(!list->at(0).isPublished());
    QCOMPARE(list->at(0).createdBy, officer.username);
    QVERIFY(list->at(1).isPublished());
    auto one = versions.document(officer, 1), two = versions.document(officer, 2);
    PD_OK(one);
    PD_OK(two);
    // a stored version reads back as it was saved, whatever the configuration does since
    PD_OK(applyChange(w, QStringLiteral("lower rate")));
    auto twoAgain = versions.document(officer, 2);
    PD_OK(twoAgain);
    QVERIFY(twoAgain->sameContent(two.value()));
    const QList<RulesChange> changes = rules::compare(one.value(), two.value(), today(w).addDays(30));
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).key, QStringLiteral("note"));
    QCOMPARE(changes.at(0).kind, RulesChangeKind::Added);
    QCOMPARE(changes.at(1).key, QStringLiteral("item:LENS"));
    QVERIFY(!changes.at(1).takesAway.isEmpty());
    const QString html = rules::diffHtml(changes, QStringLiteral("v1"), QStringLiteral("v2"));
    QVERIFY(html.contains(QStringLiteral("line-through")) && html.contains(points::displayPoints(2500)) && html.contains(QStringLiteral("兑换商品以门店实物为准")));
    QVERIFY(rules::diffText(changes).contains(QStringLiteral("+ ")));
    QVERIFY(rules::diffText(changes).contains(QStringLiteral("Takes something away: ") + changes.at(1).takesAway));
    {
        // Chinese writes no space after its full-width colon
        ScopedLanguage zh(QLocale(QLocale::Chinese, QLocale::China));
        QVERIFY2(rules::diffText(changes).contains(QStringLiteral("减少会员权益：") + changes.at(1).takesAway), qPrintable(rules::diffText(changes)));
        QVERIFY(rules::diffHtml(changes, QStringLiteral("v1"), QStringLiteral("v2")).contains(QStringLiteral("减少会员权益：</b>") + changes.at(1).takesAway.toHtmlEscaped()));
    }
    QVERIFY(rules::compare(two.value(), two.value(), today(w)).isEmpty());
}

void TestRulesDocument::checksFollowThePublishedRules()
{
    PD_RULES_WORLD(w);
    const auto codes = [&] {
        auto r = ComplianceChecks(w.t.db(), w.clock).run(officer);
        QStringList out;
        if (!r)
            return QStringList{r.error().describe()};
        for (const Finding &f : r.value())
            if (f.code.startsWith(QLatin1String("published_rules")) || f.code.startsWith(QLatin1String("disclosure")))
                out << f.code + QLatin1Char(' ') + f.subject;
        return out;
    };
    QCOMPARE(codes(), QStringList{"published_rules.missing rules"});
    QVERIFY(w.publishFirst());
    QCOMPARE(codes(), QStringList());
    // a new item on offer and a new approved campaign the published rules do not disclose
    QVERIFY(w.add(test::RedemptionWorld::item(QStringLiteral("TOWEL"), 800)));
    const QString json = QStringLiteral(R"({"code":"HELLO","name":"新会员礼","type":"welcome","from":"%1","to":"%2","terms":"注册即送100积分。","points":100})")
                             .arg(today(w).toString(Qt::ISODate), today(w).addDays(30).toString(Qt::ISODate));
    QVERIFY(test::campaign(w, json, QStringLiteral("HELLO")));
    QCOMPARE(codes(), (QStringList{"disclosure.campaign_missing HELLO", "disclosure.item_missing TOWEL", "published_rules.outdated rules"}));
    RulesVersions versions(w.t.db(), w.clock);
    auto v2 = versions.save(officer);
    PD_OK(v2);
    // saved is not published: members still read version 1
    QCOMPARE(codes().size(), 3);
    PD_OK(versions.publish(officer, v2.value(), today(w)));
    QCOMPARE(codes(), QStringList());
}

void TestRulesDocument::termsMustStateThePoints_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("found");
    const QString multiplier = QStringLiteral(R"({"code":"C1","name":"n","type":"multiplier","from":"@FROM@","to":"@TO@","terms":"%1","percent":%2})");
    QTest::newRow("double, in words") << multiplier.arg(QStringLiteral("赶集日积分翻倍")).arg(200) << false;
    QTest::newRow("double, 双倍") << multiplier.arg(QStringLiteral("周末双倍积分")).arg(200) << false;
    QTest::newRow("triple, 三倍") << multiplier.arg(QStringLiteral("周末积分三倍")).arg(300) << false;
    QTest::newRow("percent written") << multiplier.arg(QStringLiteral("积分按150%计")).arg(150) << false;
    QTest::newRow("1.5 times not written") << multiplier.arg(QStringLiteral("积分加码")).arg(150) << true;
    QTest::newRow("wrong multiple") << multiplier.arg(QStringLiteral("积分翻倍")).arg(300) << true;
    const QString welcome = QStringLiteral(R"({"code":"C1","name":"n","type":"welcome","from":"@FROM@","to":"@TO@","terms":"%1","points":%2})");
    QTest::newRow("welcome stated") << welcome.arg(QStringLiteral("注册送100积分")).arg(100) << false;
    QTest::newRow("welcome not stated") << welcome.arg(QStringLiteral("注册有礼")).arg(100) << true;
}

void TestRulesDocument::termsMustStateThePoints()
{
    QFETCH(QString, json);
    QFETCH(bool, found);
    PD_RULES_WORLD(w);
    json.replace(QStringLiteral("@FROM@"), today(w).toString(Qt::ISODate)).replace(QStringLiteral("@TO@"), today(w).addDays(10).toString(Qt::ISODate));
    QVERIFY(test::campaign(w, json, QStringLiteral("C1")));
    auto r = ComplianceChecks(w.t.db(), w.clock).run(officer);
    PD_OK(r);
    const bool seen = std::any_of(r->cbegin(), r->cend(), [](const Finding &f) {
        return f.code == QLatin1String("terms.points_not_stated") && f.subject == QLatin1String("C1");
    });
    QCOMPARE(seen, found);
}

void TestRulesDocument::statementNamesTheRulesInForce()
{
    PD_RULES_WORLD(w);
    auto st = buildStatement(w.t.db(), w.admin, w.card(1), today(w));
    PD_OK(st);
    QCOMPARE(st->rulesVersion, 0);
    QVERIFY(w.publishFirst());
    st = buildStatement(w.t.db(), w.admin, w.card(1), today(w));
    PD_OK(st);
    QCOMPARE(st->rulesVersion, 1);
    QCOMPARE(st->rulesEffective, today(w));
    // a month that ended before the rules took effect names none
    st = buildStatement(w.t.db(), w.admin, w.card(1), today(w).addMonths(-1));
    PD_OK(st);
    QCOMPARE(st->rulesVersion, 0);
}

void TestRulesDocument::renderedInChineseAndEnglish()
{
    PD_RULES_WORLD(w);
    QVERIFY(w.publishFirst());
    RulesVersions versions(w.t.db(), w.clock);
    auto doc = versions.document(officer, 1);
    PD_OK(doc);
    auto info = versions.info(officer, 1);
    PD_OK(info);
    const QString english = rules::html(doc.value(), info.value());
    QVERIFY(english.contains(QStringLiteral("Programme rules")) && english.contains(QStringLiteral("Earning points")));
    QVERIFY2(english.contains(QStringLiteral("Version 1, in force from ") + today(w).toString(Qt::ISODate)), qPrintable(english));
    QVERIFY(english.contains(QStringLiteral("眼镜店镜片一副")) && english.contains(points::displayPoints(2000) + QStringLiteral(" points")));
    QVERIFY(english.contains(QStringLiteral("本计划由示范超市运营")));
    QString chinese;
    {
        ScopedLanguage zh(QLocale(QLocale::Chinese, QLocale::China));
        chinese = rules::html(doc.value(), info.value());
    }
    QVERIFY2(chinese.contains(QStringLiteral("积分规则")) && chinese.contains(QStringLiteral("积分获取")), qPrintable(chinese.left(400)));
    QVERIFY(!chinese.contains(QStringLiteral("Earning points")));
    // the language before comes back
    QCOMPARE(rules::html(doc.value(), info.value()), english);
    const QString text = rules::plainText(doc.value(), info.value());
    QVERIFY(text.contains(QStringLiteral("- ")) && text.contains(QStringLiteral("9. ")));
}

PD_DATABASE_TEST_MAIN(TestRulesDocument)
#include "tst_rulesdocument.moc"
