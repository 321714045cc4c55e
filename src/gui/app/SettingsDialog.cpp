#include "gui/app/SettingsDialog.h"

#include "gui/app/AppSettings.h"
#include "gui/app/Prompter.h"
#include "gui/widgets/ScreenFit.h"
#include "gui/widgets/Theme.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QLayout>
#include <QPushButton>

namespace ahplead {

SettingsDialog::SettingsDialog(AppSettings &settings, Prompter &prompter, const QString &currentStore, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_prompter(prompter), m_currentStore(currentStore),
      m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 100);
    // Tall enough for the wrapped hint (a WrapLabel in the form) at this width, or the hint is
    // squeezed over the field above it; a line to spare, as a group box's title is not counted
    // in its height for a width.
    setMinimumHeight(layout()->totalHeightForWidth(minimumWidth()) + fontMetrics().lineSpacing());
    resize(ScreenFit::bounded(this, QSize(minimumWidth(), minimumHeight()), parent));
    m_ui->storeEdit->setText(QDir::toNativeSeparators(currentStore));
    m_ui->nameEdit->setText(settings.assessorName());
    m_ui->roleEdit->setText(settings.assessorRole());
    m_ui->caseNameEdit->setText(settings.caseAuthorName());
    m_ui->caseRoleEdit->setText(settings.caseAuthorRole());
    m_ui->reviewerEdit->setText(settings.reviewerName(currentStore));
    Theme::setRole(m_ui->buttonBox->button(QDialogButtonBox::Save), "primary");
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString chosen = m_prompter.chooseStoreFile(this, storePath());
        if (!chosen.isEmpty())
            m_ui->storeEdit->setText(QDir::toNativeSeparators(chosen));
    });
    connect(this, &QDialog::accepted, this, &SettingsDialog::save);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::storePath() const
{
    return QDir::fromNativeSeparators(m_ui->storeEdit->text().trimmed());
}

void SettingsDialog::save()
{
    m_settings.setAssessorName(m_ui->nameEdit->text().trimmed());
    m_settings.setAssessorRole(m_ui->roleEdit->text().trimmed());
    m_settings.setCaseAuthor(m_ui->caseNameEdit->text().trimmed(), m_ui->caseRoleEdit->text().trimmed());
    // The reviewer belongs to the store that is open now, not to one typed in above.
    m_settings.setReviewerName(m_currentStore, m_ui->reviewerEdit->text().simplified());
    // The store path is saved by whoever opens it, once it has opened.
}

} // namespace ahplead
