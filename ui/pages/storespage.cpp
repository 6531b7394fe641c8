#include "storespage.h"

#include "core/stores/storelistmodel.h"
#include "ui/dialogs/storedialog.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/messagebox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

StoresPage::StoresPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("storesPage"));
    m_model = new StoreListModel(m_context.db, m_context.clock, this);
    m_view = new QTableView(this);
    setUpListView(m_view, "storesView");
    m_view->setModel(m_model);
    auto *add = new QPushButton(tr("&Add store…"), this);
    add->setObjectName(QStringLiteral("addButton"));
    auto *edit = new QPushButton(tr("&Edit…"), this);
    edit->setObjectName(QStringLiteral("editButton"));
    connect(add, &QPushButton::clicked, this, [this] { openDialog(false); });
    connect(edit, &QPushButton::clicked, this, [this] { openDialog(true); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { openDialog(true); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    reload();
}

void StoresPage::reload()
{
    if (Status s = m_model->reload(); !s)
        MessageBox::warning(this, tr("Stores"), s.error().message);
    fitColumns(m_view);
}

void StoresPage::openDialog(bool editing)
{
    Store store;
    if (editing) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const auto chosen = m_model->recordAt(rows.first().row());
        if (!chosen)
            return;
        store = *chosen;
    }
    auto *dialog = new StoreDialog(m_context, store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StoreDialog::saved, this, &StoresPage::reload);
    dialog->open();
}

} // namespace pd::ui
