#include "mainwindow.h"

#include "core/db/database.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/backupdialog.h"
#include "ui/dialogs/batchjobdialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/passworddialog.h"
#include "ui/pages/adjustmentspage.h"
#include "ui/pages/auditpage.h"
#include "ui/pages/campaignspage.h"
#include "ui/pages/catalogpage.h"
#include "ui/pages/insightspage.h"
#include "ui/pages/memberlistspage.h"
#include "ui/pages/compliancepage.h"
#include "ui/pages/counterpage.h"
#include "ui/pages/programmepage.h"
#include "ui/pages/memberspage.h"
#include "ui/pages/storespage.h"
#include "ui/pages/userspage.h"
#include "ui/widgets/messagebox.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace pd::ui {

MainWindow::MainWindow(const AppContext &context, QWidget *parent) : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PointsDesk — consumer points back office"));
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setFixedWidth(170);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { font-size: 12pt; border: none; background: #f3f5f7; }"
                                               "QListWidget::item { padding: 10px 16px; color: #222; background: transparent; }"
                                               "QListWidget::item:selected { background: #d32f2f; color: white; }"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    const Session &s = context.session;
    if (s.can(Permission::ReceiptPost) || s.can(Permission::ReturnPost) || s.can(Permission::Redeem))
        addScreen(new CounterPage(context, this), tr("Counter"));
    if (s.can(Permission::MemberRead))
        addScreen(new MembersPage(context, this), tr("Members"));
    if (s.can(Permission::AdjustPoints) || s.can(Permission::Approve))
        addScreen(new AdjustmentsPage(context, this), tr("Adjustments"));
    if (s.can(Permission::CampaignRead))
        addScreen(new CampaignsPage(context, this), tr("Campaigns"));
    if (s.can(Permission::CatalogManage))
        addScreen(new CatalogPage(context, this), tr("Catalog"));
    if (s.can(Permission::ProgrammeFigures))
        addScreen(new InsightsPage(context, this), tr("Insights"));
    if (s.can(Permission::ProgrammeFigures) && s.can(Permission::MemberRead))
        addScreen(new MemberListsPage(context, this), tr("Member lists"));
    if (s.can(Permission::ProgrammeSettings))
        addScreen(new ProgrammePage(context, this), tr("Programme"));
    if (s.can(Permission::StoreManage))
        addScreen(new StoresPage(context, this), tr("Stores"));
    if (s.can(Permission::UserManage))
        addScreen(new UsersPage(context, this), tr("Users"));
    if (s.can(Permission::AuditRead))
        addScreen(new AuditPage(context, this), tr("Audit trail"));
    if (s.can(Permission::ComplianceChecks) || s.can(Permission::PersonalDataRequests)) {
        auto *compliance = new CompliancePage(context, this);
        connect(compliance, &CompliancePage::openCampaign, this, [this](const QString &code) {
            showScreen(QStringLiteral("campaignsPage"));
            if (auto *campaigns = m_pages->findChild<CampaignsPage *>())
                campaigns->selectCampaign(code);
        });
        connect(compliance, &CompliancePage::openCatalogItem, this, [this](const QString &code) {
            showScreen(QStringLiteral("catalogPage"));
            if (auto *catalog = m_pages->findChild<CatalogPage *>())
                catalog->selectItem(code);
        });
        addScreen(compliance, tr("Compliance"));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // each person starts where their work is: the counter, or for a campaign manager the campaigns
    const int start = s.role == Role::CampaignManager ? int(screenNames().indexOf(QStringLiteral("campaignsPage"))) : 0;
    m_navigation->setCurrentRow(std::max(0, start));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    if (s.can(Permission::Import)) {
        QMenu *imports = file->addMenu(tr("&Import"));
        imports->setObjectName(QStringLiteral("importMenu"));
        const std::pair<ImportKind, QString> kinds[] = {{ImportKind::Stores, tr("&Stores…")},     {ImportKind::Members, tr("&Members…")},
                                                        {ImportKind::Receipts, tr("&Receipts…")}, {ImportKind::Returns, tr("Re&turns…")},
                                                        {ImportKind::Checkins, tr("&Check-ins…")}, {ImportKind::Catalog, tr("C&atalog…")}};
        for (const auto &[kind, text] : kinds)
            if (s.can(Importers::permission(kind)))
                imports->addAction(text, this, [this, kind] { openImport(int(kind)); })
                    ->setObjectName(QStringLiteral("import%1Action").arg(importKindCode(kind).replace(0, 1, importKindCode(kind).at(0).toUpper())));
    }
    if (s.can(Permission::Backup)) {
        file->addAction(tr("&Backups…"), this, [this] {
                auto *dialog = new BackupDialog(m_context, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            })->setObjectName(QStringLiteral("backupAction"));
    }
    file->addAction(tr("Change my &password…"), this, [this] {
            auto *dialog = new PasswordDialog(m_context, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        })->setObjectName(QStringLiteral("passwordAction"));
    file->addAction(tr("&Settings…"), this, &MainWindow::openSettings)->setObjectName(QStringLiteral("settingsAction"));
    file->addAction(tr("&Log out"), this, &MainWindow::logoutRequested)->setObjectName(QStringLiteral("logoutAction"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    if (s.can(Permission::BatchJobs)) {
        QMenu *jobs = menuBar()->addMenu(tr("&Programme"));
        jobs->addAction(tr("&Expiry run…"), this, [this] { openJob(int(BatchJobDialog::Job::Expiry)); })
            ->setObjectName(QStringLiteral("expiryAction"));
        jobs->addAction(tr("&Tier review…"), this, [this] { openJob(int(BatchJobDialog::Job::TierReview)); })
            ->setObjectName(QStringLiteral("tierReviewAction"));
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PointsDesk"), this, [this] {
        MessageBox::information(this, tr("About PointsDesk"),
                                tr("PointsDesk %1 — the back office of a consumer points programme.")
                                    .arg(QApplication::applicationVersion()));
    });

    auto *who = new QLabel(tr("%1 (%2)").arg(s.username, roleDisplayName(s.role)), this);
    who->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(who);
    statusBar()->addPermanentWidget(databaseLabel(context.db));
    resize(1200, 760);
}

bool MainWindow::hasUnpostedWork() const
{
    const auto *counter = findChild<CounterPage *>();
    return counter && counter->hasUnpostedWork();
}

// Where the data is, and for a server whether the way there is encrypted: a desk reaching
// the chain's server over a WAN should show it.
QLabel *MainWindow::databaseLabel(const Database &db)
{
    QString text = db.location().displayName();
    if (db.location().engine == Engine::PostgreSQL) {
        const Database::Transport &transport = db.transport();
        text += QStringLiteral("  ·  ")
                + (transport.encrypted ? tr("encrypted (%1)").arg(transport.protocol) : tr("not encrypted"));
    }
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("databaseLabel"));
    return label;
}

void MainWindow::addScreen(QWidget *page, const QString &title)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, page->objectName());
}

QStringList MainWindow::screenNames() const
{
    QStringList names;
    for (int i = 0; i < m_pages->count(); ++i)
        names << m_pages->widget(i)->objectName();
    return names;
}

void MainWindow::showScreen(const QString &objectName)
{
    const int index = int(screenNames().indexOf(objectName));
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

void MainWindow::openJob(int job)
{
    auto *dialog = new BatchJobDialog(m_context, BatchJobDialog::Job(job), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openImport(int kind)
{
    auto *dialog = new ImportDialog(m_context, ImportKind(kind), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::languageChanged, this, &MainWindow::languageChanged);
    dialog->open();
}

} // namespace pd::ui
