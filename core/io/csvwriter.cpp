#include "csvwriter.h"

#include <QRegularExpression>

namespace pd::csv {

QString neutralizeFormula(const QString &cell)
{
    // a plain number (a negative points delta) is data, not a formula
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?\\z"));
    if (!cell.isEmpty() && !number.match(cell).hasMatch()) {
        const QChar c = cell.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            return QLatin1Char('\'') + cell;
    }
    return cell;
}

QByteArray line(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        const QString cell = neutralizeFormula(fields.at(i));
        const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                           || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
        if (quote) {
            QString escaped = cell;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out += '"' + escaped.toUtf8() + '"';
        } else {
            out += cell.toUtf8();
        }
    }
    out += "\r\n";
    return out;
}

} // namespace pd::csv
