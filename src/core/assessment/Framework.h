#pragma once

#include "core/assessment/AnswerValue.h"

#include <QHash>
#include <QString>

#include <vector>

namespace ahplead {

// Where an idea comes from: a source document id (../shared/seeds) and its section.
struct Citation {
    QString document;
    QString section;
};

struct ScaleOption {
    AnswerValue value = AnswerValue::NotInPlace;
    QString label;
    double score = 0.0;
    QString description;
};

struct Guidance {
    QString why;
    QString good;
    QString evidence;
};

struct Question {
    QString id;
    QString text;
    double weight = 1.0;
    bool allowNotApplicable = false;
    Guidance guidance;
    std::vector<Citation> citations;
};

struct Domain {
    QString id;
    QString title;
    QString description;
    double weight = 1.0;
    std::vector<Question> questions;
};

struct EvidenceLink {
    QString questionId;
    double weight = 1.0;
};

struct Recommendation {
    QString id;
    QString title;
    QString text;
    bool critical = false;
    double weight = 1.0;
    QString action;
    std::vector<EvidenceLink> evidence;
    std::vector<Citation> citations;
    // The source's key recommendations this one stands for (their list items); empty for a
    // recommendation that is not a key one. Framework 1.1 weighs key recommendations above the rest.
    std::vector<Citation> key;
    bool isKey() const { return !key.empty(); }
};

// One version of a framework: its answer scale, domains with questions, and the
// recommendations those questions evidence. Content is data (data/frameworks/*.json).
class Framework {
public:
    QString id;
    QString version;
    QString title;
    QString description;
    QString audience;
    std::vector<ScaleOption> scale;
    std::vector<Domain> domains;
    std::vector<Recommendation> recommendations;

    // Builds the look-up tables; call once after the vectors are filled.
    void index();

    const Question *question(const QString &questionId) const;
    const Domain *domainOfQuestion(const QString &questionId) const;
    const Domain *domain(const QString &domainId) const;
    const Recommendation *recommendation(const QString &recommendationId) const;
    const ScaleOption *scaleOption(AnswerValue value) const;
    // The label people see for VALUE ("Not applicable" for the value outside the scale).
    QString label(AnswerValue value) const;
    int questionCount() const;
    // "board 1.0.0"
    QString key() const { return id + QLatin1Char(' ') + version; }

private:
    struct Position {
        int domain = -1;
        int question = -1;
    };
    QHash<QString, Position> m_questions;
    QHash<QString, int> m_domains;
    QHash<QString, int> m_recommendations;
};

} // namespace ahplead
