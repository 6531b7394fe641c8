#pragma once

#include "core/catalog/catalogitem.h"
#include "ui/appcontext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace pd::ui {

class DateField;

class FormErrorLabel;

// Adds or edits one catalog item: what it is, what it costs in points (and cash), what it is
// worth, stock, limits, who may redeem it and when, and its picture.
class CatalogItemDialog : public QDialog
{
    Q_OBJECT
public:
    CatalogItemDialog(const AppContext &context, const CatalogItem &existing, QWidget *parent = nullptr);

    // Test seam: the picture "Choose picture…" takes instead of asking with a file dialog.

signals:
    void saved(const QString &code);

private:
    void choosePicture();
    void showPicture();
    void updateDisclosure();
    Result<CatalogItem> itemFromForm() const;
    void save();
    void focusField(const QString &field);

    const AppContext &m_context;
    CatalogItem m_existing;
    QLineEdit *m_code, *m_name, *m_cash, *m_retail;
    QComboBox *m_category, *m_period, *m_tier, *m_status, *m_partner;
    QPlainTextEdit *m_description;
    QSpinBox *m_points, *m_stock, *m_limit, *m_early;
    QCheckBox *m_unlimited, *m_hasLimit, *m_hasFrom, *m_hasTo;
    DateField *m_from, *m_to;
    QLabel *m_picture, *m_disclosure;
    FormErrorLabel *m_error;
    QByteArray m_pictureBytes;
    bool m_pictureChanged = false;
};

// Reads a picture file and scales it to fit 480 × 480, as JPEG (PNG when it has
// transparency); an error names the file when it is not a picture.
Result<QByteArray> scaledPicture(const QString &file);

} // namespace pd::ui
