#include "printpreview.h"

#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>

namespace pd::ui {

namespace {
QString &answerForTests()
{
    static QString file;
    return file;
}
const QString kPrinterKey = QStringLiteral("printing/a4Printer");
} // namespace

void PrintPreview::show(QWidget *parent, const QString &title, const std::function<void(QPagedPaintDevice *)> &render)
{
    QSettings settings;
    QPrinter printer(QPrinter::HighResolution);
    if (const QString remembered = settings.value(kPrinterKey).toString(); !remembered.isEmpty())
        printer.setPrinterName(remembered);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    printer.setDocName(title);
    if (QString pdf = std::exchange(answerForTests(), QString()); !pdf.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        render(&printer);
        return;
    }
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    dialog.resize(900, 760); // a page large enough to read before printing
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&render](QPrinter *p) { render(p); });
    if (dialog.exec() == QDialog::Accepted && printer.outputFormat() == QPrinter::NativeFormat)
        settings.setValue(kPrinterKey, printer.printerName());
}

void PrintPreview::answerNextForTests(const QString &pdfFile)
{
    answerForTests() = pdfFile;
}

} // namespace pd::ui
