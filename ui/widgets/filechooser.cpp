#include "filechooser.h"

#include <QFileDialog>
#include <QStringList>

namespace pd::ui::FileChooser {

namespace {
QStringList &answers()
{
    static QStringList queued;
    return queued;
}
} // namespace

QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter)
{
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}

QString openFile(QWidget *parent, const QString &title, const QString &filter)
{
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

void answerNextForTests(const QString &file) { answers().append(file); }

void forgetAnswersForTests() { answers().clear(); }

} // namespace pd::ui::FileChooser
