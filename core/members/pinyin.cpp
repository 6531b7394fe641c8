#include "pinyin.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <cctype>
#include <memory>

namespace pd::pinyin {

namespace {

class HanInitials
{
public:
    HanInitials()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_translit.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"),
                                                             UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_translit.reset();
    }

    // The initial of one Han character, or 0 when ICU knows no reading for it.
    char16_t initialOf(char32_t codePoint)
    {
        const auto cached = m_cache.constFind(codePoint);
        if (cached != m_cache.cend())
            return *cached;
        char16_t initial = 0;
        if (m_translit) {
            icu::UnicodeString text = icu::UnicodeString(UChar32(codePoint));
            m_translit->transliterate(text);
            for (int32_t i = 0; i < text.length(); ++i) {
                const char16_t c = text.charAt(i);
                if (c < 128 && std::isalpha(int(c))) {
                    initial = char16_t(std::tolower(int(c)));
                    break;
                }
            }
        }
        m_cache.insert(codePoint, initial);
        return initial;
    }

private:
    std::unique_ptr<icu::Transliterator> m_translit;
    QHash<char32_t, char16_t> m_cache;
};

HanInitials &perThread()
{
    thread_local HanInitials instance;
    return instance;
}

} // namespace

QString initials(const QString &text)
{
    QString out;
    bool inLatinWord = false;
    for (const char32_t cp : text.toUcs4()) {
        if (cp < 128 && std::isalpha(int(cp))) {
            if (!inLatinWord)
                out += QChar(char16_t(std::tolower(int(cp))));
            inLatinWord = true;
            continue;
        }
        inLatinWord = false;
        UErrorCode status = U_ZERO_ERROR;
        if (uscript_getScript(UChar32(cp), &status) == USCRIPT_HAN) {
            if (const char16_t c = perThread().initialOf(cp))
                out += QChar(c);
        }
    }
    return out;
}

} // namespace pd::pinyin
