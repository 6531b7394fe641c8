#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace pd::bench {

// Durations in microseconds, summarised as the benchmark reports them.
class Samples
{
public:
    void add(qint64 micros) { m_values.append(micros); }
    qsizetype count() const { return m_values.size(); }
    qint64 at(qsizetype i) const { return m_values.at(i); }
    double percentile(double p) const
    {
        if (m_values.isEmpty())
            return 0;
        QList<qint64> sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype at = std::min<qsizetype>(sorted.size() - 1, qsizetype(p / 100.0 * double(sorted.size())));
        return double(sorted.at(at));
    }
    double median() const { return percentile(50); }

private:
    QList<qint64> m_values;
};

template<typename F>
qint64 timeMicros(F &&work)
{
    QElapsedTimer t;
    t.start();
    work();
    return t.nsecsElapsed() / 1000;
}

} // namespace pd::bench
