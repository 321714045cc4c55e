#include "core/assessment/AssessmentWriter.h"
#include "core/base/SaveFile.h"
#include "core/rating/RatingInvitation.h"
#include "core/store/Store.h"
#include "gui/GuiFixture.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/DomainNavigator.h"
#include "gui/rating/AgreeingDialog.h"
#include "gui/rating/BoardRatingsDialog.h"
#include "gui/rating/SpreadChart.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace ahplead;
using namespace ahplead::test;

namespace {

// A rating file of the open board assessment for ROLE, answered VALUE on every question
// except those in OTHERS, with NOTE on each.
QString writeRating(GuiFixture &f, const QString &file, const QString &role, AnswerValue value,
                    const QHash<QString, AnswerValue> &others = {}, const QString &note = {},
                    const QString &raterId = {})
{
    const AssessmentSession &session = f.view().session();
    Assessment rating = RatingInvitation::invite(session.assessment(), session.framework(), role, {});
    if (!raterId.isEmpty())
        rating.rating->raterId = raterId;
    rating.updatedAt = QDateTime::currentDateTimeUtc();
    for (const Domain &d : session.framework().domains)
        for (const Question &q : d.questions) {
            Answer a;
            a.questionId = q.id;
            a.value = others.value(q.id, value);
            a.evidence = note;
            rating.answers.insert(q.id, a);
        }
    const QString path = f.path(file);
    REQUIRE(SaveFile::write(path, AssessmentWriter::toBytes(rating, session.framework())).ok());
    return path;
}

QString firstQuestion(const Framework &fw, int index)
{
    int i = 0;
    for (const Domain &d : fw.domains)
        for (const Question &q : d.questions)
            if (i++ == index)
                return q.id;
    return {};
}

} // namespace

TEST_CASE("A board assessment offers its members' ratings in its header, and a member's rating says whose it is",
          "[gui][rating]")
{
    GuiFixture f;
    f.createAndOpen(QStringLiteral("board"));
    auto *open = f.view().findChild<QPushButton *>(QStringLiteral("boardRatings"));
    REQUIRE(open);
    CHECK(open->isVisibleTo(&f.view()));

    BoardRatingsDialog dialog(f.workspace(), f.view().session(), f.prompter(), QStringLiteral("secretary"));
    dialog.setWhoAsker([](const QString &, const QString &) {
        return std::optional<BoardRatingsDialog::Who>({QStringLiteral("chair"), QStringLiteral("Ann Chair")});
    });
    dialog.inviteHere();
    REQUIRE(dialog.list()->topLevelItemCount() == 1);
    CHECK(dialog.list()->topLevelItem(0)->text(0) == QStringLiteral("Chair"));
    CHECK(dialog.list()->topLevelItem(0)->text(3) == QStringLiteral("Still answering"));
    const qint64 ratingId = dialog.list()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
    // In the list of assessments it is the chair's rating, its score not shown until finished.
    auto listed = f.workspace().store().assessments();
    REQUIRE(listed.ok());
    const auto rated =
        std::find_if(listed->begin(), listed->end(), [&](const AssessmentSummary &s) { return s.id == ratingId; });
    REQUIRE(rated != listed->end());
    CHECK(rated->raterRole == QStringLiteral("chair"));

    REQUIRE(f.window().openAssessment(ratingId));
    auto *badge = f.view().findChild<QLabel *>(QStringLiteral("ratingBadge"));
    REQUIRE(badge);
    CHECK(badge->text().contains(QStringLiteral("Your own rating as chair")));
    CHECK_FALSE(f.view().findChild<QPushButton *>(QStringLiteral("boardRatings")));
    // The board's own assessment is older, but a member rating on their own is not shown it.
    CHECK_FALSE(f.workspace().previousOf(f.view().session().assessment()));
}

