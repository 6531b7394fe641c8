#include "core/db/sql.h"
#include "core/members/membermodel.h"
#include "core/members/memberservice.h"
#include "guifixture.h"
#include "support/fixtures.h"
#include "ui/dialogs/memberdialog.h"
#include "ui/pages/memberspage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPointer>
#include "core/receipts/receiptservice.h"
#include <QLabel>
#include <QTableView>

using namespace pd;
using namespace pd::test;

class TestMembersPage : public QObject
{
    Q_OBJECT
private slots:
    void registerWithBadThenGoodMobile();
    void searchByPinyinInitialsTyped();
    void searchByCardAndMobile();
    void revealAsComplianceIsAuditedAndShown();
    void cashierCannotReveal();
    void freezeAndCloseWithConfirmation();
    void editKeepsMobileWhenLeftEmpty();
    void theListShowsWhatOtherScreensChanged();
    void filtersByStoreTierAndStatus();
    void sortsByAColumnHeader();
};

namespace {
QStringList namesShown(ui::MembersPage &page)
{
    QStringList names;
    for (int r = 0; r < page.model()->rowCount(); ++r)
        names << page.model()->memberAt(r).name;
    return names;
}

} // namespace

void TestMembersPage::registerWithBadThenGoodMobile()
{
    PD_GUI_FIXTURE(f);
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::MembersPage page(ctx);
    page.show();
    const qint64 before = countRows(f.t.db(), "members");
    mouseClick(&page, "registerButton");
    // the dialog deletes itself once saved: a guarded pointer, never a dangling one (ASan
    // caught the read of a deleted dialog here)
    QPointer<ui::MemberDialog> dialog = page.findChild<ui::MemberDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    type(dialog, "cardEdit", "8800000001");
    type(dialog, "nameEdit", QStringLiteral("刘晓燕"));
    type(dialog, "mobileEdit", "1381234"); // too short
    mouseClick(dialog, "saveButton");
    auto *error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("11"), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(countRows(f.t.db(), "members"), before);
    QCOMPARE(dialog->focusWidget(), child<QWidget>(dialog, "mobileEdit"));

    type(dialog, "mobileEdit", "13812345678");
    mouseClick(dialog, "saveButton");
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(countRows(f.t.db(), "members"), before + 1);
    // the new member is on top, selected, with the mobile masked
    auto *model = page.model();
    QCOMPARE(model->memberAt(0).cardNo, QStringLiteral("8800000001"));
    QCOMPARE(model->data(model->index(0, MemberModel::Mobile)).toString(), QStringLiteral("138****5678"));
    QCOMPARE(countRows(f.t.db(), "audit_log", "action = 'member.register' AND actor_name = 'cashier'"), 1);
}

void TestMembersPage::searchByPinyinInitialsTyped()
{
    // only the demo's four named members, and four more whose initials are spelled out here
    // by hand (never computed by the code under test)
    PD_GUI_FIXTURE(f, 4);
    const Session backOffice = sessionFor(Role::BackOffice);
    const QList<std::pair<QString, QString>> added = {
        {QStringLiteral("张三丰"), "8000000101"}, // z s f
        {QStringLiteral("郑爽"), "8000000102"},   // z s
        {QStringLiteral("周思远"), "8000000103"}, // z s y
        {QStringLiteral("赵敏"), "8000000104"},   // z m: not a match
    };
    int n = 0;
    for (const auto &[name, card] : added)
        PD_OK(MemberService(f.t.db(), f.clock).registerMember(backOffice, memberInput(card, name, QStringLiteral("1380000000%1").arg(++n))));
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::MembersPage page(ctx);
    page.show();
    type(&page, "searchEdit", "zs");
    auto *model = page.model();
    QTRY_COMPARE(model->searchText(), QStringLiteral("zs"));
    QStringList shown;
    for (int r = 0; r < model->rowCount(); ++r)
        shown << model->memberAt(r).name;
    shown.sort();
    QStringList expected = {QStringLiteral("张三"), QStringLiteral("张三丰"), QStringLiteral("郑爽"), QStringLiteral("周思远")};
    expected.sort();
    QCOMPARE(shown, expected);
    auto *count = child<QLabel>(&page, "countLabel");
    QVERIFY2(count->text().contains(QLatin1String("4")), qPrintable(count->text()));
}

void TestMembersPage::searchByCardAndMobile()
{
    PD_GUI_FIXTURE(f);
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::MembersPage page(ctx);
    page.show();
    type(&page, "searchEdit", "8000000002");
    pressEnter(&page, "searchEdit");
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->memberAt(0).name, QStringLiteral("李四"));
    auto mobile = sql::scalar(f.t.db().connection(), "SELECT mobile FROM members WHERE card_no = '8000000003'");
    type(&page, "searchEdit", mobile.value().toString());
    pressEnter(&page, "searchEdit");
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->memberAt(0).name, QStringLiteral("王小明"));
}

