#pragma once

#include "core/compliance/rulesversions.h"
#include "ui/appcontext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace pd::ui {

class DateField;
class PostingGuard;

// The programme rules (积分规则) for compliance: the document generated from the live
// configuration or any saved version, in Chinese or English, compared with another version
// (added, removed and changed lines marked, and what takes something away from members); the
// text only compliance writes, section by section; saving a version, publishing it from a day
// (the notice rule explains a refusal) and saving it as PDF or HTML.
class RulesPanel : public QWidget
{
    Q_OBJECT
public:
    RulesPanel(const AppContext &context, QWidget *parent = nullptr);
    // The versions read again; the chosen ones stay chosen when they still exist.
    void reload();
    QTextBrowser *preview() const { return m_preview; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The document shown: 0 the live configuration, else a saved version.
    int shownVersion() const;
    std::optional<int> comparedVersion() const;
    Result<RulesDocument> documentOf(int version) const;
    std::optional<RulesVersionInfo> infoOf(int version) const;
    void showDocument();
    void showNote();
    bool saveNote();
    bool saveVersion();
    bool publish();
    void saveFile(bool pdf);
    void printPreview();
    QLocale chosenLanguage() const;
    void updateButtons();

    const AppContext &m_context;
    QComboBox *m_version, *m_compare, *m_language, *m_section;
    QTextBrowser *m_preview;
    QPlainTextEdit *m_note;
    QLabel *m_status;
    DateField *m_effective;
    PostingGuard *m_noteGuard, *m_saveGuard, *m_publishGuard;
    QList<RulesVersionInfo> m_versions;
};

} // namespace pd::ui
