#include "compliancepage.h"

#include "core/compliance/compliancechecks.h"
#include "ui/pages/checkspanel.h"
#include "ui/pages/personaldatapanel.h"
#include "ui/pages/reminderspanel.h"
#include "ui/pages/rulespanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace pd::ui {

CompliancePage::CompliancePage(const AppContext &context, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("compliancePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("complianceTabs"));
    m_checks = new ChecksPanel(context, m_tabs);
    m_rules = new RulesPanel(context, m_tabs);
    m_reminders = new RemindersPanel(context, m_tabs);
    m_personalData = new PersonalDataPanel(context, m_tabs);
    m_tabs->addTab(m_checks, tr("Checks"));
    m_tabs->addTab(m_rules, tr("Programme rules"));
    m_tabs->addTab(m_reminders, tr("Expiry reminders"));
    m_tabs->addTab(m_personalData, tr("Personal data requests"));
    layout->addWidget(m_tabs);
    connect(m_checks, &ChecksPanel::openRequested, this, [this](const Finding &f) {
        if (f.subjectKind == FindingSubject::DataRequest) {
            m_tabs->setCurrentWidget(m_personalData);
            m_personalData->selectRequest(f.subjectId);
        } else if (f.subjectKind == FindingSubject::Reminders) {
            m_tabs->setCurrentWidget(m_reminders);
        } else if (f.subjectKind == FindingSubject::Rules) {
            m_tabs->setCurrentWidget(m_rules);
        } else if (f.subjectKind == FindingSubject::Campaign) {
            emit openCampaign(f.subject);
        } else if (f.subjectKind == FindingSubject::CatalogItem) {
            emit openCatalogItem(f.subject);
        }
    });
    // answering a request can clear a finding: the checks run again when they are shown
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_checks)
            m_checks->runChecks();
    });
}

} // namespace pd::ui
