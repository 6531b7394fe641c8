#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSettings>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

QString SettingsDialog::languageSetting()
{
    return QSettings().value(kLanguageKey).toString();
}

void SettingsDialog::setLanguageSetting(const QString &code)
{
    QSettings().setValue(kLanguageKey, code);
}

QLocale SettingsDialog::effectiveLocale()
{
    const QString code = languageSetting();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageSetting())));
    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::save()
{
    const QString chosen = m_language->currentData().toString();
    const bool changed = chosen != languageSetting();
    setLanguageSetting(chosen);
    accept();
    if (changed)
        emit languageChanged();
}

} // namespace pd::ui
