#include "storespage.h"

#include "core/stores/storeservice.h"
#include "ui/dialogs/storedialog.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/messagebox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
QString partnerName(const QString &code)
{
    if (code.isEmpty()) return StoresPage::tr("Own store");
    if (code == QLatin1String("eyewear")) return StoresPage::tr("Partner: eyewear");
    if (code == QLatin1String("hometex")) return StoresPage::tr("Partner: home textiles");
    if (code == QLatin1String("auto4s")) return StoresPage::tr("Partner: car 4S dealer");
    return code;
}
} // namespace

StoresPage::StoresPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("storesPage"));
    m_model = new QStandardItemModel(this);
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
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("City"), tr("Kind")});
    auto stores = StoreService(m_context.db, m_context.clock).stores();
    if (!stores) {
        MessageBox::warning(this, tr("Stores"), stores.error().message);
        return;
    }
    for (const Store &s : stores.value()) {
        auto *code = new QStandardItem(s.code);
        code->setData(QVariant::fromValue(s.id), Qt::UserRole);
        m_model->appendRow({code, new QStandardItem(s.name), new QStandardItem(s.city), new QStandardItem(partnerName(s.partnerCode))});
    }
    fitColumns(m_view);
}

void StoresPage::openDialog(bool editing)
{
    Store store;
    if (editing) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        auto found = StoreService(m_context.db, m_context.clock).storeByCode(m_model->item(rows.first().row(), 0)->text());
        if (!found)
            return;
        store = found.value();
    }
    auto *dialog = new StoreDialog(m_context, store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StoreDialog::saved, this, &StoresPage::reload);
    dialog->open();
}

} // namespace pd::ui
