#include "catalogpage.h"

#include "core/campaigns/campaignawards.h"
#include "core/catalog/catalogmodel.h"
#include "core/catalog/catalogservice.h"
#include "core/clock.h"
#include "core/io/catalogexport.h"
#include "core/redemption/redemptionterms.h"
#include "core/pointsmath.h"
#include "ui/dialogs/catalogitemdialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/widgets/csvfile.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/messagebox.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

CatalogPage::CatalogPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("catalogPage"));
    m_model = new CatalogModel(context.db, context.clock, context.session, this);
    m_view = new QTableView(this);
    setUpListView(m_view, "catalogView");
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("pictureLabel"));
    m_picture->setFixedSize(200, 200);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setStyleSheet(QStringLiteral("border: 1px solid #ddd; background: #fafafa; color: #888;"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setWordWrap(true);
    m_details->setFixedWidth(200);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    const bool manage = context.session.can(Permission::CatalogManage);
    const auto button = [this, manage](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setVisible(manage);
        return b;
    };
    QPushButton *add = button(tr("&Add item…"), "addButton");
    QPushButton *edit = button(tr("&Edit…"), "editButton");
    QPushButton *import = button(tr("&Import CSV…"), "importButton");
    QPushButton *exportButton = button(tr("E&xport CSV…"), "exportButton");
    connect(add, &QPushButton::clicked, this, [this] { openDialog(false); });
    connect(edit, &QPushButton::clicked, this, [this] { openDialog(true); });
    connect(import, &QPushButton::clicked, this, &CatalogPage::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &CatalogPage::exportCsv);
    if (manage)
        connect(m_view, &QTableView::doubleClicked, this, [this] { openDialog(true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogPage::showSelected);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, edit, import, exportButton})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *side = new QVBoxLayout;
    side->addWidget(m_picture);
    side->addWidget(m_details, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);
    reload();
}

void CatalogPage::selectItem(const QString &code)
{
    if (const int row = m_model->rowOf(code); row >= 0)
        m_view->selectRow(row);
}

void CatalogPage::reload(const QString &selectCode)
{
    if (Status s = m_model->reload(); !s)
        MessageBox::warning(this, tr("Catalog"), s.error().message);
    fitColumns(m_view);
    const int row = selectCode.isEmpty() ? 0 : std::max(0, m_model->rowOf(selectCode));
    if (m_model->rowCount() > 0)
        m_view->selectRow(row);
    showSelected();
}

void CatalogPage::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_picture->setText(tr("No item chosen"));
        m_details->clear();
        return;
    }
    const CatalogItem item = m_model->itemAt(current.row());
    QPixmap pixmap;
    auto bytes = item.hasImage ? CatalogService(m_context.db, m_context.clock).image(m_context.session, item.id) : Result<QByteArray>(QByteArray());
    if (bytes && pixmap.loadFromData(bytes.value()))
        m_picture->setPixmap(pixmap.scaled(m_picture->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_picture->setText(tr("No picture"));
    m_details->setText(QStringLiteral("<b>%1</b><br/>%2<br/><br/>%3")
                           .arg(item.name.toHtmlEscaped(),
                                tr("%1 points%2 · worth ¥%3 · one point is worth %4")
                                    .arg(QLocale().toString(item.pointsPrice))
                                    .arg(item.cashFen > 0 ? tr(" + ¥%1").arg(points::displayYuan(item.cashFen)) : QString())
                                    .arg(points::displayYuan(item.retailValueFen))
                                    .arg(item.pointValueText())
                                    .toHtmlEscaped(),
                                item.description.toHtmlEscaped()));
    // a redemption sale today: both prices, and how much more a point buys
    const QDate today = businessToday(m_context.clock);
    if (auto live = campaignawards::liveOn(m_context.db, today, false))
        if (const auto sale = saleOf(live.value(), item.code, today))
            m_details->setText(m_details->text() + QStringLiteral("<br/><br/><span style=\"color:#d32f2f\">%1</span>")
                                                       .arg(saleDescription(item, *sale).toHtmlEscaped()));
}

void CatalogPage::openDialog(bool editing)
{
    CatalogItem item;
    if (editing) {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return;
        item = m_model->itemAt(current.row());
    }
    auto *dialog = new CatalogItemDialog(m_context, item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CatalogItemDialog::saved, this, [this](const QString &code) { reload(code); });
    dialog->open();
}

void CatalogPage::importCsv()
{
    auto *dialog = new ImportDialog(m_context, ImportKind::Catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this] { reload(); });
    dialog->open();
}

void CatalogPage::exportCsv()
{
    const auto output = openCsvForExport(this, tr("Export catalog"), QStringLiteral("catalog.csv"));
    if (!output)
        return;
    auto n = exportCatalogCsv(m_context.db, m_context.clock, m_context.session, output.get());
    if (!n)
        MessageBox::warning(this, tr("Export catalog"), n.error().message);
    else
        MessageBox::information(this, tr("Export catalog"), tr("%1 items written to %2.").arg(n.value()).arg(output->fileName()));
}

} // namespace pd::ui
