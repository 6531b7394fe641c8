#pragma once

#include <QDate>
#include <QLineEdit>

namespace pd::ui {

// A date typed as YYYY-MM-DD, or picked from a calendar. Qt 6.4's QDateEdit ignores a typed
// year (typing 2028-01-01 over 2026-12-01 gave 2026-01-01), so dates people type go here.
class DateField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(const QDate &date, QWidget *parent = nullptr);

    // Invalid while what is typed is not a whole, real date.
    QDate date() const;
    void setDate(const QDate &date);

signals:
    void dateChanged(const QDate &date);

private:
    void pickFromCalendar();
};

} // namespace pd::ui
