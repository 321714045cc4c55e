#include "gui/app/WelcomeCard.h"

#include "gui/widgets/Icons.h"
#include "gui/widgets/PageParts.h"
#include "gui/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ahplead {

namespace {

struct WelcomeTexts {
    QString name; // the card's object name, for the tests
    QString title;
    QString text;
    QString newButton;
    QString exampleButton;
    QString exampleName; // the example button's object name
};

WelcomeTexts textsFor(WelcomeCard::Kind kind)
{
    if (kind == WelcomeCard::Kind::BusinessCases)
        return {QStringLiteral("caseWelcome"),
                WelcomeCard::tr("There are no business cases here yet"),
                WelcomeCard::tr("A new business case starts with the four options the Green Book asks for (do "
                                "nothing, do minimum, the preferred option and one other), priced at the latest "
                                "Agenda for Change pay scales, ready for your figures. Or open the example for "
                                "Northfield and Riverside NHS Foundation Trust to see a finished case first; you can "
                                "delete it at any time."),
                WelcomeCard::tr("New business case…"),
                WelcomeCard::tr("Open the example business case"),
                QStringLiteral("openCaseExample")};
    return {QStringLiteral("welcome"),
            WelcomeCard::tr("There are no assessments here yet"),
            WelcomeCard::tr("Start a new assessment for your trust board, for yourself as an aspiring or serving chief "
                            "AHP, or for an integrated care system. Or open the example organisation, Northfield and "
                            "Riverside NHS Foundation Trust, to see a completed board self-assessment and its results "
                            "first. You can delete the example at any time."),
            WelcomeCard::tr("New assessment…"),
            WelcomeCard::tr("Open the example organisation"),
            QStringLiteral("openExample")};
}

} // namespace

WelcomeCard::WelcomeCard(Kind kind, QWidget *parent) : QFrame(parent)
{
    const WelcomeTexts texts = textsFor(kind);
    setObjectName(texts.name);
    QVBoxLayout *layout = PageParts::card(this, texts.title, texts.text, QMargins(32, 28, 32, 28));
    auto *row = new QHBoxLayout;
    auto *start = new QPushButton(Icons::get(QStringLiteral("new-light")), texts.newButton, this);
    Theme::setRole(start, "primary");
    auto *example = new QPushButton(Icons::get(QStringLiteral("open")), texts.exampleButton, this);
    example->setObjectName(texts.exampleName);
    connect(start, &QPushButton::clicked, this, &WelcomeCard::newRequested);
    connect(example, &QPushButton::clicked, this, &WelcomeCard::exampleRequested);
    row->addWidget(start);
    row->addWidget(example);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
}

} // namespace ahplead
