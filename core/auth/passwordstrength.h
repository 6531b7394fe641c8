#pragma once

#include <QString>
#include <QStringList>

namespace pd::passwordstrength {

// How hard a password is to guess, as zxcvbn estimates it (the estimator KeePassXC uses;
// Debian's libzxcvbn): common words and passwords, names given in `personalWords` (the user's
// name, the program's), keyboard walks, sequences, repeats and dates count for little.
struct Rating
{
    double bits = 0;  // log2 of the guesses needed
    QString weakness; // translated: what makes it guessable, when it is too weak
    bool acceptable() const;
};

// zxcvbn's "safely unguessable" boundary (its score 3): 10^8 guesses, about 26.6 bits.
constexpr double kMinimumBits = 26.575;

Rating rate(const QString &password, const QStringList &personalWords);

} // namespace pd::passwordstrength
