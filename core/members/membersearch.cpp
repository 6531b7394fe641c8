#include "membersearch.h"

#include <QRegularExpression>

namespace pd {

namespace {
MemberSearch prefixRange(const QString &column, const QString &text)
{
    MemberSearch s;
    s.column = column;
    s.low = text;
    // The smallest string greater than every string with this prefix (binary collation).
    s.high = text;
    s.high[s.high.size() - 1] = QChar(char16_t(s.high.at(s.high.size() - 1).unicode() + 1));
    return s;
}

MemberSearch exactMatch(const QString &column, const QString &text)
{
    MemberSearch s;
    s.column = column;
    s.low = text;
    s.exact = true;
    return s;
}
} // namespace

MemberSearch MemberSearch::resolve(const QString &rawText, MemberSearchMode mode)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]+\\z"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+\\z"));
    static const QRegularExpression mobile(QStringLiteral("^1[0-9]{10}\\z"));
    switch (mode) {
    case MemberSearchMode::CardNo: return prefixRange(QStringLiteral("card_no"), text);
    case MemberSearchMode::Mobile: return prefixRange(QStringLiteral("mobile"), text);
    case MemberSearchMode::Name: return prefixRange(QStringLiteral("name"), text);
    case MemberSearchMode::Initials: return prefixRange(QStringLiteral("name_initials"), text.toLower());
    case MemberSearchMode::Auto:
        if (letters.match(text).hasMatch())
            return prefixRange(QStringLiteral("name_initials"), text.toLower());
        if (mobile.match(text).hasMatch())
            return exactMatch(QStringLiteral("mobile"), text);
        if (digits.match(text).hasMatch())
            return prefixRange(QStringLiteral("card_no"), text);
        return prefixRange(QStringLiteral("name"), text);
    }
    return {};
}

} // namespace pd
