#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace pd {
class CharityTotalsModel;
class EarningRatesModel;
class TiersModel;
}

namespace pd::ui {

class FormErrorLabel;

// Administrators set the programme: earning scenarios and partner merchants (named, with their
// rates), tiers, the expiry policy, the adjustment threshold, and charity projects.
class ProgrammePage : public QWidget
{
    Q_OBJECT
public:
    ProgrammePage(const AppContext &context, QWidget *parent = nullptr);
    void reload();
    EarningRatesModel *rates() const { return m_rateModel; }
    TiersModel *tiers() const { return m_tierModel; }

private:
    void saveRates();
    void addScenario();
    void saveTiers();
    void saveSettings();
    void addCharity();
    QString chosenExpiryPolicy() const;

    const AppContext &m_context;
    EarningRatesModel *m_rateModel;
    TiersModel *m_tierModel;
    CharityTotalsModel *m_charityModel;
    QTableView *m_rates, *m_tiers, *m_charities;
    QComboBox *m_expiry;
    QSpinBox *m_expiryMonths;
    QLineEdit *m_charityCode, *m_charityName;
    QSpinBox *m_threshold, *m_charityRate, *m_pointValue, *m_greenRate;
    QSpinBox *m_lockMinutes; // the desks' idle lock
    QLineEdit *m_programmeName; // the chain's name, on its partner settlements
    FormErrorLabel *m_error, *m_settingsError;
};

} // namespace pd::ui
