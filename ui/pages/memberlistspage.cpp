#include "memberlistspage.h"

#include "core/clock.h"
#include "core/insights/memberlistmodel.h"
#include "core/members/member.h"
#include "core/rules/programmerules.h"
#include "core/stores/storeservice.h"
#include "ui/widgets/csvfile.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/ownconnectionthread.h"
#include "ui/widgets/storecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace pd::ui {

namespace {

// The store filter's code (empty: all) as the worker's query wants it.
Result<MemberListQuery> queryFor(Database &db, MemberListQuery query, const QString &storeCode)
{
    if (!storeCode.isEmpty()) {
        auto store = StoreService::storeId(db, storeCode);
        if (!store)
            return store.error();
        query.storeId = store.value();
    }
    return query;
}

} // namespace

MemberListsPage::MemberListsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("memberListsPage"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("listCombo"));
    for (MemberListKind k : {MemberListKind::Expiring, MemberListKind::WinBack, MemberListKind::Potential})
        m_kind->addItem(memberListName(k), int(k));
    m_asOf = new DateField(businessToday(context.clock), this);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setMinimumWidth(m_asOf->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 48); // room for the calendar button
    m_store = storeCombo(context, this, "storeCombo");
    m_store->insertItem(0, tr("All stores"), QString());
    m_store->setCurrentIndex(0);
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tierCombo"));
    m_tier->addItem(tr("All tiers"), QString());
    if (auto rules = ProgrammeRules::load(context.db)) {
        for (const Tier &t : std::as_const(rules->tiers))
            m_tier->addItem(tierName(t.code), t.code);
    }
    m_consenting = new QCheckBox(tr("Only members who accept marketing"), this);
    m_consenting->setObjectName(QStringLiteral("consentingCheck"));
    m_show = new QPushButton(tr("&Show"), this);
    m_show->setObjectName(QStringLiteral("showButton"));
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setEnabled(false);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_model = new MemberListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setModel(m_model);
    // a click on a column's title sorts the whole list on a thread of its own (sortList): on
    // the GUI thread a list of 650,000 members froze the screen for seconds
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(new QLabel(tr("as of"), this));
    filters->addWidget(m_asOf);
    filters->addWidget(new QLabel(tr("Home store:"), this));
    filters->addWidget(m_store, 1);
    filters->addWidget(m_tier);
    // the consent filter and Show on a line of their own: on one line the English labels made
    // the page 1,224 px wide, more than a 1,280 px screen leaves beside the navigation
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_consenting);
    choice->addStretch(1);
    choice->addWidget(m_show);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(choice);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_show, &QPushButton::clicked, this, &MemberListsPage::refresh);
    connect(m_kind, &QComboBox::activated, this, &MemberListsPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &MemberListsPage::exportList);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &MemberListsPage::sortList);
}

MemberListsPage::~MemberListsPage()
{
    if (m_thread)
        m_thread->wait();
}

void MemberListsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        refresh();
    }
}

void MemberListsPage::refresh()
{
    m_loadedOnce = true;
    if (m_thread)
        return; // the buttons are off meanwhile; a list being read is shown when it arrives
    if (!m_asOf->date().isValid()) {
        m_count->setText(tr("Type the day as YYYY-MM-DD."));
        return;
    }
    MemberListQuery query;
    query.kind = MemberListKind(m_kind->currentData().toInt());
    query.asOf = m_asOf->date();
    query.tier = m_tier->currentData().toString();
    query.consentingOnly = m_consenting->isChecked();
    const QString storeCode = m_store->currentData().toString();
    const Session session = m_context.session;
    m_show->setEnabled(false);
    m_export->setEnabled(false);
    m_count->setText(tr("Reading the list…"));
    m_thread = runOnOwnConnection<QList<MemberListRow>>(
        this, m_context.db, QStringLiteral("lists"),
        [=, this](Database &db) -> Result<QList<MemberListRow>> {
            auto q = queryFor(db, query, storeCode);
            if (!q)
                return q.error();
            // the first members go to the screen at once; the rest follow sorted
            return insights::memberList(db, session, q.value(), [this, kind = query.kind](const QList<MemberListRow> &first) {
                QMetaObject::invokeMethod(
                    this,
                    [this, kind, first] {
                        if (!m_thread)
                            return; // the whole list was shown already
                        showRows(kind, first);
                        m_count->setText(tr("Reading the list… the first %n member(s) are shown; the list is sorted when it is complete.", nullptr, int(first.size())));
                        emit firstRowsShown(int(first.size()));
                    },
                    Qt::QueuedConnection);
            });
        },
        [this, query, storeCode](Result<QList<MemberListRow>> rows) {
            releaseWorker(m_thread);
            m_show->setEnabled(true);
            if (!rows) {
                m_count->setText(rows.error().message);
                emit listShown(false);
                return;
            }
            m_shownQuery = query;
            m_shownStoreCode = storeCode;
            showRows(query.kind, std::move(rows.value()));
            m_count->setText(tr("%Ln member(s).", nullptr, int(m_model->total())));
            m_export->setEnabled(m_model->total() > 0);
            emit listShown(true);
        });
}

