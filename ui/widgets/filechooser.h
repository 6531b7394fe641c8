#pragma once

#include <QString>

class QWidget;

namespace pd::ui {

// Where to save a file, or which file to open, asked of the person — or, in tests, answered
// beforehand: no file dialog opens offscreen. The one seam for every screen.
namespace FileChooser {
QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter);
QString openFile(QWidget *parent, const QString &title, const QString &filter);
// The next question gets this answer, once (several are queued in order).
void answerNextForTests(const QString &file);
void forgetAnswersForTests();
} // namespace FileChooser

} // namespace pd::ui
