#include "scenariodialog.h"

#include "core/rules/programmerules.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/formerror.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace pd::ui {

ScenarioDialog::ScenarioDialog(const AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("scenarioDialog"));
    setWindowTitle(tr("New scenario or partner merchant"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("A kind of purchase (scenario)"), false);
    m_kind->addItem(tr("A partner merchant"), true);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setMaxLength(32);
    m_code->setPlaceholderText(tr("lower-case letters, digits, _ (as in receipt files)"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(EarningRate::kMaxNameLength);
    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("rateSpin"));
    m_rate->setRange(0, EarningRate::kMaxRate);
    m_rate->setValue(100);
    m_rate->setSuffix(tr(" points per ¥100"));
    auto *hint = new QLabel(this);
    hint->setWordWrap(true);
    const auto explain = [this, hint] {
        hint->setText(m_kind->currentData().toBool()
                          ? tr("Receipts at the partner's stores name it as partner:CODE. Link its stores on the Stores screen "
                               "(Kind); its items in the catalog; it is settled every month.")
                          : tr("Receipts name the scenario by its code; campaigns and badges can be limited to it."));
        // the partner's longer explanation takes more lines: the dialog grows to show them
        if (layout()) {
            layout()->activate();
            adjustSize();
        }
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, explain);
    explain();
    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Earns:"), m_rate);
    form->addRow(hint);
    m_error = new FormErrorLabel(this);
    layoutFormDialog(this, form, m_error, tr("Add"), "addButton", [this] { save(); });
}

void ScenarioDialog::save()
{
    EarningRate rate;
    const QString code = m_code->text().trimmed();
    rate.code = m_kind->currentData().toBool() ? QStringLiteral("partner:") + code : code;
    rate.ownName = m_name->text().trimmed();
    rate.ratePer100 = m_rate->value();
    if (Status s = RulesService(m_context.db, m_context.clock).addScenario(m_context.session, rate); !s) {
        m_error->showError(s.error().message);
        return;
    }
    emit saved();
    accept();
}

} // namespace pd::ui
