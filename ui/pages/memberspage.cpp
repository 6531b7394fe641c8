#include "memberspage.h"

#include "core/members/membermodel.h"
#include "core/members/memberservice.h"
#include "core/rules/programmerules.h"
#include "ui/dialogs/memberdetaildialog.h"
#include "ui/dialogs/memberdialog.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/storecombo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

MembersPage::MembersPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_service(std::make_unique<MemberService>(context.db, context.clock))
{
    setObjectName(QStringLiteral("membersPage"));
    m_model = new MemberModel(context.db, *m_service, context.session, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Card number, mobile, name or pinyin initials (zs finds 张三)"));
    m_search->setClearButtonEnabled(true);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("searchModeCombo"));
    m_mode->addItem(tr("Any"), int(MemberSearchMode::Auto));
    m_mode->addItem(tr("Card number"), int(MemberSearchMode::CardNo));
    m_mode->addItem(tr("Mobile"), int(MemberSearchMode::Mobile));
    m_mode->addItem(tr("Name"), int(MemberSearchMode::Name));
    m_mode->addItem(tr("Pinyin initials"), int(MemberSearchMode::Initials));

    m_storeFilter = storeCombo(context, this, "storeFilter");
    m_storeFilter->insertItem(0, tr("Every store"), QString());
    m_storeFilter->setCurrentIndex(0);
    m_tierFilter = new QComboBox(this);
    m_tierFilter->setObjectName(QStringLiteral("tierFilter"));
    m_tierFilter->addItem(tr("Every tier"), QString());
    if (auto rules = ProgrammeRules::load(context.db)) {
        for (const Tier &t : rules->tiers)
            m_tierFilter->addItem(tierName(t.code), t.code);
    }
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Every status"), QString());
    for (MemberStatus s : {MemberStatus::Active, MemberStatus::Frozen, MemberStatus::Closed})
        m_statusFilter->addItem(memberStatusName(s), memberStatusCode(s));
    m_sortNote = new QLabel(this);
    m_sortNote->setObjectName(QStringLiteral("sortNote"));
    m_sortNote->hide();

    m_view = new QTableView(this);
    setUpListView(m_view, "membersView");
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &MembersPage::sortRequested);
    m_view->setColumnWidth(MemberModel::CardNo, 110);
    m_view->setColumnWidth(MemberModel::Name, 90);
    m_view->setColumnWidth(MemberModel::Mobile, 110);
    m_view->setColumnWidth(MemberModel::Store, 190);

    auto button = [this](const char *name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_register = button("registerButton", tr("&Register…"));
    m_edit = button("editButton", tr("&Edit…"));
    m_freeze = button("freezeButton", tr("Free&ze"));
    m_close = button("closeButton", tr("Close membership…"));
    m_reveal = button("revealButton", tr("Show &mobile"));
    m_points = button("pointsButton", tr("Poi&nts…"));
    m_register->setVisible(context.session.can(Permission::MemberRegister));
    for (QPushButton *b : {m_edit, m_freeze, m_close})
        b->setVisible(context.session.can(Permission::MemberEdit));
    m_reveal->setVisible(context.session.can(Permission::MemberRevealMobile));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_mode);
    searchRow->addWidget(m_storeFilter);
    searchRow->addWidget(m_tierFilter);
    searchRow->addWidget(m_statusFilter);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_points, m_register, m_edit, m_freeze, m_close, m_reveal})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_sortNote);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    // Searching waits for a pause in typing, so each keystroke does not query the database.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &MembersPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MembersPage::applySearch);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &MembersPage::applySearch);
    for (QComboBox *filter : {m_storeFilter, m_tierFilter, m_statusFilter})
        connect(filter, &QComboBox::currentIndexChanged, this, &MembersPage::applyFilter);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, m_model, &MemberModel::refreshLoaded);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MembersPage::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MembersPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isVisible())
            editMember();
    });
    connect(m_register, &QPushButton::clicked, this, &MembersPage::registerMember);
    connect(m_edit, &QPushButton::clicked, this, &MembersPage::editMember);
    connect(m_freeze, &QPushButton::clicked, this, &MembersPage::toggleFrozen);
    connect(m_close, &QPushButton::clicked, this, &MembersPage::closeMembership);
    connect(m_reveal, &QPushButton::clicked, this, &MembersPage::revealMobile);
    connect(m_points, &QPushButton::clicked, this, &MembersPage::showPoints);
    updateButtons();
    updateCount();
}

