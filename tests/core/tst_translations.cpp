#include "core/access/roles.h"
#include "core/i18n/translations.h"
#include "core/members/member.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace pd;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { installTranslations(QLocale(QLocale::English)); }
    void catalogueIsComplete();
    void coreErrorsComeOutInChinese();
    void englishStaysTheSource();
};

void TestTranslations::catalogueIsComplete()
{
    QFile ts(QStringLiteral(POINTSDESK_TS_FILE));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0, unfinished = 0, empty = 0;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message"))
            ++messages;
        if (xml.name() == QLatin1String("translation")) {
            if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                ++unfinished;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.trimmed().isEmpty())
                ++empty;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 200);
    QCOMPARE(unfinished, 0);
    QCOMPARE(empty, 0);
}

void TestTranslations::coreErrorsComeOutInChinese()
{
    installTranslations(QLocale(QLocale::Chinese, QLocale::China));
    const Status s = members::validateMobile(QStringLiteral("12345"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("手机号")), qPrintable(s.error().message));
    QCOMPARE(roleDisplayName(Role::Cashier), QStringLiteral("收银/前台"));
    QCOMPARE(tierName(QStringLiteral("gold")), QStringLiteral("金卡"));
    // Qt's own catalogue is loaded too (dialog buttons)
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

void TestTranslations::englishStaysTheSource()
{
    installTranslations(QLocale(QLocale::English));
    QCOMPARE(roleDisplayName(Role::Cashier), QStringLiteral("Cashier / front desk"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
