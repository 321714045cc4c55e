#pragma once

#include "core/assessment/Organisation.h"

#include "core/businesscase/EnumText.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace ahplead {

// A business case for creating or strengthening a chief AHP post (handbook 3.1), as held in
// an `ahplead.businesscase` file (docs/business-case.md, data/schema/businesscase.schema.json).
// The model is exact: money is in pounds as double and is rounded only when shown.

enum class CaseStatus { Draft, Final };
enum class OptionKind { DoNothing, DoMinimum, Preferred, Other };
enum class BenefitKind { CashReleasing, NonCashReleasing, Qualitative };
enum class Recurrence { Annual, OneOff };
enum class MetricUnit { Percent, Count, Days, Weeks, Pounds, Score, Ratio };
enum class Direction { LowerIsBetter, HigherIsBetter, Neither };
enum class Division { Corporate, Operational, None, Unknown };
enum class CqcRating { Outstanding, Good, RequiresImprovement, Inadequate, NotRated };
enum class Impact { Positive, Neutral, Negative, Unknown };
enum class ScreeningAnswer { Yes, No, NotSure };
enum class CareModelScope { Trust, Ics, Region };
enum class QualityArea { PatientSafety, ClinicalEffectiveness, PatientExperience, Workforce };

// The 14 allied health professions (NHS England); radiographers are one profession,
// diagnostic and therapeutic.
enum class AhpProfession {
    ArtTherapist,
    DramaTherapist,
    MusicTherapist,
    Podiatrist,
    Dietitian,
    OccupationalTherapist,
    OperatingDepartmentPractitioner,
    Orthoptist,
    Osteopath,
    Paramedic,
    Physiotherapist,
    ProsthetistOrthotist,
    Radiographer,
    SpeechAndLanguageTherapist,
};

// The nine protected characteristics of the Equality Act 2010.
enum class ProtectedCharacteristic {
    Age,
    Disability,
    GenderReassignment,
    MarriageAndCivilPartnership,
    PregnancyAndMaternity,
    Race,
    ReligionOrBelief,
    Sex,
    SexualOrientation,
};

struct Person {
    QString name;
    QString role;
    bool operator==(const Person &) const = default;
};

// The organisation a business case is for: the same fields as an assessment's (and so the same
// "same organisation" rule), with the case's description of it.
struct OrganisationProfile : Organisation {
    QString description;
    bool operator==(const OrganisationProfile &) const = default;
};

// The AHP leadership the trust has today.
struct LeadershipStructure {
    bool hasChiefAhp = false;
    QString title;    // "Head of AHPs / chief AHP"
    QString band;     // Agenda for Change band ("8c"), or empty
    double wte = 0.0; // of chief AHP time
    Division division = Division::None;
    QString divisionName; // "Surgery and Planned Care"
    QString reportingTo;  // "Chief nurse"
    QString description;
    bool operator==(const LeadershipStructure &) const = default;
};

// The narrative items handbook 3.1 asks a case to cover.
struct StrategicContext {
    QString trustObjectives;    // the role's impact on trust objectives, priorities and key issues
    QString qualityAndSafety;   // accountability for the quality and safety of AHP services
    QString widerTrustRole;     // the wider business of the trust (patient safety, quality)
    QString qualityImprovement; // the link to quality improvement and transformation
    bool operator==(const StrategicContext &) const = default;
};

struct Benchmark {
    double value = 0.0;
    QString label; // "peer median (Model Health System)"
    QString source;
    bool operator==(const Benchmark &) const = default;
};

struct Metric {
    QString id; // unique in the case; benefits refer to it
    QString name;
    double value = 0.0;
    MetricUnit unit = MetricUnit::Count;
    QString period; // "12 months to September 2026"
    QString source;
    Direction better = Direction::Neither;
    std::optional<Benchmark> benchmark;
    std::optional<double> tolerancePercent; // amber band (MetricRating); default 10
    QString note;
    bool operator==(const Metric &) const = default;
};

