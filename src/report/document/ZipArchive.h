#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

struct zip;
struct zip_source;

namespace ahplead {

// A zip archive in memory, over libzip (Debian's libzip): the package of a Word document
// (DocxWriter), and an OpenDocument text opened to add what Qt's ODF writer leaves out
// (OdtFurniture). Entries keep the order they were added in, so a package's first entry
// (ODF's uncompressed "mimetype") stays first. Owns libzip's handles; move-only.
class ZipArchive {
public:
    enum class Compression { Store, Deflate };

    // An empty archive.
    static Result<ZipArchive> create();
    // The archive BYTES hold, to read and change.
    static Result<ZipArchive> open(const QByteArray &bytes);

    ZipArchive(ZipArchive &&other) noexcept;
    ZipArchive &operator=(ZipArchive &&other) noexcept;
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;
    ~ZipArchive();

    // The entry NAME, whole.
    Result<QByteArray> read(const QString &name) const;
    // Adds NAME holding DATA, or replaces its data where NAME is there already.
    Status put(const QString &name, const QByteArray &data, Compression compression = Compression::Deflate);
    // Writes the archive out and returns its bytes; the archive is spent after.
    Result<QByteArray> finish();

private:
    ZipArchive(zip *archive, zip_source *buffer) : m_archive(archive), m_buffer(buffer) {}
    QString lastError() const;

    zip *m_archive = nullptr;
    zip_source *m_buffer = nullptr; // the archive's bytes, kept past zip_close to read them
    // The data of entries added, alive until finish(): libzip reads it only when it writes.
    std::vector<QByteArray> m_kept;
};

} // namespace ahplead
