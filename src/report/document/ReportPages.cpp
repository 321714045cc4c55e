#include "report/document/ReportPages.h"

#include "report/charts/ChartStyle.h"
#include "report/document/LogoImage.h"
#include "report/document/TextDocumentWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace ahplead {

namespace {

const QColor Ink(0x21, 0x2b, 0x32);
const QColor Muted(0x42, 0x55, 0x63);
const QColor Blue(0x00, 0x5e, 0xb8);

// Header and footer bands, in points, inside the page margins.
constexpr qreal BandPt = 26;

struct Bands {
    QRectF header;
    QRectF body;
    QRectF footer;
};

// LOGO is the document's, decoded once: the PDF keeps one copy of an image drawn on every page.
void paintHeader(QPainter &p, const QRectF &band, const Document &m, const QImage &logo, const QFont &font)
{
    p.setFont(font);
    p.setPen(Muted);
    const QFontMetricsF fm(font, p.device());
    const qreal y = band.top() + fm.height() * 1.35;
    // The organisation's logo at the right end, standing on the rule; the date moves left of it.
    qreal logoWidth = 0;
    const qreal dotsPerMm = p.device()->logicalDpiY() / 25.4;
    const QSizeF logoBox(LogoImage::headerBoxMm().width() * dotsPerMm, y - band.top() - fm.height() * 0.15);
    if (const QSizeF size = LogoImage::fit(m.logo, logoBox); !size.isEmpty() && !logo.isNull()) {
        const QRectF place(band.right() - size.width(), y - fm.height() * 0.15 - size.height(), size.width(),
                           size.height());
        p.drawImage(place, logo);
        logoWidth = size.width() + fm.height();
    }
    const QString date = m.headerRight;
    const qreal dateWidth = fm.horizontalAdvance(date) + logoWidth;
    const QRectF text(band.left(), band.top(), band.width() - logoWidth, fm.height());
    p.drawText(text, Qt::AlignRight | Qt::AlignTop, date);
    // A draft's mark takes the centre (paintDraftMark): the name stops short of it.
    const qreal room = m.draft ? band.width() / 2 - fm.height() * 3 : band.width() - dateWidth - fm.height() * 2;
    const QString org = fm.elidedText(m.headerLeft, Qt::ElideRight, room);
    p.drawText(text, Qt::AlignLeft | Qt::AlignTop, org);
    p.setPen(QPen(Blue, fm.height() * 0.08));
    p.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
}

// DRAFT, in bold red at the centre of the header band, on every page of a draft (the cover too).
void paintDraftMark(QPainter &p, const QRectF &band, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    bold.setPointSizeF(font.pointSizeF() * 1.4);
    p.setFont(bold);
    p.setPen(QColor(0xc0, 0x39, 0x2b));
    const QFontMetricsF fm(bold, p.device());
    p.drawText(QRectF(band.left(), band.top(), band.width(), fm.height()), Qt::AlignHCenter | Qt::AlignTop,
               QStringLiteral("DRAFT"));
}

void paintFooter(QPainter &p, const QRectF &band, const Document &m, const QFont &font, int page, int pages)
{
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const qreal y = band.bottom() - fm.height() * 1.35;
    p.setPen(QPen(QColor(0xae, 0xb7, 0xbd), fm.height() * 0.05));
    p.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
    const QRectF text(band.left(), band.bottom() - fm.height(), band.width(), fm.height());
    const QString number = QStringLiteral("Page %1 of %2").arg(page).arg(pages);
    p.setPen(Ink);
    p.drawText(text, Qt::AlignRight | Qt::AlignBottom, number);
    p.setPen(Muted);
    const QString title =
        fm.elidedText(m.footer, Qt::ElideRight, band.width() - fm.horizontalAdvance(number) - fm.height() * 2);
    p.drawText(text, Qt::AlignLeft | Qt::AlignBottom, title);
}

} // namespace

Result<int> ReportPages::print(const Document &document, QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return fail(QStringLiteral("could not start painting the report (the output device refused)"));
    // The painter's origin is the top left of the area inside the page margins.
    const int dpi = device.logicalDpiY(); // QPdfWriter and QPrinter report their resolution here
    const QRectF area(QPointF(0, 0), device.pageLayout().paintRectPixels(dpi).size());
    const qreal band = BandPt * dpi / 72.0;
    const Bands bands{QRectF(area.left(), area.top(), area.width(), band), area.adjusted(0, band, 0, -band),
                      QRectF(area.left(), area.bottom() - band, area.width(), band)};

    std::unique_ptr<QTextDocument> doc =
        TextDocumentWriter::build(document, TextDocumentWriter::Use::Print, &device, bands.body.size());
    const int pages = doc->pageCount();
    const qreal pageHeight = bands.body.height();

    QFont bandFont = ChartStyle::withPlainLetters(QFont(QStringLiteral("DejaVu Sans")));
    bandFont.setPointSizeF(7.5);
    const QImage logo = LogoImage::image(document.logo);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return fail(QStringLiteral("could not start page %1 of the report").arg(page + 1));
        }
        painter.save();
        painter.translate(bands.body.left(), bands.body.top() - page * pageHeight);
        doc->drawContents(&painter, QRectF(0, page * pageHeight, bands.body.width(), pageHeight));
        painter.restore();
        if (page > 0)
            paintHeader(painter, bands.header, document, logo, bandFont);
        if (document.draft)
            paintDraftMark(painter, bands.header, bandFont);
        paintFooter(painter, bands.footer, document, bandFont, page + 1, pages);
    }
    painter.end();
    return pages;
}

} // namespace ahplead
