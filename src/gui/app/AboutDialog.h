#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QEvent;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ahplead {

class SourceLibrary;

// Help > About: the version, the licence (LICENSE, compiled in) and the source publications
// with their dates (data/sources.json), plus where this computer keeps the store and reads
// the bundled data from, which is what IT support asks first.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    AboutDialog(const QString &storePath, const SourceLibrary &sources, QWidget *parent = nullptr);

    // The MIT licence as shipped, e.g. for the "Show the licence" box.
    static QString licenceText();

    QLabel *versionLabel() const { return m_version; }
    QPlainTextEdit *licenceBox() const { return m_licence; }
    QPushButton *licenceButton() const { return m_showLicence; }
    // Each source publication as shown: "Title" and "Published June 2022".
    QStringList sourceLines() const;

protected:
    // Keeps the page as tall as its wrapped text needs at the scroll area's width.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitBody();
    QWidget *makeHeader();
    QWidget *makeBody(const QString &storePath, const SourceLibrary &sources);
    QWidget *makeFooter();
    QWidget *makeSources(const SourceLibrary &sources, QWidget *parent);

    QWidget *m_body = nullptr;
    QWidget *m_viewport = nullptr;
    QLabel *m_version = nullptr;
    QPlainTextEdit *m_licence = nullptr;
    QPushButton *m_showLicence = nullptr;
    QList<QLabel *> m_sourceLabels;
};

} // namespace ahplead
