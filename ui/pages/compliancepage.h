#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QTabWidget;

namespace pd::ui {

class ChecksPanel;
class PersonalDataPanel;
class RemindersPanel;
class RulesPanel;

// The compliance officer's screen: the checks' findings, the programme rules, the expiry
// reminders and the personal-data requests.
class CompliancePage : public QWidget
{
    Q_OBJECT
public:
    CompliancePage(const AppContext &context, QWidget *parent = nullptr);
    ChecksPanel *checks() const { return m_checks; }
    PersonalDataPanel *personalData() const { return m_personalData; }
    RemindersPanel *reminders() const { return m_reminders; }
    RulesPanel *rules() const { return m_rules; }

signals:
    // A finding concerns this campaign: the window shows it on the campaigns screen.
    void openCampaign(const QString &code);
    // … or this catalog item (for those who keep the catalog): the window shows it there.
    void openCatalogItem(const QString &code);

private:
    QTabWidget *m_tabs;
    ChecksPanel *m_checks;
    PersonalDataPanel *m_personalData;
    RemindersPanel *m_reminders;
    RulesPanel *m_rules;
};

} // namespace pd::ui
