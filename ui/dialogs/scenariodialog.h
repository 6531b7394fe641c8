#pragma once

#include "ui/appcontext.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace pd::ui {

class FormErrorLabel;

// Adds an earning scenario (a kind of purchase: a beauty salon, parking) or a partner merchant,
// with its name and rate. A partner's stores are linked to it on the stores screen.
class ScenarioDialog : public QDialog
{
    Q_OBJECT
public:
    ScenarioDialog(const AppContext &context, QWidget *parent = nullptr);

signals:
    void saved();

private:
    void save();

    const AppContext &m_context;
    QComboBox *m_kind;
    QLineEdit *m_code, *m_name;
    QSpinBox *m_rate;
    FormErrorLabel *m_error;
};

} // namespace pd::ui
