#include "gui/region/RegionTestSupport.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "core/region/SubmissionFile.h"
#include "gui/region/ImportDialog.h"
#include "gui/region/RegionView.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QUuid>

namespace ahplead::test {

Assessment regionTrust(int n, const QString &type, const QString &ics)
{
    auto a = AssessmentReader::read(dataDir() + QStringLiteral("/examples/board-example.json"), frameworks());
    REQUIRE(a.ok());
    a->organisation.name = QStringLiteral("Trust %1 NHS Trust").arg(n, 2, 10, QLatin1Char('0'));
    a->organisation.odsCode = QStringLiteral("T%1").arg(n, 2, 10, QLatin1Char('0'));
    a->organisation.type = type;
    a->organisation.ics = ics;
    int i = 0;
    for (const Domain &d : test::exampleFramework(QStringLiteral("board")).domains)
        for (const Question &q : d.questions) {
            Answer &answer = a->answers[q.id];
            answer.questionId = q.id;
            answer.value = i++ < n * 3 ? AnswerValue::InPlace : AnswerValue::NotInPlace;
        }
    return a.value();
}

QString writeSubmission(const QString &path, const Assessment &assessment, int revision, const QDateTime &when)
{
    Submission s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.submittedAt = when;
    s.submitter = {QStringLiteral("Chief AHP %1").arg(assessment.organisation.odsCode), QStringLiteral("Chief AHP")};
    s.revision = revision;
    s.assessment = assessment;
    const Framework &fw = *frameworks().find(assessment.frameworkId, assessment.frameworkVersion);
    writeFile(path, SubmissionFile::write(s, fw, Scorer::score(fw, assessment)));
    return path;
}

void tamper(const QString &path)
{
    QByteArray bytes = readFile(path);
    const qsizetype at = bytes.indexOf("\"not_in_place\"");
    REQUIRE(at > 0);
    bytes.replace(at, 14, "\"partial\"");
    writeFile(path, bytes);
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(5);
    }
    return true;
}

ImportDialog *importAndWait(RegionView &region, const QStringList &paths)
{
    ImportDialog *dialog = region.importPaths(paths);
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return dialog->isFinished(); }));
    QApplication::processEvents();
    return dialog;
}

QStringList unnamedInputs(QWidget *root)
{
    QStringList missing;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || w->isHidden() || w->window() != root->window() ||
            w->inherits("QScrollBar") ||
            (w->inherits("QAbstractScrollArea") && !w->inherits("QAbstractItemView") && !w->inherits("QPlainTextEdit")))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            missing << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
    }
    return missing;
}

} // namespace ahplead::test
