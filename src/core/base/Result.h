#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ahplead {

// A failure a person can act on: the message names the file, the place and what was expected.
struct Error {
    QString message;
};

// The one error idiom of core: a function that can fail returns its value or an Error.
// No exception leaves core, so none can cross a Qt event loop.
template <typename T> class Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }
    const QString &message() const { return error().message; }

private:
    std::variant<T, Error> m_state;
};

struct Done {};

// For functions that return nothing but can fail.
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}
inline Error fail(QString message)
{
    return Error{std::move(message)};
}

} // namespace ahplead
