#pragma once

#include <QLabel>

namespace pd::ui {

// The coloured box where a form shows what an operation would do before it is confirmed.
// Empty and unstyled while there is nothing to preview; it is never hidden, because a
// word-wrapped label shown again inside a form layout was laid out at height 0.
class PreviewLabel : public QLabel
{
    Q_OBJECT
public:
    PreviewLabel(const char *background, QWidget *parent = nullptr)
        : QLabel(parent), m_style(QStringLiteral("background: %1; padding: 6px;").arg(QLatin1String(background)))
    {
        setWordWrap(true);
    }
    void showPreview(const QString &text)
    {
        setText(text);
        setStyleSheet(text.isEmpty() ? QString() : m_style);
    }

private:
    QString m_style;
};

} // namespace pd::ui
