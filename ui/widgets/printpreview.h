#pragma once

#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace pd::ui {

// What the app saves as an A4 PDF (statements, the partner settlement), shown in Qt's print
// preview and printed from there on the printer this computer used last for A4 (remembered
// per computer; the slips keep their own). In tests the next preview can be answered with a
// PDF file instead: the pages are drawn there and no window opens.
namespace PrintPreview {
void show(QWidget *parent, const QString &title, const std::function<void(QPagedPaintDevice *)> &render);
void answerNextForTests(const QString &pdfFile);
} // namespace PrintPreview

} // namespace pd::ui
