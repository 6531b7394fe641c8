#include "rulespanel.h"

#include "core/clock.h"
#include "core/compliance/rulestext.h"
#include "core/i18n/translations.h"
#include "core/io/privatefile.h"
#include "report/rulespdf.h"
#include "ui/widgets/printpreview.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/postingguard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <memory>

namespace pd::ui {

namespace {
constexpr int kLive = 0;
constexpr int kNoComparison = -1;
} // namespace

RulesPanel::RulesPanel(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("rulesPanel"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("versionCombo"));
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("compareCombo"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Chinese ? 0 : 1);
    auto *pdf = new QPushButton(tr("Save &PDF…"), this);
    pdf->setObjectName(QStringLiteral("pdfButton"));
    auto *html = new QPushButton(tr("Save &HTML…"), this);
    html->setObjectName(QStringLiteral("htmlButton"));
    auto *print = new QPushButton(tr("Print preview…"), this);
    print->setObjectName(QStringLiteral("printPreviewButton"));
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_version, 2);
    top->addWidget(new QLabel(tr("Compared with:"), this));
    top->addWidget(m_compare, 2);
    top->addWidget(m_language);
    top->addWidget(pdf);
    top->addWidget(html);
    top->addWidget(print);
    layout->addLayout(top);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("rulesPreview"));
    m_preview->setOpenLinks(false);

    auto *side = new QVBoxLayout;
    auto *textBox = new QGroupBox(tr("Text of a section"), this);
    m_section = new QComboBox(textBox);
    m_section->setObjectName(QStringLiteral("sectionCombo"));
    for (RulesSection s : allRulesSections())
        m_section->addItem(rulesSectionNeedsNote(s) ? tr("%1 (required)").arg(rulesSectionTitle(s)) : rulesSectionTitle(s), int(s));
    m_note = new QPlainTextEdit(textBox);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("What members should read in this section besides the generated rules (who runs the programme, "
                                  "where to ask, …)"));
    auto *saveNoteButton = new QPushButton(tr("Save &text"), textBox);
    saveNoteButton->setObjectName(QStringLiteral("saveNoteButton"));
    auto *textLayout = new QVBoxLayout(textBox);
    textLayout->addWidget(m_section);
    textLayout->addWidget(m_note, 1);
    textLayout->addWidget(saveNoteButton);
    side->addWidget(textBox, 1);

    auto *versionBox = new QGroupBox(tr("Versions"), this);
    auto *saveVersionButton = new QPushButton(tr("Save the live rules as a &new version"), versionBox);
    saveVersionButton->setObjectName(QStringLiteral("saveVersionButton"));
    m_effective = new DateField(businessToday(m_context.clock), versionBox);
    m_effective->setObjectName(QStringLiteral("effectiveEdit"));
    auto *publishButton = new QPushButton(tr("P&ublish the version shown…"), versionBox);
    publishButton->setObjectName(QStringLiteral("publishButton"));
    m_status = new QLabel(versionBox);
    m_status->setObjectName(QStringLiteral("rulesStatusLabel"));
    m_status->setWordWrap(true);
    auto *versionForm = new QFormLayout(versionBox);
    versionForm->addRow(saveVersionButton);
    versionForm->addRow(tr("Takes effect on:"), m_effective);
    versionForm->addRow(publishButton);
    versionForm->addRow(m_status);
    side->addWidget(versionBox);

    auto *body = new QHBoxLayout;
    body->addWidget(m_preview, 3);
    body->addLayout(side, 2);
    layout->addLayout(body, 1);

    m_noteGuard = new PostingGuard(saveNoteButton, [this] { return saveNote(); });
    m_saveGuard = new PostingGuard(saveVersionButton, [this] { return saveVersion(); });
    m_publishGuard = new PostingGuard(publishButton, [this] { return publish(); });
    // (loading a section's text blocks the signal: only typing is a new intent)
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        m_noteGuard->startNewIntent();
        m_noteGuard->setReady(true);
    });
    connect(m_section, &QComboBox::currentIndexChanged, this, &RulesPanel::showNote);
    connect(m_version, &QComboBox::currentIndexChanged, this, [this] {
        m_publishGuard->startNewIntent();
        showDocument();
    });
    connect(m_effective, &QLineEdit::textEdited, m_publishGuard, &PostingGuard::startNewIntent);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &RulesPanel::showDocument);
    connect(m_language, &QComboBox::currentIndexChanged, this, &RulesPanel::showDocument);
    connect(pdf, &QPushButton::clicked, this, [this] { saveFile(true); });
    connect(html, &QPushButton::clicked, this, [this] { saveFile(false); });
    connect(print, &QPushButton::clicked, this, &RulesPanel::printPreview);
    reload();
    showNote();
}

