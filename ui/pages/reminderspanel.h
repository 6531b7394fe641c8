#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pd {
class UnreachedReminderModel;
}

namespace pd::ui {

class DateField;

// Expiry reminders for compliance: run them for a day (on a worker thread, with progress and
// cancel), save that day's SMS gateway file, and see who could not be reminded and why.
class RemindersPanel : public QWidget
{
    Q_OBJECT
public:
    RemindersPanel(const AppContext &context, QWidget *parent = nullptr);
    UnreachedReminderModel *unreached() const { return m_unreached; }
    void reload();

private:
    void runReminders();
    void saveSmsFile();

    const AppContext &m_context;
    DateField *m_asOf;
    QLabel *m_summary;
    QPushButton *m_save;
    UnreachedReminderModel *m_unreached;
    QTableView *m_view;
};

} // namespace pd::ui
