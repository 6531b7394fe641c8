#pragma once

#include <QString>

#include <initializer_list>
#include <optional>

namespace pd {

// The value among `values` whose stored code (as `codeOf` writes it) is `code`: one reading
// of a code column for every enum that is stored by code.
template<typename Enum, typename CodeOf>
std::optional<Enum> enumFromCode(const QString &code, std::initializer_list<Enum> values, CodeOf codeOf)
{
    for (Enum value : values)
        if (codeOf(value) == code)
            return value;
    return std::nullopt;
}

} // namespace pd
