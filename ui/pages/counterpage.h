#pragma once

#include "core/receipts/receiptservice.h"
#include "core/members/member.h"
#include "ui/appcontext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace pd {
class MemberModel;
class MemberService;
}

namespace pd::report {
struct ReceiptSlip;
}

namespace pd::ui {

class FormErrorLabel;
class PostingGuard;
class PreviewLabel;
class CheckinPanel;
class PrizeBar;
class RedemptionPanel;
class ResultLabel;

// The till: find the member (card, mobile, name or pinyin), enter a receipt and see the
// points it earns, with the reason, before confirming; redeem catalog items; take a return
// against a receipt number or a redemption back, with the points shown first; donations.
class CounterPage : public QWidget
{
    Q_OBJECT
public:
    CounterPage(const AppContext &context, QWidget *parent = nullptr);
    ~CounterPage() override;

    Member currentMember() const { return m_member; }
    // A receipt or a return typed and not posted: what leaving the desk to someone else discards.
    bool hasUnpostedWork() const;
    // Test seam: where "Save slip" writes instead of asking with a file dialog.

private:
    // The keys a cashier works with (F2, Ctrl+1 to Ctrl+7), and where each puts the cursor.
    void addShortcuts(QTabWidget *main, QTabWidget *side);
    void showTab(QTabWidget *tabs, int index);
    void focusFirstField(QWidget *tab);
    QWidget *buildReceiptBox();
    QWidget *buildReturnBox();
    QWidget *buildDonationBox();
    void saveSlip();
    void printSlip();
    report::ReceiptSlip lastSlip() const;
    bool donate();
    void findMember();
    void chooseMember(const Member &member);
    void receiptEdited();
    void updateReceiptPreview();
    bool postReceipt();
    static QString postedText(bool reconnected, bool alreadyPosted, const QString &posted, const QString &savedBeforeTheBreak,
                              const QString &postedBefore);
    void returnEdited();
    void updateReturnPreview();
    bool postReturn();
    void donationEdited();
    void refreshMember();

    const AppContext &m_context;
    std::unique_ptr<MemberService> m_service;
    MemberModel *m_results;
    Member m_member;
    QLineEdit *m_find;
    QTableView *m_resultsView;
    QLabel *m_memberLabel;
    QComboBox *m_store, *m_scenario, *m_returnStore;
    QLineEdit *m_receiptNo, *m_amount, *m_green, *m_returnNo, *m_returnReceiptNo, *m_returnAmount;
    QSpinBox *m_pointsUsed;
    PreviewLabel *m_receiptPreview, *m_returnPreview;
    FormErrorLabel *m_receiptError, *m_returnError, *m_donateError;
    ResultLabel *m_receiptResult, *m_returnResult, *m_donateResult;
    QPushButton *m_postReceipt, *m_postReturn, *m_saveSlip, *m_printSlip, *m_donate;
    PostingGuard *m_receiptGuard, *m_returnGuard, *m_donateGuard;
    bool m_returnPosted = false; // the return fields show the one just posted
    QTabWidget *m_mainTabs = nullptr;
    QComboBox *m_project;
    QSpinBox *m_donatePoints;
    std::optional<ReceiptOutcome> m_lastReceipt;
    ReceiptInput m_lastInput;
    CheckinPanel *m_checkin = nullptr;
    PrizeBar *m_prizes = nullptr;
    RedemptionPanel *m_redemption;
};

} // namespace pd::ui
