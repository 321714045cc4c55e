#include "report/ReportTestSupport.h"

#include "report/charts/ChartSvg.h"
#include "report/charts/RadarChart.h"
#include "report/charts/ScoreBars.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>

using namespace ahplead;

namespace {

// Counts pixels that differ from white inside and outside RECT.
std::pair<int, int> paintedPixels(const QImage &image, const QRect &rect)
{
    int inside = 0;
    int outside = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                (rect.contains(x, y) ? inside : outside)++;
    return {inside, outside};
}

} // namespace

TEST_CASE("The radar chart paints inside the rectangle it is given and nowhere else")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    QImage image(500, 420, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QRect target(40, 30, 420, 360);
    QPainter painter(&image);
    RadarChart::paint(painter, target, r.model.radar);
    painter.end();
    const auto [inside, outside] = paintedPixels(image, target);
    CHECK(inside > 5000);
    CHECK(outside == 0);
}

TEST_CASE("The score bars paint inside the rectangle they are given and nowhere else")
{
    const auto r = test::exampleReport(QStringLiteral("system"));
    QImage image(700, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QRect target(20, 20, 640, qRound(ScoreBars::preferredHeight(5, 640)));
    QPainter painter(&image);
    ScoreBars::paint(painter, target, r.model.bars);
    painter.end();
    const auto [inside, outside] = paintedPixels(image, target);
    CHECK(inside > 5000);
    CHECK(outside == 0);
}

TEST_CASE("The chart painters leave the painter's state as they found it")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    QImage image(300, 300, QImage::Format_RGB32);
    QPainter painter(&image);
    const QPen pen(Qt::red, 3);
    painter.setPen(pen);
    painter.setBrush(Qt::green);
    const QFont font(QStringLiteral("DejaVu Sans"), 7);
    painter.setFont(font);
    RadarChart::paint(painter, QRectF(0, 0, 300, 300), r.model.radar);
    ScoreBars::paint(painter, QRectF(0, 0, 300, 150), r.model.bars);
    CHECK(painter.pen() == pen);
    CHECK(painter.brush() == QBrush(Qt::green));
    CHECK(painter.font() == font);
    CHECK(painter.transform().isIdentity());
}

TEST_CASE("Unscored domains and earlier scores are drawn without failing and named in the text alternative")
{
    std::vector<RadarChart::Axis> axes{{QStringLiteral("One"), 40.0, 20.0},
                                       {QStringLiteral("Two"), std::nullopt, 50.0},
                                       {QStringLiteral("Three"), 85.0, std::nullopt}};
    QImage image(400, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    RadarChart::paint(painter, QRectF(0, 0, 400, 400), axes);
    painter.end();
    CHECK(paintedPixels(image, QRect(0, 0, 400, 400)).first > 1000);
    CHECK(RadarChart::description(axes) ==
          QLatin1String("Radar chart of domain scores out of 100: One 40 (Developing), previously 20; Two Not scored, "
                        "previously 50; Three 85 (Embedded)."));
}

TEST_CASE("A chart as inline SVG has no XML prolog, namespace URL or fixed size, and a text alternative")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    const QString svg =
        ChartSvg::radar(r.model.radar, QStringLiteral("Scores <&> \"quoted\""), QStringLiteral("radar"));
    CHECK(svg.startsWith(QStringLiteral("<svg id=\"radar\" viewBox=\"0 0 720 560\" role=\"img\"")));
    CHECK(svg.endsWith(QStringLiteral("</svg>")));
    CHECK_FALSE(svg.contains(QStringLiteral("<?xml")));
    CHECK_FALSE(svg.contains(QStringLiteral("http")));
    CHECK_FALSE(svg.contains(QStringLiteral("xlink")));
    CHECK_FALSE(svg.contains(QStringLiteral(" width=\"")));
    CHECK(svg.contains(QStringLiteral("<title id=\"radar-title\">Scores &lt;&amp;&gt; &quot;quoted&quot;</title>")));
    for (const auto &axis : r.model.radar)
        CHECK(svg.contains(axis.label.section(QLatin1Char(' '), 0, 0)));
}
