#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pd::ui {

// "Which member was this slip for, and what did it do?": a receipt, return or redemption
// found by the store and the number printed on it.
class SlipLookupPanel : public QWidget
{
    Q_OBJECT
public:
    SlipLookupPanel(const AppContext &context, QWidget *parent = nullptr);

private:
    void find();

    const AppContext &m_context;
    QComboBox *m_store;
    QLineEdit *m_number;
    QLabel *m_result;
};

} // namespace pd::ui
