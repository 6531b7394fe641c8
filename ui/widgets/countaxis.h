#pragma once

#include <QString>
#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace pd::ui {

// A value axis for whole counts (points, members) from 0 to a little above `highest`, its labels
// written the user's way (4,000,000,000). Qt keeps the numbers' locale on the chart, so the
// chart is set to localize them; the caller adds the axis.
QValueAxis *countAxis(QChart *chart, qint64 highest, const QString &title);

} // namespace pd::ui
