#pragma once

#include <QScrollArea>
#include <QString>
#include <QStringList>

#include <functional>

class QFrame;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ahplead {

class CaseForm;
class CaseSession;
struct BusinessCase;

// One page of the business case editor: a heading, a short introduction, and the page's
// fields in a column of readable width that scrolls. A page built from a section (CaseSections)
// is rebuilt when the shape of its part of the case changes (an item added or removed, by the
// person or by Undo), and otherwise only refreshed, so the keyboard focus and the text being
// typed are never disturbed. The editor's navigator counts the validator's problems under the
// page's pointer prefixes.
class CasePage : public QScrollArea {
    Q_OBJECT

public:
    using Build = std::function<void(CasePage &page, QVBoxLayout *layout)>;
    using Shape = std::function<QString(const BusinessCase &)>;

    CasePage(CaseSession &session, QString id, QString title, QString intro, QStringList prefixes,
             QWidget *parent = nullptr);
    ~CasePage() override;

    const QString &id() const { return m_id; }
    const QString &title() const { return m_title; }
    const QStringList &prefixes() const { return m_prefixes; }
    CaseSession &session() const { return m_session; }
    CaseForm &form() const { return *m_form; }
    // The page's fields: made by BUILD, made again whenever SHAPE gives another answer.
    void setBuilder(Build build, Shape shape);

    // Brings the page up to date with the session (rebuilding it if its shape changed).
    virtual void refresh();
    // Scrolls to the field at POINTER (or the nearest part of the case that has one) and puts
    // the keyboard on it; false when the page has nothing for it.
    virtual bool showPointer(const QString &pointer);
    // After the next rebuild, put the keyboard on POINTER (the first field of an item just added).
    void focusAfterRebuild(const QString &pointer) { m_focusAfterRebuild = pointer; }
    // Rebuilds now rather than at the next turn of the event loop.
    void rebuildNow();

    // Shared pieces for the pages' look.
    static QFrame *card(QWidget *parent, const QString &heading, QVBoxLayout **layout, const QString &objectName = {});
    static QLabel *note(QWidget *parent, const QString &text);
    // A link, named NAME, that opens the user guide at LINK ("business-case.md#section"): the
    // Green Book's terms explained where they are used.
    static QLabel *guideLink(QWidget *parent, const QString &name, const QString &text, const QString &link);
    // "Add ..." and "Remove ..." buttons: NAME is what a screen reader says.
    static QPushButton *addButton(QWidget *parent, const QString &text, const QString &name = {});
    static QPushButton *removeButton(QWidget *parent, const QString &text, const QString &name);

protected:
    QWidget *content() const { return m_column; }
    QVBoxLayout *contentLayout() const { return m_layout; }

private:
    void rebuild();

    CaseSession &m_session;
    QString m_id;
    QString m_title;
    QStringList m_prefixes;
    CaseForm *m_form;
    QWidget *m_column = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_body = nullptr;
    Build m_build;
    Shape m_shape;
    QString m_builtShape;
    QString m_focusAfterRebuild;
    bool m_rebuildQueued = false;
};

} // namespace ahplead
