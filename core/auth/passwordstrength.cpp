#include "passwordstrength.h"

#include <QCoreApplication>

#include <zxcvbn.h>

#include <array>
#include <vector>

namespace pd::passwordstrength {

namespace {

// The kind of match that covers most of the password names its weakness.
QString weaknessOf(const ZxcMatch_t *matches)
{
    std::array<int, 12> covered{};
    for (const ZxcMatch_t *m = matches; m; m = m->Next) {
        const int type = int(m->Type) & ~int(MULTIPLE_MATCH);
        if (type >= 0 && type < int(covered.size()))
            covered[size_t(type)] += m->Length;
    }
    int worst = NON_MATCH;
    for (int type = DICTIONARY_MATCH; type < int(covered.size()); ++type) {
        if (covered[size_t(type)] > covered[size_t(worst)])
            worst = type;
    }
    switch (worst) {
    case DICTIONARY_MATCH:
    case DICT_LEET_MATCH:
        return QCoreApplication::translate("pd::PasswordStrength", "it is made of common words or passwords (letters swapped for look-alike digits do not help)");
    case USER_MATCH:
    case USER_LEET_MATCH:
        return QCoreApplication::translate("pd::PasswordStrength", "it contains the user's name or the program's");
    case REPEATS_MATCH:
        return QCoreApplication::translate("pd::PasswordStrength", "it repeats the same characters");
    case SEQUENCE_MATCH:
        return QCoreApplication::translate("pd::PasswordStrength", "it is a sequence such as abcd or 1234");
    case SPATIAL_MATCH:
        return QCoreApplication::translate("pd::PasswordStrength", "it follows neighbouring keys on the keyboard");
    case DATE_MATCH:
    case YEAR_MATCH:
        return QCoreApplication::translate("pd::PasswordStrength", "it is mostly a date or a year");
    default:
        return QCoreApplication::translate("pd::PasswordStrength", "it is too short for its kind of characters");
    }
}

} // namespace

bool Rating::acceptable() const
{
    return bits >= kMinimumBits;
}

Rating rate(const QString &password, const QStringList &personalWords)
{
    const QByteArray utf8 = password.toUtf8();
    std::vector<QByteArray> words;
    for (const QString &w : personalWords) {
        if (!w.trimmed().isEmpty())
            words.push_back(w.trimmed().toLower().toUtf8());
    }
    std::vector<const char *> dictionary;
    for (const QByteArray &w : words)
        dictionary.push_back(w.constData());
    dictionary.push_back(nullptr);
    ZxcMatch_t *matches = nullptr;
    Rating rating;
    rating.bits = ZxcvbnMatch(utf8.constData(), dictionary.data(), &matches);
    if (!rating.acceptable())
        rating.weakness = weaknessOf(matches);
    ZxcvbnFreeInfo(matches);
    return rating;
}

} // namespace pd::passwordstrength
