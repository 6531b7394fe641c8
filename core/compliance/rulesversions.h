#pragma once

#include "core/compliance/rulesdocument.h"

#include <optional>

namespace pd {

// A saved version of the rules: who saved it, and once published, from when it is in force.
struct RulesVersionInfo
{
    int version = 0;
    QString createdAt; // stored time (UTC)
    QString createdBy;
    QDate publishedOn; // null until published
    QString publishedBy;
    QDate effectiveFrom; // null until published

    bool isPublished() const { return effectiveFrom.isValid(); }
};

// Compliance keeps the programme rules (DESIGN §9): its text per section, numbered versions
// of the generated document, and their publication with notice. Each write is one audited
// transaction; the published rules are public, so reading what is in force needs no right.
class RulesVersions
{
public:
    RulesVersions(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The live configuration as of today with the text saved so far.
    Result<RulesDocument> live(const Session &session) const;
    // Compliance's text per section of the live document, and one section's (empty text removes it).
    Result<QMap<RulesSection, QString>> notes(const Session &session) const;
    Status setNote(const Session &session, RulesSection section, const QString &text);
    // Saves the live document as the next version; refused when nothing changed since the last.
    Result<int> save(const Session &session);

    Result<QList<RulesVersionInfo>> versions(const Session &session) const; // newest first
    Result<RulesDocument> document(const Session &session, int version) const;
    Result<RulesVersionInfo> info(const Session &session, int version) const;
    // The published version with the highest number (in force or to come).
    Result<std::optional<RulesVersionInfo>> lastPublished() const;

    // Publishes a saved version from `effective` on. Refused for a day already past, before the
    // last published version's day, while a section compliance must write is empty, and — when
    // the change from the last published version takes something away from members — for a day
    // less than 30 days ahead, with the reasons.
    Status publish(const Session &session, int version, const QDate &effective);

private:
    Result<RulesDocument> load(int version) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd
