#include "datefield.h"

#include <QAction>
#include <QCalendarWidget>
#include <QMenu>
#include <QStyle>
#include <QWidgetAction>

namespace pd::ui {

DateField::DateField(const QDate &date, QWidget *parent) : QLineEdit(parent)
{
    setInputMask(QStringLiteral("0000-00-00"));
    setDate(date);
    QAction *calendar = addAction(style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    calendar->setToolTip(tr("Pick from a calendar"));
    connect(calendar, &QAction::triggered, this, &DateField::pickFromCalendar);
    connect(this, &QLineEdit::textChanged, this, [this] { emit dateChanged(this->date()); });
}

QDate DateField::date() const
{
    return QDate::fromString(text(), QStringLiteral("yyyy-MM-dd"));
}

void DateField::setDate(const QDate &date)
{
    setText(date.toString(QStringLiteral("yyyy-MM-dd")));
}

void DateField::pickFromCalendar()
{
    QMenu popup(this);
    auto *calendar = new QCalendarWidget(&popup);
    if (date().isValid())
        calendar->setSelectedDate(date());
    auto *holder = new QWidgetAction(&popup);
    holder->setDefaultWidget(calendar);
    popup.addAction(holder);
    connect(calendar, &QCalendarWidget::clicked, &popup, [this, &popup](const QDate &picked) {
        setDate(picked);
        popup.close();
    });
    popup.exec(mapToGlobal(rect().bottomLeft()));
}

} // namespace pd::ui
