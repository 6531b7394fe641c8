#pragma once

#include <QString>

#include <initializer_list>
#include <iterator>
#include <optional>
#include <type_traits>

namespace pd {

// The value among `values` whose stored code (as `codeOf` writes it) is `code`: one reading
// of a code column for every enum that is stored by code.
template<typename Values, typename CodeOf>
auto enumFromCode(const QString &code, const Values &values, CodeOf codeOf) -> std::optional<std::decay_t<decltype(*std::begin(values))>>
{
    for (const auto &value : values)
        if (codeOf(value) == code)
            return value;
    return std::nullopt;
}

template<typename Enum, typename CodeOf>
std::optional<Enum> enumFromCode(const QString &code, std::initializer_list<Enum> values, CodeOf codeOf)
{
    return enumFromCode<std::initializer_list<Enum>>(code, values, codeOf);
}

} // namespace pd