void RulesPanel::showEvent(QShowEvent *event)
{
    // back from another screen: the configuration may have changed, a new version may be due
    m_saveGuard->startNewIntent();
    reload();
    QWidget::showEvent(event);
}

void RulesPanel::reload()
{
    auto versions = RulesVersions(m_context.db, m_context.clock).versions(m_context.session);
    m_versions = versions ? versions.value() : QList<RulesVersionInfo>();
    const int shown = shownVersion();
    const auto compared = comparedVersion();
    const QSignalBlocker blockVersion(m_version), blockCompare(m_compare);
    m_version->clear();
    m_compare->clear();
    m_version->addItem(tr("Live configuration (not saved)"), kLive);
    m_compare->addItem(tr("(nothing: the whole document)"), kNoComparison);
    for (const RulesVersionInfo &v : std::as_const(m_versions)) {
        const QString name = v.isPublished() ? tr("Version %1 — in force from %2").arg(v.version).arg(v.effectiveFrom.toString(Qt::ISODate))
                                             : tr("Version %1 — not published").arg(v.version);
        m_version->addItem(name, v.version);
        m_compare->addItem(name, v.version);
    }
    m_compare->addItem(tr("Live configuration"), kLive);
    m_version->setCurrentIndex(std::max(0, m_version->findData(shown)));
    m_compare->setCurrentIndex(std::max(0, m_compare->findData(compared.value_or(kNoComparison))));
    showDocument();
}

int RulesPanel::shownVersion() const
{
    return m_version->count() ? m_version->currentData().toInt() : kLive;
}

std::optional<int> RulesPanel::comparedVersion() const
{
    const int v = m_compare->count() ? m_compare->currentData().toInt() : kNoComparison;
    return v == kNoComparison ? std::nullopt : std::optional<int>(v);
}

Result<RulesDocument> RulesPanel::documentOf(int version) const
{
    RulesVersions versions(m_context.db, m_context.clock);
    return version == kLive ? versions.live(m_context.session) : versions.document(m_context.session, version);
}

std::optional<RulesVersionInfo> RulesPanel::infoOf(int version) const
{
    for (const RulesVersionInfo &v : m_versions)
        if (v.version == version)
            return v;
    return std::nullopt;
}

QLocale RulesPanel::chosenLanguage() const
{
    return languageFromCode(m_language->currentData().toString()).value_or(QLocale());
}

void RulesPanel::showDocument()
{
    const int version = shownVersion();
    auto doc = documentOf(version);
    if (!doc) {
        m_preview->setPlainText(doc.error().message);
        updateButtons();
        return;
    }
    const auto compared = comparedVersion();
    QString html;
    {
        ScopedLanguage language(chosenLanguage());
        if (compared && *compared != version) {
            auto other = documentOf(*compared);
            if (!other) {
                m_preview->setPlainText(other.error().message);
                updateButtons();
                return;
            }
            const auto info = infoOf(version);
            const QDate effective = info && info->isPublished() ? info->effectiveFrom : m_effective->date();
            html = rules::diffHtml(rules::compare(other.value(), doc.value(), effective.isValid() ? effective : businessToday(m_context.clock)),
                                   rules::versionLine(other.value(), infoOf(*compared)), rules::versionLine(doc.value(), infoOf(version)));
        } else {
            html = rules::html(doc.value(), infoOf(version));
        }
    }
    m_preview->setHtml(html);
    updateButtons();
}

void RulesPanel::showNote()
{
    auto notes = RulesVersions(m_context.db, m_context.clock).notes(m_context.session);
    const QSignalBlocker block(m_note);
    m_note->setPlainText(notes ? notes->value(RulesSection(m_section->currentData().toInt())) : QString());
    m_noteGuard->startNewIntent();
    m_noteGuard->setReady(false); // nothing typed yet
}

