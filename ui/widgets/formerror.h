#pragma once

#include <QLabel>

namespace pd::ui {

// The red line under a form where an operation's error is shown in words.
class FormErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FormErrorLabel(QWidget *parent = nullptr) : QLabel(parent)
    {
        setObjectName(QStringLiteral("errorLabel"));
        setWordWrap(true);
        setStyleSheet(QStringLiteral("color: #b3261e;"));
        hide();
    }
    void showError(const QString &text)
    {
        setText(text);
        setVisible(!text.isEmpty());
    }
};

} // namespace pd::ui
