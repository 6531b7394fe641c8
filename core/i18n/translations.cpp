#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pd {

void installTranslations(const QLocale &locale)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator *t : {ours, qt}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    ours = nullptr;
    qt = nullptr;
    // Qt's own widgets (calendars: month and weekday names) speak the chosen language too
    QLocale::setDefault(locale.language() == QLocale::Chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates));
    if (locale.language() != QLocale::Chinese)
        return;
    ours = new QTranslator;
    if (ours->load(QStringLiteral(":/i18n/pointsdesk_zh_CN.qm")))
        QCoreApplication::installTranslator(ours);
    qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

std::optional<QLocale> languageFromCode(const QString &code)
{
    if (code == QLatin1String("zh"))
        return QLocale(QLocale::Chinese, QLocale::China);
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return std::nullopt;
}

ScopedLanguage::ScopedLanguage(const QLocale &locale) : m_previous(QLocale())
{
    installTranslations(locale);
}

ScopedLanguage::~ScopedLanguage()
{
    installTranslations(m_previous);
}

} // namespace pd
