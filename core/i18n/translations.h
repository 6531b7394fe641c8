#pragma once

#include <QLocale>

class QCoreApplication;

namespace pd {

// Installs PointsDesk's catalogue and Qt's own for the language (Chinese or the English
// source). Safe to call again: the previous translators are removed first.
void installTranslations(const QLocale &locale);

// Speaks another language for a while (a document in English from a Chinese desk), then the
// language before it again.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QLocale &locale);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QLocale m_previous;
};

} // namespace pd
