#include "gui/rating/RaterDialog.h"

#include "core/assessment/Rater.h"
#include "gui/widgets/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ahplead {

RaterDialog::RaterDialog(const QString &title, const QString &intro, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("raterDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = Theme::label(intro, this);
    introLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(introLabel);
    auto *form = new QFormLayout;
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("raterRole"));
    for (const QString &role : Rater::roles())
        m_role->addItem(Rater::roleLabel(role), role);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("raterName"));
    m_name->setPlaceholderText(tr("Optional"));
    form->addRow(tr("&Role on the board:"), m_role);
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString RaterDialog::role() const
{
    return m_role->currentData().toString();
}

QString RaterDialog::name() const
{
    return m_name->text().trimmed();
}

void RaterDialog::setRole(const QString &role)
{
    m_role->setCurrentIndex(std::max(0, m_role->findData(role)));
}

void RaterDialog::setName(const QString &name)
{
    m_name->setText(name);
}

} // namespace ahplead
