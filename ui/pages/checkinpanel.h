#pragma once

#include "core/members/member.h"
#include "ui/appcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace pd::ui {

class DateField;
class FormErrorLabel;
class PostingGuard;
class ResultLabel;

// Checking the member in at the counter (签到): today, or a missed day made up with a card. The
// campaign's terms are shown; the result says what was paid and how many days in a row. One
// click, one check-in: the guard keeps a double click from trying twice (and the service makes a
// second check-in of the day a no-op anyway).
class CheckinPanel : public QWidget
{
    Q_OBJECT
public:
    CheckinPanel(const AppContext &context, QWidget *parent = nullptr);

    void setMember(const Member &member);

signals:
    void pointsChanged();

private:
    void edited();
    bool checkIn();

    const AppContext &m_context;
    Member m_member;
    QComboBox *m_store;
    DateField *m_day;
    QLabel *m_terms;
    FormErrorLabel *m_error;
    ResultLabel *m_result;
    QPushButton *m_confirm;
    PostingGuard *m_guard;
};

} // namespace pd::ui
