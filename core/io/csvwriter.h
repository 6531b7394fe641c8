#pragma once

#include "core/io/textencoding.h"

#include <QByteArray>
#include <QStringList>

namespace pd::csv {

// One CSV line (with CRLF) from fields, quoting where RFC 4180 needs it. Text cells that a
// spreadsheet would run as a formula (starting with = + - @ tab or CR) get a leading ';
// plain numbers such as -400 stay as they are.
QByteArray line(const QStringList &fields);
// kUtf8Bom is written first in a CSV file meant for people: Excel and WPS on a Chinese PC read
// a file without it as GBK and show the Chinese text garbled. Output read by programs
// (standard output) goes without it.
using pd::kUtf8Bom;
QString neutralizeFormula(const QString &cell);

} // namespace pd::csv
