#include "gui/app/WelcomeCard.h"

#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ahplead {

WelcomeCard::WelcomeCard(const QString &name, const Texts &texts, QWidget *parent) : QFrame(parent)
{
    setObjectName(name);
    Theme::setRole(this, "card");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    auto *title = new QLabel(texts.title, this);
    Theme::setRole(title, "heading");
    auto *text = new QLabel(texts.text, this);
    text->setWordWrap(true);
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
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addStretch(1);
}

} // namespace ahplead
