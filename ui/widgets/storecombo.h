#pragma once

#include "ui/appcontext.h"

class QComboBox;
class QWidget;

namespace pd::ui {

// The stores as a combo box ("NY01 — 南阳超市"), data = store code, with the user's home store
// chosen, else the programme's own first store (partner merchants come after it).
QComboBox *storeCombo(const AppContext &context, QWidget *parent, const char *objectName);

} // namespace pd::ui
