#include "rawsqlite.h"

#include <QElapsedTimer>

#include <sqlite3.h>

namespace pd::bench {

namespace {

struct Handle
{
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close_v2(db); }
};

struct Statement
{
    sqlite3_stmt *s = nullptr;
    ~Statement() { sqlite3_finalize(s); }
};

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

bool open(Handle &h, const QString &file, QString *error)
{
    if (sqlite3_open_v2(file.toUtf8().constData(), &h.db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(h.db));
        return false;
    }
    // the program's own settings (Database::configureSQLite), page cache included
    return exec(h.db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536;", error);
}

bool prepare(sqlite3 *db, Statement &st, const char *sql, QString *error)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st.s, nullptr) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

void bindText(sqlite3_stmt *s, int i, const QByteArray &text)
{
    sqlite3_bind_text(s, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

bool step(sqlite3 *db, sqlite3_stmt *s, QString *error)
{
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

// The rows every earning writes, for both raw baselines: the ledger entry, its lot, the member's
// balance; and with a campaign, its award row and (once per batch) its total.
struct PointsRows
{
    Statement entry, lot, member, award, awarded;
    qint64 awardedInBatch = 0;

    bool prepareAll(sqlite3 *db, QString *error)
    {
        return prepare(db, entry,
                       "INSERT INTO ledger_entries (member_id, delta, kind, business_time, posted_at, store_id, operator_id, reference, "
                       "breakdown) VALUES (?, ?, ?, ?, ?, 1, 1, ?, '')",
                       error)
               && prepare(db, lot,
                          "INSERT INTO lots (id, member_id, entry_id, points, remaining, earned_at, expires_at, store_id) "
                          "VALUES ((SELECT IFNULL(MAX(id), 0) + 1 FROM lots), ?, ?, ?, ?, ?, NULL, 1)",
                          error)
               && prepare(db, member, "UPDATE members SET balance = balance + ? WHERE id = ?", error)
               && prepare(db, award,
                          "INSERT INTO campaign_awards (campaign_id, member_id, receipt_id, entry_id, points, business_date, posted_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)",
                          error)
               && prepare(db, awarded, "UPDATE campaigns SET awarded_points = awarded_points + ? WHERE id = ?", error);
    }
    // The entry, its lot and the balance; the entry's id, or 0 on error.
    qint64 credit(sqlite3 *db, qint64 memberId, qint64 points, const char *kind, const QByteArray &time, const QByteArray &reference, QString *error)
    {
        sqlite3_bind_int64(entry.s, 1, memberId);
        sqlite3_bind_int64(entry.s, 2, points);
        sqlite3_bind_text(entry.s, 3, kind, -1, SQLITE_STATIC);
        bindText(entry.s, 4, time);
        bindText(entry.s, 5, time);
        bindText(entry.s, 6, reference);
        if (!step(db, entry.s, error))
            return 0;
        const qint64 entryId = sqlite3_last_insert_rowid(db);
        sqlite3_bind_int64(lot.s, 1, memberId);
        sqlite3_bind_int64(lot.s, 2, entryId);
        sqlite3_bind_int64(lot.s, 3, points);
        sqlite3_bind_int64(lot.s, 4, points);
        bindText(lot.s, 5, time);
        if (!step(db, lot.s, error))
            return 0;
        sqlite3_bind_int64(member.s, 1, points);
        sqlite3_bind_int64(member.s, 2, memberId);
        return step(db, member.s, error) ? entryId : 0;
    }
    bool awardRow(sqlite3 *db, qint64 campaignId, qint64 memberId, qint64 receiptId, qint64 entryId, qint64 points, const QByteArray &day,
                  const QByteArray &time, QString *error)
    {
        sqlite3_bind_int64(award.s, 1, campaignId);
        sqlite3_bind_int64(award.s, 2, memberId);
        if (receiptId > 0)
            sqlite3_bind_int64(award.s, 3, receiptId);
        else
            sqlite3_bind_null(award.s, 3);
        sqlite3_bind_int64(award.s, 4, entryId);
        sqlite3_bind_int64(award.s, 5, points);
        bindText(award.s, 6, day);
        bindText(award.s, 7, time);
        awardedInBatch += points;
        return step(db, award.s, error);
    }
    bool closeBatch(sqlite3 *db, qint64 campaignId, QString *error)
    {
        if (campaignId <= 0)
            return true;
        sqlite3_bind_int64(awarded.s, 1, awardedInBatch);
        sqlite3_bind_int64(awarded.s, 2, campaignId);
        awardedInBatch = 0;
        return step(db, awarded.s, error);
    }
};

} // namespace

double rawReceiptInserts(const QString &file, const QList<BenchReceipt> &receipts, int batch, QString *error, qint64 campaignId)
{
    Handle h;
    if (!open(h, file, error))
        return -1;
    Statement receipt;
    PointsRows rows;
    if (!prepare(h.db, receipt,
                 "INSERT INTO receipts (store_id, receipt_no, member_id, business_time, scenario, amount, green_amount, points_used, "
                 "points, green_points, content, posted_at) VALUES (1, ?, ?, ?, 'supermarket', ?, 0, 0, ?, 0, '', ?)",
                 error)
        || !rows.prepareAll(h.db, error))
        return -1;
    QElapsedTimer t;
    t.start();
    for (qsizetype i = 0; i < receipts.size(); ++i) {
        if (i % batch == 0 && !exec(h.db, "BEGIN IMMEDIATE", error))
            return -1;
        const BenchReceipt &r = receipts.at(i);
        const QByteArray number = r.number.toUtf8(), time = r.businessTime.toUtf8(), reference = ("receipt:NY01/" + r.number).toUtf8();
        const qint64 points = r.amountFen / 100;
        bindText(receipt.s, 1, number);
        sqlite3_bind_int64(receipt.s, 2, r.memberId);
        bindText(receipt.s, 3, time);
        sqlite3_bind_int64(receipt.s, 4, r.amountFen);
        sqlite3_bind_int64(receipt.s, 5, points);
        bindText(receipt.s, 6, time);
        if (!step(h.db, receipt.s, error))
            return -1;
        const qint64 receiptId = sqlite3_last_insert_rowid(h.db);
        const qint64 entryId = rows.credit(h.db, r.memberId, points, "earn", time, reference, error);
        if (entryId == 0)
            return -1;
        if (campaignId > 0 && points > 0 && !rows.awardRow(h.db, campaignId, r.memberId, receiptId, entryId, points, time.left(10), time, error))
            return -1;
        if ((i + 1) % batch == 0 || i + 1 == receipts.size()) {
            if (!rows.closeBatch(h.db, campaignId, error) || !exec(h.db, "COMMIT", error))
                return -1;
        }
    }
    return double(receipts.size()) / (double(t.nsecsElapsed()) / 1e9);
}

double rawCheckinInserts(const QString &file, const QList<BenchCheckin> &checkins, int batch, qint64 campaignId, qint64 points, QString *error)
{
    Handle h;
    if (!open(h, file, error))
        return -1;
    Statement checkin;
    PointsRows rows;
    if (!prepare(h.db, checkin,
                 "INSERT INTO checkins (campaign_id, member_id, store_id, checkin_no, business_date, business_time, card, card_points, points, "
                 "bonus_points, content, posted_at) VALUES (?, ?, 1, ?, ?, ?, 'none', 0, ?, 0, '', ?)",
                 error)
        || !rows.prepareAll(h.db, error))
        return -1;
    QElapsedTimer t;
    t.start();
    for (qsizetype i = 0; i < checkins.size(); ++i) {
        if (i % batch == 0 && !exec(h.db, "BEGIN IMMEDIATE", error))
            return -1;
        const BenchCheckin &c = checkins.at(i);
        const QByteArray number = c.number.toUtf8(), day = c.businessDate.toUtf8(), time = c.businessTime.toUtf8(),
                         reference = ("checkin:NY01/" + c.businessDate).toUtf8();
        sqlite3_bind_int64(checkin.s, 1, campaignId);
        sqlite3_bind_int64(checkin.s, 2, c.memberId);
        bindText(checkin.s, 3, number);
        bindText(checkin.s, 4, day);
        bindText(checkin.s, 5, time);
        sqlite3_bind_int64(checkin.s, 6, points);
        bindText(checkin.s, 7, time);
        if (!step(h.db, checkin.s, error))
            return -1;
        const qint64 entryId = rows.credit(h.db, c.memberId, points, "checkin", time, reference, error);
        if (entryId == 0 || !rows.awardRow(h.db, campaignId, c.memberId, 0, entryId, points, day, time, error))
            return -1;
        if ((i + 1) % batch == 0 || i + 1 == checkins.size()) {
            if (!rows.closeBatch(h.db, campaignId, error) || !exec(h.db, "COMMIT", error))
                return -1;
        }
    }
    return double(checkins.size()) / (double(t.nsecsElapsed()) / 1e9);
}

bool rawCopyCampaigns(const QString &file, const QString &programFile, QString *error)
{
    Handle h;
    if (!open(h, file, error))
        return false;
    Statement attach;
    if (!prepare(h.db, attach, "ATTACH ? AS program", error))
        return false;
    bindText(attach.s, 1, programFile.toUtf8());
    return step(h.db, attach.s, error)
           && exec(h.db, "INSERT INTO campaigns SELECT * FROM program.campaigns WHERE id NOT IN (SELECT id FROM campaigns); DETACH program;", error);
}

QList<qint64> rawDurableCommits(const QString &file, int count, QString *error)
{
    Handle h;
    QList<qint64> latencies;
    if (!open(h, file, error) || !exec(h.db, "CREATE TABLE IF NOT EXISTS bench_commits (id INTEGER PRIMARY KEY, at TEXT)", error))
        return latencies;
    Statement insert;
    if (!prepare(h.db, insert, "INSERT INTO bench_commits (at) VALUES ('2026-11-23T04:00:00.000Z')", error))
        return latencies;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        if (!exec(h.db, "BEGIN IMMEDIATE", error) || !step(h.db, insert.s, error) || !exec(h.db, "COMMIT", error))
            return {};
        latencies.append(t.nsecsElapsed() / 1000);
    }
    return latencies;
}

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace pd::bench
