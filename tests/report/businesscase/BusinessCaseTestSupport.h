#pragma once

#include "core/businesscase/BusinessCase.h"
#include "core/businesscase/PayScales.h"
#include "report/ReportTestSupport.h"
#include "report/businesscase/BusinessCaseModel.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ahplead::test {

QString businessCasePath();         // data/examples/business-case-example.json
const PayScales &payScales();       // the bundled pay scales, loaded once
BusinessCase exampleBusinessCase(); // the example, read and checked
// The case for change of the example's board assessment (data/examples/board-example.json).
CaseForChange exampleCaseForChange(const BusinessCase &businessCase);
// The document of the example, as the CLI makes it (from the file).
BusinessCaseModel exampleBusinessCaseModel();
// The document of BUSINESSCASE, with the example board assessment's case for change when
// WITHBOARD.
BusinessCaseModel businessCaseModel(const BusinessCase &businessCase, bool withBoard = true);

// Writes the document in FORMAT ("html", "pdf", "odt") to DIR/NAME.FORMAT, or fails the test.
QString writeBusinessCase(const BusinessCaseModel &model, QTemporaryDir &dir, const QString &name,
                          const QString &format);

// What handbook section 3.1 asks a business case to cover, as the document words it: each
// must appear in every format.
QStringList handbookItems();

} // namespace ahplead::test
