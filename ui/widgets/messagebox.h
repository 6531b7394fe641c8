#pragma once

#include <QString>

class QWidget;

namespace pd::ui {

// The only place that shows message boxes. Tests switch it to recording mode so nothing
// modal ever blocks them, and script the answers to questions.
namespace MessageBox {

enum class Answer { Yes, No };

Answer question(QWidget *parent, const QString &title, const QString &text);
void warning(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);

// Test seam: while recording, boxes are not shown; questions get `answer`.
void setRecordingForTests(bool recording, Answer answer = Answer::Yes);
QString lastTextForTests();

} // namespace MessageBox
} // namespace pd::ui
