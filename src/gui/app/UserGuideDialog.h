#pragma once

#include <QDialog>
#include <QHash>
#include <QImage>
#include <QList>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace ahplead {

// Help > User guide: the bundled guide (docs/user-guide.md and its pictures, found like the
// data by DataPaths::docsDir()) shown inside the app, so it works offline and needs no web
// browser. The table of contents and links between the guide's pages work; a picture that
// the guide links to opens in a window of its own; pictures in the text are scaled to fit.
class UserGuideDialog : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr, const QString &docsDir = {});

    // The one guide window of FROM's main window, made when there is none, shown beside it (not
    // modal, so a person can read and work at once) and, given LINK ("business-case.md#…"),
    // turned to that page and section.
    static UserGuideDialog *showOver(QWidget *from, const QString &link = {});

    QTextBrowser *browser() const { return m_browser; }
    // The page shown (a local .md file), empty when the guide was not found.
    QUrl page() const { return m_page; }
    // Shows PAGE (a file name in the docs folder, or a link as the guide writes it).
    bool open(const QString &link);
    // Finds TEXT after the selection, wrapping round; false when it is nowhere in the page.
    bool find(const QString &text);

protected:
    // Fits the pictures again when the page's width changes.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(const QUrl &link);
    bool load(const QUrl &page, const QString &fragment);
    void showMissing(const QString &path);
    // Names each heading the way GitHub does ("#starting-ahplead"), so the contents work.
    void addHeadingAnchors();
    // Scales every picture down to the width of the page (never up).
    void fitImages();
    void showPicture(const QString &path);
    void goBack();

    QString m_docsDir;
    QUrl m_page;
    QList<QUrl> m_history;
    QTextBrowser *m_browser;
    QPushButton *m_back;
    QLineEdit *m_findEdit;
    QLabel *m_findStatus;
    int m_fittedWidth = 0;
    QTimer *m_fitTimer;
    QHash<QString, QImage> m_pictures; // each picture as its file has it, by path
};

} // namespace ahplead
