#include "slipprinter.h"

#include "report/slippdf.h"

#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>

namespace pd::ui {

namespace {
QString &answerForTests()
{
    static QString file;
    return file;
}

// A roll is as long as the slip needs; 200 mm covers every slip PointsDesk prints.
QPageSize rollPaper()
{
    return QPageSize(QSizeF(SlipPrinter::kRollWidthMm, 200), QPageSize::Millimeter, QStringLiteral("80 mm roll"));
}
} // namespace

bool SlipPrinter::print(QWidget *parent, const QString &title, const QString &html)
{
    QSettings settings;
    QPrinter printer(QPrinter::HighResolution);
    const QString remembered = settings.value(QStringLiteral("printing/slipPrinter")).toString();
    if (!remembered.isEmpty())
        printer.setPrinterName(remembered);
    const QSizeF paper = settings.value(QStringLiteral("printing/slipPaperMm"), QSizeF(kRollWidthMm, 200)).toSizeF();
    printer.setPageSize(paper == QSizeF(kRollWidthMm, 200) ? rollPaper() : QPageSize(paper, QPageSize::Millimeter));
    printer.setPageMargins(QMarginsF(3, 3, 3, 3), QPageLayout::Millimeter);
    printer.setDocName(title);
    if (QString pdf = std::exchange(answerForTests(), QString()); !pdf.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
    } else {
        QPrintDialog dialog(&printer, parent);
        dialog.setWindowTitle(title);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        if (printer.outputFormat() == QPrinter::NativeFormat)
            settings.setValue(QStringLiteral("printing/slipPrinter"), printer.printerName());
        settings.setValue(QStringLiteral("printing/slipPaperMm"), printer.pageLayout().pageSize().size(QPageSize::Millimeter));
    }
    report::renderSlip(html, &printer);
    return true;
}

void SlipPrinter::answerNextForTests(const QString &pdfFile)
{
    answerForTests() = pdfFile;
}

} // namespace pd::ui
