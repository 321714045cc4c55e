#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/FrameworkLibrary.h"
#include "core/assessment/ScoreCard.h"
#include "core/base/Result.h"
#include "core/store/Store.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace ahplead {

// What the app works on: the open store and the bundled frameworks. The frameworks are
// parsed at first use, not at start-up, so the first window appears sooner.
class Workspace : public QObject {
    Q_OBJECT

public:
    explicit Workspace(std::unique_ptr<Store> store, QObject *parent = nullptr);
    ~Workspace() override;

    Store &store() { return *m_store; }
    const Store &store() const { return *m_store; }
    bool readOnly() const { return m_store->readOnly(); }
    // Swaps in another store (Settings, "Open another store").
    void replaceStore(std::unique_ptr<Store> store);

    // The bundled frameworks, loaded at first use; null when they cannot be loaded
    // (frameworksError() says why).
    const FrameworkLibrary *frameworks();
    QString frameworksError() const { return m_frameworksError; }
    // Whether frameworks() has been called (it may have failed): start-up leaves it for later.
    bool frameworksLoaded() const { return m_frameworks.has_value() || !m_frameworksError.isEmpty(); }
    const Framework *framework(const QString &id, const QString &version);

    // Imports an ahplead.assessment file (one transaction: it lands whole or not at all).
    Result<qint64> importFile(const QString &path, const QString &actor);
    // Imports the bundled example of KIND (board, individual, system).
    Result<qint64> importExample(const QString &kind, const QString &actor);

    // The most recent earlier assessment of the same organisation against the same
    // framework, if there is one: what "change since the previous assessment" compares with.
    std::optional<Assessment> previousOf(const Assessment &assessment);
    Result<ScoreCard> score(const Assessment &assessment);

    // Announces additions, deletions and detail changes to whoever lists assessments.
    void notifyAssessmentsChanged() { emit assessmentsChanged(); }

signals:
    void assessmentsChanged();
    void storeReplaced();
    // A colleague changed the shared store (an import, a review): what shows it should read it
    // again. At most a quarter of a second after their change, however many they made at once.
    void changedElsewhere();

private:
    // Listens for a shared store's changes made elsewhere (Store::watchChanges).
    void watch();

    QTimer *m_changes = nullptr;
    std::unique_ptr<Store> m_store;
    std::optional<FrameworkLibrary> m_frameworks;
    QString m_frameworksError;
};

} // namespace ahplead
