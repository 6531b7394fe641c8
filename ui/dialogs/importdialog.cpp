#include "importdialog.h"

#include "core/io/csvwriter.h"
#include "ui/widgets/csvfile.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/ownconnectionthread.h"

#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
constexpr int kPreviewRows = 20;
} // namespace

ImportDialog::ImportDialog(const AppContext &context, ImportKind kind, QWidget *parent) : QDialog(parent), m_context(context), m_kind(kind)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import: %1").arg(importKindName(kind)));
    auto *intro = new QLabel(tr("The file's first line names its columns: %1. UTF-8 and GB18030 (a CSV saved by Excel or WPS on a "
                                "Chinese PC) are both read. Importing the same file again adds nothing twice.")
                                 .arg(Importers::columns(kind).join(QLatin1Char(','))),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_file = new QLabel(tr("No file chosen."), this);
    m_file->setObjectName(QStringLiteral("fileLabel"));
    m_choose = new QPushButton(tr("&Choose a file…"), this);
    m_choose->setObjectName(QStringLiteral("chooseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Tell from the file"), int(TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("GB18030 (Excel or WPS on a Chinese PC)"), int(TextEncoding::Gb18030));
    m_encodingRead = new QLabel(this);
    m_encodingRead->setObjectName(QStringLiteral("encodingLabel"));
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_encodingRead, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Encoding:"), encodingRow);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    m_preview = new QStandardItemModel(this);
    m_previewView = new QTableView(this);
    setUpListView(m_previewView, "previewView");
    m_previewView->verticalHeader()->show(); // each row's line in the file, as the rejected rows name it
    m_previewView->setModel(m_preview);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejected = new QStandardItemModel(0, 3, this);
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Why it was rejected")});
    m_rejectedView = new QTableView(this);
    setUpListView(m_rejectedView, "rejectedView");
    m_rejectedView->setModel(m_rejected);
    m_rejectedView->hide();

    m_saveRejected = new QPushButton(tr("&Save the rejected rows…"), this);
    m_saveRejected->setObjectName(QStringLiteral("saveRejectedButton"));
    m_saveRejected->setEnabled(false);
    m_run = new QPushButton(tr("&Import"), this);
    m_run->setObjectName(QStringLiteral("runImportButton"));
    m_run->setEnabled(false);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveRejected);
    buttons->addStretch();
    buttons->addWidget(m_run);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("The first rows, under the columns they fill:"), this));
    layout->addWidget(m_previewView, 2);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejectedView, 1);
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::showPreview);
    connect(m_run, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportDialog::saveRejected);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    // emitted on the import's thread, shown on this one
    connect(this, &ImportDialog::batchCommitted, this, [this](qint64 rows, int permille) {
        m_progress->setValue(permille);
        m_summary->setText(tr("%1 rows read…").arg(rows));
    }, Qt::QueuedConnection);
    resize(860, 600);
}

ImportDialog::~ImportDialog()
{
    m_cancelRequested = true;
    if (m_thread)
        m_thread->wait();
}

bool ImportDialog::isRunning() const
{
    return m_thread != nullptr;
}

TextEncoding ImportDialog::chosenEncoding() const
{
    return TextEncoding(m_encoding->currentData().toInt());
}

void ImportDialog::reject()
{
    if (isRunning()) {
        // stop after the batch it is in: what was committed stays, and a re-run adds the rest
        m_cancelRequested = true;
        m_close->setEnabled(false);
        m_summary->setText(tr("Stopping after the current batch…"));
        return;
    }
    QDialog::reject();
}

