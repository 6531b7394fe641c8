#include "core/i18n/translations.h"
#include "core/reports/statement.h"
#include "report/statementpdf.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestStatementPdf : public QObject
{
    Q_OBJECT
private slots:
    void chineseStatementIsARealPdfWithACjkFont();
    void aStoreBatchHasOnePagePerMember();
    void unwritableFileIsAnError();

private:
    static Statement sample(const QString &card)
    {
        Statement st;
        st.cardNo = card;
        st.name = QStringLiteral("张三");
        st.tierCode = QStringLiteral("gold");
        st.month = QDate(2027, 3, 1);
        st.opening = 500;
        st.earnedByScenario = {{QStringLiteral("partner:eyewear"), 800}, {QStringLiteral("supermarket"), 368}};
        st.green = 12;
        st.used = 200;
        st.clawedBack = 400;
        st.closing = 1080;
        st.expiringSoon = {{QDate(2027, 12, 31), 300}};
        st.friendlyLine = QStringLiteral("本月您使用了 200 积分——感谢您的惠顾。");
        return st;
    }
};

void TestStatementPdf::chineseStatementIsARealPdfWithACjkFont()
{
    installTranslations(QLocale(QLocale::Chinese, QLocale::China));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("statement.pdf"));
    QVERIFY(report::writeStatementPdf(sample(QStringLiteral("8000000001")), file).ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.contains("WenQuanYi") || pdf.contains("Noto") || pdf.contains("CJK"), "no CJK font embedded");
    QVERIFY(report::statementHtml(sample(QStringLiteral("8000000001"))).contains(QStringLiteral("月度积分对账单")));
    // the tier's perks beside the tier, when it has some
    Statement gold = sample(QStringLiteral("8000000001"));
    gold.tierCode = QStringLiteral("gold");
    gold.tierPerks = QStringLiteral("免费停车 2 小时");
    QVERIFY2(report::statementHtml(gold).contains(QStringLiteral("免费停车 2 小时")), qPrintable(report::statementHtml(gold)));
    gold.tierPerks.clear();
    QVERIFY(!report::statementHtml(gold).contains(QStringLiteral("免费停车")));
    installTranslations(QLocale(QLocale::English));
}

void TestStatementPdf::aStoreBatchHasOnePagePerMember()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("batch.pdf"));
    QVERIFY(report::writeStatementsPdf({sample(QStringLiteral("8000000001")), sample(QStringLiteral("8000000002")),
                                        sample(QStringLiteral("8000000003"))},
                                       file)
                .ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count("/Type /Page\n") + 0, 3);
}

void TestStatementPdf::unwritableFileIsAnError()
{
    QVERIFY(!report::writeStatementPdf(sample(QStringLiteral("8000000001")), QStringLiteral("/nonexistent/dir/x.pdf")).ok());
}

QTEST_MAIN(TestStatementPdf)
#include "tst_statementpdf.moc"
