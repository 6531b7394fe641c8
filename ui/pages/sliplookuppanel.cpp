#include "sliplookuppanel.h"

#include "core/reports/documentlookup.h"
#include "ui/widgets/storecombo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace pd::ui {

SlipLookupPanel::SlipLookupPanel(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_store = storeCombo(context, this, "slipStoreCombo");
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("slipNumberEdit"));
    m_number->setPlaceholderText(tr("Receipt, return or redemption number"));
    auto *find = new QPushButton(tr("Fin&d slip"), this);
    find->setObjectName(QStringLiteral("findSlipButton"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("slipResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Store:"), m_store);
    form->addRow(tr("Number:"), m_number);
    form->addRow(find);
    form->addRow(m_result);
    connect(m_number, &QLineEdit::returnPressed, this, &SlipLookupPanel::find);
    connect(find, &QPushButton::clicked, this, &SlipLookupPanel::find);
}

void SlipLookupPanel::find()
{
    auto found = findDocuments(m_context.db, m_context.session, m_store->currentData().toString(), m_number->text());
    if (!found) {
        m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_result->setText(found.error().message);
        return;
    }
    m_result->setStyleSheet(QString());
    if (found->isEmpty()) {
        m_result->setText(tr("No receipt, return or redemption %1 at %2.").arg(m_number->text().trimmed(), m_store->currentText()));
        return;
    }
    QStringList lines;
    for (const FoundDocument &d : std::as_const(found.value()))
        lines << describeDocument(d);
    m_result->setText(lines.join(QLatin1Char('\n')));
}

} // namespace pd::ui
