#pragma once

#include <QJsonObject>
#include <QString>

namespace pd::bench {

// Runs in a child process of its own (so its peak RSS is the GUI's, not the data builder's):
// the members screen and the detail of the member with 5,000 entries, offscreen, real
// widgets. Returns {members_first_rows_ms, detail_first_rows_ms, peak_rss_mb}.
QJsonObject measureScreens(const QString &databaseFile, const QString &card, int runs);

} // namespace pd::bench