bool RulesPanel::saveNote()
{
    const auto section = RulesSection(m_section->currentData().toInt());
    const Status s = RulesVersions(m_context.db, m_context.clock).setNote(m_context.session, section, m_note->toPlainText());
    if (!s) {
        MessageBox::warning(this, tr("Programme rules"), s.error().message);
        return false;
    }
    m_status->setText(tr("The text of \"%1\" is saved in the live rules; save a new version to publish it.").arg(rulesSectionTitle(section)));
    m_saveGuard->startNewIntent();
    if (shownVersion() == kLive || comparedVersion() == kLive)
        showDocument();
    return true;
}

bool RulesPanel::saveVersion()
{
    auto version = RulesVersions(m_context.db, m_context.clock).save(m_context.session);
    if (!version) {
        MessageBox::warning(this, tr("Programme rules"), version.error().message);
        return false;
    }
    reload();
    m_version->setCurrentIndex(std::max(0, m_version->findData(version.value())));
    m_status->setText(tr("Version %1 is saved. Choose the day it takes effect and publish it.").arg(version.value()));
    return true;
}

bool RulesPanel::publish()
{
    const int version = shownVersion();
    const QDate effective = m_effective->date();
    if (version == kLive || !effective.isValid()) {
        MessageBox::warning(this, tr("Programme rules"), tr("Show a saved version and write the day it takes effect as YYYY-MM-DD."));
        return false;
    }
    if (MessageBox::question(this, tr("Programme rules"),
                             tr("Publish version %1, in force from %2? Members read it from then on; it cannot be changed afterwards.")
                                 .arg(version)
                                 .arg(effective.toString(Qt::ISODate)))
        != MessageBox::Answer::Yes)
        return false;
    const Status s = RulesVersions(m_context.db, m_context.clock).publish(m_context.session, version, effective);
    reload();
    if (!s) {
        m_status->setText(s.error().message);
        MessageBox::warning(this, tr("Programme rules"), s.error().message);
        return false;
    }
    m_status->setText(tr("Version %1 is published: in force from %2.").arg(version).arg(effective.toString(Qt::ISODate)));
    return true;
}

void RulesPanel::saveFile(bool pdf)
{
    const int version = shownVersion();
    auto doc = documentOf(version);
    if (!doc) {
        MessageBox::warning(this, tr("Programme rules"), doc.error().message);
        return;
    }
    const QString lang = m_language->currentData().toString();
    const QString suggested = (version == kLive ? QStringLiteral("rules-live-%1").arg(lang) : QStringLiteral("rules-v%1-%2").arg(version).arg(lang)) +
                              (pdf ? QStringLiteral(".pdf") : QStringLiteral(".html"));
    const QString path = FileChooser::saveFile(this, tr("Save the programme rules"), suggested, pdf ? tr("PDF files (*.pdf)") : tr("HTML files (*.html)"));
    if (path.isEmpty())
        return;
    Status s;
    {
        ScopedLanguage language(chosenLanguage());
        const auto info = infoOf(version);
        s = pdf ? report::writeRulesPdf(rules::html(doc.value(), info), rules::pageHeader(doc.value(), info), path)
                : writePrivateFile(path, rules::htmlPage(doc.value(), info).toUtf8());
    }
    if (!s) {
        MessageBox::warning(this, tr("Programme rules"), s.error().message);
        return;
    }
    m_status->setText(tr("Saved to %1.").arg(path));
}

void RulesPanel::printPreview()
{
    const int version = shownVersion();
    auto doc = documentOf(version);
    if (!doc) {
        MessageBox::warning(this, tr("Programme rules"), doc.error().message);
        return;
    }
    // in the language chosen for the document, as its PDF
    ScopedLanguage language(chosenLanguage());
    const auto info = infoOf(version);
    const QString html = rules::html(doc.value(), info), header = rules::pageHeader(doc.value(), info);
    PrintPreview::show(this, header, [&html, &header](QPagedPaintDevice *device) { report::renderRules(html, header, device); });
}

void RulesPanel::updateButtons()
{
    const auto info = infoOf(shownVersion());
    m_publishGuard->setReady(info && !info->isPublished());
    m_saveGuard->setReady(true);
}

} // namespace pd::ui
