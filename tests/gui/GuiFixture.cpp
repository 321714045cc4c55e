#include "gui/GuiFixture.h"

#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/DomainPage.h"
#include "gui/assessment/QuestionWidget.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QRadioButton>

namespace ahplead::test {

void prepareApplication()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    initResources();
    Theme::apply(*qApp);
}

void settle(int ms)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QApplication::processEvents();
    if (ms > 0)
        QTest::qWait(ms);
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    REQUIRE(target);
    QTest::keyClick(target, k, modifiers);
}

void click(QWidget *widget)
{
    REQUIRE(widget);
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, widget->rect().center());
}

GuiFixture::GuiFixture()
{
    prepareApplication();
    REQUIRE(m_dir.isValid());
    m_storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
    auto store = Store::open(m_storePath);
    REQUIRE(store.ok());
    m_workspace = std::make_unique<Workspace>(std::move(store.value()));
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings->setAssessorName(QStringLiteral("Test Assessor"));
    m_settings->setReviewerName(m_storePath, QStringLiteral("Test Reviewer"));
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_settings, m_prompter);
    m_window->resize(1200, 800);
    m_window->show();
    m_window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(m_window.get()));
}

GuiFixture::~GuiFixture()
{
    m_window.reset();
    m_workspace.reset();
}

qint64 GuiFixture::createAndOpen(const QString &frameworkId)
{
    const Framework *fw = m_workspace->frameworks()->latest(frameworkId);
    REQUIRE(fw);
    Assessment a;
    a.title = QStringLiteral("Test assessment");
    a.frameworkId = fw->id;
    a.frameworkVersion = fw->version;
    a.organisation = {QStringLiteral("Test Valley NHS Trust"), QStringLiteral("TV1"), QStringLiteral("Test ICS"),
                      QStringLiteral("Midlands"), QStringLiteral("acute")};
    a.assessor = {QStringLiteral("Test Assessor"), QStringLiteral("Non-executive director")};
    const qint64 id = m_window->createAssessment(a);
    REQUIRE(id > 0);
    REQUIRE(m_window->assessmentView());
    settle();
    return id;
}

qint64 GuiFixture::importExample(const QString &kind)
{
    auto id = m_workspace->importExample(kind, QStringLiteral("Test Assessor"));
    REQUIRE(id.ok());
    return id.value();
}

Assessment GuiFixture::readBack(qint64 id) const
{
    // A second connection sees only what was committed to the file.
    auto other = Store::open(m_storePath, Store::Mode::ReadOnly);
    REQUIRE(other.ok());
    auto a = other.value()->assessment(id);
    REQUIRE(a.ok());
    return a.value();
}

AssessmentView &GuiFixture::view()
{
    REQUIRE(m_window->assessmentView());
    return *m_window->assessmentView();
}

DomainPage &GuiFixture::page()
{
    DomainPage *p = view().currentDomainPage();
    REQUIRE(p);
    return *p;
}

QuestionWidget &GuiFixture::question(int index)
{
    REQUIRE(index < static_cast<int>(page().questions().size()));
    return *page().questions()[static_cast<std::size_t>(index)];
}

QRadioButton *GuiFixture::radio(int q, AnswerValue value)
{
    QRadioButton *r = question(q).button(value);
    REQUIRE(r);
    return r;
}

} // namespace ahplead::test
