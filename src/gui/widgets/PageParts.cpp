#include "gui/widgets/PageParts.h"

#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ahplead {

QFrame *PageParts::saveBanner(QWidget *parent, const QString &name, const QString &retryName,
                              const QString &retryDescription, QLabel *&text, QPushButton *&retry)
{
    auto *banner = new QFrame(parent);
    banner->setObjectName(name);
    Theme::setRole(banner, "banner");
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(12);
    auto *icon = new QLabel(banner);
    icon->setPixmap(Icons::pixmap(QStringLiteral("error"), 24, parent));
    icon->setAccessibleName(tr("Problem"));
    text = new QLabel(banner);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    retry = new QPushButton(tr("Try again"), banner);
    retry->setObjectName(retryName);
    retry->setAccessibleDescription(retryDescription);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    layout->addWidget(retry, 0, Qt::AlignVCenter);
    banner->hide();
    return banner;
}

QFrame *PageParts::footer(QWidget *parent, const QString (&names)[3], QPushButton *&previous, QPushButton *&next,
                          QLabel *&position)
{
    auto *footer = new QFrame(parent);
    Theme::setRole(footer, "footer");
    auto *layout = new QHBoxLayout(footer);
    layout->setContentsMargins(16, 8, 16, 8);
    previous = new QPushButton(Icons::get(QStringLiteral("go-previous")), QString(), footer);
    previous->setObjectName(names[0]);
    next = new QPushButton(footer);
    next->setObjectName(names[1]);
    Theme::setRole(next, "primary");
    next->setLayoutDirection(Qt::RightToLeft); // the arrow after the words
    next->setIcon(Icons::get(QStringLiteral("go-next-light")));
    position = new QLabel(footer);
    position->setObjectName(names[2]);
    Theme::setRole(position, "secondary");
    position->setAlignment(Qt::AlignCenter);
    layout->addWidget(previous);
    layout->addStretch(1);
    layout->addWidget(position);
    layout->addStretch(1);
    layout->addWidget(next);
    return footer;
}

PageParts::Header PageParts::header(QWidget *parent, const QString &title, const QString &subtitle,
                                    const QString &logoName)
{
    Header header;
    header.frame = new QFrame(parent);
    Theme::setRole(header.frame, "header");
    header.row = new QHBoxLayout(header.frame);
    header.row->setContentsMargins(24, 18, 24, 18);
    header.row->setSpacing(16);
    if (!logoName.isEmpty()) {
        auto *logo = new QLabel(header.frame);
        logo->setPixmap(Icons::pixmap(QStringLiteral("app"), 48, parent));
        logo->setAccessibleName(logoName);
        header.row->addWidget(logo, 0, Qt::AlignTop);
    }
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *titleLabel = new QLabel(title, header.frame);
    Theme::setRole(titleLabel, "title");
    auto *subtitleLabel = new QLabel(subtitle, header.frame);
    subtitleLabel->setWordWrap(true);
    Theme::setRole(subtitleLabel, "secondary");
    titles->addWidget(titleLabel);
    titles->addWidget(subtitleLabel);
    header.row->addLayout(titles, 1);
    return header;
}

QPushButton *PageParts::action(const QString &icon, const QString &text, const QString &name, const QString &toolTip,
                               QWidget *parent)
{
    auto *button = icon.isEmpty() ? new QPushButton(text, parent) : new QPushButton(Icons::get(icon), text, parent);
    button->setObjectName(name);
    button->setToolTip(toolTip);
    return button;
}

QLabel *PageParts::problemLine(QWidget *parent)
{
    auto *problem = new QLabel(parent);
    problem->setWordWrap(true);
    Theme::setRole(problem, "unsaved");
    problem->hide();
    return problem;
}

QLabel *PageParts::hint(const QString &text, QWidget *parent)
{
    auto *hint = new QLabel(text, parent);
    hint->setWordWrap(true);
    Theme::setRole(hint, "secondary");
    return hint;
}

QVBoxLayout *PageParts::listBody(QWidget *content, QLayout *buttons, QLabel *&problem, QWidget *list,
                                 const QString &hint)
{
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(12);
    layout->addLayout(buttons);
    problem = problemLine(content);
    layout->addWidget(problem);
    layout->addWidget(list, 1);
    layout->addWidget(PageParts::hint(hint, content));
    return layout;
}

QVBoxLayout *PageParts::card(QFrame *frame, const QString &heading, const QString &text, const QMargins &padding,
                             const char *textRole)
{
    Theme::setRole(frame, "card");
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(padding);
    layout->setSpacing(padding.top() > 20 ? 12 : 10);
    layout->addWidget(Theme::label(heading, frame, "heading"));
    layout->addWidget(Theme::label(text, frame, textRole));
    return layout;
}

} // namespace ahplead