void TestMembersPage::revealAsComplianceIsAuditedAndShown()
{
    PD_GUI_FIXTURE(f);
    const ui::AppContext ctx = f.context(Role::Compliance);
    ui::MembersPage page(ctx);
    page.show();
    auto *reveal = child<QPushButton>(&page, "revealButton");
    QVERIFY(reveal->isVisible());
    QVERIFY(!child<QPushButton>(&page, "registerButton")->isVisible()); // compliance does not register
    clickCell(&page, "membersView", 0, 0);
    QVERIFY(reveal->isEnabled());
    const QModelIndex mobileCell = page.model()->index(0, MemberModel::Mobile);
    QVERIFY(page.model()->data(mobileCell).toString().contains("****"));
    mouseClick(&page, "revealButton");
    auto full = sql::scalar(f.t.db().connection(), "SELECT mobile FROM members WHERE card_no = '8000000001'");
    QCOMPARE(page.model()->data(mobileCell).toString(), full.value().toString());
    QCOMPARE(countRows(f.t.db(), "audit_log", "action = 'member.reveal_mobile' AND actor_name = 'compliance'"), 1);
}

void TestMembersPage::cashierCannotReveal()
{
    PD_GUI_FIXTURE(f);
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::MembersPage page(ctx);
    page.show();
    QVERIFY(!child<QPushButton>(&page, "revealButton")->isVisible());
    // and core refuses even when asked directly: hiding the button is not the protection
    QCOMPARE(page.model()->revealMobile(0).error().code, ErrorCode::PermissionDenied);
    QVERIFY(page.model()->data(page.model()->index(0, MemberModel::Mobile)).toString().contains("****"));
    QCOMPARE(countRows(f.t.db(), "audit_log", "action = 'member.reveal_mobile'"), 0);
}

void TestMembersPage::freezeAndCloseWithConfirmation()
{
    PD_GUI_FIXTURE(f);
    const ui::AppContext ctx = f.context(Role::BackOffice);
    ui::MembersPage page(ctx);
    page.show();
    clickCell(&page, "membersView", 1, 0);
    auto *freeze = child<QPushButton>(&page, "freezeButton");
    mouseClick(&page, "freezeButton");
    QCOMPARE(page.model()->memberAt(1).status, MemberStatus::Frozen);
    QCOMPARE(freeze->text().remove(QLatin1Char('&')), QStringLiteral("Unfreeze"));
    mouseClick(&page, "freezeButton");
    QCOMPARE(page.model()->memberAt(1).status, MemberStatus::Active);

    ui::MessageBox::setRecordingForTests(true, ui::MessageBox::Answer::No);
    mouseClick(&page, "closeButton");
    QVERIFY(ui::MessageBox::lastTextForTests().contains(QStringLiteral("李四")));
    QCOMPARE(page.model()->memberAt(1).status, MemberStatus::Active);
    ui::MessageBox::setRecordingForTests(true, ui::MessageBox::Answer::Yes);
    mouseClick(&page, "closeButton");
    QCOMPARE(page.model()->memberAt(1).status, MemberStatus::Closed);
    QVERIFY(!child<QPushButton>(&page, "editButton")->isEnabled());
}

void TestMembersPage::editKeepsMobileWhenLeftEmpty()
{
    PD_GUI_FIXTURE(f);
    const ui::AppContext ctx = f.context(Role::BackOffice);
    ui::MembersPage page(ctx);
    page.show();
    clickCell(&page, "membersView", 0, 0);
    const QString maskedBefore = page.model()->memberAt(0).maskedMobile;
    mouseClick(&page, "editButton");
    QPointer<ui::MemberDialog> dialog = page.findChild<ui::MemberDialog *>();
    QVERIFY(dialog);
    QVERIFY(child<QLineEdit>(dialog, "cardEdit")->isReadOnly());
    QVERIFY(child<QLineEdit>(dialog, "mobileEdit")->text().isEmpty());
    type(dialog, "nameEdit", QStringLiteral("张叁"));
    mouseClick(dialog, "saveButton");
    QCOMPARE(page.model()->memberAt(0).name, QStringLiteral("张叁"));
    QCOMPARE(page.model()->memberAt(0).maskedMobile, maskedBefore);
}

// Points credited at the counter show in the members list when the cashier comes back to it
// (it was 0 until a new search).
void TestMembersPage::theListShowsWhatOtherScreensChanged()
{
    PD_GUI_FIXTURE(f, 4);
    f.t.setUpMembers("UPDATE members SET tier = 'member', credit = 'normal'");
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::MembersPage page(ctx);
    page.show();
    QCOMPARE(page.model()->memberAt(0).cardNo, QStringLiteral("8000000001"));
    QCOMPARE(page.model()->index(0, MemberModel::Balance).data().toString(), QStringLiteral("0"));
    page.hide(); // the cashier goes to the counter, which posts ¥3,680
    PD_OK(ReceiptService(f.t.db(), f.clock)
              .post(ctx.session, ReceiptInput{"NY01", "S1", "8000000001", f.clock.nowUtc(), "supermarket", 368000, 0, 0}));
    page.show();
    QCOMPARE(page.model()->index(0, MemberModel::Balance).data().toString(), QStringLiteral("3,680"));
}

