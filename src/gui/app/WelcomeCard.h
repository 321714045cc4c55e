#pragma once

#include <QFrame>

namespace ahplead {

// What a list page shows instead of an empty table: a heading, a few words on how to begin,
// and the two ways to begin (start a new one, or open the example first).
class WelcomeCard : public QFrame {
    Q_OBJECT

public:
    // Which list page the card welcomes to.
    enum class Kind { Assessments, BusinessCases };

    WelcomeCard(Kind kind, QWidget *parent);

    // A card whose two buttons emit PAGE's ONNEW and ONEXAMPLE, as every list page wants.
    template <typename Page>
    static WelcomeCard *forPage(Kind kind, QWidget *parent, Page *page, void (Page::*onNew)(),
                                void (Page::*onExample)())
    {
        auto *card = new WelcomeCard(kind, parent);
        QObject::connect(card, &WelcomeCard::newRequested, page, onNew);
        QObject::connect(card, &WelcomeCard::exampleRequested, page, onExample);
        return card;
    }

signals:
    void newRequested();
    void exampleRequested();
};

} // namespace ahplead
