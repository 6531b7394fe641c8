#pragma once

#include <QString>

#include <memory>

class QFile;
class QWidget;

namespace pd::ui {

// The file an export writes to: `preset` (tests), or the one the user picks, opened for
// writing. Null when the user cancelled or the file cannot be written (then they were told
// why, under `title`).
std::unique_ptr<QFile> openCsvForExport(QWidget *parent, const QString &title, const QString &suggestedName, const QString &preset);

} // namespace pd::ui
