#pragma once

#include <QLocale>

class QCoreApplication;

namespace pd {

// Installs PointsDesk's catalogue and Qt's own for the language (Chinese or the English
// source). Safe to call again: the previous translators are removed first.
void installTranslations(const QLocale &locale);

} // namespace pd
