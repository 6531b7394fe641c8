// Makes docs/screenshots: every screen of PointsDesk, in Chinese and English, on a fresh
// demo database. Run by scripts/screenshots.sh under Xvfb.
#include "core/clock.h"
#include "core/db/database.h"
#include "core/schema/migrator.h"
#include "core/demo/demodata.h"
#include "core/i18n/translations.h"
#include "core/adjustments/adjustmentservice.h"
#include "core/compliance/personaldata.h"
#include "core/compliance/rulestext.h"
#include "core/rules/programmerules.h"
#include "report/rulespdf.h"
#include "ui/pages/rulespanel.h"
#include "core/jobs/batchjobs.h"
#include "core/receipts/receiptservice.h"
#include "core/redemption/redemptionservice.h"
#include "core/catalog/catalogmodel.h"
#include "core/catalog/catalogservice.h"
#include "ui/dialogs/catalogitemdialog.h"
#include "core/campaigns/campaignlistmodel.h"
#include "ui/dialogs/campaigndialog.h"
#include "ui/dialogs/campaignfiguresdialog.h"
#include "ui/pages/campaignspage.h"
#include "ui/pages/catalogpage.h"
#include "ui/appcontext.h"
#include "ui/dialogs/firstrundialog.h"
#include "ui/dialogs/backupdialog.h"
#include "ui/dialogs/batchjobdialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/lockdialog.h"
#include "ui/dialogs/passworddialog.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/memberdetaildialog.h"
#include "core/members/membermodel.h"
#include "core/members/memberservice.h"
#include "ui/pages/counterpage.h"
#include "ui/dialogs/memberdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/mainwindow.h"
#include "ui/dialogs/scenariodialog.h"
#include "ui/dialogs/settlementdialog.h"
#include "ui/pages/insightspage.h"
#include "ui/pages/memberlistspage.h"
#include <QHeaderView>
#include "core/insights/memberlistmodel.h"
#include "ui/pages/auditpage.h"
#include "ui/pages/checkspanel.h"
#include "ui/pages/compliancepage.h"
#include "ui/pages/memberspage.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/slipprinter.h"
#include "ui/widgets/messagebox.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QPainter>
#include <QTabWidget>
#include <QDir>
#include <QCalendarWidget>
#include <QLineEdit>
#include <QSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QSignalSpy>
#include <QTest>

using namespace pd;

namespace {

void save(QWidget *w, const QString &dir, const QString &lang, const QString &name)
{
    w->show();
    QTest::qWait(150);
    const QString file = QDir(dir).filePath(lang + QLatin1Char('-') + name + QStringLiteral(".png"));
    if (!w->grab().save(file))
        qFatal("cannot write %s", qPrintable(file));
    qInfo("%s", qPrintable(file));
}

// Simple pictures for a few demo items (the demo catalog itself has none).
void addPictures(Database &db, const Clock &clock, const Session &session)
{
    const struct { const char *code; QColor colour; const char16_t *label; } pictures[] = {
        {"LENS", QColor(0x4f, 0x8a, 0xc9), u"镜片"},     {"BEDDING", QColor(0xc9, 0x6f, 0x8a), u"四件套"},
        {"OIL5L", QColor(0xe0, 0xa8, 0x2e), u"食用油"},  {"CARSERVICE", QColor(0x55, 0x6b, 0x7d), u"保养"},
        {"SPRINGBOX", QColor(0xc6, 0x28, 0x28), u"年货"}, {"PAWSGIFT", QColor(0x6d, 0x9f, 0x58), u"救助"},
    };
    CatalogService catalog(db, clock);
    for (const auto &p : pictures) {
        QImage image(480, 360, QImage::Format_RGB32);
        image.fill(p.colour);
        QPainter painter(&image);
        painter.setPen(Qt::white);
        painter.setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 64, QFont::Bold));
        painter.drawText(image.rect(), Qt::AlignCenter, QString::fromUtf16(p.label));
        painter.end();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 85);
        auto item = catalog.item(session, QLatin1String(p.code));
        if (item)
            (void)catalog.setImage(session, item->id, bytes);
    }
}

