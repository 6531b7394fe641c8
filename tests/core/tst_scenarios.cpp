// Scenarios and partner merchants of the programme's own (issue 19): added with a name and a
// rate, renamed, and refused when they would be ambiguous; a partner's stores are linked to a
// partner the programme knows, and its own name reaches the counter's list, the statements,
// the settlement and the rules document — on both engines.
#include "core/compliance/rulesdocument.h"
#include "core/insights/settlement.h"
#include "core/reports/statement.h"
#include "core/rules/programmerules.h"
#include "core/stores/storelistmodel.h"
#include "core/stores/storeservice.h"
#include "ledgerfixture.h"

using namespace pd;
using namespace pd::test;

class TestScenarios : public QObject
{
    Q_OBJECT
private slots:
    void aNewScenarioEarnsAtItsRate();
    void refusedScenariosChangeNothing_data();
    void refusedScenariosChangeNothing();
    void aPartnerIsLinkedToItsStores();
    void aRenamedPartnerIsShownByItsNewName();
    void theRulesDocumentNamesThePartner();
};

namespace {

qint64 scenarioRows(LedgerWorld &w)
{
    return countRows(w.t.db(), QStringLiteral("earning_rates"));
}

qint64 auditRows(LedgerWorld &w, const QString &action)
{
    return countRows(w.t.db(), QStringLiteral("audit_log"), QStringLiteral("action = '%1'").arg(action));
}

const EarningRate *find(const QList<EarningRate> &rates, const QString &code)
{
    for (const EarningRate &r : rates)
        if (r.code == code)
            return &r;
    return nullptr;
}

} // namespace

void TestScenarios::aNewScenarioEarnsAtItsRate()
{
    PD_LEDGER_WORLD(w);
    RulesService rules(w.t.db(), w.clock);
    PD_OK(rules.addScenario(w.admin, EarningRate{QStringLiteral("spa"), 200, QStringLiteral(" 美容美体 "), {}}));
    QCOMPARE(auditRows(w, QStringLiteral("rules.scenario")), qint64(1));

    auto listed = scenarios::list(w.t.db());
    PD_OK(listed);
    const EarningRate *spa = find(listed.value(), QStringLiteral("spa"));
    QVERIFY(spa);
    QCOMPARE(spa->name(), QStringLiteral("美容美体")); // trimmed
    QCOMPARE(spa->ratePer100, 200);
    QVERIFY(!spa->isPartner());
    // after the seeds' scenarios and the partners
    QCOMPARE(listed->constLast().code, QStringLiteral("spa"));
    QCOMPARE(listed->constFirst().code, QStringLiteral("supermarket"));

    // the receipt is computed at the scenario's own rate
    auto r = w.receipt(QStringLiteral("SPA-1"), 1, 8800, LedgerWorld::local(2027, 5, 20), QStringLiteral("spa"));
    PD_OK(r);
    QCOMPARE(r->earning.rateCode, QStringLiteral("spa"));
    QCOMPARE(r->earning.ratePer100, 200);
    QVERIFY(r->earning.points >= 176); // ¥88.00 at 200 per ¥100, before any tier or campaign

    auto st = buildStatement(w.t.db(), w.admin, LedgerWorld::card(1), QDate(2027, 5, 1));
    PD_OK(st);
    QCOMPARE(st->scenarioOwnNames.value(QStringLiteral("spa")), QStringLiteral("美容美体"));
}

void TestScenarios::refusedScenariosChangeNothing_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("rate");
    QTest::addColumn<bool>("asCashier");
    QTest::addColumn<QString>("field");
    QTest::newRow("code already a scenario") << "dining" << "餐饮二" << 100 << false << "code";
    QTest::newRow("code already a partner") << "partner:eyewear" << "另一家眼镜" << 100 << false << "code";
    QTest::newRow("no name") << "spa" << "  " << 100 << false << "name";
    QTest::newRow("a partner's name taken") << "partner:florist" << "明视眼镜" << 100 << false << "name";
    QTest::newRow("name too long") << "spa" << QString(41, QChar(u'美')) << 100 << false << "name";
    QTest::newRow("name on two lines") << "spa" << "美容\n美体" << 100 << false << "name";
    QTest::newRow("capitals in the code") << "Spa" << "美容" << 100 << false << "code";
    QTest::newRow("empty partner code") << "partner:" << "花店" << 100 << false << "code";
    QTest::newRow("rate above 10,000") << "spa" << "美容" << 10001 << false << "rate";
    QTest::newRow("negative rate") << "spa" << "美容" << -1 << false << "rate";
    QTest::newRow("a cashier") << "spa" << "美容" << 100 << true << "";
}