TEST_CASE("Returned rating files are added to the board, a member who sent twice keeps the later one, and another "
          "board's file is refused",
          "[gui][rating]")
{
    GuiFixture f;
    f.createAndOpen(QStringLiteral("board"));
    const QString chairId = QStringLiteral("7d444840-9dc0-11d1-b245-5ffdce74fad2");
    f.prompter().files.push_back(
        writeRating(f, QStringLiteral("chair.json"), QStringLiteral("chair"), AnswerValue::Partial, {}, {}, chairId));
    BoardRatingsDialog dialog(f.workspace(), f.view().session(), f.prompter(), QStringLiteral("secretary"));
    dialog.addReturned();
    REQUIRE(dialog.list()->topLevelItemCount() == 1);
    CHECK(dialog.list()->topLevelItem(0)->text(3) == QStringLiteral("Finished"));

    // The chair sends a corrected file: it replaces the first, and the message says so.
    f.prompter().files.push_back(writeRating(f, QStringLiteral("chair-again.json"), QStringLiteral("chair"),
                                             AnswerValue::InPlace, {}, {}, chairId));
    dialog.addReturned();
    REQUIRE(dialog.list()->topLevelItemCount() == 1);
    REQUIRE(f.prompter().last(QStringLiteral("inform")));
    CHECK(f.prompter().last(QStringLiteral("inform"))->text.contains(QStringLiteral("replaces")));

    // A rating of another organisation's board is refused, naming the file.
    Assessment other = f.view().session().assessment();
    other.organisation.name = QStringLiteral("Another Trust");
    other.organisation.odsCode = QStringLiteral("RZZ");
    Assessment foreign = RatingInvitation::invite(other, f.view().session().framework(), QStringLiteral("other"), {});
    REQUIRE(SaveFile::write(f.path(QStringLiteral("foreign.json")),
                            AssessmentWriter::toBytes(foreign, f.view().session().framework()))
                .ok());
    f.prompter().files.push_back(f.path(QStringLiteral("foreign.json")));
    dialog.addReturned();
    CHECK(dialog.list()->topLevelItemCount() == 1);
    REQUIRE(f.prompter().last(QStringLiteral("warn")));
    CHECK(f.prompter().last(QStringLiteral("warn"))->text.contains(QStringLiteral("foreign.json")));
    CHECK(f.prompter().last(QStringLiteral("warn"))->text.contains(QStringLiteral("another organisation")));

    const Assessment kept = f.readBack(dialog.list()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong());
    CHECK(kept.answers.value(firstQuestion(f.view().session().framework(), 0)).value == AnswerValue::InPlace);
}

