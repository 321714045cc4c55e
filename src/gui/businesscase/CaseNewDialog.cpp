#include "gui/businesscase/CaseNewDialog.h"

#include "core/businesscase/BusinessRules.h"
#include "gui/app/Workspace.h"
#include "gui/businesscase/CaseTexts.h"
#include "gui/widgets/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace ahplead {

CaseNewDialog::CaseNewDialog(Workspace &workspace, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("caseNewDialog"));
    setWindowTitle(tr("New business case"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *intro = new QLabel(tr("The business case starts with the four options the Green Book asks for (do nothing, "
                                "do minimum, the preferred option and one other), priced at the latest Agenda for "
                                "Change pay scales. Everything can be changed afterwards."),
                             this);
    intro->setWordWrap(true);
    Theme::setRole(intro, "secondary");
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(QStringLiteral("caseOrganisation"));
    m_organisation->setEditable(true);
    m_organisation->setInsertPolicy(QComboBox::NoInsert);
    m_organisation->setAccessibleName(tr("Organisation"));
    m_organisation->setAccessibleDescription(tr("The trust the business case is for: choose one from your "
                                                "assessments, or type its name."));
    m_organisation->lineEdit()->setMaxLength(BusinessRules::MaxShortText);
    m_organisation->lineEdit()->setPlaceholderText(tr("such as Northfield and Riverside NHS Foundation Trust"));
    // The organisations of the store's assessments, the most recently assessed first.
    if (auto list = workspace.store().assessments()) {
        auto summaries = list.value();
        std::sort(summaries.begin(), summaries.end(),
                  [](const AssessmentSummary &a, const AssessmentSummary &b) { return a.updatedAt > b.updatedAt; });
        for (const AssessmentSummary &s : summaries) {
            const bool seen = std::any_of(m_known.begin(), m_known.end(),
                                          [&](const OrganisationProfile &o) { return o.sameAs(s.organisation); });
            if (seen)
                continue;
            m_known.push_back({s.organisation, QString()});
            m_organisation->addItem(s.organisation.name);
        }
    }
    m_title = new QLineEdit(tr("Business case for a chief allied health professional"), this);
    m_title->setObjectName(QStringLiteral("caseTitleEdit"));
    m_title->setMaxLength(BusinessRules::MaxShortText);
    m_title->setAccessibleName(tr("Title of the paper"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("casePreparedBy"));
    m_name->setMaxLength(BusinessRules::MaxShortText);
    m_name->setAccessibleName(tr("Your name"));
    m_role = new QLineEdit(this);
    m_role->setObjectName(QStringLiteral("casePreparedByRole"));
    m_role->setMaxLength(BusinessRules::MaxShortText);
    m_role->setAccessibleName(tr("Your role"));
    m_role->setPlaceholderText(tr("such as Head of AHPs"));
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Title of the paper:"), m_title);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Your &role:"), m_role);
    layout->addLayout(form);

    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("caseNewMissing"));
    m_missing->setWordWrap(true);
    Theme::setRole(m_missing, "secondary");
    layout->addWidget(m_missing);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create business case"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createCase"));
    Theme::setRole(m_buttons->button(QDialogButtonBox::Ok), "primary");
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_organisation, &QComboBox::editTextChanged, this, &CaseNewDialog::updateButton);
    connect(m_title, &QLineEdit::textChanged, this, &CaseNewDialog::updateButton);
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 80), sizeHint().height());
    updateButton();
}

QPushButton *CaseNewDialog::createButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void CaseNewDialog::setPreparedBy(const QString &name, const QString &role)
{
    m_name->setText(name);
    m_role->setText(role);
}

QString CaseNewDialog::preparedByName() const
{
    return m_name->text().trimmed();
}

QString CaseNewDialog::preparedByRole() const
{
    return m_role->text().trimmed();
}

OrganisationProfile CaseNewDialog::organisation() const
{
    const QString name = m_organisation->currentText().trimmed();
    for (const OrganisationProfile &o : m_known)
        if (o.name.compare(name, Qt::CaseInsensitive) == 0)
            return o;
    OrganisationProfile o;
    o.name = name;
    return o;
}

void CaseNewDialog::updateButton()
{
    QStringList missing;
    if (m_organisation->currentText().trimmed().isEmpty())
        missing << tr("the organisation");
    if (m_title->text().trimmed().isEmpty())
        missing << tr("a title");
    createButton()->setEnabled(missing.isEmpty());
    m_missing->setText(missing.isEmpty() ? QString() : tr("Still needed: %1.").arg(missing.join(tr(" and "))));
}

BusinessCase CaseNewDialog::businessCase(const PayScales *scales, const QDate &today) const
{
    BusinessCase bc = CaseTexts::newCase(organisation(), {preparedByName(), preparedByRole()}, scales, today);
    bc.title = m_title->text().trimmed();
    return bc;
}

} // namespace ahplead
