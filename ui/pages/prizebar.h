#pragma once

#include "core/members/member.h"
#include "ui/appcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace pd::ui {

class PostingGuard;

// At the counter, under the member: a badge collection's prize waiting for this member, and the
// button that hands it over (once: the guard, the member's lock and the stock row's guard).
class PrizeBar : public QWidget
{
    Q_OBJECT
public:
    PrizeBar(const AppContext &context, QWidget *parent = nullptr);

    void setMember(const Member &member);

private:
    bool handOver();

    const AppContext &m_context;
    Member m_member;
    QString m_campaignCode;
    QLabel *m_text;
    QPushButton *m_handOver;
    PostingGuard *m_guard;
};

} // namespace pd::ui
