#include "countaxis.h"

#include <QChart>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace pd::ui {

QValueAxis *countAxis(QChart *chart, qint64 highest, const QString &title)
{
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.0f")); // with localized numbers Qt Charts 6.4 draws no label for %d
    axis->setRange(0, double(std::max<qint64>(highest, 10)) * 1.1);
    return axis;
}

} // namespace pd::ui
