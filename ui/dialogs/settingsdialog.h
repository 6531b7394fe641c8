#pragma once

#include <QDialog>

class QComboBox;

namespace pd::ui {

// The user's own preferences on this computer (kept in QSettings): the interface language.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "" follows the system, "zh_CN" or "en".
    static QString languageSetting();
    static void setLanguageSetting(const QString &code);
    static QLocale effectiveLocale();

signals:
    void languageChanged();

private:
    void save();

    QComboBox *m_language;
};

} // namespace pd::ui
