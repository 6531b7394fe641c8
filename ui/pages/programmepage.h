#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace pd::ui {

class FormErrorLabel;

// Administrators set the programme: earning rates per scenario and partner, tiers, the
// expiry policy, the adjustment threshold, and charity projects.
class ProgrammePage : public QWidget
{
    Q_OBJECT
public:
    ProgrammePage(const AppContext &context, QWidget *parent = nullptr);
    void reload();

private:
    void saveRates();
    void saveTiers();
    void saveSettings();
    void addCharity();
    QString chosenExpiryPolicy() const;

    const AppContext &m_context;
    QTableWidget *m_rates, *m_tiers, *m_charities;
    QComboBox *m_expiry;
    QSpinBox *m_expiryMonths;
    QLineEdit *m_charityCode, *m_charityName;
    QSpinBox *m_threshold, *m_charityRate;
    FormErrorLabel *m_error, *m_settingsError;
};

} // namespace pd::ui
