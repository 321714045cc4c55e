#include "gui/assessment/NewAssessmentDialog.h"

#include "gui/app/Texts.h"
#include "gui/app/Workspace.h"
#include "gui/widgets/ScreenFit.h"
#include "gui/widgets/Theme.h"
#include "ui_NewAssessmentDialog.h"

#include <QCompleter>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>

namespace ahplead {

NewAssessmentDialog::NewAssessmentDialog(Workspace &workspace, Mode mode, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_mode(mode), m_ui(std::make_unique<Ui::NewAssessmentDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("newAssessmentDialog"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 96);
    fillTypes();
    // A wrapped label in a form takes the whole field column, not the width of its first line.
    m_ui->typeDescription->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->typeDescription->setMinimumWidth(fontMetrics().averageCharWidth() * 40);

    m_ui->regionCombo->addItem(QString());
    m_ui->regionCombo->addItems(Texts::regions());
    m_ui->regionCombo->lineEdit()->setAccessibleName(m_ui->regionCombo->accessibleName());
    for (const QString &type : Assessment::organisationTypes())
        m_ui->organisationTypeCombo->addItem(type.isEmpty() ? tr("Not stated") : Texts::organisationType(type), type);

    // Organisations already in the store can be picked by name, filling in their details.
    QStringList names;
    if (auto list = workspace.store().assessments())
        for (const AssessmentSummary &s : list.value())
            if (!names.contains(s.organisation.name)) {
                names << s.organisation.name;
                m_known.push_back(s.organisation);
            }
    auto *completer = new QCompleter(names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->organisationNameEdit->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &NewAssessmentDialog::organisationChosen);

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    Theme::setRole(ok, "primary");
    switch (mode) {
    case Mode::New:
        setWindowTitle(tr("New assessment"));
        ok->setText(tr("Create assessment"));
        break;
    case Mode::FromPrevious:
        setWindowTitle(tr("Start from a previous assessment"));
        ok->setText(tr("Create from previous"));
        break;
    case Mode::EditDetails:
        setWindowTitle(tr("Assessment details"));
        ok->setText(tr("Save details"));
        m_ui->introLabel->setText(tr("Change the title, the organisation's details or who is assessing. The answers "
                                     "stay as they are."));
        break;
    }
    ok->setDefault(true);

    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &NewAssessmentDialog::typeChanged);
    for (QLineEdit *edit : {m_ui->titleEdit, m_ui->organisationNameEdit, m_ui->assessorNameEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewAssessmentDialog::validate);
    typeChanged();
    validate();
    fitToScreen();
}

void NewAssessmentDialog::fitToScreen()
{
    // As tall as the form needs, but never taller than the screen (at 200% scaling a laptop
    // screen is only about 540 points high): the form scrolls instead.
    m_ui->formScroll->setMinimumHeight(m_ui->formContents->sizeHint().height());
    QSize wanted = sizeHint();
    m_ui->formScroll->setMinimumHeight(fontMetrics().height() * 6);
    resize(ScreenFit::bounded(this, wanted, parentWidget()));
}

NewAssessmentDialog::~NewAssessmentDialog() = default;

void NewAssessmentDialog::fillTypes()
{
    const FrameworkLibrary *library = m_workspace.frameworks();
    for (const QString &id : {QStringLiteral("board"), QStringLiteral("individual"), QStringLiteral("system")})
        if (library && library->latest(id))
            m_ui->typeCombo->addItem(Texts::frameworkLongName(id), id);
    // Frameworks the program does not name itself still appear, by their own title.
    if (library)
        for (const auto &fw : library->all())
            if (m_ui->typeCombo->findData(fw->id) < 0)
                m_ui->typeCombo->addItem(fw->title, fw->id);
}

void NewAssessmentDialog::setFrameworkId(const QString &id)
{
    const int index = m_ui->typeCombo->findData(id);
    if (index >= 0)
        m_ui->typeCombo->setCurrentIndex(index);
}

void NewAssessmentDialog::typeChanged()
{
    const QString id = m_ui->typeCombo->currentData().toString();
    const Framework *fw = m_workspace.frameworks() ? m_workspace.frameworks()->latest(id) : nullptr;
    QString description = Texts::frameworkAudience(id);
    if (fw)
        description +=
            QLatin1Char(' ') + tr("%1 questions in %2 sections.").arg(fw->questionCount()).arg(fw->domains.size());
    m_ui->typeDescription->setText(description.trimmed());
    if (m_mode == Mode::New) {
        const QString suggestion = Texts::suggestedTitle(id, QDate::currentDate());
        if (m_ui->titleEdit->text().isEmpty() || m_ui->titleEdit->text() == m_suggestedTitle)
            m_ui->titleEdit->setText(suggestion);
        m_suggestedTitle = suggestion;
    }
}

void NewAssessmentDialog::organisationChosen(const QString &name)
{
    for (const Organisation &o : m_known)
        if (o.name == name) {
            m_ui->odsEdit->setText(o.odsCode);
            m_ui->icsEdit->setText(o.ics);
            m_ui->regionCombo->setCurrentText(o.region);
            const int type = m_ui->organisationTypeCombo->findData(o.type);
            m_ui->organisationTypeCombo->setCurrentIndex(std::max(type, 0));
            return;
        }
}

void NewAssessmentDialog::setFrom(const Assessment &a, int answersToCopy)
{
    m_base = a;
    setFrameworkId(a.frameworkId);
    m_ui->typeCombo->setEnabled(false);
    m_ui->organisationNameEdit->setText(a.organisation.name);
    m_ui->odsEdit->setText(a.organisation.odsCode);
    m_ui->icsEdit->setText(a.organisation.ics);
    m_ui->regionCombo->setCurrentText(a.organisation.region);
    m_ui->organisationTypeCombo->setCurrentIndex(
        std::max(m_ui->organisationTypeCombo->findData(a.organisation.type), 0));
    if (m_mode == Mode::EditDetails) {
        m_ui->titleEdit->setText(a.title);
        setAssessor(a.assessor.name, a.assessor.role);
    } else {
        m_ui->titleEdit->setText(Texts::suggestedTitle(a.frameworkId, QDate::currentDate()));
        m_ui->introLabel->setText(
            tr("The new assessment starts with %1 of \"%2\" (last changed %3). Each is flagged for review: "
               "check it, change what is different now, then clear the flag.")
                .arg(answersToCopy == 1 ? tr("the 1 answer") : tr("the %1 answers").arg(answersToCopy),
                     a.title.isEmpty() ? Texts::frameworkLongName(a.frameworkId) : a.title,
                     Texts::dateTime(a.updatedAt)));
    }
}

void NewAssessmentDialog::setAssessor(const QString &name, const QString &role)
{
    m_ui->assessorNameEdit->setText(name);
    m_ui->assessorRoleEdit->setText(role);
}

Assessment NewAssessmentDialog::assessment() const
{
    Assessment a = m_base;
    if (m_mode != Mode::EditDetails) {
        const QString id = m_ui->typeCombo->currentData().toString();
        const Framework *fw = m_workspace.frameworks() ? m_workspace.frameworks()->latest(id) : nullptr;
        a = Assessment();
        a.frameworkId = id;
        a.frameworkVersion = fw ? fw->version : QString();
        a.createdAt = QDateTime::currentDateTimeUtc();
        a.updatedAt = a.createdAt;
    }
    a.title = m_ui->titleEdit->text().trimmed();
    a.organisation.name = m_ui->organisationNameEdit->text().trimmed();
    a.organisation.odsCode = m_ui->odsEdit->text().trimmed().toUpper();
    a.organisation.ics = m_ui->icsEdit->text().trimmed();
    a.organisation.region = m_ui->regionCombo->currentText().trimmed();
    a.organisation.type = m_ui->organisationTypeCombo->currentData().toString();
    a.assessor.name = m_ui->assessorNameEdit->text().trimmed();
    a.assessor.role = m_ui->assessorRoleEdit->text().trimmed();
    return a;
}

QString NewAssessmentDialog::problem() const
{
    QStringList missing;
    if (m_ui->typeCombo->count() == 0)
        return tr("No frameworks are available: %1").arg(m_workspace.frameworksError());
    if (m_ui->organisationNameEdit->text().trimmed().isEmpty())
        missing << tr("the organisation's name");
    if (m_ui->assessorNameEdit->text().trimmed().isEmpty())
        missing << tr("your name");
    if (missing.isEmpty())
        return {};
    return tr("To continue, enter %1.").arg(missing.join(tr(" and ")));
}

void NewAssessmentDialog::validate()
{
    const QString text = problem();
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace ahplead
