#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdio>

namespace pd::bench {

// One figure with its target.
struct Row
{
    QString key, what, value, target;
    double number = 0;
    bool met = true;
};

// The benchmark's figures: printed as they come, then written as JSON and as a Markdown table.
class Report
{
public:
    void add(const QString &key, const QString &what, double number, const QString &unit, const QString &target = {}, bool met = true)
    {
        m_rows.append({key, what, QString::number(number, 'f', number < 10 ? 2 : 0) + QLatin1Char(' ') + unit, target, number, met});
        std::printf("%-58s %14s   %s\n", qPrintable(what), qPrintable(m_rows.last().value),
                    qPrintable(target.isEmpty() ? QString() : (met ? QStringLiteral("target %1: met") : QStringLiteral("target %1: MISSED")).arg(target)));
        std::fflush(stdout);
    }
    QJsonObject json() const
    {
        QJsonObject figures;
        for (const Row &r : m_rows)
            figures.insert(r.key, QJsonObject{{QStringLiteral("what"), r.what}, {QStringLiteral("value"), r.number},
                                              {QStringLiteral("target"), r.target}, {QStringLiteral("met"), r.met}});
        return figures;
    }
    QString markdown() const
    {
        QString md = QStringLiteral("| Measure | Result | Target |\n|---|---|---|\n");
        for (const Row &r : m_rows)
            md += QStringLiteral("| %1 | %2 | %3 |\n").arg(r.what, r.value, r.target.isEmpty() ? QString() : r.target + (r.met ? QString() : QStringLiteral(" — missed")));
        return md;
    }

private:
    QList<Row> m_rows;
};

} // namespace pd::bench
