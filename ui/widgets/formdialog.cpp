#include "formdialog.h"

#include "ui/widgets/formerror.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

QPushButton *layoutFormDialog(QDialog *dialog, QLayout *form, FormErrorLabel *error, const QString &acceptText,
                              const char *acceptName, std::function<void()> onAccept)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    accept->setObjectName(QLatin1String(acceptName));
    accept->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, std::move(onAccept));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = qobject_cast<QVBoxLayout *>(dialog->layout());
    if (!layout)
        layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(420);
    return accept;
}

void setUpListView(QTableView *view, const char *objectName)
{
    view->setObjectName(QLatin1String(objectName));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
}

void fitColumns(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    const int least = view->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 16;
    header->setMinimumSectionSize(least);
    view->resizeColumnsToContents();
    for (int c = 0; c < header->count(); ++c) {
        // a title that wraps nowhere: as wide as its words
        const int title = view->fontMetrics().horizontalAdvance(view->model()->headerData(c, Qt::Horizontal).toString()) + 24;
        header->resizeSection(c, std::max({header->sectionSize(c), title, least}));
    }
}

} // namespace pd::ui
