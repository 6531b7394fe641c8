#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace pd {

// Stable error codes: the CLI prints them and tests compare them, so never renumber.
enum class ErrorCode {
    InvalidInput,
    NotFound,
    Duplicate,
    Conflict,
    PermissionDenied,
    AuthenticationFailed,
    AccountLocked,
    Database,
    SchemaTooNew,
    Unsupported,
    Cancelled,
    Io,
    Contention, // another writer won a race (deadlock, serialization, same key): run the operation again
    ConnectionLost, // the server's connection broke before the operation committed: nothing was saved
    OutcomeUnknown, // the connection broke while the COMMIT was on its way: saved or not, the server knows
};

QString errorCodeName(ErrorCode code);

struct Error;
[[noreturn]] void valueOfAnError(const Error &error);

// An error as a value: a stable code, a translated message for people, and an optional
// technical detail (query, driver text) for logs. Never contains a password.
struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
    QString detail;
    QString field; // the input field the error is about, when there is one

    QString describe() const;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Reading the value of an error is a bug in the caller: it stops the program with the
    // error's own words rather than reading a value that is not there.
    const T &value() const & { return checked(), *m_value; }
    T &value() & { return checked(), *m_value; }
    T &&value() && { return checked(), std::move(*m_value); }
    const T *operator->() const { return checked(), &*m_value; }
    const Error &error() const { return m_error; }

private:
    void checked() const
    {
        if (!m_value.has_value()) [[unlikely]]
            valueOfAnError(m_error);
    }

    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message, QString field = {}, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail), std::move(field)};
}

} // namespace pd
