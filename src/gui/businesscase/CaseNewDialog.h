#pragma once

#include "core/businesscase/BusinessCase.h"

#include <QDate>
#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ahplead {

class PayScales;
class Workspace;

// "New business case": the organisation (one already in the store, or a new name), the
// paper's title and who is preparing it. Everything else starts filled in sensibly
// (CaseTexts::newCase) so the case is valid from the first moment.
class CaseNewDialog : public QDialog {
    Q_OBJECT

public:
    CaseNewDialog(Workspace &workspace, QWidget *parent = nullptr);

    QString preparedByName() const;
    QString preparedByRole() const;
    void setPreparedBy(const QString &name, const QString &role);
    BusinessCase businessCase(const PayScales *scales, const QDate &today) const;
    QComboBox *organisationBox() const { return m_organisation; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *createButton() const;

private:
    OrganisationProfile organisation() const;
    void updateButton();

    std::vector<OrganisationProfile> m_known;
    QComboBox *m_organisation = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_role = nullptr;
    QLabel *m_missing = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ahplead
