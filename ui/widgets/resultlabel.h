#pragma once

#include <QLabel>

namespace pd::ui {

// The line that says in words what an operation just did ("Posted: 4,248 points …"), kept
// apart from the preview and from errors so a cashier sees at a glance that it worked.
class ResultLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ResultLabel(QWidget *parent = nullptr) : QLabel(parent)
    {
        setObjectName(QStringLiteral("resultLabel"));
        setWordWrap(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse);
        setStyleSheet(QStringLiteral("color: #1b5e20; background: #e8f5e9; border-left: 4px solid #2e7d32; padding: 6px; font-weight: 600;"));
        hide();
    }
    void showResult(const QString &text)
    {
        setText(text);
        setVisible(!text.isEmpty());
    }
};

} // namespace pd::ui
