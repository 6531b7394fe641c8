#pragma once

#include <QByteArray>
#include <QString>

namespace pd {

// Argon2id through libsodium's crypto_pwhash_str. The limits are part of each stored hash,
// so raising them later rehashes accounts at their next login.
class PasswordHasher
{
public:
    struct Limits
    {
        unsigned long long opsLimit;
        size_t memLimit;
    };
    static Limits interactive();
    // Argon2id at libsodium's minimum cost: only for test fixtures that create many users.
    static Limits fastForTests();

    explicit PasswordHasher(Limits limits = interactive());

    QString hash(const QString &password) const; // empty on out-of-memory
    static bool verify(const QString &storedHash, const QString &password);
    bool needsRehash(const QString &storedHash) const;

private:
    Limits m_limits;
};

} // namespace pd
