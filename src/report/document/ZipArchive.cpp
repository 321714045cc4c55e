#include "report/document/ZipArchive.h"

#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace ahplead {

namespace {

QString zipErrorText(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

// An in-memory source over a copy of BYTES, opened as an archive. The copy is libzip's to
// free: libzip 1.7 frees a buffer it was lent, too, once it has written the archive anew.
Status openOver(const QByteArray &bytes, int flags, zip_source_t **source, zip_t **archive)
{
    zip_error_t error;
    zip_error_init(&error);
    void *copy = nullptr;
    if (!bytes.isEmpty()) {
        copy = std::malloc(static_cast<std::size_t>(bytes.size()));
        if (!copy)
            return fail(QStringLiteral("out of memory"));
        std::memcpy(copy, bytes.constData(), static_cast<std::size_t>(bytes.size()));
    }
    *source = zip_source_buffer_create(copy, static_cast<zip_uint64_t>(bytes.size()), 1, &error);
    if (!*source) {
        std::free(copy);
        const QString why = zipErrorText(&error);
        zip_error_fini(&error);
        return fail(why);
    }
    // The source outlives the archive: its bytes are read back after zip_close.
    zip_source_keep(*source);
    *archive = zip_open_from_source(*source, flags, &error);
    if (!*archive) {
        const QString why = zipErrorText(&error);
        zip_error_fini(&error);
        zip_source_free(*source);
        return fail(why);
    }
    zip_error_fini(&error);
    return success();
}

} // namespace

Result<ZipArchive> ZipArchive::create()
{
    zip_source_t *source = nullptr;
    zip_t *archive = nullptr;
    auto opened = openOver({}, ZIP_TRUNCATE, &source, &archive);
    if (!opened)
        return fail(QStringLiteral("could not start a zip archive: %1").arg(opened.message()));
    return ZipArchive(archive, source);
}

Result<ZipArchive> ZipArchive::open(const QByteArray &bytes)
{
    zip_source_t *source = nullptr;
    zip_t *archive = nullptr;
    auto opened = openOver(bytes, ZIP_CHECKCONS, &source, &archive);
    if (!opened)
        return fail(QStringLiteral("could not read the zip archive: %1").arg(opened.message()));
    return ZipArchive(archive, source);
}

ZipArchive::ZipArchive(ZipArchive &&other) noexcept
    : m_archive(std::exchange(other.m_archive, nullptr)), m_buffer(std::exchange(other.m_buffer, nullptr)),
      m_kept(std::move(other.m_kept))
{
}

ZipArchive &ZipArchive::operator=(ZipArchive &&other) noexcept
{
    if (this != &other) {
        std::swap(m_archive, other.m_archive);
        std::swap(m_buffer, other.m_buffer);
        std::swap(m_kept, other.m_kept);
    }
    return *this;
}

ZipArchive::~ZipArchive()
{
    if (m_archive)
        zip_discard(m_archive);
    if (m_buffer)
        zip_source_free(m_buffer);
}

QString ZipArchive::lastError() const
{
    return m_archive ? QString::fromUtf8(zip_strerror(m_archive)) : QStringLiteral("the archive is closed");
}

Result<QByteArray> ZipArchive::read(const QString &name) const
{
    if (!m_archive)
        return fail(lastError());
    const QByteArray entry = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_archive, entry.constData(), ZIP_FL_ENC_UTF_8, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return fail(QStringLiteral("the archive has no %1").arg(name));
    zip_file_t *file = zip_fopen(m_archive, entry.constData(), ZIP_FL_ENC_UTF_8);
    if (!file)
        return fail(QStringLiteral("%1 cannot be read: %2").arg(name, lastError()));
    QByteArray data(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    const zip_int64_t got = zip_fread(file, data.data(), stat.size);
    zip_fclose(file);
    if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size)
        return fail(QStringLiteral("%1 is damaged in the archive").arg(name));
    return data;
}

Status ZipArchive::put(const QString &name, const QByteArray &data, Compression compression)
{
    if (!m_archive)
        return fail(lastError());
    m_kept.push_back(data);
    const QByteArray &kept = m_kept.back();
    zip_source_t *source = zip_source_buffer(m_archive, kept.constData(), static_cast<zip_uint64_t>(kept.size()), 0);
    if (!source)
        return fail(QStringLiteral("%1 cannot be added: %2").arg(name, lastError()));
    const zip_int64_t index =
        zip_file_add(m_archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        return fail(QStringLiteral("%1 cannot be added: %2").arg(name, lastError()));
    }
    const zip_int32_t method = compression == Compression::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
    if (zip_set_file_compression(m_archive, static_cast<zip_uint64_t>(index), method, 0) != 0)
        return fail(QStringLiteral("%1 cannot be compressed: %2").arg(name, lastError()));
    return success();
}

Result<QByteArray> ZipArchive::finish()
{
    if (!m_archive)
        return fail(lastError());
    if (zip_close(m_archive) != 0)
        return fail(QStringLiteral("could not write the zip archive: %1").arg(lastError()));
    m_archive = nullptr;
    // The archive's bytes are now the buffer source's contents.
    zip_source_t *source = m_buffer;
    if (zip_source_open(source) != 0)
        return fail(QStringLiteral("could not read the zip archive back"));
    zip_source_seek(source, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(source);
    zip_source_seek(source, 0, SEEK_SET);
    QByteArray bytes(static_cast<qsizetype>(size < 0 ? 0 : size), Qt::Uninitialized);
    const zip_int64_t got = size > 0 ? zip_source_read(source, bytes.data(), static_cast<zip_uint64_t>(size)) : 0;
    zip_source_close(source);
    m_kept.clear();
    if (got != size)
        return fail(QStringLiteral("could not read the zip archive back"));
    return bytes;
}

} // namespace ahplead
