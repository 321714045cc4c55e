#include "gui/app/AboutDialog.h"

#include "core/base/DataPaths.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/ScreenFit.h"
#include "gui/widgets/Theme.h"
#include "gui/widgets/WrapLabel.h"
#include "report/document/SourceLibrary.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

// Outside any namespace: Q_INIT_RESOURCE declares a global function. The library is static,
// so its resources must be initialised explicitly.
static void initHelpResources()
{
    Q_INIT_RESOURCE(help);
}

namespace ahplead {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    Theme::setRole(label, "heading");
    return label;
}

// The "Copyright (c) ..." line of the licence.
QString copyrightLine(const QString &licence)
{
    for (const QString &line : licence.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Copyright")))
            return line.trimmed().replace(QLatin1String("(c)"), QStringLiteral("©"));
    return {};
}

} // namespace

QString AboutDialog::licenceText()
{
    initHelpResources();
    QFile file(QStringLiteral(":/help/LICENSE"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

AboutDialog::AboutDialog(const QString &storePath, const SourceLibrary &sources, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About ahplead"));
    const int em = fontMetrics().averageCharWidth();

    QWidget *body = makeBody(storePath, sources);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body = body;
    m_viewport = scroll->viewport();
    m_viewport->installEventFilter(this);

    QWidget *footer = makeFooter();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(makeHeader());
    layout->addWidget(scroll, 1);
    layout->addWidget(footer);

    // Wide enough for a source's title on one or two lines; the page scrolls at large text sizes.
    QSize size(em * 108, fontMetrics().lineSpacing() * 48);
    resize(ScreenFit::bounded(this, size, parent));
}

QWidget *AboutDialog::makeBody(const QString &storePath, const SourceLibrary &sources)
{
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("aboutBody"));
    Theme::setRole(body, "page");
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(24, 16, 24, 16);
    bodyLayout->setSpacing(10);

    bodyLayout->addWidget(new WrapLabel(tr("A self-assessment of chief allied health professional (AHP) leadership "
                                           "for trust boards, chief AHPs and integrated care systems, based on NHS "
                                           "England guidance. It runs entirely on this computer."),
                                        body));

    bodyLayout->addSpacing(6);
    bodyLayout->addWidget(heading(tr("Sources"), body));
    bodyLayout->addWidget(new WrapLabel(tr("The questions and recommendations paraphrase and cite these public NHS "
                                           "England and NHS Improvement publications, available under the Open "
                                           "Government Licence v3.0:"),
                                        body));
    bodyLayout->addWidget(makeSources(sources, body));

    bodyLayout->addSpacing(6);
    bodyLayout->addWidget(heading(tr("Licence"), body));
    const QString licence = licenceText();
    auto *licenceSummary =
        new WrapLabel(tr("ahplead is free software under the MIT licence: you may use, copy, change and share it. "
                         "It comes with no warranty.\n%1")
                          .arg(copyrightLine(licence)),
                      body);
    licenceSummary->setObjectName(QStringLiteral("licenceSummary"));
    bodyLayout->addWidget(licenceSummary);
    m_showLicence = new QPushButton(tr("Show the &licence"), body);
    m_showLicence->setObjectName(QStringLiteral("showLicenceButton"));
    m_showLicence->setCheckable(true);
    auto *licenceRow = new QHBoxLayout;
    licenceRow->addWidget(m_showLicence);
    licenceRow->addStretch();
    bodyLayout->addLayout(licenceRow);
    m_licence = new QPlainTextEdit(licence, body);
    m_licence->setObjectName(QStringLiteral("licenceText"));
    m_licence->setAccessibleName(tr("Licence"));
    m_licence->setReadOnly(true);
    m_licence->setMinimumHeight(fontMetrics().lineSpacing() * 12);
    m_licence->hide();
    bodyLayout->addWidget(m_licence);
    connect(m_showLicence, &QPushButton::toggled, this, [this](bool shown) {
        m_licence->setVisible(shown);
        m_showLicence->setText(shown ? tr("Hide the &licence") : tr("Show the &licence"));
        fitBody();
    });

    bodyLayout->addSpacing(6);
    bodyLayout->addWidget(heading(tr("On this computer"), body));
    auto *where =
        new WrapLabel(tr("Your assessments are kept in %1.\nThe frameworks, examples and user guide are "
                         "read from %2.\nBuilt with Qt %3, running on Qt %4.")
                          .arg(QDir::toNativeSeparators(storePath), QDir::toNativeSeparators(DataPaths::dataDir()),
                               QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                      body);
    where->setObjectName(QStringLiteral("whereLabel"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bodyLayout->addWidget(where);
    bodyLayout->addStretch();
    return body;
}

QWidget *AboutDialog::makeFooter()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *footer = new QFrame(this);
    Theme::setRole(footer, "footer");
    auto *footerLayout = new QHBoxLayout(footer);
    footerLayout->setContentsMargins(24, 10, 24, 10);
    footerLayout->addWidget(buttons);
    return footer;
}

bool AboutDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fitBody();
    return QDialog::eventFilter(watched, event);
}

void AboutDialog::fitBody()
{
    // QScrollArea sizes its page by minimum sizes, which ignore how tall wrapped text gets at
    // a given width: without this, showing the licence squeezed the sources into each other.
    if (m_body && m_viewport && m_body->layout())
        m_body->setMinimumHeight(m_body->layout()->totalHeightForWidth(m_viewport->width()));
}

QWidget *AboutDialog::makeHeader()
{
    auto *header = new QFrame(this);
    Theme::setRole(header, "header");
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(16);
    auto *logo = new QLabel(header);
    logo->setPixmap(Icons::pixmap(QStringLiteral("app"), 64, this));
    logo->setAccessibleName(tr("ahplead"));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("ahplead"), header);
    Theme::setRole(title, "title");
    auto *subtitle = new QLabel(tr("Chief AHP leadership self-assessment"), header);
    Theme::setRole(subtitle, "secondary");
    m_version = new QLabel(tr("Version %1").arg(QStringLiteral(AHPLEAD_VERSION)), header);
    m_version->setObjectName(QStringLiteral("versionLabel"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setRole(m_version, "subheading");
    titles->addWidget(title);
    titles->addWidget(subtitle);
    titles->addWidget(m_version);
    layout->addWidget(logo, 0, Qt::AlignTop);
    layout->addLayout(titles, 1);
    return header;
}

QWidget *AboutDialog::makeSources(const SourceLibrary &sources, QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(QStringLiteral("sourcesCard"));
    card->setAccessibleName(tr("Source publications"));
    Theme::setRole(card, "card");
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    if (sources.documents().empty()) {
        auto *missing = new WrapLabel(tr("The list of sources (sources.json) could not be read from %1.")
                                          .arg(QDir::toNativeSeparators(DataPaths::dataDir())),
                                      card);
        layout->addWidget(missing);
        m_sourceLabels.append(missing);
    }
    for (const SourceDocument &document : sources.documents()) {
        auto *entry = new QVBoxLayout;
        entry->setSpacing(1);
        auto *title = new WrapLabel(document.title, card);
        Theme::setRole(title, "subheading");
        auto *date = new QLabel(tr("Published %1").arg(document.date), card);
        Theme::setRole(date, "secondary");
        entry->addWidget(title);
        entry->addWidget(date);
        layout->addLayout(entry);
        m_sourceLabels << title << date;
    }
    return card;
}

QStringList AboutDialog::sourceLines() const
{
    QStringList lines;
    for (const QLabel *label : m_sourceLabels)
        lines << label->text();
    return lines;
}

} // namespace ahplead