TEST_CASE("The board agrees its answers by keyboard, largest disagreement first, and the audit log says from how "
          "many ratings",
          "[gui][rating]")
{
    GuiFixture f;
    f.createAndOpen(QStringLiteral("board"));
    AssessmentSession &session = f.view().session();
    const Framework &fw = session.framework();
    const QString split = firstQuestion(fw, 2); // two say in place, one not in place: the largest difference
    const QString near = firstQuestion(fw, 5);  // two say in place, one partly
    // The three files chosen at once, as a secretary would from the folder they were saved in.
    f.prompter().fileLists.push_back({writeRating(f, QStringLiteral("a.json"), QStringLiteral("chair"),
                                                  AnswerValue::InPlace, {}, QStringLiteral("Seen at committee")),
                                      writeRating(f, QStringLiteral("b.json"), QStringLiteral("non_executive_director"),
                                                  AnswerValue::InPlace, {{near, AnswerValue::Partial}}),
                                      writeRating(f, QStringLiteral("c.json"), QStringLiteral("non_executive_director"),
                                                  AnswerValue::InPlace, {{split, AnswerValue::NotInPlace}})});
    BoardRatingsDialog ratings(f.workspace(), session, f.prompter(), QStringLiteral("secretary"));
    ratings.addReturned();
    REQUIRE(ratings.list()->topLevelItemCount() == 3);
    CHECK(ratings.list()->topLevelItem(2)->text(0) == QStringLiteral("Non-executive director 2"));

    auto set = BoardRatings::read(f.workspace().store(), session.assessment()).value().finished();
    REQUIRE(set.ok());
    REQUIRE(set.value());
    AgreeingDialog agreeing(session, Consensus::build(fw, *set.value()));
    agreeing.show();
    REQUIRE(QTest::qWaitForWindowExposed(&agreeing));
    REQUIRE(agreeing.questionCount() == 2);
    CHECK(agreeing.findChild<QLabel *>(QStringLiteral("agreeingQuestion"))->text().contains(fw.question(split)->text));
    auto *chart = agreeing.findChild<SpreadChart *>();
    REQUIRE(chart->bars().size() == 3);
    CHECK(chart->bars()[0].count == 2);
    CHECK(chart->bars()[2].count == 1);

    // Every member answered the other questions alike: one step takes them all.
    const int alike = fw.questionCount() - 2;
    QTest::mouseClick(agreeing.findChild<QPushButton *>(QStringLiteral("acceptAlike")), Qt::LeftButton);
    CHECK(session.answeredCount() == alike);

    // Key 2 chooses the second answer ("partly in place"), the note is typed, Ctrl+Enter agrees.
    QTest::keyClick(&agreeing, Qt::Key_2);
    auto *note = agreeing.findChild<QPlainTextEdit *>(QStringLiteral("agreeingNote"));
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Agreed after discussion"));
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(session.answer(split));
    CHECK(session.answer(split)->value == AnswerValue::Partial);
    CHECK(session.answer(split)->evidence == QStringLiteral("Agreed after discussion"));
    CHECK(agreeing.position() == 1); // moved on to the next question

    // The store holds the agreed answers, each with its audit line.
    const Assessment stored = f.readBack(session.assessment().id);
    CHECK(stored.answers.size() == alike + 1);
    auto store = Store::open(f.storePath(), Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    auto log = store.value()->auditLog(session.assessment().id);
    REQUIRE(log.ok());
    const auto agreedLines = std::count_if(log->begin(), log->end(), [](const AuditEntry &e) {
        return e.action == QStringLiteral("agree") && e.detail.contains(QStringLiteral("agreed from 3 ratings"));
    });
    CHECK(agreedLines == alike + 1);

    // Ctrl+Z in the assessment takes back the agreed answer, then the answers accepted in one step.
    session.undoStack()->undo();
    CHECK_FALSE(session.answer(split));
    session.undoStack()->undo();
    CHECK(session.answeredCount() == 0);
}

TEST_CASE("Members are named in the agreeing session only when the board chooses names", "[gui][rating]")
{
    GuiFixture f;
    f.createAndOpen(QStringLiteral("board"));
    const Framework &fw = f.view().session().framework();
    const QString differ = firstQuestion(fw, 0);
    Assessment named = RatingInvitation::invite(f.view().session().assessment(), fw, QStringLiteral("chair"),
                                                QStringLiteral("Ann Chair"));
    named.status = QStringLiteral("complete");
    Answer a;
    a.questionId = differ;
    a.value = AnswerValue::InPlace;
    a.evidence = QStringLiteral("Seen at committee");
    named.answers.insert(differ, a);
    REQUIRE(SaveFile::write(f.path(QStringLiteral("ann.json")), AssessmentWriter::toBytes(named, fw)).ok());
    f.prompter().fileLists.push_back({f.path(QStringLiteral("ann.json")),
                                      writeRating(f, QStringLiteral("ned.json"),
                                                  QStringLiteral("non_executive_director"), AnswerValue::NotInPlace)});
    BoardRatingsDialog ratings(f.workspace(), f.view().session(), f.prompter(), QStringLiteral("secretary"));
    ratings.addReturned();
    REQUIRE(ratings.list()->topLevelItemCount() == 2);

    for (const bool names : {false, true}) {
        ratings.namesBox()->setChecked(names);
        QString notes;
        // The session is modal: read it once it is up, then close it.
        QTimer::singleShot(0, [&] {
            if (auto *agreeing = qobject_cast<AgreeingDialog *>(QApplication::activeModalWidget())) {
                notes = agreeing->findChild<QLabel *>(QStringLiteral("agreeingNotes"))->text();
                agreeing->reject();
            }
        });
        ratings.agree();
        INFO(notes.toStdString());
        CHECK(notes.contains(QStringLiteral("Seen at committee")));
        CHECK(notes.startsWith(names ? QStringLiteral("Ann Chair:") : QStringLiteral("Chair:")));
    }
}

TEST_CASE("A question the board has still to agree shows so, with its spread as plain text, until it is answered, "
          "and again when that answer is undone",
          "[gui][rating]")
{
    GuiFixture f;
    const Framework &fw = *f.workspace().frameworks()->latest(QStringLiteral("board"));
    Assessment draft;
    draft.title = QStringLiteral("Merged draft");
    draft.frameworkId = fw.id;
    draft.frameworkVersion = fw.version;
    draft.organisation = {QStringLiteral("Test Valley NHS Trust"), QStringLiteral("TV1"), {}, {}, {}};
    draft.assessor = {QStringLiteral("The board, from 2 ratings"), {}};
    const QString note = QStringLiteral("Not agreed. Ratings: 1 in place, 1 not in place. Chair: <b>Seen</b> & done.");
    draft.toAgree.insert(firstQuestion(fw, 0), note);
    const qint64 id = f.workspace().store().addAssessment(draft, QStringLiteral("secretary")).value();
    REQUIRE(f.window().openAssessment(id));
    settle();

    QuestionWidget &open = f.question(0);
    REQUIRE(open.questionId() == firstQuestion(fw, 0));
    REQUIRE(open.toAgreeNotice());
    CHECK(open.toAgreeNotice()->isVisible());
    const auto *spread = open.toAgreeNotice()->findChild<QLabel *>(QStringLiteral("spread"));
    REQUIRE(spread);
    CHECK(spread->text() == note);
    CHECK(spread->textFormat() == Qt::PlainText);
    CHECK_FALSE(f.question(1).toAgreeNotice());
    const QListWidgetItem *section = f.view().navigator()->item(0);
    CHECK(section->data(DomainNavigator::ProgressRole).toString().contains(QStringLiteral("1 not yet agreed")));

    click(f.radio(0, AnswerValue::Partial));
    CHECK_FALSE(open.toAgreeNotice()->isVisible());
    CHECK_FALSE(section->data(DomainNavigator::ProgressRole).toString().contains(QStringLiteral("not yet agreed")));
    CHECK(f.readBack(id).toAgree.isEmpty());

    f.view().session().undoStack()->undo();
    CHECK(open.toAgreeNotice()->isVisible());
    CHECK(spread->text() == note);
    CHECK(f.readBack(id).toAgree.value(firstQuestion(fw, 0)) == note);
}
