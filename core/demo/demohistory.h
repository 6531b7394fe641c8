#pragma once

#include "core/access/session.h"
#include "core/result.h"

#include <QDate>

#include <atomic>
#include <functional>

namespace pd {

class Clock;
class Database;

struct DemoHistoryOptions
{
    qint64 receipts = 10000;
    quint32 seed = 20261202;
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

struct DemoHistorySummary
{
    qint64 receipts = 0, returns = 0, redemptions = 0, donations = 0, tierReviews = 0;
    QDate first, last;
    bool cancelled = false;
};

// A year of the demo programme's life, posted through the real operations (DESIGN §12 `demo
// --receipts M`), so the insights screen shows real shapes on first start: receipts over the
// 365 days before today with a weekly rhythm (weekends busier), festivals (New Year, Spring
// Festival, May Day, National Day, 11.11), the township store's market days, partner
// merchants' larger and rarer receipts, green goods, points paid at the till, a few returns,
// redemptions of catalog items, donations and the monthly tier review on the first of each
// month. Each day's operations run at that day's time (a clock of their own), in time order,
// so lots, tiers and the audit trail read as lived.
// Expects the demo's stores, members, catalog and charity project (DemoData::create). Written
// once: a database that has the history already gets nothing more.
class DemoHistory
{
public:
    DemoHistory(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<DemoHistorySummary> post(const Session &session, const DemoHistoryOptions &options);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd
