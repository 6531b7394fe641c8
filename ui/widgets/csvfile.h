#pragma once

#include <QString>

#include <memory>

class QFile;
class QWidget;

namespace pd::ui {

// The file an export writes to, as the user picks it (FileChooser), opened for writing with
// the UTF-8 byte order mark already written (spreadsheets need it to read Chinese). Null
// when the user cancelled or the file cannot be written (then they were told why, under
// `title`).
std::unique_ptr<QFile> openCsvForExport(QWidget *parent, const QString &title, const QString &suggestedName);

} // namespace pd::ui
