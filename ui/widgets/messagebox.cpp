#include "messagebox.h"

#include <QMessageBox>

namespace pd::ui::MessageBox {

namespace {
bool g_recording = false;
Answer g_answer = Answer::Yes;
QString g_lastText;
} // namespace

void setRecordingForTests(bool recording, Answer answer)
{
    g_recording = recording;
    g_answer = answer;
    g_lastText.clear();
}

QString lastTextForTests() { return g_lastText; }

Answer question(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    if (g_recording)
        return g_answer;
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes ? Answer::Yes : Answer::No;
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    if (!g_recording)
        QMessageBox::warning(parent, title, text);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    if (!g_recording)
        QMessageBox::information(parent, title, text);
}

} // namespace pd::ui::MessageBox
