#include "checkspanel.h"

#include "core/compliance/findinglist.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/ownconnectionthread.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

ChecksPanel::ChecksPanel(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("checksPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run the checks"), this);
    m_run->setObjectName(QStringLiteral("runChecksButton"));
    connect(m_run, &QPushButton::clicked, this, &ChecksPanel::runChecks);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    top->addWidget(m_run);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    m_findings = new FindingListModel(this);
    m_view = new QTableView(this);
    setUpListView(m_view, "findingsView");
    m_view->setModel(m_findings);
    m_view->setWordWrap(true);
    layout->addWidget(m_view, 1);

    m_fix = new QLabel(this);
    m_fix->setObjectName(QStringLiteral("fixLabel"));
    m_fix->setWordWrap(true);
    m_fix->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bottom = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open what it concerns"), this);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (auto f = selectedFinding())
            emit openRequested(*f);
    });
    connect(m_view, &QTableView::doubleClicked, m_open, &QPushButton::click);
    bottom->addWidget(m_fix, 1);
    bottom->addWidget(m_open);
    layout->addLayout(bottom);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChecksPanel::showSelected);
    runChecks();
}

ChecksPanel::~ChecksPanel()
{
    if (m_thread)
        m_thread->wait(); // the checks only read: waiting for them loses nothing
}

void ChecksPanel::runChecks()
{
    if (m_running) {
        m_runAgain = true;
        return;
    }
    m_running = true;
    m_runAgain = false;
    m_run->setEnabled(false);
    m_summary->setText(tr("Running the checks…"));
    const Session session = m_context.session;
    const Clock *clock = &m_context.clock;
    m_thread = runOnOwnConnection<QList<Finding>>(
        this, m_context.db, QStringLiteral("checks"),
        [session, clock](Database &db) { return ComplianceChecks(db, *clock).run(session); },
        [this](Result<QList<Finding>> found) { showFindings(std::move(found)); });
}

void ChecksPanel::showFindings(Result<QList<Finding>> found)
{
    releaseWorker(m_thread);
    m_running = false;
    m_run->setEnabled(true);
    if (m_runAgain) {
        runChecks();
        return;
    }
    const Status s = m_findings->show(std::move(found));
    fitColumns(m_view);
    m_view->resizeRowsToContents();
    showSelected();
    if (!s)
        m_summary->setText(s.error().message);
    else
        m_summary->setText(m_findings->rowCount() == 0
                               ? tr("No findings: nothing to fix.")
                               : tr("%1 findings, %2 of them errors.").arg(m_findings->rowCount()).arg(errorCount(m_findings->records())));
    emit checksShown();
}

std::optional<Finding> ChecksPanel::selectedFinding() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_findings->recordAt(rows.first().row());
}

void ChecksPanel::showSelected()
{
    const auto f = selectedFinding();
    // the whole finding, which a narrow column cuts short, then what to do about it
    m_fix->setText(f ? f->message + QLatin1Char('\n') + tr("How to fix it: %1").arg(f->fix) : QString());
    // a catalog item is opened by those who keep the catalog; for the others the finding says what to do
    m_open->setEnabled(f && (f->subjectKind != FindingSubject::CatalogItem || m_context.session.can(Permission::CatalogManage)));
}

} // namespace pd::ui
