#pragma once

#include <QString>

#include <functional>

class QDialog;
class QLayout;
class QPushButton;
class QTableView;

namespace pd::ui {

class FormErrorLabel;

// The layout every form dialog shares: the form, the error line under it, then Cancel and
// an accept button (object name `acceptName`) that runs `onAccept` and does not close the
// dialog by itself: the handler closes it once the operation succeeded.
QPushButton *layoutFormDialog(QDialog *dialog, QLayout *form, FormErrorLabel *error, const QString &acceptText,
                              const char *acceptName, std::function<void()> onAccept);

// Row-selecting, read-only table view as the list screens use it.
void setUpListView(QTableView *view, const char *objectName);
// Columns as wide as their contents and titles, never narrower than a short word, so an
// empty list still shows readable titles; the last column takes what is left.
void fitColumns(QTableView *view);

} // namespace pd::ui
