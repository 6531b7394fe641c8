#include "csvfile.h"

#include "core/io/csvwriter.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/messagebox.h"

#include <QCoreApplication>
#include <QFile>

namespace pd::ui {

std::unique_ptr<QFile> openCsvForExport(QWidget *parent, const QString &title, const QString &suggestedName)
{
    const QString name = FileChooser::saveFile(parent, title, suggestedName, QCoreApplication::translate("pd::ui::CsvFile", "CSV files (*.csv)"));
    if (name.isEmpty())
        return nullptr;
    auto file = std::make_unique<QFile>(name);
    // the byte order mark first, so that Excel and WPS read the Chinese text as UTF-8
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate) || file->write(csv::kUtf8Bom) < 0) {
        MessageBox::warning(parent, title,
                            QCoreApplication::translate("pd::ui::CsvFile", "The file %1 cannot be written: %2").arg(name, file->errorString()));
        return nullptr;
    }
    return file;
}

} // namespace pd::ui
