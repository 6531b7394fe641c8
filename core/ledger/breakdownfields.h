#pragma once

#include <QByteArrayView>

#include <algorithm>

namespace pd::breakdownfields {

// Calls visit(key, value) for each top-level field of a breakdown as the ledger wrote it
// (compact JSON, UTF-8), in one pass without building the object: the simulator reads millions.
// A nested value (the bonuses list, whose objects repeat some keys) is skipped whole; a text
// value is given between its quotes with its escapes as they are (codes have none), any other
// value as written (a number, true, null). Input that is not such JSON ends the walk early,
// never reads past its end.
template<typename Visit>
void forEachTopLevel(QByteArrayView json, Visit visit)
{
    const qsizetype n = json.size();
    const auto endOfText = [&](qsizetype i) { // i just past the opening quote → the closing one
        while (i < n && json.at(i) != '"')
            i += json.at(i) == '\\' ? 2 : 1;
        return std::min(i, n);
    };
    qsizetype i = json.indexOf('{') + 1;
    while (i > 0 && i < n) {
        while (i < n && json.at(i) != '"' && json.at(i) != '}')
            ++i;
        if (i >= n || json.at(i) == '}')
            return;
        const qsizetype keyEnd = endOfText(i + 1);
        const QByteArrayView key = json.sliced(i + 1, keyEnd - i - 1);
        i = keyEnd + 2; // past the quote and the colon
        if (i >= n)
            return;
        if (json.at(i) == '"') {
            const qsizetype end = endOfText(i + 1);
            visit(key, json.sliced(i + 1, end - i - 1));
            i = end + 1;
        } else if (json.at(i) == '[' || json.at(i) == '{') {
            int depth = 0;
            for (; i < n; ++i) {
                const char c = json.at(i);
                if (c == '"')
                    i = endOfText(i + 1);
                else if (c == '[' || c == '{')
                    ++depth;
                else if ((c == ']' || c == '}') && --depth == 0)
                    break;
            }
            ++i;
        } else {
            const qsizetype start = i;
            while (i < n && json.at(i) != ',' && json.at(i) != '}')
                ++i;
            visit(key, json.sliced(start, i - start));
        }
    }
}

} // namespace pd::breakdownfields