struct ProfessionWorkforce {
    AhpProfession profession = AhpProfession::Physiotherapist;
    int registeredHeadcount = 0;
    double registeredWte = 0.0;
    int unregisteredHeadcount = 0; // support workers and assistants aligned to the profession
    double unregisteredWte = 0.0;
    int advancedRoles = 0; // registered staff in advanced or non-traditional roles
    bool operator==(const ProfessionWorkforce &) const = default;
};

struct WorkforceTotals {
    int registeredHeadcount = 0;
    double registeredWte = 0.0;
    int unregisteredHeadcount = 0;
    double unregisteredWte = 0.0;
    int advancedRoles = 0;
    int headcount() const { return registeredHeadcount + unregisteredHeadcount; }
    double wte() const { return registeredWte + unregisteredWte; }
    // Registered per unregistered member of staff, by headcount; empty when there are none unregistered.
    std::optional<double> registeredPerUnregistered() const;
};

struct Workforce {
    QString period;
    QString source;
    std::vector<ProfessionWorkforce> professions; // professions not listed are not employed
    std::optional<Metric> costPerWau;             // AHP cost per weighted activity unit
    WorkforceTotals totals() const;
    const ProfessionWorkforce *profession(AhpProfession which) const;
    bool operator==(const Workforce &) const = default;
};

struct LeadGroup {
    double leadsWte = 0.0;     // strategic leads
    double workforceWte = 0.0; // the workforce they lead
    QString description;
    // Staff per strategic lead; empty when there are no leads (so no division by zero).
    std::optional<double> staffPerLead() const;
    bool operator==(const LeadGroup &) const = default;
};

// AHP strategic leads to AHPs, set beside nursing and medical (handbook 3.1).
struct StrategicLeads {
    QString period;
    QString source;
    LeadGroup ahp;
    LeadGroup nursing;
    LeadGroup medical;
    bool operator==(const StrategicLeads &) const = default;
};

// A chief AHP (or equivalent) role in another organisation of the ICS or a neighbouring one.
struct RegionalRole {
    QString organisation;
    QString ics;
    bool sameIcs = true;
    bool hasChiefAhp = true;
    QString title;
    QString band;
    std::optional<double> wte;
    Division division = Division::Unknown;
    QString notes;
    bool operator==(const RegionalRole &) const = default;
};

struct CareModel {
    QString title;
    QString description;
    CareModelScope scope = CareModelScope::Trust;
    QString ahpContribution;
    bool operator==(const CareModel &) const = default;
};

struct CqcAssessment {
    QString published; // YYYY-MM-DD
    CqcRating overall = CqcRating::NotRated;
    CqcRating safe = CqcRating::NotRated;
    CqcRating effective = CqcRating::NotRated;
    CqcRating caring = CqcRating::NotRated;
    CqcRating responsive = CqcRating::NotRated;
    CqcRating wellLed = CqcRating::NotRated;
    QString findings; // what the report says about AHPs and leadership
    QString source;
    bool operator==(const CqcAssessment &) const = default;
};

struct ScreeningItem {
    QString question;
    ScreeningAnswer answer = ScreeningAnswer::NotSure;
    QString notes;
    bool operator==(const ScreeningItem &) const = default;
};

struct QualityImpact {
    QualityArea area = QualityArea::PatientSafety;
    Impact impact = Impact::Unknown;
    QString description;
    QString mitigation;
    bool operator==(const QualityImpact &) const = default;
};

struct EqualityImpact {
    ProtectedCharacteristic characteristic = ProtectedCharacteristic::Age;
    Impact impact = Impact::Unknown;
    QString description;
    QString mitigation;
    bool operator==(const EqualityImpact &) const = default;
};

// Quality and equality impact assessment.
struct Qeia {
    QString completedBy;
    QString date; // YYYY-MM-DD, or empty
    std::vector<ScreeningItem> screening;
    std::vector<QualityImpact> quality;
    std::vector<EqualityImpact> equality; // each characteristic at most once
    QString conclusion;
    // The impact recorded for WHICH, or empty when it has not been assessed.
    const EqualityImpact *impactFor(ProtectedCharacteristic which) const;
    bool operator==(const Qeia &) const = default;
};