void TestMembersPage::filtersByStoreTierAndStatus()
{
    PD_GUI_FIXTURE(f, 4);
    f.t.setUpMembers("UPDATE members SET tier = 'member', status = 'active', store_id = (SELECT id FROM stores WHERE code = 'NY01')");
    f.t.setUpMembers("UPDATE members SET tier = 'gold' WHERE card_no IN ('8000000002', '8000000004')");
    f.t.setUpMembers("UPDATE members SET store_id = (SELECT id FROM stores WHERE code = 'NY02') WHERE card_no = '8000000004'");
    const ui::AppContext ctx = f.context(Role::BackOffice);
    ui::MembersPage page(ctx);
    page.show();
    QCOMPARE(namesShown(page), (QStringList{QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王小明"), QStringLiteral("欧阳娜娜")}));
    choose(&page, "tierFilter", "gold");
    QCOMPARE(namesShown(page), (QStringList{QStringLiteral("李四"), QStringLiteral("欧阳娜娜")}));
    choose(&page, "storeFilter", "NY02");
    QCOMPARE(namesShown(page), QStringList{QStringLiteral("欧阳娜娜")});
    choose(&page, "storeFilter", QString());
    choose(&page, "tierFilter", QString());
    clickCell(&page, "membersView", 2, 0); // 王小明
    mouseClick(&page, "freezeButton");
    choose(&page, "statusFilter", "frozen");
    QCOMPARE(namesShown(page), QStringList{QStringLiteral("王小明")});
    choose(&page, "statusFilter", "active");
    QCOMPARE(namesShown(page), (QStringList{QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("欧阳娜娜")}));
}

void TestMembersPage::sortsByAColumnHeader()
{
    {
        // a list that is all here sorts by any column: names in pinyin order, points by size
        PD_GUI_FIXTURE(f, 4);
        const ui::AppContext context = f.context(Role::BackOffice); // the page keeps a reference to it
        ui::MembersPage page(context);
        page.show();
        clickColumnTitle(&page, "membersView", MemberModel::Name);
        // li si, ouyang nana, wang xiaoming, zhang san
        QCOMPARE(namesShown(page), (QStringList{QStringLiteral("李四"), QStringLiteral("欧阳娜娜"), QStringLiteral("王小明"), QStringLiteral("张三")}));
        // the selection stays with its member through a sort
        clickCell(&page, "membersView", 3, 0);
        clickColumnTitle(&page, "membersView", MemberModel::Name); // descending
        QCOMPARE(namesShown(page).constFirst(), QStringLiteral("张三"));
        const QModelIndexList selected = child<QTableView>(&page, "membersView")->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(page.model()->memberAt(selected.constFirst().row()).name, QStringLiteral("张三"));
    }
    {
        // the whole programme's list (more than a page) sorts by card number from the database
        PD_GUI_FIXTURE(f, MemberModel::kPageSize + 50);
        const ui::AppContext context = f.context(Role::BackOffice); // the page keeps a reference to it
        ui::MembersPage page(context);
        page.show();
        QVERIFY(page.model()->canFetchMore({}));
        clickColumnTitle(&page, "membersView", MemberModel::CardNo);
        QCOMPARE(page.model()->memberAt(0).cardNo, QStringLiteral("8000000001"));
        clickColumnTitle(&page, "membersView", MemberModel::CardNo); // descending
        QCOMPARE(page.model()->memberAt(0).cardNo, QStringLiteral("8000000250"));
        QCOMPARE(page.model()->memberAt(1).cardNo, QStringLiteral("8000000249"));
        // but not by points while it is not all here: that would read every member; the list
        // says what to do instead and keeps its order
        clickColumnTitle(&page, "membersView", MemberModel::Balance);
        QVERIFY(child<QLabel>(&page, "sortNote")->isVisible());
        QVERIFY(child<QLabel>(&page, "sortNote")->text().contains("Search or filter first"));
        QCOMPARE(page.model()->memberAt(0).cardNo, QStringLiteral("8000000250"));
        page.model()->fetchMore({});
        QCOMPARE(page.model()->memberAt(MemberModel::kPageSize).cardNo, QStringLiteral("8000000050"));
        QVERIFY(!page.model()->canFetchMore({}));
        // once it is all here, points sort too
        PD_OK(ReceiptService(f.t.db(), f.clock)
                  .post(Session::system("tester"), ReceiptInput{"NY01", "S7", "8000000123", f.clock.nowUtc(), "supermarket", 70000, 0, 0}));
        page.model()->refreshLoaded();
        clickColumnTitle(&page, "membersView", MemberModel::Balance);
        clickColumnTitle(&page, "membersView", MemberModel::Balance);
        QCOMPARE(page.model()->memberAt(0).cardNo, QStringLiteral("8000000123"));
    }
}

QTEST_MAIN(TestMembersPage)
#include "tst_memberspage.moc"
