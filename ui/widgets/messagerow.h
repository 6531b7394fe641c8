#pragma once

#include <QVBoxLayout>
#include <QWidget>

#include <initializer_list>

namespace pd::ui {

// A form's preview, error and result lines in one row of its own. As separate rows of a
// QFormLayout, a word-wrapped line shown after another had been hidden was given no height:
// after a posted receipt, the red error of the next one never appeared (Qt 6.4).
inline QVBoxLayout *messageRow(std::initializer_list<QWidget *> lines)
{
    auto *row = new QVBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *line : lines)
        row->addWidget(line);
    return row;
}

} // namespace pd::ui
