#include "report/ReportTestSupport.h"

#include "report/charts/ChartSvg.h"
#include "report/charts/HeatmapStyle.h"
#include "report/charts/RadarChart.h"
#include "report/charts/ScoreBars.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>

#include <cmath>

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

// WCAG 2.2 relative luminance of an sRGB colour.
double luminance(const QColor &c)
{
    const auto channel = [](int v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
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

TEST_CASE("A domain with no score is a gap in the radar's outline, never a point at 0")
{
    const auto axis = [](std::optional<double> v) { return RadarChart::Axis{QStringLiteral("D"), v, std::nullopt}; };
    using Runs = std::vector<std::vector<int>>;
    CHECK(RadarChart::scoredRuns({axis(50), axis(60), axis(70)}) == Runs{{0, 1, 2}});
    // Spoke 1 missing: the outline runs 2, 3, 0 (past the top) and never through 1.
    CHECK(RadarChart::scoredRuns({axis(50), axis(std::nullopt), axis(60), axis(70)}) == Runs{{2, 3, 0}});
    CHECK(RadarChart::scoredRuns({axis(50), axis(std::nullopt), axis(60), axis(std::nullopt)}) == Runs{{2}, {0}});
    CHECK(RadarChart::scoredRuns({axis(std::nullopt), axis(std::nullopt)}).empty());
    CHECK(RadarChart::valueText(std::nullopt) == QStringLiteral("Not scored"));
    CHECK(RadarChart::valueText(100.0, true) == QStringLiteral("100 (provisional)"));
}

TEST_CASE("A bar with no score is hatched and says Not scored, unlike a bar of 0")
{
    const ScoreBars::Bar zero{QStringLiteral("Zero"), 0.0, std::nullopt};
    const ScoreBars::Bar missing{QStringLiteral("Missing"), std::nullopt, std::nullopt};
    CHECK(ScoreBars::valueText(zero) == QStringLiteral("0  Not in place"));
    CHECK(ScoreBars::valueText(missing) == QStringLiteral("Not scored"));
    CHECK(ScoreBars::valueText({QStringLiteral("Few"), 100.0, std::nullopt, true}) ==
          QStringLiteral("100  provisional"));

    QImage image(640, 120, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    ScoreBars::paint(painter, QRectF(0, 0, 640, 120), {zero, missing});
    painter.end();
    // Along the middle of each row's track, count pixels darker than the track's pale fill:
    // the bar of 0 has only the four level ticks, the missing one its hatching too.
    const QColor track = ScoreBars::Style().gridFaint;
    const auto marks = [&](int y) {
        int n = 0;
        for (int x = 260; x < 480; ++x)
            n += qGray(image.pixel(x, y)) < qGray(track.rgb()) - 20 ? 1 : 0;
        return n;
    };
    CHECK(marks(90) > 3 * std::max(1, marks(30)));
}

TEST_CASE("Neighbouring maturity levels' heatmap fills differ in contrast by at least 3:1, and text on each reads")
{
    for (int level = 0; level < 4; ++level) {
        INFO("levels " << level << " and " << level + 1);
        CHECK(contrast(HeatmapStyle::fill(level), HeatmapStyle::fill(level + 1)) >= 3.0);
    }
    for (int level = -1; level <= 4; ++level) {
        INFO("level " << level);
        CHECK(contrast(HeatmapStyle::text(level), HeatmapStyle::fill(level)) >= 4.5);
    }
    // "Not scored" is not white on white: a tint of its own, hatched, and its CSS says so.
    CHECK(HeatmapStyle::fill(-1) != QColor(Qt::white));
    CHECK(HeatmapStyle::hatched(-1));
    CHECK(HeatmapStyle::css().contains(QStringLiteral(".lvl-none { background: #e8edee repeating-linear-gradient")));
}
