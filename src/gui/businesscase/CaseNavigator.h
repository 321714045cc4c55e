#pragma once

#include <QListWidget>

namespace ahplead {

// The parts of the business case down the left of the editor, each with a line in words
// ("2 problems to fix", "Nothing to fix", "Preferred: £183,157 a year") and a shape (a cross or
// a tick), so nothing depends on colour. Up and Down move between them.
class CaseNavigator : public QListWidget {
    Q_OBJECT

public:
    static constexpr int StatusRole = Qt::UserRole + 1;

    explicit CaseNavigator(QWidget *parent = nullptr);

    void addPart(const QString &title);
    // STATUS in words; PROBLEM chooses the cross rather than the tick (NEUTRAL: neither).
    void setStatus(int row, const QString &status, bool problem, bool neutral = false);
    QSize sizeHint() const override;
};

} // namespace ahplead