MembersPage::~MembersPage() = default;

void MembersPage::showEvent(QShowEvent *event)
{
    m_model->refreshLoaded();
    QWidget::showEvent(event);
}

void MembersPage::applyFilter()
{
    MemberListFilter filter;
    filter.storeCode = m_storeFilter->currentData().toString();
    filter.tier = m_tierFilter->currentData().toString();
    if (const QString status = m_statusFilter->currentData().toString(); !status.isEmpty())
        filter.status = memberStatusFromCode(status);
    m_model->setListFilter(filter);
}

void MembersPage::sortRequested(int column, Qt::SortOrder order)
{
    if (m_model->sortBy(column, order)) {
        m_sortNote->hide();
        return;
    }
    // the whole programme's list is in the database's order; a search or a filter first
    m_sortNote->setText(tr("The whole list sorts by card number or name. Search or filter first to sort by \"%1\".")
                            .arg(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
    m_sortNote->show();
    const QSignalBlocker quiet(m_view->horizontalHeader());
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), order);
}

void MembersPage::applySearch()
{
    m_searchDelay->stop();
    m_model->setSearch(m_search->text(), MemberSearchMode(m_mode->currentData().toInt()));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

int MembersPage::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void MembersPage::updateButtons()
{
    const int row = currentRow();
    const bool selected = row >= 0;
    const Member m = m_model->memberAt(row);
    const bool open = selected && m.status != MemberStatus::Closed;
    m_edit->setEnabled(open);
    m_freeze->setEnabled(open);
    m_freeze->setText(m.status == MemberStatus::Frozen ? tr("Unfree&ze") : tr("Free&ze"));
    m_close->setEnabled(open);
    m_reveal->setEnabled(selected);
    m_points->setEnabled(selected);
}

void MembersPage::updateCount()
{
    const int n = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({}) ? tr("%1 members shown, more as you scroll").arg(n)
                                               : tr("%n member(s)", nullptr, n));
}

void MembersPage::registerMember()
{
    auto *dialog = new MemberDialog(m_context, Member{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDialog::saved, this, &MembersPage::afterSave);
    dialog->open();
}

void MembersPage::editMember()
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto *dialog = new MemberDialog(m_context, m_model->memberAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDialog::saved, this, &MembersPage::afterSave);
    dialog->open();
}

void MembersPage::afterSave(qint64 memberId)
{
    m_model->refreshMember(memberId);
    const int row = m_model->rowOf(memberId);
    if (row >= 0)
        m_view->selectRow(row);
    updateButtons();
}

void MembersPage::toggleFrozen()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Member m = m_model->memberAt(row);
    const MemberStatus next = m.status == MemberStatus::Frozen ? MemberStatus::Active : MemberStatus::Frozen;
    if (Status s = m_service->setStatus(m_context.session, m.id, next); !s) {
        MessageBox::warning(this, tr("Member"), s.error().message);
        return;
    }
    afterSave(m.id);
}

void MembersPage::closeMembership()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Member m = m_model->memberAt(row);
    if (MessageBox::question(this, tr("Close membership"),
                             tr("Close the membership of %1 (card %2)? A closed membership cannot be reopened.")
                                 .arg(m.name, m.cardNo))
        != MessageBox::Answer::Yes)
        return;
    if (Status s = m_service->setStatus(m_context.session, m.id, MemberStatus::Closed); !s) {
        MessageBox::warning(this, tr("Member"), s.error().message);
        return;
    }
    afterSave(m.id);
}

void MembersPage::showPoints()
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto *dialog = new MemberDetailDialog(m_context, m_model->memberAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MembersPage::revealMobile()
{
    if (Status s = m_model->revealMobile(currentRow()); !s)
        MessageBox::warning(this, tr("Mobile number"), s.error().message);
}

} // namespace pd::ui
