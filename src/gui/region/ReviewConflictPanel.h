#pragma once

#include <QFrame>
#include <QString>

#include <utility>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ahplead {

// One side of a review conflict: the status, who saved it (or is saving it) and when, and the
// comments by section id (the empty id is the overall comment).
struct ReviewSide {
    QString status; // in words
    QString reviewer;
    QString when; // in words; empty for the version not yet saved
    std::vector<std::pair<QString, QString>> comments;
    QString comment(const QString &sectionId) const;
};

// Shown over a review when a colleague saved it after this reviewer opened it: both versions
// side by side, part by part (the parts that differ marked), so nothing is silently lost. The
// reviewer keeps theirs (saved over the colleague's) or takes the colleague's.
class ReviewConflictPanel : public QFrame {
    Q_OBJECT

public:
    explicit ReviewConflictPanel(QWidget *parent = nullptr);

    // Fills the panel; SECTIONS are the framework's sections (id, title) in order.
    void showVersions(const ReviewSide &theirs, const ReviewSide &yours,
                      const std::vector<std::pair<QString, QString>> &sections);

    QTableWidget *table() const { return m_table; }
    QPushButton *keepYoursButton() const { return m_keep; }
    QPushButton *takeTheirsButton() const { return m_take; }
    QLabel *headline() const { return m_headline; }

signals:
    void keepYours();
    void takeTheirs();

private:
    void addRow(const QString &part, const QString &theirs, const QString &yours);

    QLabel *m_headline;
    QTableWidget *m_table;
    QPushButton *m_keep;
    QPushButton *m_take;
};

} // namespace ahplead
