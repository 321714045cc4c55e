#include "gui/businesscase/CaseCheckPage.h"

#include "gui/businesscase/CaseForm.h"
#include "gui/businesscase/CaseSession.h"
#include "gui/businesscase/CaseTexts.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"
#include "gui/widgets/WrapLabel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ahplead {

namespace {

// Enter on a problem goes to its field, as a double click does.
class ProblemList : public QListWidget {
public:
    using QListWidget::QListWidget;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
            emit itemActivated(currentItem());
            return;
        }
        QListWidget::keyPressEvent(event);
    }
};

} // namespace

CaseCheckPage::CaseCheckPage(CaseSession &session, QWidget *parent)
    : CasePage(session, QStringLiteral("check"), tr("Check and export"),
               tr("What still needs fixing before the business case can be written as a document, and the buttons "
                  "that write it."),
               {}, parent)
{
    QWidget *column = content();
    QVBoxLayout *layout = contentLayout();
    int at = layout->count() - 1;

    QVBoxLayout *v = nullptr;
    QFrame *statusCard = card(column, QString(), &v, QStringLiteral("card:status"));
    auto *row = new QHBoxLayout;
    m_icon = new QLabel(statusCard);
    m_status = new WrapLabel(QString(), statusCard);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    Theme::setRole(m_status, "heading");
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_status, 1);
    v->addLayout(row);
    m_problems = new ProblemList(statusCard);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Problems to fix"));
    m_problems->setAccessibleDescription(tr("Each problem with where it is. Press Enter to go to it."));
    m_problems->setWordWrap(true);
    m_problems->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problems->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    v->addWidget(m_problems);
    QLabel *howTo = note(statusCard, tr("Press Enter or double-click a problem to go to it."));
    howTo->setObjectName(QStringLiteral("problemHowTo"));
    v->addWidget(howTo);
    m_shortlist = new WrapLabel(QString(), statusCard);
    m_shortlist->setObjectName(QStringLiteral("shortlistNote"));
    v->addWidget(m_shortlist);
    layout->insertWidget(at++, statusCard);
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit problemChosen(item->data(PointerRole).toString()); });

    QFrame *exportCard = card(column, tr("Write the business case"), &v, QStringLiteral("card:export"));
    v->addWidget(note(exportCard, tr("The document follows the Five Case Model (strategic, economic, commercial, "
                                     "financial and management cases) and covers everything section 3.1 of the "
                                     "handbook asks for. It can be written once there are no problems.")));
    auto *buttons = new QHBoxLayout;
    m_pdf = new QPushButton(Icons::get(QStringLiteral("export")), tr("Save as PDF…"), exportCard);
    m_pdf->setObjectName(QStringLiteral("exportCasePdf"));
    m_html = new QPushButton(tr("Save as a web page (HTML)…"), exportCard);
    m_html->setObjectName(QStringLiteral("exportCaseHtml"));
    m_odt = new QPushButton(tr("Save as an editable document (ODT)…"), exportCard);
    m_odt->setObjectName(QStringLiteral("exportCaseOdt"));
    m_docx = new QPushButton(tr("Save as a Word document (DOCX)…"), exportCard);
    m_docx->setObjectName(QStringLiteral("exportCaseDocx"));
    Theme::setRole(m_pdf, "primary");
    for (QPushButton *b : {m_pdf, m_html, m_odt, m_docx})
        buttons->addWidget(b);
    buttons->addStretch(1);
    v->addLayout(buttons);
    v->addWidget(note(exportCard, tr("The case file (JSON) can be saved at any time, problems and all, to keep a copy "
                                     "or to send it to someone with ahplead.")));
    auto *fileRow = new QHBoxLayout;
    m_file = new QPushButton(tr("Save the case file (JSON)…"), exportCard);
    m_file->setObjectName(QStringLiteral("exportCaseFile"));
    fileRow->addWidget(m_file);
    fileRow->addStretch(1);
    v->addLayout(fileRow);
    layout->insertWidget(at++, exportCard);
    connect(m_pdf, &QPushButton::clicked, this, [this] { emit exportRequested(ReportFormat::Pdf); });
    connect(m_html, &QPushButton::clicked, this, [this] { emit exportRequested(ReportFormat::Html); });
    connect(m_odt, &QPushButton::clicked, this, [this] { emit exportRequested(ReportFormat::Odt); });
    connect(m_docx, &QPushButton::clicked, this, [this] { emit exportRequested(ReportFormat::Docx); });
    connect(m_file, &QPushButton::clicked, this, &CaseCheckPage::exportFileRequested);
    refresh();
}

QPushButton *CaseCheckPage::exportButton(ReportFormat format) const
{
    switch (format) {
    case ReportFormat::Pdf:
        return m_pdf;
    case ReportFormat::Html:
        return m_html;
    case ReportFormat::Odt:
        return m_odt;
    case ReportFormat::Docx:
        return m_docx;
    case ReportFormat::Csv:
        break;
    }
    return nullptr;
}

bool CaseCheckPage::showPointer(const QString &)
{
    return false;
}

void CaseCheckPage::refresh()
{
    const BusinessCase &bc = session().businessCase();
    const auto &problems = session().problems();
    const QString current = m_problems->currentItem() ? m_problems->currentItem()->text() : QString();
    m_problems->clear();
    for (const FieldProblem &p : problems) {
        auto *item = new QListWidgetItem(
            Icons::get(QStringLiteral("error")),
            tr("%1. %2").arg(CaseTexts::place(bc, p.pointer), CaseForm::problemText({p.message})), m_problems);
        item->setData(PointerRole, p.pointer);
        if (item->text() == current)
            m_problems->setCurrentItem(item);
    }
    m_problems->setVisible(!problems.empty());
    if (auto *howTo = findChild<QLabel *>(QStringLiteral("problemHowTo")))
        howTo->setVisible(!problems.empty());
    m_icon->setPixmap(
        Icons::pixmap(problems.empty() ? QStringLiteral("status-met") : QStringLiteral("error"), 24, this));
    m_icon->setAccessibleName(problems.empty() ? tr("Ready") : tr("Problems"));
    m_status->setText(problems.empty()
                          ? tr("No problems: the business case can be written as a document.")
                          : tr("%1 to fix before the business case can be written as a document.")
                                .arg(CaseTexts::count(int(problems.size()), tr("1 problem"), tr("%1 problems"))));
    const QStringList gaps = bc.shortlistGaps();
    m_shortlist->setText(gaps.isEmpty()
                             ? QString()
                             : tr("The Green Book shortlist also asks for: %1. The document can be written without, "
                                  "but says what is missing.")
                                   .arg(gaps.join(QStringLiteral(", ")).toLower()));
    m_shortlist->setVisible(!gaps.isEmpty());
}

} // namespace ahplead
