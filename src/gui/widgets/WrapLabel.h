#pragma once

#include <QHash>
#include <QLabel>
#include <QTextLayout>

#include <memory>

namespace ahplead {

// A word-wrapped plain-text label that lays its text out once per width and keeps the
// result. QLabel lays wrapped text out afresh for every size question and again for every
// paint; with sixty-odd questions that was most of the cost of showing a section. Keeping
// the layout also lets a page be measured before it is shown (AssessmentView prepares the
// next sections while the person reads), so showing it costs little more than painting.
// It is still a QLabel: screen readers, buddies and the style sheet's fonts and colours work.
class WrapLabel : public QLabel {
    Q_OBJECT

public:
    explicit WrapLabel(const QString &text = {}, QWidget *parent = nullptr);
    // As forms (ui/*.ui) make it: the text is set afterwards.
    explicit WrapLabel(QWidget *parent) : WrapLabel(QString(), parent) {}

    void setText(const QString &text);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // The text laid out in lines no wider than WIDTH (the contents' width).
    const QTextLayout &layoutFor(int width) const;
    void forget();

    mutable QHash<int, std::shared_ptr<QTextLayout>> m_layouts;
};

} // namespace ahplead