void TestScenarios::refusedScenariosChangeNothing()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(int, rate);
    QFETCH(bool, asCashier);
    QFETCH(QString, field);
    PD_LEDGER_WORLD(w);
    const qint64 before = scenarioRows(w);
    const qint64 audited = countRows(w.t.db(), QStringLiteral("audit_log"));
    const Status s = RulesService(w.t.db(), w.clock).addScenario(asCashier ? sessionFor(Role::Cashier) : w.admin, EarningRate{code, rate, name, {}});
    QVERIFY(!s);
    QVERIFY(!s.error().message.isEmpty());
    if (asCashier)
        QCOMPARE(s.error().code, ErrorCode::PermissionDenied);
    else
        QCOMPARE(s.error().field, field);
    QCOMPARE(scenarioRows(w), before);
    QCOMPARE(countRows(w.t.db(), QStringLiteral("audit_log")), audited);
}

void TestScenarios::aPartnerIsLinkedToItsStores()
{
    PD_LEDGER_WORLD(w);
    StoreService stores(w.t.db(), w.clock);
    Store florist{0, QStringLiteral("FLW01"), QStringLiteral("花语花店（合作商户）"), QStringLiteral("南阳"), QStringLiteral("florist"), {}};
    // a store cannot name a partner the programme does not know
    auto refused = stores.addStore(w.admin, florist);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QCOMPARE(refused.error().field, QStringLiteral("partner"));
    QVERIFY(refused.error().message.contains(QStringLiteral("florist")));
    QCOMPARE(countRows(w.t.db(), QStringLiteral("stores"), QStringLiteral("code = 'FLW01'")), qint64(0));

    PD_OK(RulesService(w.t.db(), w.clock).addScenario(w.admin, EarningRate{QStringLiteral("partner:florist"), 150, QStringLiteral("花语花店"), {}}));
    PD_OK(stores.addStore(w.admin, florist));
    QCOMPARE(stores.storeByCode(QStringLiteral("FLW01"))->partnerName, QStringLiteral("花语花店"));
    StoreListModel list(w.t.db(), w.clock);
    PD_OK(list.reload());
    const int row = list.rowWhere([](const Store &s) { return s.code == QLatin1String("FLW01"); });
    QCOMPARE(list.index(row, StoreListModel::Kind).data().toString(), QStringLiteral("Partner: 花语花店"));
    // an existing store changed to the partner, and its change audited with the partner
    auto ny02 = stores.storeByCode(QStringLiteral("NY02"));
    PD_OK(ny02);
    Store moved = ny02.value();
    moved.partnerCode = QStringLiteral("florist");
    PD_OK(stores.updateStore(w.admin, moved));
    QCOMPARE(countRows(w.t.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'store.update' AND details LIKE '%florist%'")), qint64(1));
    Store unknown = moved;
    unknown.partnerCode = QStringLiteral("bakery");
    QVERIFY(!stores.updateStore(w.admin, unknown));
    QCOMPARE(stores.storeByCode(QStringLiteral("NY02"))->partnerCode, QStringLiteral("florist"));

    auto partners = scenarios::partners(w.t.db());
    PD_OK(partners);
    const EarningRate *p = find(partners.value(), QStringLiteral("partner:florist"));
    QVERIFY(p);
    QCOMPARE(p->partnerCode(), QStringLiteral("florist"));
    QCOMPARE(p->stores, QStringList({"FLW01", "NY02"}));
    QCOMPARE(find(partners.value(), QStringLiteral("partner:eyewear"))->stores, QStringList({"EYE01"}));
    QVERIFY(!find(partners.value(), QStringLiteral("supermarket"))); // partners only

    // a receipt at the florist's store earns at the partner's rate, and the settlement names it
    auto r = w.receipt(QStringLiteral("FLW-1"), 2, 10000, LedgerWorld::local(2027, 5, 12), QStringLiteral("partner:florist"), 0, 0,
                       QStringLiteral("FLW01"));
    PD_OK(r);
    QCOMPARE(r->earning.ratePer100, 150);
    auto settled = insights::settlement(w.t.db(), w.admin, QDate(2027, 5, 1), QStringLiteral("florist"));
    PD_OK(settled);
    QCOMPARE(settled->partners.size(), 1);
    QCOMPARE(settled->partners.constFirst().partnerName, QStringLiteral("花语花店"));
    QCOMPARE(settled->partners.constFirst().issued, r->earning.total());
    QVERIFY(r->earning.total() >= 150);
}

void TestScenarios::aRenamedPartnerIsShownByItsNewName()
{
    PD_LEDGER_WORLD(w);
    RulesService rules(w.t.db(), w.clock);
    // the demo names its partners; the name is the partner's everywhere
    auto loaded = ProgrammeRules::load(w.t.db());
    PD_OK(loaded);
    QCOMPARE(loaded->scenarioName(QStringLiteral("partner:eyewear")), QStringLiteral("明视眼镜"));
    PD_OK(w.receipt(QStringLiteral("EYE-1"), 1, 10000, LedgerWorld::local(2027, 5, 3), QStringLiteral("partner:eyewear"), 0, 0,
                    QStringLiteral("EYE01")));

    const qint64 renames = auditRows(w, QStringLiteral("rules.scenario_name"));
    PD_OK(rules.renameScenario(w.admin, QStringLiteral("partner:eyewear"), QStringLiteral("明视眼镜（中州路）")));
    QCOMPARE(auditRows(w, QStringLiteral("rules.scenario_name")), renames + 1);
    QCOMPARE(insights::settlement(w.t.db(), w.admin, QDate(2027, 5, 1), QStringLiteral("eyewear"))->partners.constFirst().partnerName,
             QStringLiteral("明视眼镜（中州路）"));
    auto st = buildStatement(w.t.db(), w.admin, LedgerWorld::card(1), QDate(2027, 5, 1));
    PD_OK(st);
    QCOMPARE(scenarioName(QStringLiteral("partner:eyewear"), st->scenarioOwnNames.value(QStringLiteral("partner:eyewear"))),
             QStringLiteral("明视眼镜（中州路）"));

    // a name another scenario has is refused, and the old one stays
    const Status taken = rules.renameScenario(w.admin, QStringLiteral("partner:eyewear"), QStringLiteral("温馨家纺"));
    QVERIFY(!taken);
    QCOMPARE(taken.error().field, QStringLiteral("name"));
    QCOMPARE(ProgrammeRules::load(w.t.db())->scenarioName(QStringLiteral("partner:eyewear")), QStringLiteral("明视眼镜（中州路）"));

    // a seeds' scenario may go back to its translated name; one of the programme's own may not
    PD_OK(rules.renameScenario(w.admin, QStringLiteral("partner:eyewear"), QString()));
    QCOMPARE(ProgrammeRules::load(w.t.db())->scenarioName(QStringLiteral("partner:eyewear")), scenarioName(QStringLiteral("partner:eyewear")));
    PD_OK(rules.addScenario(w.admin, EarningRate{QStringLiteral("parking"), 10, QStringLiteral("停车"), {}}));
    QVERIFY(!rules.renameScenario(w.admin, QStringLiteral("parking"), QStringLiteral("  ")));
    QCOMPARE(ProgrammeRules::load(w.t.db())->scenarioName(QStringLiteral("parking")), QStringLiteral("停车"));
    QCOMPARE(rules.renameScenario(w.admin, QStringLiteral("bakery"), QStringLiteral("面包房")).error().code, ErrorCode::NotFound);
    QCOMPARE(rules.renameScenario(sessionFor(Role::CampaignManager), QStringLiteral("parking"), QStringLiteral("泊车")).error().code,
             ErrorCode::PermissionDenied);
}

void TestScenarios::theRulesDocumentNamesThePartner()
{
    PD_LEDGER_WORLD(w);
    PD_OK(RulesService(w.t.db(), w.clock).addScenario(w.admin, EarningRate{QStringLiteral("partner:florist"), 150, QStringLiteral("花语花店"), {}}));
    auto doc = rules::buildLive(w.t.db(), w.clock, w.admin);
    PD_OK(doc);
    QStringList lines;
    for (const RulesFact &f : doc->facts)
        if (f.key == QLatin1String("rate:partner:florist"))
            lines = rules::factLines(f);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().contains(QStringLiteral("花语花店")) && lines.constFirst().contains(QStringLiteral("150")), qPrintable(lines.join('|')));
}

PD_DATABASE_TEST_MAIN(TestScenarios)
#include "tst_scenarios.moc"
