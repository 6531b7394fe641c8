#include "checkincalendar.h"

#include "core/checkins/checkinmonth.h"
#include "core/clock.h"
#include "core/pointsmath.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QTextCharFormat dayFormat(CheckinMonth::Day day)
{
    QTextCharFormat f;
    switch (day) {
    case CheckinMonth::Day::Checked: f.setBackground(QColor(0xc8, 0xe6, 0xc9)); break;
    case CheckinMonth::Day::MadeUp: f.setBackground(QColor(0xbb, 0xde, 0xfb)); break;
    case CheckinMonth::Day::Missed: f.setBackground(QColor(0xff, 0xcd, 0xd2)); break;
    case CheckinMonth::Day::Ahead:
    case CheckinMonth::Day::Outside: break;
    }
    f.setToolTip(checkinDayName(day));
    return f;
}

QString swatch(const char *colour, const QString &name)
{
    return QStringLiteral("<span style=\"background:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span> %2").arg(QLatin1String(colour), name.toHtmlEscaped());
}

} // namespace

CheckinCalendar::CheckinCalendar(const AppContext &context, qint64 memberId, QWidget *parent)
    : QWidget(parent), m_context(context), m_memberId(memberId)
{
    setObjectName(QStringLiteral("checkinCalendar"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checkinSummary"));
    m_summary->setWordWrap(true);
    m_calendar = new QCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("checkinCalendarView"));
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setSelectionMode(QCalendarWidget::NoSelection);
    // today is still painted as the selected day: in grey, not in the made-up blue
    QPalette palette = m_calendar->palette();
    palette.setColor(QPalette::Highlight, QColor(0x78, 0x90, 0x9c));
    m_calendar->setPalette(palette);
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setText(QStringList{swatch("#c8e6c9", checkinDayName(CheckinMonth::Day::Checked)),
                                  swatch("#bbdefb", checkinDayName(CheckinMonth::Day::MadeUp)),
                                  swatch("#ffcdd2", checkinDayName(CheckinMonth::Day::Missed)),
                                  QStringLiteral("<b style=\"color:#e65100\">+</b> ") + tr("a streak bonus if the member comes every day").toHtmlEscaped()}
                          .join(QStringLiteral(" &nbsp; ")));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_calendar, 1);
    layout->addWidget(m_legend);
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &CheckinCalendar::showMonth);
    const QDate today = businessToday(context.clock);
    m_calendar->setCurrentPage(today.year(), today.month());
    showMonth(today.year(), today.month());
}

void CheckinCalendar::showMonth(int year, int month)
{
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // forget the last month's marks
    auto read = checkinMonth(m_context.db, m_context.clock, m_context.session, m_memberId, QDate(year, month, 1));
    if (!read) {
        m_summary->setText(read.error().message);
        return;
    }
    const CheckinMonth &m = read.value();
    if (m.campaignName.isEmpty()) {
        m_summary->setText(tr("No check-in campaign runs this month."));
        return;
    }
    for (auto it = m.days.cbegin(); it != m.days.cend(); ++it)
        m_calendar->setDateTextFormat(it.key(), dayFormat(it.value()));
    for (auto it = m.bonusAhead.cbegin(); it != m.bonusAhead.cend(); ++it) {
        QTextCharFormat f = m_calendar->dateTextFormat(it.key());
        f.setForeground(QColor(0xe6, 0x51, 0x00));
        f.setFontWeight(QFont::Bold);
        f.setToolTip(tr("+%1 points if the member comes every day until then").arg(points::displayPoints(it.value())));
        m_calendar->setDateTextFormat(it.key(), f);
    }
    QStringList parts{m.campaignName, tr("days in a row: %1").arg(m.streakToday)};
    if (m.daysToNextBonus > 0)
        parts << tr("days to the next bonus (+%1): %2").arg(points::displayPoints(m.nextBonusPoints)).arg(m.daysToNextBonus);
    parts << (m.cardPricePoints > 0 ? tr("make-up cards left this month: %1 free, then %2 points a card").arg(m.freeCardsLeft).arg(points::displayPoints(m.cardPricePoints))
                                    : tr("make-up cards left this month: %1").arg(m.freeCardsLeft));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setToolTip(m.terms);
}

} // namespace pd::ui
