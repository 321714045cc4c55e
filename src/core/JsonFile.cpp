#include "JsonFile.h"

#include <QFile>
#include <QFileInfo>

#include <set>
#include <string>
#include <vector>

namespace ahplead {

QString JsonFile::displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString JsonFile::lineAndColumn(const QByteArray &bytes, std::size_t offset)
{
    int line = 1;
    int column = 1;
    const std::size_t end = std::min<std::size_t>(offset, static_cast<std::size_t>(bytes.size()));
    for (std::size_t i = 0; i < end; ++i) {
        if (bytes.at(static_cast<qsizetype>(i)) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

Result<nlohmann::json> JsonFile::read(const QString &path)
{
    const QString name = displayName(path);
    QFile file(path);
    if (!file.exists())
        return fail(QStringLiteral("%1: the file does not exist (%2)").arg(name, path));
    if (file.size() > MaxBytes)
        return fail(QStringLiteral("%1: the file is %2 MiB; files over 10 MiB are not accepted")
                        .arg(name)
                        .arg(double(file.size()) / (1024.0 * 1024.0), 0, 'f', 1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: the file cannot be read: %2").arg(name, file.errorString()));
    // Read one byte past the limit so a file that grew since size() is still caught.
    const QByteArray bytes = file.read(MaxBytes + 1);
    return parse(bytes, name);
}

namespace {

// Thrown from the parser callback to stop at the first structural problem.
struct StopParsing {};

// The offset of the first byte that is not part of well-formed UTF-8, or -1.
// Overlong forms, surrogates and code points past U+10FFFF are ill-formed too.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the first continuation byte
        if (c < 0x80) { ++i; continue; }
        if (c >= 0xC2 && c <= 0xDF) extra = 1;
        else if (c == 0xE0) { extra = 2; lo = 0xA0; }
        else if (c >= 0xE1 && c <= 0xEC) extra = 2;
        else if (c == 0xED) { extra = 2; hi = 0x9F; }
        else if (c >= 0xEE && c <= 0xEF) extra = 2;
        else if (c == 0xF0) { extra = 3; lo = 0x90; }
        else if (c >= 0xF1 && c <= 0xF3) extra = 3;
        else if (c == 0xF4) { extra = 3; hi = 0x8F; }
        else return i;
        if (i + extra >= n) return i; // truncated sequence at the end
        if (p[i + 1] < lo || p[i + 1] > hi) return i;
        for (int k = 2; k <= extra; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace

Result<nlohmann::json> JsonFile::parse(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > MaxBytes)
        return fail(QStringLiteral("%1: the file is larger than 10 MiB; such files are not accepted").arg(fileName));
    if (bytes.trimmed().isEmpty())
        return fail(QStringLiteral("%1: the file is empty; expected a JSON document").arg(fileName));
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0)
        return fail(QStringLiteral("%1: %2: the file is not valid UTF-8 text; save it as UTF-8 and try again")
                        .arg(fileName, lineAndColumn(bytes, static_cast<std::size_t>(bad))));

    // The callback keeps a stack of the keys seen in each open object, so a duplicate key
    // (which nlohmann would silently overwrite) and runaway nesting are both refused.
    std::vector<std::set<std::string>> keys;
    std::vector<std::string> path;
    QString problem;
    int depth = 0;
    auto callback = [&](int, nlohmann::json::parse_event_t event, nlohmann::json &parsed) -> bool {
        using E = nlohmann::json::parse_event_t;
        if (!problem.isEmpty())
            return false;
        switch (event) {
        case E::object_start:
        case E::array_start:
            if (++depth > MaxDepth) {
                problem = QStringLiteral("the JSON is nested more than %1 levels deep").arg(MaxDepth);
                throw StopParsing{};
            }
            if (event == E::object_start)
                keys.emplace_back();
            break;
        case E::object_end:
        case E::array_end:
            --depth;
            if (event == E::object_end && !keys.empty())
                keys.pop_back();
            break;
        case E::key: {
            const std::string key = parsed.get<std::string>();
            if (!keys.empty() && !keys.back().insert(key).second) {
                problem = QStringLiteral("the key \"%1\" appears twice in the same object")
                              .arg(QString::fromStdString(key));
                throw StopParsing{};
            }
            break;
        }
        case E::value: break;
        }
        return true;
    };

    try {
        nlohmann::json doc = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), callback);
        return doc;
    } catch (const StopParsing &) {
        return fail(QStringLiteral("%1: %2").arg(fileName, problem));
    } catch (const nlohmann::json::parse_error &e) {
        const bool atEnd = e.byte >= static_cast<std::size_t>(bytes.size());
        const QString what = atEnd ? QStringLiteral("the file ends before the JSON is complete (is it truncated?)")
                                   : QStringLiteral("this is not valid JSON");
        return fail(QStringLiteral("%1: %2: %3").arg(fileName, lineAndColumn(bytes, e.byte ? e.byte - 1 : 0), what));
    } catch (const nlohmann::json::exception &e) {
        return fail(QStringLiteral("%1: this is not valid JSON (%2)").arg(fileName, QString::fromUtf8(e.what())));
    }
}

} // namespace ahplead
