#pragma once

#include "core/campaigns/campaign.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace pd::badgerules {

// What a member did inside a badge collection's window and filters: receipts that still count (a
// receipt fully returned does not), those with a green part, the scenarios, the spend net of
// returns (in all and per scenario), and the longest run of check-ins.
struct Facts
{
    int visits = 0;
    int greenVisits = 0;
    QSet<QString> scenarios;
    qint64 netSpendFen = 0;
    QHash<QString, qint64> netSpendByScenario;
    int longestStreak = 0;
};

// One badge against the facts: how far the member is and what it needs (fen for spend).
struct Progress
{
    QString code, name;
    qint64 have = 0, need = 0;
    bool reached() const { return have >= need; }
};

QList<Progress> progressOf(const BadgeSet &set, const Facts &facts);

// The rule in words for members ("5 visits", "¥500.00 spent on fuel", "7 days in a row").
QString ruleText(const BadgeRule &badge);

// The badges as typed in the editor, one a line: CODE | name | rule | number [| scenario]; and back.
Result<QList<BadgeRule>> parseLines(const QString &text);
QString lines(const QList<BadgeRule> &badges);

// The longest run of consecutive dates.
int longestRun(QList<QDate> dates);

} // namespace pd::badgerules
