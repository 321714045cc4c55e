#pragma once

#include "core/assessment/Assessment.h"
#include "core/store/Store.h"
#include "reliability/FaultMakers.h"
#include "support/TestSupport.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace ahplead::test {

// The board example assessment (data/examples/board-example.json).
Assessment boardExample();
QString boardExamplePath();
std::unique_ptr<Store> openStore(const QString &path, Store::Mode mode = Store::Mode::ReadWrite);

// The hostile strings: first the six of the report issue (markup, an attribute break-out, an
// entity, right-to-left text, emoji, a 5,000-character note), then formulas, SQL, control and
// bidi characters, NUL, QString::arg placeholders and JSON. hostileLabel() names one in output.
QStringList hostileStrings();
QString longNote(); // exactly 5,000 characters
QString hostileLabel(const QString &value);

// The board example with VALUE in every text field a person fills in (title, organisation,
// assessor, every answer's note), each cut to the length the assessment file allows.
Assessment assessmentWith(const QString &value);

// Runs tests/reliability/check_hostile_outputs.py KIND FILE EXPECTED [PLAIN]: EXPECTED (written
// next to FILE) says which texts must come out whole and which CSV cells must hold what.
ProcessResult checkHostileOutput(const QString &kind, const QString &file, const QJsonObject &expected,
                                 const QString &plain = {});

// Every name in DIR, hidden ones too (a temporary file left behind is often hidden).
QStringList entriesOf(const QString &dir);

} // namespace ahplead::test
