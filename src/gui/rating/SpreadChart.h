#pragma once

#include "core/assessment/Framework.h"
#include "core/rating/Disagreement.h"

#include <QWidget>

#include <vector>

namespace ahplead {

// How a board's raters answered one question, drawn for a projector: a bar per answer (the
// framework's scale, then "not applicable" and "not answered") as long as the number who gave
// it, with the number beside it. Its accessible description says the same in words.
class SpreadChart : public QWidget {
    Q_OBJECT

public:
    explicit SpreadChart(QWidget *parent = nullptr);

    void setQuestion(const Disagreement &question, const Framework &framework);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    struct Bar {
        QString label;
        int count = 0;
    };
    const std::vector<Bar> &bars() const { return m_bars; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<Bar> m_bars;
    int m_raters = 0;
};

} // namespace ahplead
