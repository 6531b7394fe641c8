#pragma once

#include "core/campaigns/campaign.h"

#include <functional>

namespace pd {

class Clock;
class Database;
struct Session;

// The life cycle of DESIGN §8: draft → submitted → approved (by someone with the approve right
// who is not the author; never `system`) or rejected → active in its window → ended; cancelled
// stops it from then on. An approved campaign is never edited: a change is a new version, a copy
// in draft, which replaces the old one when it is approved. Every step is one audited transaction.
class CampaignService
{
public:
    CampaignService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Drafts from the interchange format (one object or an array). Every problem of every object
    // is reported, each naming its field (prefixed by the campaign's code in an array); with any
    // problem nothing is written. A code already there: its draft is replaced, or after a decision
    // the definition becomes the next version's draft; one waiting for approval is left alone.
    Result<QList<Campaign>> importDrafts(const Session &session, const QByteArray &json, QList<FieldProblem> &problems);
    // One draft from the editor: new, or the code's current draft replaced.
    Result<Campaign> saveDraft(const Session &session, const Campaign &draft, QList<FieldProblem> &problems);

    Status submit(const Session &session, const QString &code);
    Status approve(const Session &session, const QString &code);
    Status reject(const Session &session, const QString &code, const QString &reason);
    Status cancel(const Session &session, const QString &code, const QString &reason);
    // A copy of the latest decided version as the next version's draft.
    Result<Campaign> newVersion(const Session &session, const QString &code);

    // The latest version of every campaign, by code.
    Result<QList<Campaign>> campaigns(const Session &session) const;
    Result<Campaign> campaign(const Session &session, const QString &code) const;
    // What a definition is checked against, read from the programme.
    Result<CampaignContext> context() const;

private:
    Result<Campaign> latest(const QString &code, bool lock) const;
    // The latest version a new draft would change or follow (nothing for a new code), locked;
    // a version waiting for approval cannot change (Conflict).
    Result<std::optional<Campaign>> changeableVersion(const QString &code);
    // One step of the life cycle: in one write transaction, on the latest version, locked.
    Status withLatest(const QString &code, const std::function<Status(const Campaign &)> &step);
    Result<Campaign> writeDraft(const Session &session, const Campaign &draft, const std::optional<Campaign> &current);
    Status setStatus(const Session &session, const Campaign &c, CampaignStatus to, const QString &action, const QString &reason);
    Status checkFourEyes(const Session &session, const Campaign &c) const;
    Status checkNoOverlap(const Campaign &c) const;
    Status checkNoOtherCheckin(const Campaign &c) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd
