#pragma once

#include "core/assessment/Assessment.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace ahplead {
class ImportDialog;
class RegionView;
} // namespace ahplead

namespace ahplead::test {

// The board example as trust N of a made-up region: its own name and code, TYPE and ICS, and
// answers that differ from trust to trust (the first 3N questions in place, the rest not).
Assessment regionTrust(int n, const QString &type = QStringLiteral("acute"),
                       const QString &ics = QStringLiteral("North ICS"));
// Writes ASSESSMENT as a valid submission file of REVISION at PATH (core's SubmissionFile).
QString writeSubmission(const QString &path, const Assessment &assessment, int revision = 1,
                        const QDateTime &when = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
// Changes one answer inside the content without touching the digest: valid JSON, wrong digest.
void tamper(const QString &path);

// Runs the event loop until DONE says so or MS pass; returns DONE's last answer.
bool waitFor(const std::function<bool()> &done, int ms = 60000);
// Imports PATHS through the regional review's import dialog and waits for its summary.
ImportDialog *importAndWait(RegionView &region, const QStringList &paths);

// Every widget under ROOT the keyboard can reach that has no name for a screen reader.
QStringList unnamedInputs(QWidget *root);

} // namespace ahplead::test