void MemberListsPage::showRows(MemberListKind kind, QList<MemberListRow> rows)
{
    m_model->show(kind, std::move(rows));
    // each list shows the figures it is made of
    m_view->setColumnHidden(MemberListModel::Recent, kind != MemberListKind::Potential);
    m_view->setColumnHidden(MemberListModel::Before, kind != MemberListKind::Potential);
    m_view->setColumnHidden(MemberListModel::Day, kind == MemberListKind::Potential);
    m_view->setColumnHidden(MemberListModel::Points, kind != MemberListKind::Expiring);
    showSortIndicator(-1, Qt::AscendingOrder); // in the list's own order
}

void MemberListsPage::showSortIndicator(int column, Qt::SortOrder order)
{
    const QSignalBlocker quiet(m_view->horizontalHeader());
    m_view->horizontalHeader()->setSortIndicator(column, order);
    m_sortColumn = column;
    m_sortOrder = order;
}

void MemberListsPage::sortList(int column, Qt::SortOrder order)
{
    if (m_thread || column < 0 || m_model->total() == 0) {
        // while a list is read or sorted the title keeps showing the order the rows are in
        showSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    const bool exportable = m_export->isEnabled();
    const QString count = m_count->text();
    m_show->setEnabled(false);
    m_export->setEnabled(false);
    m_count->setText(tr("Sorting %Ln member(s)…", nullptr, int(m_model->total())));
    m_thread = runOnOwnThread<QList<MemberListRow>>(
        this, [rows = m_model->rows(), column, order]() mutable { return MemberListModel::sorted(std::move(rows), column, order); },
        [this, exportable, count](QList<MemberListRow> sorted) {
            releaseWorker(m_thread);
            m_model->showSorted(std::move(sorted));
            m_show->setEnabled(true);
            m_export->setEnabled(exportable);
            m_count->setText(count);
            emit listSorted();
        });
}

void MemberListsPage::exportList()
{
    if (m_thread || m_model->total() == 0)
        return;
    const MemberListKind kind = m_model->kind();
    qsizetype rows = m_model->total();
    if (isMarketingList(kind)) {
        rows = 0;
        for (int i = 0; i < m_model->total(); ++i)
            rows += m_model->row(i).marketingConsent ? 1 : 0;
    }
    const QString title = tr("Export list");
    const QString what = isMarketingList(kind) ? tr("The file will hold %Ln member(s): a marketing list holds only those who accept marketing.", nullptr, int(rows))
                                               : tr("The file will hold %Ln member(s).", nullptr, int(rows));
    if (MessageBox::question(this, title, what + QLatin1Char(' ') + tr("Export?")) != MessageBox::Answer::Yes)
        return;
    std::shared_ptr<QFile> file(openCsvForExport(this, title, memberListCode(kind) + QStringLiteral(".csv")).release());
    if (!file)
        return;
    const MemberListQuery query = m_shownQuery;
    const QString storeCode = m_shownStoreCode;
    const Session session = m_context.session;
    const Clock *clock = &m_context.clock;
    m_show->setEnabled(false);
    m_export->setEnabled(false);
    m_thread = runOnOwnConnection<qint64>(
        this, m_context.db, QStringLiteral("list-export"),
        [=](Database &db) -> Result<qint64> {
            auto q = queryFor(db, query, storeCode);
            if (!q)
                return q.error();
            auto written = insights::exportMemberList(db, *clock, session, q.value(), file.get());
            if (written && !file->flush())
                return makeError(ErrorCode::Io, file->errorString());
            file->close();
            return written;
        },
        [this, title, file](Result<qint64> written) {
            releaseWorker(m_thread);
            m_show->setEnabled(true);
            m_export->setEnabled(true);
            if (!written) {
                MessageBox::warning(this, title, written.error().message);
                emit exported(false, written.error().message);
                return;
            }
            const QString message = tr("%Ln member(s) written to %1.", nullptr, int(written.value())).arg(file->fileName());
            MessageBox::information(this, title, message);
            emit exported(true, message);
        });
}

} // namespace pd::ui
