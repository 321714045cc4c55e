#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace ahplead {

// Reading JSON that came from outside: bounded in size and depth, UTF-8 checked,
// duplicate keys refused, and every problem reported with the file name and line.
class JsonFile {
public:
    static constexpr qint64 MaxBytes = 10 * 1024 * 1024;
    static constexpr int MaxDepth = 64;

    // Reads and parses PATH; the message names the file by its file name.
    static Result<nlohmann::json> read(const QString &path);
    // Parses BYTES that came from FILENAME (used in messages only).
    static Result<nlohmann::json> parse(const QByteArray &bytes, const QString &fileName);

    // The file name a message should use for PATH: short, but enough to find it.
    static QString displayName(const QString &path);
    // TEXT as a JSON string: UTF-8, whatever the locale.
    static std::string utf8(const QString &text) { return text.toStdString(); }

private:
    static QString lineAndColumn(const QByteArray &bytes, std::size_t offset);
};

} // namespace ahplead
