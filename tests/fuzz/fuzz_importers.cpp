// Every importer on hostile files, against a real (throw-away) SQLite database with demo
// stores and members: each run ends in a report or an error, and the ledger invariants
// still hold afterwards. The first byte chooses the importer.
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/schema/migrator.h"
#include "core/db/sql.h"
#include "core/demo/demodata.h"
#include "core/io/importers.h"
#include "core/integrity/invariants.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace {
struct World
{
    World()
    {
        static int argc = 1;
        static char name[] = "fuzz_importers";
        static char *argv[] = {name, nullptr};
        app = std::make_unique<QCoreApplication>(argc, argv);
        auto opened = pd::Database::open(dir.filePath(QStringLiteral("fuzz.sqlite")), QStringLiteral("fuzz"));
        if (!opened || !pd::Migrator(*opened.value()).migrate())
            std::abort();
        db = std::move(opened).value();
        pd::DemoOptions options;
        options.members = 20;
        options.campaigns = true; // a check-in campaign running today, so check-ins are posted
        if (!pd::DemoData(*db, clock, pd::PasswordHasher(pd::PasswordHasher::fastForTests())).create(pd::Session::system({}), options))
            std::abort();
        // durability is not what is fuzzed here; speed is
        (void)pd::sql::run(db->connection(), QStringLiteral("PRAGMA synchronous = OFF"));
    }
    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir dir;
    pd::SystemClock clock;
    std::unique_ptr<pd::Database> db;
};
} // namespace

static World &theWorld()
{
    static World world;
    return world;
}

// The database is made before fuzzing starts, so its set-up does not count against the
// 1 s an input may take.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    theWorld();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &world = theWorld();
    if (size == 0)
        return 0;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    pd::Importers importers(*world.db, world.clock);
    const pd::Session admin = pd::Session::system(QStringLiteral("fuzz"));
    pd::ImportOptions options;
    options.batchSize = 7;
    switch (data[0] % 6) {
    case 0: (void)importers.importStores(admin, &buffer, QStringLiteral("f.csv"), options); break;
    case 1: (void)importers.importMembers(admin, &buffer, QStringLiteral("f.csv"), options); break;
    case 2: (void)importers.importReceipts(admin, &buffer, QStringLiteral("f.csv"), options); break;
    case 3: (void)importers.importReturns(admin, &buffer, QStringLiteral("f.csv"), options); break;
    case 5: (void)importers.importCheckins(admin, &buffer, QStringLiteral("f.csv"), options); break;
    default: (void)importers.importCatalog(admin, &buffer, QStringLiteral("f.csv"), options); break;
    }
    auto invariants = pd::checkLedgerInvariants(*world.db);
    if (!invariants || !invariants->ok())
        std::abort();
    return 0;
}