// Risk rating on the NHS 5 x 5 matrix: score = likelihood x impact.
enum class RiskLevel { Low, Moderate, High, Extreme };

struct Risk {
    QString description;
    int likelihood = 1; // 1 rare - 5 almost certain
    int impact = 1;     // 1 negligible - 5 catastrophic
    QString mitigation;
    QString owner;
    int score() const { return likelihood * impact; }
    // 1-3 low, 4-6 moderate, 8-12 high, 15-25 extreme.
    RiskLevel level() const;
    bool operator==(const Risk &) const = default;
};

// One post an option pays for: the chief AHP or a support post.
struct Post {
    QString title;
    QString band;  // "8d"
    QString point; // "entry", "intermediate" or "top"
    double wte = 1.0;
    bool support = false;
    bool operator==(const Post &) const = default;
};

struct NonPayCost {
    QString description;
    double amount = 0.0; // pounds a year (annual) or once (one-off)
    Recurrence recurrence = Recurrence::Annual;
    int year = 0; // the appraisal year a one-off cost falls in (0 = the first)
    bool operator==(const NonPayCost &) const = default;
};

struct Benefit {
    QString description;
    BenefitKind kind = BenefitKind::Qualitative;
    std::optional<double> annualValue; // pounds a year; required when cash-releasing
    int fromYear = 0;                  // the first appraisal year it is realised in
    QString metric;                    // id of the metric it moves, or empty
    QString measure;                   // how its delivery will be seen
    bool operator==(const Benefit &) const = default;
};

struct Option {
    QString id; // "preferred"
    OptionKind kind = OptionKind::Other;
    QString title;
    QString description;
    std::vector<Post> posts;
    std::vector<NonPayCost> nonPay;
    std::vector<Benefit> benefits;
    std::vector<Risk> risks;
    QString recommendation;
    std::optional<double> optimismBiasPercent; // overrides the appraisal's for this option
    bool operator==(const Option &) const = default;
    // The title without a leading kind ("Preferred: a full-time 8d post" -> "A full-time 8d
    // post"), for headings that name the kind already: "Option 3: Preferred. Preferred: …"
    // reads as a mistake to a director of finance.
    QString titleWithoutKind() const;
};

// How the options are costed (docs/business-case.md).
struct Appraisal {
    QString payScaleYear; // "2025/26"; empty: the latest pay scales available
    QString startYear;    // "2027/28": the label of appraisal year 0; empty: "Year 0", "Year 1", ...
    int years = 5;
    double discountRatePercent = 3.5; // HM Treasury Green Book STPR, real
    double optimismBiasPercent = 0.0; // added to each option's costs except do nothing
    QString optimismBiasRationale;
    double payUpliftPercent = 0.0; // real pay growth a year; 0 in a real-terms appraisal
    bool operator==(const Appraisal &) const = default;
};

struct Milestone {
    QString description;
    QString when;
    bool operator==(const Milestone &) const = default;
};

struct CommercialCase {
    QString approach; // recruitment, job evaluation, hosting or shared-post arrangements
    bool operator==(const CommercialCase &) const = default;
};

struct ManagementCase {
    QString seniorResponsibleOwner;
    QString governance;
    std::vector<Milestone> milestones;
    QString benefitsReview;
    bool operator==(const ManagementCase &) const = default;
};

struct BusinessCase {
    QString title;
    CaseStatus status = CaseStatus::Draft;
    QString date;    // YYYY-MM-DD, or empty
    QString version; // the document's own version ("0.3")
    Person preparedBy;
    Person sponsor;
    QString boardAssessment; // path of the board assessment file, relative to this file
    OrganisationProfile organisation;
    LeadershipStructure leadership;
    StrategicContext strategicContext;
    Workforce workforce;
    std::vector<Metric> workforceMetrics;
    std::vector<Metric> qualityMetrics;
    std::optional<StrategicLeads> strategicLeads;
    std::vector<RegionalRole> regionalRoles;
    std::vector<CareModel> modelsOfCare;
    std::optional<CqcAssessment> cqc;
    Qeia qeia;
    std::vector<Risk> risks;
    Appraisal appraisal;
    std::vector<Option> options;
    CommercialCase commercial;
    ManagementCase management;
    QString recommendation;

