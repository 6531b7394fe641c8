#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QCalendarWidget;
class QLabel;

namespace pd::ui {

// A member's check-ins on a month calendar: checked in, made up, missed, and the days ahead that
// will pay a streak bonus if the member comes every day (with how much); above it the days in a
// row, the days to the next bonus and the make-up cards left this month.
class CheckinCalendar : public QWidget
{
    Q_OBJECT
public:
    CheckinCalendar(const AppContext &context, qint64 memberId, QWidget *parent = nullptr);

    void showMonth(int year, int month);

private:
    const AppContext &m_context;
    qint64 m_memberId;
    QCalendarWidget *m_calendar;
    QLabel *m_summary, *m_legend;
};

} // namespace pd::ui