void shoot(const QString &outDir, const QString &lang, Database &db, Database &empty, const Clock &clock)
{
    installTranslations(QLocale(lang));
    const PasswordHasher hasher(PasswordHasher::fastForTests());

    ui::LoginDialog login(db, clock, hasher);
    save(&login, outDir, lang, QStringLiteral("login"));
    ui::FirstRunDialog first(empty, clock, hasher);
    save(&first, outDir, lang, QStringLiteral("first-run"));
    Session cashier;
    cashier.role = Role::Cashier;
    cashier.username = QStringLiteral("cashier");
    ui::LockDialog locked(db, clock, hasher, cashier);
    save(&locked, outDir, lang, QStringLiteral("locked"));

    auto sessionFor = [](Role role, const QString &name) {
        Session s;
        s.role = role;
        s.username = name;
        s.userId = 1;
        return s;
    };
    const ui::AppContext admin{db, clock, hasher, sessionFor(Role::Administrator, QStringLiteral("admin"))};
    ui::PasswordDialog choose(admin, nullptr, ui::PasswordDialog::Occasion::Required);
    save(&choose, outDir, lang, QStringLiteral("choose-password"));
    ui::MainWindow window(admin);
    window.resize(1200, 720);
    window.showScreen(QStringLiteral("membersPage"));
    auto *members = window.findChild<ui::MembersPage *>();
    members->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("zs"));
    QTest::keyClick(members->findChild<QLineEdit *>(QStringLiteral("searchEdit")), Qt::Key_Return);
    members->findChild<QTableView *>()->selectRow(0);
    members->findChild<QPushButton *>(QStringLiteral("revealButton"))->click();
    save(&window, outDir, lang, QStringLiteral("members"));

    ui::MemberDialog dialog(admin, Member{}, &window);
    dialog.findChild<QLineEdit *>(QStringLiteral("cardEdit"))->setText(QStringLiteral("8800000001"));
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("刘晓燕"));
    dialog.findChild<QLineEdit *>(QStringLiteral("mobileEdit"))->setText(QStringLiteral("1381234"));
    dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    save(&dialog, outDir, lang, QStringLiteral("register-member"));
    dialog.hide();

    // the counter before input, with a receipt's preview, with an error, and after posting
    const auto typeInto = [](QWidget *parent, const char *name, const QString &text) {
        auto *e = parent->findChild<QLineEdit *>(QLatin1String(name));
        e->clear();
        e->insert(text); // as typed: the previews follow what people type
    };
    window.showScreen(QStringLiteral("counterPage"));
    auto *counter = window.findChild<ui::CounterPage *>();
    typeInto(counter, "findEdit", QStringLiteral("8000000001"));
    QTest::keyClick(counter->findChild<QLineEdit *>(QStringLiteral("findEdit")), Qt::Key_Return);
    save(&window, outDir, lang, QStringLiteral("counter-start"));
    typeInto(counter, "receiptNoEdit", QStringLiteral("000124-") + lang);
    typeInto(counter, "amountEdit", QStringLiteral("12.345"));
    save(&window, outDir, lang, QStringLiteral("counter-error"));
    typeInto(counter, "amountEdit", QStringLiteral("3680.00"));
    typeInto(counter, "greenEdit", QStringLiteral("12.50"));
    typeInto(counter, "returnReceiptEdit", QStringLiteral("000123"));
    typeInto(counter, "returnNoEdit", QStringLiteral("T-01"));
    typeInto(counter, "returnAmountEdit", QStringLiteral("100"));
    save(&window, outDir, lang, QStringLiteral("counter"));
    counter->findChild<QPushButton *>(QStringLiteral("postReceiptButton"))->click();
    save(&window, outDir, lang, QStringLiteral("counter-success"));
    // the slip as the counter's 80 mm roll printer gets it (a PDF here, to look at)
    ui::SlipPrinter::answerNextForTests(QDir(outDir).filePath(QStringLiteral("slip-%1.pdf").arg(lang)));
    counter->findChild<QPushButton *>(QStringLiteral("printSlipButton"))->click();

    window.showScreen(QStringLiteral("membersPage"));
    ui::MemberDetailDialog detail(admin, members->model()->memberAt(0), &window);
    save(&detail, outDir, lang, QStringLiteral("member-detail"));
    detail.hide();
    // the check-in month of a member who came every day of the demo's month
    auto regular = MemberService(db, clock).memberByCard(admin.session, QStringLiteral("8000000011"));
    ui::MemberDetailDialog checkins(admin, regular.value(), &window);
    checkins.findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentIndex(3);
    if (businessToday(clock).day() < 15) // early in a month: the month before shows the demo's check-ins
        checkins.findChild<QCalendarWidget *>(QStringLiteral("checkinCalendarView"))->showPreviousMonth();
    save(&checkins, outDir, lang, QStringLiteral("member-checkins"));
    checkins.hide();
    // a member on the way to the spring badges
    auto collecting = MemberService(db, clock).memberByCard(admin.session, QStringLiteral("8000000012"));
    ui::MemberDetailDialog badges(admin, collecting.value(), &window);
    badges.findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentIndex(4);
    save(&badges, outDir, lang, QStringLiteral("member-badges"));
    badges.hide();

    ui::BatchJobDialog job(admin, ui::BatchJobDialog::Job::Expiry, &window);
    save(&job, outDir, lang, QStringLiteral("expiry-run"));
    job.hide();

    // members from a spreadsheet saved on a Chinese PC (GB18030): the preview, then the report
    {
        QTemporaryDir dir;
        const QString first = lang.startsWith(QLatin1String("zh")) ? QStringLiteral("80000090") : QStringLiteral("80000091");
        QFile file(dir.filePath(QStringLiteral("新会员.csv")));
        file.open(QIODevice::WriteOnly);
        // 王小红, 李建国, 赵丽 (GB18030); the third mobile lacks digits
        file.write("card_no,name,mobile,joined_on,store,credit\r\n");
        file.write(first.toLatin1() + "01,\xCD\xF5\xD0\xA1\xBA\xEC,139" + first.right(2).toLatin1() + "000001,2026-11-01,NY01,normal\r\n");
        file.write(first.toLatin1() + "02,\xC0\xEE\xBD\xA8\xB9\xFA,139" + first.right(2).toLatin1() + "000002,2026-11-02,SQZ01,good\r\n");
        file.write(first.toLatin1() + "03,\xD5\xD4\xC0\xF6,1390000,2026-11-03,NY02,normal\r\n");
        file.close();
        ui::ImportDialog import(admin, ImportKind::Members, &window);
        import.show();
        ui::FileChooser::answerNextForTests(file.fileName());
        import.findChild<QPushButton *>(QStringLiteral("chooseButton"))->click();
        save(&import, outDir, lang, QStringLiteral("import-preview"));
        QSignalSpy imported(&import, &ui::ImportDialog::importFinished);
        import.findChild<QPushButton *>(QStringLiteral("runImportButton"))->click();
        imported.wait(60000);
        save(&import, outDir, lang, QStringLiteral("import-report"));
        import.hide();
    }

    // redeeming at the counter: the good-credit price and the stock; a slip brought back
    window.showScreen(QStringLiteral("counterPage"));
    counter->findChild<QTabWidget *>(QStringLiteral("counterTabs"))->setCurrentIndex(1);
    auto *items = counter->findChild<QComboBox *>(QStringLiteral("itemCombo"));
    items->setCurrentIndex(items->findData(QStringLiteral("LENS")));
    counter->findChild<QTabWidget *>(QStringLiteral("serviceTabs"))->setCurrentIndex(1);
    typeInto(counter, "cancelNumberEdit", QStringLiteral("R-DEMO-1"));
    typeInto(counter, "cancelReasonEdit", QStringLiteral("油桶破损"));
    save(&window, outDir, lang, QStringLiteral("counter-redeem"));
    counter->findChild<QTabWidget *>(QStringLiteral("serviceTabs"))->setCurrentIndex(3);
    typeInto(counter, "slipNumberEdit", QStringLiteral("000123"));
    QTest::keyClick(counter->findChild<QLineEdit *>(QStringLiteral("slipNumberEdit")), Qt::Key_Return);
    save(&window, outDir, lang, QStringLiteral("counter-find-slip"));
    // checking in after a month of the demo's check-ins (another member per language: once a day)
    typeInto(counter, "findEdit", lang.startsWith(QLatin1String("zh")) ? QStringLiteral("8000000012") : QStringLiteral("8000000013"));
    QTest::keyClick(counter->findChild<QLineEdit *>(QStringLiteral("findEdit")), Qt::Key_Return);
    counter->findChild<QTabWidget *>(QStringLiteral("counterTabs"))->setCurrentIndex(2);
    counter->findChild<QPushButton *>(QStringLiteral("checkinButton"))->click();
    save(&window, outDir, lang, QStringLiteral("counter-checkin"));
    // a completed badge collection: the prize waits at the counter
    typeInto(counter, "findEdit", QStringLiteral("8000000011"));
    QTest::keyClick(counter->findChild<QLineEdit *>(QStringLiteral("findEdit")), Qt::Key_Return);
    save(&window, outDir, lang, QStringLiteral("counter-prize"));

    window.showScreen(QStringLiteral("catalogPage"));
    auto *catalog = window.findChild<ui::CatalogPage *>();
    catalog->findChild<QTableView *>(QStringLiteral("catalogView"))->selectRow(catalog->model()->rowOf(QStringLiteral("LENS")));
    save(&window, outDir, lang, QStringLiteral("catalog"));
    ui::CatalogItemDialog item(admin, catalog->model()->itemAt(catalog->model()->rowOf(QStringLiteral("SPRINGBOX"))), &window);
    save(&item, outDir, lang, QStringLiteral("catalog-item"));
    item.hide();

    // campaigns: the list with the officer's queue, the editor, a simulation of the last two months
    window.showScreen(QStringLiteral("campaignsPage"));
    auto *campaignsPage = window.findChild<ui::CampaignsPage *>();
    campaignsPage->findChild<QTableView *>(QStringLiteral("campaignsView"))->selectRow(campaignsPage->model()->rowOf(QStringLiteral("MKT-DAY")));
    save(&window, outDir, lang, QStringLiteral("campaigns"));
    const auto marketDay = campaignsPage->model()->recordAt(campaignsPage->model()->rowOf(QStringLiteral("MKT-DAY")));
    ui::CampaignDialog editor(admin, marketDay, &window);
    save(&editor, outDir, lang, QStringLiteral("campaign-editor"));
    editor.hide();
    for (const char *code : {"DAILY-SIGN", "SPRING-BADGES"}) { // the check-in ladder and the badges in the editor
        ui::CampaignDialog other(admin, campaignsPage->model()->recordAt(campaignsPage->model()->rowOf(QLatin1String(code))), &window);
        save(&other, outDir, lang, QLatin1String(code) == QLatin1String("DAILY-SIGN") ? QStringLiteral("campaign-editor-checkin")
                                                                                      : QStringLiteral("campaign-editor-badges"));
        other.hide();
    }
    ui::CampaignFiguresDialog simulation(admin, *marketDay, ui::CampaignFiguresDialog::Mode::Simulate, &window);
    simulation.show();
    typeInto(&simulation, "fromEdit", clock.nowUtc().addDays(-60).toTimeZone(programmeTimeZone()).date().toString(Qt::ISODate));
    QSignalSpy simulated(&simulation, &ui::CampaignFiguresDialog::figuresShown);
    simulation.findChild<QPushButton *>(QStringLiteral("runButton"))->click();
    simulated.wait(60000);
    save(&simulation, outDir, lang, QStringLiteral("campaign-simulation"));
    simulation.hide();

    // the programme's figures: the last 30 days by day, then the liability by store
    window.showScreen(QStringLiteral("insightsPage"));
    auto *insights = window.findChild<ui::InsightsPage *>();
    auto *range = insights->findChild<QComboBox *>(QStringLiteral("rangeCombo"));
    range->setCurrentIndex(range->findData(1)); // the last 30 days
    emit range->activated(range->currentIndex());
    if (!QTest::qWaitFor([insights] { return !insights->isLoading(); }, 60000)) // read on its own thread
        qWarning("the dashboard did not load within a minute");
    save(&window, outDir, lang, QStringLiteral("insights"));
    insights->showChart(DashboardChart::LiabilityByStore);
    save(&window, outDir, lang, QStringLiteral("insights-stores"));
    insights->showChart(DashboardChart::Scenarios);
    save(&window, outDir, lang, QStringLiteral("insights-scenarios"));
    insights->showChart(DashboardChart::Categories);
    save(&window, outDir, lang, QStringLiteral("insights-categories"));
    insights->showChart(DashboardChart::Campaigns);
    save(&window, outDir, lang, QStringLiteral("insights-campaigns"));
    // a year by month: the tier moves
    range->setCurrentIndex(range->findData(4)); // the last 12 months
    emit range->activated(range->currentIndex());
    if (!QTest::qWaitFor([insights] { return !insights->isLoading(); }, 60000))
        qWarning("the dashboard did not load within a minute");
    insights->showChart(DashboardChart::TierMoves);
    save(&window, outDir, lang, QStringLiteral("insights-tier-moves"));
    // last month's settlement with the partner merchants
    insights->openSettlement();
    auto *settlement = insights->findChild<ui::SettlementDialog *>();
    if (!QTest::qWaitFor([settlement] { return !settlement->isLoading(); }, 60000))
        qWarning("the settlement did not load within a minute");
    save(settlement, outDir, lang, QStringLiteral("settlement"));
    // its print preview: the dialog waits in its own loop, pictured once its pages are drawn
    QTimer::singleShot(300, settlement, [&outDir, &lang] {
        if (QWidget *preview = QApplication::activeModalWidget()) {
            preview->resize(1000, 760);
            QTest::qWait(1200);
            save(preview, outDir, lang, QStringLiteral("print-preview"));
            preview->close();
        }
    });
    settlement->findChild<QPushButton *>(QStringLiteral("previewButton"))->click();
    settlement->close();
    // the members to act on: the expiring points of the year's end, seen a month before
    window.showScreen(QStringLiteral("memberListsPage"));
    auto *lists = window.findChild<ui::MemberListsPage *>();
    lists->findChild<QLineEdit *>(QStringLiteral("asOfEdit"))->setText(QDate(businessToday(clock).year() + 1, 12, 2).toString(Qt::ISODate));
    if (!QTest::qWaitFor([lists] { return !lists->isBusy(); }, 60000)) // the first showing reads today's list
        qWarning("the list did not load within a minute");
    lists->refresh();
    if (!QTest::qWaitFor([lists] { return !lists->isBusy(); }, 60000))
        qWarning("the list did not load within a minute");
    save(&window, outDir, lang, QStringLiteral("member-lists"));
    // sorted by the card number, a click on its column's title (the sort runs on its own thread)
    {
        QHeaderView *titles = lists->findChild<QTableView *>(QStringLiteral("listView"))->horizontalHeader();
        QTest::mouseClick(titles->viewport(), Qt::LeftButton, {}, QPoint(titles->sectionViewportPosition(MemberListModel::Card) + 4, titles->height() / 2));
        if (!QTest::qWaitFor([lists] { return !lists->isBusy(); }, 60000))
            qWarning("the list was not sorted within a minute");
        save(&window, outDir, lang, QStringLiteral("member-lists-sorted"));
    }
    for (const char *page : {"adjustmentsPage", "programmePage", "storesPage", "usersPage"}) {
        window.showScreen(QLatin1String(page));
        save(&window, outDir, lang, QString::fromLatin1(page).remove(QStringLiteral("Page")));
    }
    // a partner merchant about to be added on the programme screen
    {
        ui::ScenarioDialog partner(admin, &window);
        auto *kind = partner.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(true));
        partner.findChild<QLineEdit *>(QStringLiteral("codeEdit"))->setText(QStringLiteral("florist"));
        partner.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("花语花店"));
        partner.findChild<QSpinBox *>(QStringLiteral("rateSpin"))->setValue(150);
        save(&partner, outDir, lang, QStringLiteral("new-partner"));
    }
    window.showScreen(QStringLiteral("auditPage"));
    auto *audit = window.findChild<ui::AuditPage *>();
    audit->findChild<QPushButton *>(QStringLiteral("verifyButton"))->click();
    if (!QTest::qWaitFor([audit] { return !audit->isRunning(); }, 60000)) // verify runs on its own thread
        qWarning("verify did not finish within a minute");
    save(&window, outDir, lang, QStringLiteral("audit"));
    auto *actions = audit->findChild<QComboBox *>(QStringLiteral("actionCombo"));
    actions->setCurrentIndex(actions->findData(QStringLiteral("receipt.post")));
    audit->findChild<QPushButton *>(QStringLiteral("refreshButton"))->click();
    save(&window, outDir, lang, QStringLiteral("audit-receipts"));
    // a backup written while the desks work
    {
        QTemporaryDir dir;
        ui::BackupDialog backups(admin, &window);
        backups.show();
        ui::FileChooser::answerNextForTests(dir.filePath(QStringLiteral("pointsdesk-%1.sqlite").arg(businessToday(clock).toString(Qt::ISODate))));
        QSignalSpy backedUp(&backups, &ui::BackupDialog::finished);
        backups.findChild<QPushButton *>(QStringLiteral("backupButton"))->click();
        backedUp.wait(60000);
        save(&backups, outDir, lang, QStringLiteral("backup"));
        backups.hide();
    }
    window.showScreen(QStringLiteral("compliancePage"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("complianceTabs"));
    tabs->setCurrentIndex(0);
    auto *checks = window.findChild<ui::ChecksPanel *>();
    if (!QTest::qWaitFor([checks] { return !checks->isRunning(); }, 60000)) // they run on their own thread
        qWarning("the compliance checks did not finish within a minute");
    window.findChild<QTableView *>(QStringLiteral("findingsView"))->selectRow(0);
    save(&window, outDir, lang, QStringLiteral("compliance-checks"));
    // the programme rules: version 1 as the demo published it, then what changed since (the
    // set-up lowered the fuel rate and raised an item's price), then version 1 as a PDF
    tabs->setCurrentIndex(1);
    auto *rulesPanel = window.findChild<ui::RulesPanel *>();
    auto *shown = rulesPanel->findChild<QComboBox *>(QStringLiteral("versionCombo"));
    auto *compared = rulesPanel->findChild<QComboBox *>(QStringLiteral("compareCombo"));
    shown->setCurrentIndex(shown->findData(1));
    save(&window, outDir, lang, QStringLiteral("programme-rules"));
    shown->setCurrentIndex(shown->findData(0));
    compared->setCurrentIndex(compared->findData(1));
    save(&window, outDir, lang, QStringLiteral("programme-rules-diff"));
    compared->setCurrentIndex(0);
    {
        RulesVersions versions(db, clock);
        const Session officer = Session::system(QStringLiteral("screenshots"));
        auto doc = versions.document(officer, 1);
        auto info = versions.info(officer, 1);
        if (doc && info)
            (void)report::writeRulesPdf(rules::html(doc.value(), info.value()), rules::pageHeader(doc.value(), info.value()),
                                        QDir(outDir).filePath(QStringLiteral("rules-%1.pdf").arg(lang)));
    }
    tabs->setCurrentIndex(2);
    // the reminders a month before the year's points end (the set-up ran them)
    window.findChild<QLineEdit *>(QStringLiteral("asOfEdit"))->setText(QStringLiteral("%1-12-02").arg(businessToday(clock).year() + 1));
    save(&window, outDir, lang, QStringLiteral("expiry-reminders"));
    tabs->setCurrentIndex(3);
    window.findChild<QTableView *>(QStringLiteral("requestsView"))->selectRow(1);
    save(&window, outDir, lang, QStringLiteral("personal-data"));
    window.hide();

    ui::SettingsDialog settings;
    save(&settings, outDir, lang, QStringLiteral("settings"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);
    ui::MessageBox::setRecordingForTests(true);
    QTemporaryDir tmp;
    SystemClock clock;
    auto db = Database::open(tmp.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("shots"));
    auto empty = Database::open(tmp.filePath(QStringLiteral("empty.sqlite")), QStringLiteral("empty"));
    if (!db || !empty || !Migrator(*db.value()).migrate() || !Migrator(*empty.value()).migrate())
        qFatal("cannot create the demo database");
    DemoOptions options;
    options.campaigns = true;
    options.members = 3000;
    if (!DemoData(*db.value(), clock, PasswordHasher(PasswordHasher::fastForTests())).create(Session::system({}), options))
        qFatal("cannot create demo data");
    {
        // a little history for 张三, so the counter, the detail and the statement have content
        const Session till = Session::system(QStringLiteral("screenshots"));
        ReceiptService receipts(*db.value(), clock);
        const QDateTime now = clock.nowUtc();
        (void)receipts.post(till, ReceiptInput{QStringLiteral("EYE01"), QStringLiteral("000122"), QStringLiteral("8000000001"),
                                               now.addDays(-40), QStringLiteral("partner:eyewear"), 80000, 0, 0});
        (void)receipts.post(till, ReceiptInput{QStringLiteral("NY01"), QStringLiteral("000123"), QStringLiteral("8000000001"),
                                               now.addDays(-3), QStringLiteral("supermarket"), 36800, 1250, 200});
        (void)AdjustmentService(*db.value(), clock).request(till, QStringLiteral("8000000002"), 5000, QStringLiteral("收银系统故障漏积分"));
        (void)receipts.post(till, ReceiptInput{QStringLiteral("TEX01"), QStringLiteral("000125"), QStringLiteral("8000000001"),
                                               now.addDays(-2), QStringLiteral("partner:hometex"), 300000, 0, 0});
        (void)RedemptionService(*db.value(), clock)
            .redeem(till, RedemptionInput{QStringLiteral("NY01"), QStringLiteral("R-DEMO-1"), QStringLiteral("8000000001"), QStringLiteral("OIL5L"), 1,
                                          now.addDays(-1)});
        addPictures(*db.value(), clock, till);
        // personal-data requests: one past the fifteen days, one to answer, one answered, one refused
        PersonalDataService data(*db.value(), clock);
        const QDate today = businessToday(clock);
        (void)data.logRequest(till, QStringLiteral("8000000005"), DataRequestKind::Copy, DataRequester::Member, today.addDays(-18));
        (void)data.logRequest(till, QStringLiteral("8000000006"), DataRequestKind::Erasure, DataRequester::Member, today.addDays(-3));
        (void)data.logRequest(till, QStringLiteral("8000000007"), DataRequestKind::Copy, DataRequester::Member, today.addDays(-6));
        (void)data.exportMember(till, QStringLiteral("8000000007"), [](const QByteArray &) { return Status(); });
        if (auto refused = data.logRequest(till, QStringLiteral("8000000008"), DataRequestKind::Copy, DataRequester::Representative,
                                           today.addDays(-9)))
            (void)data.refuse(till, refused.value(), QStringLiteral("代理人未能出示授权委托书"));
        // two months of supermarket receipts, so the campaigns have history to show and replay
        for (int i = 0; i < 400; ++i)
            (void)receipts.post(till, ReceiptInput{QStringLiteral("NY01"), QStringLiteral("H%1").arg(i, 4, 10, QLatin1Char('0')),
                                                   QString::number(8000000010LL + i % 120), now.addDays(-1 - i % 60).addSecs(-3600 * (i % 9)),
                                                   QStringLiteral("supermarket"), 4000 + (i * 1379) % 40000, 0, 0});
        // the 11th member, who checked in every day, completes the spring badges: green goods and fuel
        for (int i = 0; i < 3; ++i)
            (void)receipts.post(till, ReceiptInput{QStringLiteral("NY01"), QStringLiteral("G%1").arg(i), QStringLiteral("8000000011"),
                                                   now.addDays(-5 + i), QStringLiteral("supermarket"), 6000, 1500, 0});
        (void)receipts.post(till, ReceiptInput{QStringLiteral("NY01"), QStringLiteral("F1"), QStringLiteral("8000000011"), now.addDays(-2),
                                               QStringLiteral("fuel"), 52000, 0, 0});
        // the configuration moved on since the demo published its rules: a lower fuel rate, a dearer item
        (void)RulesService(*db.value(), clock).setRate(till, QStringLiteral("fuel"), 40);
        {
            CatalogService catalog(*db.value(), clock);
            if (auto oil = catalog.item(till, QStringLiteral("OIL5L"))) {
                oil.value().pointsPrice += 200;
                (void)catalog.update(till, oil.value());
            }
        }
        // this year's points end with next year (annual expiry): the reminders a month before
        (void)BatchJobs(*db.value(), clock).remindExpiry(till, QDate(businessToday(clock).year() + 1, 12, 2));
    }
    shoot(outDir, QStringLiteral("zh_CN"), *db.value(), *empty.value(), clock);
    shoot(outDir, QStringLiteral("en"), *db.value(), *empty.value(), clock);
    return 0;
}
