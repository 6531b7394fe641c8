#pragma once

namespace pd::test {

// A test-only SQLite VFS over the default one that fails the Nth write or the Nth sync
// (counted from arm()) with an I/O error, once — as a full disk or a failing drive would.
// install() makes it the default, so Qt's SQLite connections opened afterwards use it.
namespace FaultyVfs {
enum class Kind { Write, Sync };
bool install();
void arm(Kind kind, int failAt);
void disarm();
bool fired();   // the armed fault has happened
int seen();     // writes or syncs counted since arm()
} // namespace FaultyVfs

} // namespace pd::test
