#pragma once

#include <QFrame>

namespace ahplead {

// What a list page shows instead of an empty table: a heading, a few words on how to begin,
// and the two ways to begin (start a new one, or open the example first).
class WelcomeCard : public QFrame {
    Q_OBJECT

public:
    struct Texts {
        QString title;
        QString text;
        QString newButton;
        QString exampleButton;
        QString exampleName; // the example button's object name
    };

    WelcomeCard(const QString &name, const Texts &texts, QWidget *parent);

signals:
    void newRequested();
    void exampleRequested();
};

} // namespace ahplead