void ImportDialog::chooseFile()
{
    const QString path = FileChooser::openFile(this, windowTitle(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_summary->clear();
    m_rejected->removeRows(0, m_rejected->rowCount());
    m_rejectedView->hide();
    m_saveRejected->setEnabled(false);
    m_progress->setValue(0);
    showPreview();
}

void ImportDialog::showPreview()
{
    m_preview->clear();
    m_run->setEnabled(false);
    m_problem->hide();
    m_encodingRead->clear();
    if (m_path.isEmpty())
        return;
    QFile file(m_path);
    const auto refuse = [this](const QString &why) {
        m_problem->setText(why);
        m_problem->show();
    };
    if (!file.open(QIODevice::ReadOnly)) {
        refuse(tr("The file %1 cannot be read: %2").arg(m_path, file.errorString()));
        return;
    }
    // the first rows only: the preview reads a few kilobytes of any file
    auto preview = previewCsvImport(&file, Importers::columns(m_kind), chosenEncoding(), kPreviewRows,
                                    Importers::optionalColumns(m_kind));
    if (!preview) {
        refuse(preview.error().message);
        return;
    }
    m_encodingRead->setText(tr("Read as %1.").arg(textEncodingName(preview->encoding)));
    QStringList titles = preview->columns;
    titles << tr("Problem");
    m_preview->setHorizontalHeaderLabels(titles);
    for (const CsvRecord &record : preview->rows) {
        QList<QStandardItem *> cells;
        for (const QString &value : record.fields)
            cells << new QStandardItem(value);
        while (cells.size() < preview->columns.size())
            cells << new QStandardItem;
        cells << new QStandardItem(record.error);
        if (!record.error.isEmpty())
            for (QStandardItem *cell : cells)
                cell->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_preview->appendRow(cells);
        m_preview->setHeaderData(m_preview->rowCount() - 1, Qt::Vertical, record.line > 0 ? QString::number(record.line) : QString());
    }
    fitColumns(m_previewView);
    if (!preview->headerProblem.isEmpty()) {
        refuse(preview->headerProblem);
        return;
    }
    m_run->setEnabled(true);
}

void ImportDialog::start()
{
    if (isRunning() || m_path.isEmpty())
        return;
    m_run->setEnabled(false);
    m_choose->setEnabled(false);
    m_encoding->setEnabled(false);
    m_saveRejected->setEnabled(false);
    m_close->setText(tr("Cancel"));
    m_cancelRequested = false;
    m_progress->setValue(0);
    m_summary->setText(tr("Importing…"));
    m_rejected->removeRows(0, m_rejected->rowCount());
    ImportOptions options;
    options.batchSize = m_batchSize;
    options.encoding = chosenEncoding();
    options.cancel = &m_cancelRequested;
    const Session session = m_context.session;
    const Clock *clock = &m_context.clock;
    const ImportKind kind = m_kind;
    const QString path = m_path;
    m_thread = runOnOwnConnection<ImportReport>(
        this, m_context.db, QStringLiteral("import"),
        [=, this](Database &db) -> Result<ImportReport> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::Io, tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
            ImportOptions withProgress = options;
            const qint64 size = std::max<qint64>(file.size(), 1);
            withProgress.progress = [this, &file, size](qint64 rows) { emit batchCommitted(rows, int(file.pos() * 1000 / size)); };
            return Importers(db, *clock).import(kind, session, &file, path, withProgress);
        },
        [this](Result<ImportReport> report) { finish(report); });
}

void ImportDialog::finish(const Result<ImportReport> &report)
{
    releaseWorker(m_thread);
    m_choose->setEnabled(true);
    m_encoding->setEnabled(true);
    m_run->setEnabled(true);
    m_close->setEnabled(true);
    m_close->setText(tr("Close"));
    if (!report) {
        m_summary->setText(report.error().message);
        emit importFinished(false, report.error().message);
        return;
    }
    m_progress->setValue(report->cancelled ? m_progress->value() : 1000);
    QString summary = m_kind == ImportKind::Catalog ? tr("%1 added, %2 updated, %3 already present, %4 rejected.")
                                                          .arg(report->added)
                                                          .arg(report->updated)
                                                          .arg(report->unchanged)
                                                          .arg(report->rejected.size())
                                                    : tr("%1 added, %2 already present, %3 rejected.")
                                                          .arg(report->added)
                                                          .arg(report->unchanged)
                                                          .arg(report->rejected.size());
    if (report->cancelled)
        summary += QLatin1Char(' ') + tr("Cancelled: what was committed stays; import the file again to add the rest.");
    m_summary->setText(summary);
    for (const RejectedRow &row : report->rejected)
        m_rejected->appendRow({new QStandardItem(QString::number(row.line)), new QStandardItem(row.field), new QStandardItem(row.reason)});
    m_rejectedView->setVisible(!report->rejected.isEmpty());
    fitColumns(m_rejectedView);
    m_saveRejected->setEnabled(!report->rejected.isEmpty());
    emit importFinished(true, summary);
}

void ImportDialog::saveRejected()
{
    const auto output = openCsvForExport(this, tr("Save the rejected rows"), QFileInfo(m_path).completeBaseName() + QStringLiteral("-rejected.csv"));
    if (!output)
        return;
    QByteArray text = csv::line({QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("reason")});
    for (int row = 0; row < m_rejected->rowCount(); ++row)
        text += csv::line({m_rejected->item(row, 0)->text(), m_rejected->item(row, 1)->text(), m_rejected->item(row, 2)->text()});
    if (output->write(text) != text.size() || !output->flush()) {
        MessageBox::warning(this, windowTitle(), tr("The file %1 cannot be written: %2").arg(output->fileName(), output->errorString()));
        return;
    }
    MessageBox::information(this, windowTitle(), tr("%1 rejected rows written to %2.").arg(m_rejected->rowCount()).arg(output->fileName()));
}

} // namespace pd::ui