    const Option *option(const QString &id) const;
    const Option *firstOption(OptionKind kind) const;
    // A metric by id from the workforce metrics, quality metrics or cost per WAU.
    const Metric *metric(const QString &id) const;
    // What the Green Book shortlist still lacks ("do minimum", ...): empty when complete.
    QStringList shortlistGaps() const;
    bool operator==(const BusinessCase &) const = default;
};

// Enum ids (in files) and labels (in reports), one table each.
template <> struct EnumText<CaseStatus> {
    static constexpr std::array<EnumEntry<CaseStatus>, 2> entries{{
        {CaseStatus::Draft, "draft", "Draft"},
        {CaseStatus::Final, "final", "Final"},
    }};
};
template <> struct EnumText<OptionKind> {
    static constexpr std::array<EnumEntry<OptionKind>, 4> entries{{
        {OptionKind::DoNothing, "do_nothing", "Do nothing (business as usual)"},
        {OptionKind::DoMinimum, "do_minimum", "Do minimum"},
        {OptionKind::Preferred, "preferred", "Preferred option"},
        {OptionKind::Other, "other", "Other option"},
    }};
};
template <> struct EnumText<BenefitKind> {
    static constexpr std::array<EnumEntry<BenefitKind>, 3> entries{{
        {BenefitKind::CashReleasing, "cash_releasing", "Cash-releasing"},
        {BenefitKind::NonCashReleasing, "non_cash_releasing", "Non-cash-releasing"},
        {BenefitKind::Qualitative, "qualitative", "Qualitative"},
    }};
};
template <> struct EnumText<Recurrence> {
    static constexpr std::array<EnumEntry<Recurrence>, 2> entries{{
        {Recurrence::Annual, "annual", "Every year"},
        {Recurrence::OneOff, "one_off", "Once"},
    }};
};
template <> struct EnumText<MetricUnit> {
    static constexpr std::array<EnumEntry<MetricUnit>, 7> entries{{
        {MetricUnit::Percent, "percent", "%"},
        {MetricUnit::Count, "count", "number"},
        {MetricUnit::Days, "days", "days"},
        {MetricUnit::Weeks, "weeks", "weeks"},
        {MetricUnit::Pounds, "pounds", "£"},
        {MetricUnit::Score, "score", "score"},
        {MetricUnit::Ratio, "ratio", "ratio"},
    }};
};
template <> struct EnumText<Direction> {
    static constexpr std::array<EnumEntry<Direction>, 3> entries{{
        {Direction::LowerIsBetter, "lower", "Lower is better"},
        {Direction::HigherIsBetter, "higher", "Higher is better"},
        {Direction::Neither, "neither", "Neither higher nor lower is better"},
    }};
};
template <> struct EnumText<Division> {
    static constexpr std::array<EnumEntry<Division>, 4> entries{{
        {Division::Corporate, "corporate", "Corporate division"},
        {Division::Operational, "operational", "Operational division"},
        {Division::None, "none", "No division"},
        {Division::Unknown, "unknown", "Not known"},
    }};
};
template <> struct EnumText<CqcRating> {
    static constexpr std::array<EnumEntry<CqcRating>, 5> entries{{
        {CqcRating::Outstanding, "outstanding", "Outstanding"},
        {CqcRating::Good, "good", "Good"},
        {CqcRating::RequiresImprovement, "requires_improvement", "Requires improvement"},
        {CqcRating::Inadequate, "inadequate", "Inadequate"},
        {CqcRating::NotRated, "not_rated", "Not rated"},
    }};
};
template <> struct EnumText<Impact> {
    static constexpr std::array<EnumEntry<Impact>, 4> entries{{
        {Impact::Positive, "positive", "Positive"},
        {Impact::Neutral, "neutral", "Neutral"},
        {Impact::Negative, "negative", "Negative"},
        {Impact::Unknown, "unknown", "Not known"},
    }};
};
template <> struct EnumText<ScreeningAnswer> {
    static constexpr std::array<EnumEntry<ScreeningAnswer>, 3> entries{{
        {ScreeningAnswer::Yes, "yes", "Yes"},
        {ScreeningAnswer::No, "no", "No"},
        {ScreeningAnswer::NotSure, "not_sure", "Not sure"},
    }};
};
template <> struct EnumText<CareModelScope> {
    static constexpr std::array<EnumEntry<CareModelScope>, 3> entries{{
        {CareModelScope::Trust, "trust", "Trust"},
        {CareModelScope::Ics, "ics", "Integrated care system"},
        {CareModelScope::Region, "region", "Region"},
    }};
};
template <> struct EnumText<QualityArea> {
    static constexpr std::array<EnumEntry<QualityArea>, 4> entries{{
        {QualityArea::PatientSafety, "patient_safety", "Patient safety"},
        {QualityArea::ClinicalEffectiveness, "clinical_effectiveness", "Clinical effectiveness"},
        {QualityArea::PatientExperience, "patient_experience", "Patient experience"},
        {QualityArea::Workforce, "workforce", "Workforce"},
    }};
};
template <> struct EnumText<RiskLevel> {
    static constexpr std::array<EnumEntry<RiskLevel>, 4> entries{{
        {RiskLevel::Low, "low", "Low"},
        {RiskLevel::Moderate, "moderate", "Moderate"},
        {RiskLevel::High, "high", "High"},
        {RiskLevel::Extreme, "extreme", "Extreme"},
    }};
};
template <> struct EnumText<AhpProfession> {
    static constexpr std::array<EnumEntry<AhpProfession>, 14> entries{{
        {AhpProfession::ArtTherapist, "art_therapist", "Art therapists"},
        {AhpProfession::DramaTherapist, "drama_therapist", "Drama therapists"},
        {AhpProfession::MusicTherapist, "music_therapist", "Music therapists"},
        {AhpProfession::Podiatrist, "podiatrist", "Podiatrists"},
        {AhpProfession::Dietitian, "dietitian", "Dietitians"},
        {AhpProfession::OccupationalTherapist, "occupational_therapist", "Occupational therapists"},
        {AhpProfession::OperatingDepartmentPractitioner, "operating_department_practitioner",
         "Operating department practitioners"},
        {AhpProfession::Orthoptist, "orthoptist", "Orthoptists"},
        {AhpProfession::Osteopath, "osteopath", "Osteopaths"},
        {AhpProfession::Paramedic, "paramedic", "Paramedics"},
        {AhpProfession::Physiotherapist, "physiotherapist", "Physiotherapists"},
        {AhpProfession::ProsthetistOrthotist, "prosthetist_orthotist", "Prosthetists and orthotists"},
        {AhpProfession::Radiographer, "radiographer", "Radiographers (diagnostic and therapeutic)"},
        {AhpProfession::SpeechAndLanguageTherapist, "speech_and_language_therapist", "Speech and language therapists"},
    }};
};
template <> struct EnumText<ProtectedCharacteristic> {
    static constexpr std::array<EnumEntry<ProtectedCharacteristic>, 9> entries{{
        {ProtectedCharacteristic::Age, "age", "Age"},
        {ProtectedCharacteristic::Disability, "disability", "Disability"},
        {ProtectedCharacteristic::GenderReassignment, "gender_reassignment", "Gender reassignment"},
        {ProtectedCharacteristic::MarriageAndCivilPartnership, "marriage_and_civil_partnership",
         "Marriage and civil partnership"},
        {ProtectedCharacteristic::PregnancyAndMaternity, "pregnancy_and_maternity", "Pregnancy and maternity"},
        {ProtectedCharacteristic::Race, "race", "Race"},
        {ProtectedCharacteristic::ReligionOrBelief, "religion_or_belief", "Religion or belief"},
        {ProtectedCharacteristic::Sex, "sex", "Sex"},
        {ProtectedCharacteristic::SexualOrientation, "sexual_orientation", "Sexual orientation"},
    }};
};

} // namespace ahplead
