#include "gui/widgets/Theme.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace ahplead {

void Theme::apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = app.style()->standardPalette();
    p.setColor(QPalette::Window, Background);
    p.setColor(QPalette::WindowText, Text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf9, 0xfa));
    p.setColor(QPalette::Text, Text);
    p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfb));
    p.setColor(QPalette::ButtonText, Text);
    p.setColor(QPalette::Highlight, Blue);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, Blue);
    p.setColor(QPalette::LinkVisited, QColor(0x33, 0x00, 0x72));
    p.setColor(QPalette::ToolTipBase, Qt::white);
    p.setColor(QPalette::ToolTipText, Text);
    p.setColor(QPalette::PlaceholderText, SecondaryText);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x76, 0x86, 0x92));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x76, 0x86, 0x92));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x76, 0x86, 0x92));
    app.setPalette(p);
    app.setStyleSheet(styleSheet());
}

void Theme::setRole(QWidget *widget, const char *role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    // A widget already styled (from a .ui file, say) must be styled again to pick up its role.
    if (widget->testAttribute(Qt::WA_WState_Polished)) {
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
}

QLabel *Theme::label(const QString &content, QWidget *parent, const char *role, bool wrap)
{
    auto *label = new QLabel(content, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    if (role)
        setRole(label, role);
    return label;
}

QString Theme::styleSheet()
{
    // Sizes in points so they follow the screen's scaling (200% stays in proportion).
    return QStringLiteral(R"(
QLabel[role="title"] { font-size: 17pt; font-weight: bold; color: #212b32; }
QLabel[role="heading"] { font-size: 13pt; font-weight: bold; color: #212b32; }
QLabel[role="subheading"] { font-weight: bold; color: #212b32; }
QLabel[role="secondary"] { color: #4c6272; }
QLabel[role="eyebrow"] { color: #4c6272; font-weight: bold; }
QLabel[role="questionNumber"] { color: #005eb8; font-weight: bold; font-size: 11pt; }
QLabel[role="questionText"] { font-size: 11pt; color: #212b32; }
QLabel[role="guidance"] { background: #e6eff8; border-left: 4px solid #005eb8; padding: 10px 12px; color: #212b32; }
QLabel[role="score"] { font-size: 22pt; font-weight: bold; color: #003087; }
QLabel[role="unsaved"] { color: #d5281b; font-weight: bold; }
QFrame[role="card"] { background: #ffffff; border: 1px solid #d8dde0; border-radius: 6px; }
QFrame[role="card"] QLabel { background: transparent; }
QFrame[role="banner"] { background: #ffffff; border: 2px solid #d5281b; border-left: 8px solid #d5281b; }
QFrame[role="notice"] { background: #ffffff; border: 1px solid #d8dde0; border-left: 8px solid #005eb8; }
QFrame[role="header"] { background: #ffffff; border-bottom: 1px solid #d8dde0; }
QFrame[role="footer"] { background: #ffffff; border-top: 1px solid #d8dde0; }
QWidget[role="page"] { background: #f0f4f5; }
QScrollArea { border: none; background: #f0f4f5; }

QPushButton[role="primary"] { background: #007f3b; color: #ffffff; font-weight: bold; border: none;
    border-bottom: 3px solid #00401e; border-radius: 4px; padding: 7px 16px; }
QPushButton[role="primary"]:hover { background: #00662f; }
QPushButton[role="primary"]:pressed { background: #00401e; }
QPushButton[role="primary"]:disabled { background: #8fbfa5; border-bottom-color: #6b9b82; }
QPushButton[role="primary"]:focus { background: #ffeb3b; color: #212b32; border-bottom: 3px solid #212b32; }

QRadioButton:focus, QCheckBox:focus { background: #ffeb3b; color: #212b32; }
QToolButton:focus, QPushButton:focus { background: #ffeb3b; color: #212b32; }
QToolButton[role="link"] { border: none; color: #005eb8; text-decoration: underline; padding: 3px 4px; }
QToolButton[role="link"]:hover { color: #003087; }

QLineEdit, QPlainTextEdit { background: #ffffff; border: 1px solid #4c6272; border-radius: 2px; padding: 3px;
    selection-background-color: #005eb8; }
QLineEdit:focus, QPlainTextEdit:focus { border: 2px solid #212b32; padding: 2px; background: #fffef0; }
QLineEdit:disabled, QPlainTextEdit:disabled { background: #f0f4f5; border-color: #aeb7bd; }

QProgressBar { background: #ffffff; border: 1px solid #4c6272; border-radius: 3px; }
QProgressBar::chunk { background: #005eb8; }

QStatusBar { background: #ffffff; border-top: 1px solid #d8dde0; }
QStatusBar QLabel { padding: 0 6px; }
QTreeView, QListView { background: #ffffff; border: 1px solid #d8dde0; }
QTreeView { outline: 0; }
QTreeView::item { padding: 5px 4px; border: none; }
QTreeView::item:selected { background: #005eb8; color: #ffffff; padding: 5px 4px; border: none; }
QHeaderView::section { background: #ffffff; color: #212b32; font-weight: bold; border: none;
    border-bottom: 2px solid #d8dde0; padding: 6px 4px; }
QTreeView:focus, QListView:focus { border: 2px solid #212b32; }
)");
}

} // namespace ahplead
