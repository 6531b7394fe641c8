#pragma once

#include <QString>

class QWidget;

namespace pd::ui {

// Prints a slip on the printer this computer uses for slips. The print dialog opens on the
// printer chosen last time here (remembered per computer), on an 80 mm receipt roll unless A4
// or another paper was chosen; the choice is kept for the next slip. In tests the next print
// can be answered beforehand with a PDF file instead: no dialog opens offscreen.
namespace SlipPrinter {
// False when the person cancelled the dialog.
bool print(QWidget *parent, const QString &title, const QString &html);
// The paper of a new computer: the roll of counter receipt printers.
inline constexpr double kRollWidthMm = 80;
void answerNextForTests(const QString &pdfFile);
} // namespace SlipPrinter

} // namespace pd::ui
