#include "storedialog.h"

#include "core/rules/scenarios.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/formerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

StoreDialog::StoreDialog(const AppContext &context, const Store &existing, QWidget *parent)
    : QDialog(parent), m_context(context), m_existing(existing)
{
    setObjectName(QStringLiteral("storeDialog"));
    setWindowTitle(existing.id ? tr("Edit store %1").arg(existing.code) : tr("Add a store"));
    m_code = new QLineEdit(existing.code, this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setReadOnly(existing.id != 0);
    m_name = new QLineEdit(existing.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_city = new QLineEdit(existing.city, this);
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("partnerCombo"));
    m_partner->addItem(tr("Own store"), QString());
    // the partner merchants of the programme screen; a new one is added there first
    if (auto partners = scenarios::partners(context.db))
        for (const EarningRate &p : partners.value())
            m_partner->addItem(tr("Partner: %1").arg(p.name()), p.partnerCode());
    if (!existing.partnerCode.isEmpty() && m_partner->findData(existing.partnerCode) < 0)
        m_partner->addItem(existing.partnerCode, existing.partnerCode); // kept as it is until changed
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(existing.partnerCode)));
    auto *form = new QFormLayout;
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("City:"), m_city);
    form->addRow(tr("Kind:"), m_partner);
    m_error = new FormErrorLabel(this);
    layoutFormDialog(this, form, m_error, tr("Save"), "saveButton", [this] { save(); });
}

void StoreDialog::save()
{
    Store s = m_existing;
    s.code = m_code->text().trimmed();
    s.name = m_name->text().trimmed();
    s.city = m_city->text().trimmed();
    s.partnerCode = m_partner->currentData().toString();
    StoreService service(m_context.db, m_context.clock);
    const Status status = s.id ? service.updateStore(m_context.session, s)
                               : [&] { auto id = service.addStore(m_context.session, s); return id ? Status() : Status(id.error()); }();
    if (!status) {
        m_error->showError(status.error().message);
        return;
    }
    emit saved();
    accept();
}

} // namespace pd::ui
