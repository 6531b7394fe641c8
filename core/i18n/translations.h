#pragma once

#include <QLocale>

#include <optional>

class QCoreApplication;

namespace pd {

// Installs PointsDesk's catalogue and Qt's own for the language (Chinese or the English
// source). Safe to call again: the previous translators are removed first.
void installTranslations(const QLocale &locale);

// "zh" or "en" (a document's language on the command line and the screens); nothing for others.
std::optional<QLocale> languageFromCode(const QString &code);

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
