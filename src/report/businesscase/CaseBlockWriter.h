#pragma once

#include "report/businesscase/BusinessCaseModel.h"

#include <QString>

#include <vector>

namespace ahplead {

// Appends the business case document's sections and blocks to a BusinessCaseModel in reading
// order. One writer numbers every table of the document, so each section's builder writes
// through the same one.
class CaseBlockWriter {
public:
    explicit CaseBlockWriter(BusinessCaseModel &m) : m_m(m) {}

    void section(const QString &id, const QString &title);
    void heading(const QString &t, int level = 3);
    void para(const QString &t, const QString &lead = {});
    void bullets(std::vector<BusinessCaseModel::Bullet> items); // nothing when ITEMS is empty
    void callout(const QString &label, const QString &t);
    void figures(std::vector<BusinessCaseModel::Figure> items);
    // Numbers the table, puts "–" in every empty cell (saying so in its notes), and adds it.
    void table(BusinessCaseModel::Table t);

private:
    void add(BusinessCaseModel::Block b);
    BusinessCaseModel &m_m;
    int m_tables = 0;
};

} // namespace ahplead
