#include "faultyvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace pd::test::FaultyVfs {

namespace {
sqlite3_vfs g_vfs;
sqlite3_vfs *g_real = nullptr;
std::atomic<int> g_kind{0}; // 0 off, 1 write, 2 sync
std::atomic<int> g_failAt{0};
std::atomic<int> g_seen{0};
std::atomic<bool> g_fired{false};

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *realOf(sqlite3_file *f) { return reinterpret_cast<ShimFile *>(f)->real; }

bool shouldFail(int kind)
{
    if (g_kind.load() != kind)
        return false;
    if (++g_seen == g_failAt.load()) {
        g_fired = true;
        return true;
    }
    return false;
}

int xClose(sqlite3_file *f) { return realOf(f)->pMethods->xClose(realOf(f)); }
int xRead(sqlite3_file *f, void *b, int n, sqlite3_int64 o) { return realOf(f)->pMethods->xRead(realOf(f), b, n, o); }
int xWrite(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
    if (shouldFail(1))
        return SQLITE_IOERR_WRITE;
    return realOf(f)->pMethods->xWrite(realOf(f), b, n, o);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size) { return realOf(f)->pMethods->xTruncate(realOf(f), size); }
int xSync(sqlite3_file *f, int flags)
{
    if (shouldFail(2))
        return SQLITE_IOERR_FSYNC;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size) { return realOf(f)->pMethods->xFileSize(realOf(f), size); }
int xLock(sqlite3_file *f, int l) { return realOf(f)->pMethods->xLock(realOf(f), l); }
int xUnlock(sqlite3_file *f, int l) { return realOf(f)->pMethods->xUnlock(realOf(f), l); }
int xCheckReservedLock(sqlite3_file *f, int *out) { return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out); }
int xFileControl(sqlite3_file *f, int op, void *arg) { return realOf(f)->pMethods->xFileControl(realOf(f), op, arg); }
int xSectorSize(sqlite3_file *f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); }
int xDeviceCharacteristics(sqlite3_file *f) { return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f)); }
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), page, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags) { return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags); }
void xShmBarrier(sqlite3_file *f) { realOf(f)->pMethods->xShmBarrier(realOf(f)); }
int xShmUnmap(sqlite3_file *f, int deleteFlag) { return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag); }
int xFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p) { return realOf(f)->pMethods->xFetch(realOf(f), o, n, p); }
int xUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p) { return realOf(f)->pMethods->xUnfetch(realOf(f), o, p); }

const sqlite3_io_methods g_methods = {3,          xClose,     xRead,      xWrite,     xTruncate,      xSync,
                                      xFileSize,  xLock,      xUnlock,    xCheckReservedLock,         xFileControl,
                                      xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier,
                                      xShmUnmap,  xFetch,     xUnfetch};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    // the unix VFS gives version-3 methods; anything less would not have the WAL calls
    file->pMethods = rc == SQLITE_OK && shim->real->pMethods && shim->real->pMethods->iVersion >= 3 ? &g_methods : nullptr;
    if (rc == SQLITE_OK && !file->pMethods && shim->real->pMethods)
        shim->real->pMethods->xClose(shim->real);
    return rc == SQLITE_OK && !file->pMethods ? SQLITE_CANTOPEN : rc;
}
} // namespace

bool install()
{
    if (g_real)
        return true;
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real)
        return false;
    g_vfs = *g_real;
    g_vfs.zName = "faulty";
    g_vfs.szOsFile = int(sizeof(ShimFile)) + g_real->szOsFile;
    g_vfs.xOpen = xOpen;
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

void arm(Kind kind, int failAt)
{
    g_seen = 0;
    g_fired = false;
    g_failAt = failAt;
    g_kind = kind == Kind::Write ? 1 : 2;
}

void disarm() { g_kind = 0; }
bool fired() { return g_fired.load(); }
int seen() { return g_seen.load(); }

} // namespace pd::test::FaultyVfs
