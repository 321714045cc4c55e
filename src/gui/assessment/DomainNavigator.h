#pragma once

#include <QListWidget>

namespace ahplead {

class AssessmentSession;

// The list of sections down the left, each with its progress in words and a shape
// ("4 of 7 answered", an empty, half or ticked circle), then Results at the end.
// Up and Down move between sections; the chosen one is shown on the right.
class DomainNavigator : public QListWidget {
    Q_OBJECT

public:
    static constexpr int ProgressRole = Qt::UserRole + 1;

    explicit DomainNavigator(AssessmentSession &session, QWidget *parent = nullptr);

    int resultsRow() const { return count() - 1; }
    // Rereads every section's progress from the session.
    void refresh();
    QSize sizeHint() const override;

private:
    AssessmentSession &m_session;
};

} // namespace ahplead
