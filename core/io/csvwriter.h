#pragma once

#include <QByteArray>
#include <QStringList>

namespace pd::csv {

// One CSV line (with CRLF) from fields, quoting where RFC 4180 needs it. Text cells that a
// spreadsheet would run as a formula (starting with = + - @ tab or CR) get a leading '.
QByteArray line(const QStringList &fields);
QString neutralizeFormula(const QString &cell);

} // namespace pd::csv
