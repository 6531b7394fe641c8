#pragma once

#include <QByteArray>
#include <QStringList>

namespace pd::csv {

// One CSV line (with CRLF) from fields, quoting where RFC 4180 needs it. Text cells that a
// spreadsheet would run as a formula (starting with = + - @ tab or CR) get a leading ';
// plain numbers such as -400 stay as they are.
QByteArray line(const QStringList &fields);
QString neutralizeFormula(const QString &cell);

} // namespace pd::csv
