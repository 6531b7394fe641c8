#pragma once

#include "core/campaigns/campaign.h"
#include "core/catalog/catalogitem.h"
#include "core/rules/programmerules.h"
#include "ui/appcontext.h"

#include <QDialog>

class QCalendarWidget;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QFormLayout;
class QHBoxLayout;

namespace pd::ui {

class DateField;
class FormErrorLabel;

// The campaign editor (DESIGN §8): the fields of each type, the schedule on a month calendar,
// while typing what a sample receipt would earn and the terms as members will read them. Saving a
// draft of an approved campaign makes its next version; "Save and submit" sends it for approval.
class CampaignDialog : public QDialog
{
    Q_OBJECT
public:
    CampaignDialog(const AppContext &context, const std::optional<Campaign> &existing, QWidget *parent = nullptr);

    // The campaign as the fields hold it now.
    Campaign campaignFromFields() const;

signals:
    void saved(const QString &code);

private:
    void buildFields();
    void fill(const Campaign &c);
    void updatePreview();
    void showSchedule(const Campaign &c);
    void save(bool submit);
    QString sampleText(const Campaign &c) const;

    const AppContext &m_context;
    std::optional<Campaign> m_existing;
    std::optional<ProgrammeRules> m_rules;  // for the sample receipt
    QHash<QString, CatalogItem> m_items;     // by code, for a sale's sample
    QLineEdit *m_code, *m_name, *m_minAmount, *m_monthDays, *m_dates, *m_saleCash;
    QComboBox *m_type, *m_item;
    DateField *m_from, *m_to;
    QPlainTextEdit *m_terms;
    QListWidget *m_stores, *m_scenarios, *m_tiers;
    QSpinBox *m_budget, *m_memberCap, *m_percent, *m_points;
    // a check-in campaign's ladder
    QSpinBox *m_dailyPoints, *m_cycleDays, *m_freeCards, *m_cardPrice, *m_makeupWindow;
    QLineEdit *m_streakBonus;
    // a badge collection
    QPlainTextEdit *m_badgeLines;
    QSpinBox *m_rewardPoints;
    QComboBox *m_rewardItem;
    QList<QCheckBox *> m_weekdays;
    QFormLayout *m_form;
    QHBoxLayout *m_weekdayRow;
    QCalendarWidget *m_calendar;
    QLabel *m_sample, *m_membersRead, *m_versionNote;
    FormErrorLabel *m_error;
};

} // namespace pd::ui
