//! The interview record: one document per interview, stored whole and revised as a whole.
//!
//! Every field carries two custom schema keywords: `x-fv-class` (identifier class: `direct`,
//! `quasi`, `sensitive`, `none`) and `x-fv-deid` (its default de-identification rule). The
//! committed `schemas/interview.schema.json` is generated from these types, so the two cannot
//! drift; `tests/schema.rs` fails when a field lacks either keyword.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::{ActorId, Choice, CountryCode, LanguageTag, Money, PartialDate};

/// Version of the interview-record format this build writes.
pub const INTERVIEW_SCHEMA_VERSION: u32 = 1;

/// One structured interview with a migrant worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "FieldVault interview record", extend("$id" = "https://fieldvault.invalid/schemas/interview.schema.json"))]
pub struct Interview {
    /// Format version of this record (currently 1).
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub schema_version: u32,
    /// When, where and how the interview took place.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub interview: InterviewInfo,
    /// What the participant agreed to. Recorded first; nothing is shared without it.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub consent: Consent,
    /// Who the participant is, without direct identifiers.
    #[serde(default)]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub participant: Participant,
    /// Direct identifiers, kept apart and never exported.
    #[serde(default)]
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "drop"))]
    pub identity: Identity,
    /// Every actor of the migration infrastructure met along the way, referenced by id elsewhere.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub actors: Vec<Actor>,
    /// Each stay abroad under one status and employer, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub migration_episodes: Vec<MigrationEpisode>,
    /// Money sent home.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub remittances: Vec<Remittance>,
    /// People and organisations the participant turned to, and what they did.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub support_contacts: Vec<SupportContact>,
    /// Verbatim quotes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub quotes: Vec<Quote>,
    /// Free notes by the interviewer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "sensitive", "x-fv-deid" = "redact_text"))]
    pub notes: Option<String>,
}

/// Circumstances of the interview itself.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InterviewInfo {
    /// Date of the interview.
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "generalise_year_month"))]
    pub date: Option<PartialDate>,
    /// Where the interview took place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "recurse"))]
    pub place: Option<Place>,
    /// How the interview was held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub mode: Option<Choice<InterviewMode>>,
    /// Languages spoken, as BCP 47 tags (`vi`, `ja`, `zh-TW`, `en`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub languages: Vec<LanguageTag>,
    /// Name or code of the interviewer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "drop"))]
    pub interviewer: Option<String>,
    /// Length of the interview in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 1440), extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub duration_minutes: Option<u32>,
}

/// How an interview was held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InterviewMode {
    /// Face to face.
    InPerson,
    /// By telephone.
    Phone,
    /// By video or messaging app.
    Online,
}

/// A place, from country down to locality. Lower levels identify more.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// ISO 3166-1 alpha-2 country code (`VN`, `JP`, `TW`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub country: Option<CountryCode>,
    /// Province, prefecture, county or special municipality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "keep"))]
    pub province: Option<String>,
    /// District, city or township.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "drop"))]
    pub district: Option<String>,
    /// Commune, ward or village, or an address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "drop"))]
    pub locality: Option<String>,
}

/// Informed consent and its scopes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// When consent was given.
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "generalise_year_month"))]
    pub date: Option<PartialDate>,
    /// How consent was recorded.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub form: Option<Choice<ConsentForm>>,
    /// What the participant allowed.
    #[serde(default)]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub scopes: ConsentScopes,
    /// Withdrawal of consent, if the participant withdrew.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub withdrawal: Option<Withdrawal>,
}

/// How consent was recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsentForm {
    /// Spoken, after the information sheet was read out.
    Oral,
    /// Signed consent form.
    Written,
    /// Consent given in a recording.
    Recorded,
}

/// Each use the participant allowed. Anything not granted is refused.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentScopes {
    /// Keep the interview in the encrypted vault.
    #[serde(default)]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub store: bool,
    /// Share a de-identified version with the project's researchers.
    #[serde(default)]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub share_deidentified: bool,
    /// Quote the participant's words verbatim in publications.
    #[serde(default)]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub quote_verbatim: bool,
    /// Record audio.
    #[serde(default)]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub audio: bool,
    /// Contact the participant again.
    #[serde(default)]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub recontact: bool,
}

/// A participant's withdrawal of consent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Withdrawal {
    /// When consent was withdrawn.
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "generalise_year_month"))]
    pub date: PartialDate,
    /// Why, or what the participant asked, if said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "sensitive", "x-fv-deid" = "drop"))]
    pub note: Option<String>,
}

/// The participant, described without direct identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// Field pseudonym or code (e.g. `HD-07`); linking value, pseudonymised on export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "pseudonymise"))]
    pub pseudonym: Option<String>,
    /// Year of birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1900, max = 2100), extend("x-fv-class" = "quasi", "x-fv-deid" = "band_birth_year"))]
    pub birth_year: Option<u16>,
    /// Gender as the participant states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "keep"))]
    pub gender: Option<Choice<Gender>>,
    /// Place of origin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "recurse"))]
    pub origin: Option<Place>,
    /// Highest education completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "keep"))]
    pub education: Option<Choice<Education>>,
    /// Marital status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "keep"))]
    pub marital_status: Option<Choice<MaritalStatus>>,
    /// Year of marriage, if married.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1900, max = 2100), extend("x-fv-class" = "quasi", "x-fv-deid" = "drop"))]
    pub marriage_year: Option<u16>,
    /// Number of children.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 30), extend("x-fv-class" = "quasi", "x-fv-deid" = "keep"))]
    pub children: Option<u8>,
    /// Role in the household before migrating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "keep"))]
    pub household_role: Option<Choice<HouseholdRole>>,
    /// Occupation before migrating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "keep"))]
    pub pre_migration_occupation: Option<Choice<Sector>>,
    /// Household income before migrating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "band_amount"))]
    pub pre_migration_income: Option<Money>,
}

/// Gender.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    /// Woman.
    Woman,
    /// Man.
    Man,
    /// Non-binary.
    NonBinary,
    /// Declined to say.
    Undisclosed,
}

/// Highest education completed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Education {
    /// No schooling.
    None,
    /// Primary school.
    Primary,
    /// Lower secondary school.
    LowerSecondary,
    /// Upper secondary (high) school.
    UpperSecondary,
    /// Vocational training or college.
    Vocational,
    /// University.
    University,
}

/// Marital status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MaritalStatus {
    /// Never married.
    Single,
    /// Married.
    Married,
    /// Divorced or separated.
    Separated,
    /// Widowed.
    Widowed,
}

/// Role in the household.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HouseholdRole {
    /// Head of household.
    Head,
    /// Spouse of the head.
    Spouse,
    /// Son or daughter.
    Child,
    /// Another relative.
    OtherRelative,
}

/// Direct identifiers. Never exported, never in a log.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Identity {
    /// Full legal name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "drop"))]
    pub full_name: Option<String>,
    /// Nicknames and other names used.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "drop"))]
    pub other_names: Vec<String>,
    /// Phone numbers, as given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "drop"))]
    pub phones: Vec<String>,
    /// E-mail addresses, as given. Vaults made before this field hold none; nothing needs
    /// migrating, since a missing list reads as empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "drop"))]
    pub emails: Vec<String>,
    /// Social-media accounts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "drop"))]
    pub social_handles: Vec<SocialHandle>,
    /// Home address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "drop"))]
    pub address: Option<String>,
    /// Identity documents and their numbers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "drop"))]
    pub id_numbers: Vec<IdNumber>,
}

/// An account on a social-media or messaging platform.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SocialHandle {
    /// The platform.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "drop"))]
    pub platform: Choice<Platform>,
    /// Handle, profile link or number on that platform.
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "drop"))]
    pub handle: String,
}

/// Social-media and messaging platforms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    /// Facebook.
    Facebook,
    /// Zalo.
    Zalo,
    /// LINE.
    Line,
    /// WhatsApp.
    Whatsapp,
    /// Viber.
    Viber,
    /// TikTok.
    Tiktok,
}

/// An identity document number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IdNumber {
    /// Kind of document.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "drop"))]
    pub kind: Choice<IdKind>,
    /// The number as written on it.
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "drop"))]
    pub number: String,
}

/// Kinds of identity document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IdKind {
    /// Vietnamese citizen identity card (CCCD) or older ID card (CMND).
    VnCitizenId,
    /// Passport.
    Passport,
    /// Japanese residence card (zairyu card).
    JpResidenceCard,
    /// Taiwanese Alien Resident Certificate.
    TwResidentCertificate,
}

/// An actor of the migration infrastructure: a person or organisation met along the way.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Local id, referenced from fees, debts, employers, exits and support contacts.
    /// Pseudonymised on export: a local id can name a person.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "pseudonymise"))]
    pub id: ActorId,
    /// What kind of actor this is.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub kind: Choice<ActorKind>,
    /// Which dimension of the migration infrastructure it belongs to.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub dimension: Dimension,
    /// Name of the person or organisation; a linking value, pseudonymised on export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "pseudonymise"))]
    pub name: Option<String>,
    /// Phone, address or account of the actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "direct", "x-fv-deid" = "drop"))]
    pub contact: Option<String>,
    /// Where the actor is based.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "recurse"))]
    pub location: Option<Place>,
    /// Other actors in this list that are the same person or body (e.g. a supervising
    /// organisation run by the employer).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "pseudonymise"))]
    pub same_as: Vec<ActorId>,
    /// What the participant said about this actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "sensitive", "x-fv-deid" = "redact_text"))]
    pub notes: Option<String>,
}

/// Kinds of actor in a migration trajectory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// Individual broker.
    Broker,
    /// Licensed intermediary (recruitment or dispatch) company.
    IntermediaryCompany,
    /// Informal job agent working for undocumented workers.
    InformalJobAgent,
    /// Employer (a company or, for domestic work, a household).
    Employer,
    /// Supervising organisation of Japan's technical intern training programme.
    SupervisingOrganisation,
    /// Government body or state-related organisation.
    GovernmentBody,
    /// Immigration authority.
    ImmigrationAuthority,
    /// Police.
    Police,
    /// Embassy or consulate.
    Embassy,
    /// Pre-departure training centre.
    TrainingCentre,
    /// Bank, state or commercial.
    Bank,
    /// Private moneylender.
    Moneylender,
    /// Group or page on social media.
    SocialMediaGroup,
    /// Labour union.
    Union,
    /// Non-governmental organisation.
    Ngo,
    /// Church or religious community.
    Church,
    /// Volunteer.
    Volunteer,
    /// Relative.
    Relative,
    /// Friend or acquaintance.
    Friend,
    /// Person from the same village or hometown.
    CoVillager,
}

/// The dimensions of a migration infrastructure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Brokers, intermediary companies, informal job agents, employers.
    Commercial,
    /// State bodies, supervising organisations, immigration authorities.
    Regulatory,
    /// Social media, phones, apps.
    Technological,
    /// Unions, NGOs, churches, volunteers.
    Humanitarian,
    /// Relatives, friends, co-villagers.
    Social,
}

/// One stay abroad under one legal status and one employer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MigrationEpisode {
    /// Destination country, ISO 3166-1 alpha-2 (`JP`, `TW`).
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "keep"))]
    pub destination_country: CountryCode,
    /// Region, prefecture or city of destination.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "generalise_region"))]
    pub destination_region: Option<String>,
    /// Legal status during this episode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "keep"))]
    pub status: Option<Choice<MigrationStatus>>,
    /// Sector of work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "keep"))]
    pub sector: Option<Choice<Sector>>,
    /// The employer (an actor id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "pseudonymise"))]
    pub employer: Option<ActorId>,
    /// How the job was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub recruitment_channel: Option<Choice<RecruitmentChannel>>,
    /// Actors that recruited or placed the participant (actor ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "pseudonymise"))]
    pub recruited_by: Vec<ActorId>,
    /// Start of the episode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "generalise_year_month"))]
    pub start: Option<PartialDate>,
    /// End of the episode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "generalise_year_month"))]
    pub end: Option<PartialDate>,
    /// Months of pre-departure training.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 60), extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub training_months: Option<f64>,
    /// Fees paid to go or to get the job.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub fees: Vec<Fee>,
    /// Debts taken on for this episode.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub debts: Vec<Debt>,
    /// Working and living conditions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub working_conditions: Option<WorkingConditions>,
    /// How the episode ended: running away, transfer, return, detention, deportation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub exits: Vec<Exit>,
    /// Informal work taken up after leaving this episode's employer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub informal_work: Vec<InformalWork>,
    /// Notes on this episode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "sensitive", "x-fv-deid" = "redact_text"))]
    pub notes: Option<String>,
}

/// Legal status abroad.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MigrationStatus {
    /// Japan's Technical Intern Training Program.
    TechnicalInternTrainee,
    /// Specified skilled worker (Japan).
    SpecifiedSkilledWorker,
    /// Migrant domestic worker (e.g. Taiwan).
    DomesticWorker,
    /// Migrant care worker.
    CareWorker,
    /// Contract factory or construction worker (e.g. Taiwan).
    ContractWorker,
    /// Student visa.
    Student,
    /// Spouse or family visa.
    Family,
    /// No valid residence status.
    Undocumented,
}

/// Sector of work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// Agriculture or fishing.
    Agriculture,
    /// Construction.
    Construction,
    /// Garment and sewing.
    Garment,
    /// Food processing.
    FoodProcessing,
    /// Other manufacturing.
    Manufacturing,
    /// Domestic and care work in households.
    DomesticCare,
    /// Care in institutions.
    InstitutionalCare,
    /// Hotels and lodging.
    Hospitality,
    /// Restaurants.
    Restaurant,
    /// Market and shop work.
    Retail,
    /// Unemployed or not working.
    NotWorking,
}

/// How a job was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecruitmentChannel {
    /// Private intermediary or dispatch company.
    PrivateIntermediary,
    /// Government or state-related organisation.
    GovernmentOrganisation,
    /// Individual broker.
    Broker,
    /// Relatives, friends or co-villagers.
    SocialNetwork,
    /// Social media.
    SocialMedia,
    /// Referred by a previous employer.
    EmployerReferral,
    /// Hired directly.
    Direct,
    /// Assigned by the supervising organisation or agency.
    Assigned,
}

/// A fee paid to migrate or to get a job.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    /// Who was paid (an actor id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "pseudonymise"))]
    pub payee: Option<ActorId>,
    /// What kind of payee, when no actor is recorded or to be explicit.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub payee_kind: Choice<PayeeKind>,
    /// What the fee was for.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub purpose: Choice<FeePurpose>,
    /// How much.
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "recurse"))]
    pub amount: Money,
    /// When it was paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "generalise_year"))]
    pub paid: Option<PartialDate>,
    /// Whether it was a refundable deposit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub refundable: Option<bool>,
    /// Notes on this fee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "sensitive", "x-fv-deid" = "redact_text"))]
    pub notes: Option<String>,
}

/// Kinds of payee.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PayeeKind {
    /// Individual broker.
    Broker,
    /// Intermediary company (sending or receiving).
    IntermediaryCompany,
    /// Government body or state-related organisation.
    GovernmentBody,
    /// Training centre.
    TrainingCentre,
    /// Informal job agent.
    InformalJobAgent,
    /// Employer.
    Employer,
}

/// What a fee paid for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeePurpose {
    /// Placement or recruitment commission.
    Commission,
    /// Deposit against running away or breaking the contract.
    Deposit,
    /// Pre-departure training and language courses.
    Training,
    /// Visa and documents.
    Visa,
    /// Air fare and travel.
    Airfare,
    /// Medical examination.
    Medical,
    /// Monthly service fee deducted abroad.
    ServiceFee,
    /// Several of these in one sum.
    Combined,
}

/// A debt taken on to migrate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Debt {
    /// Who lent (an actor id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "pseudonymise"))]
    pub lender: Option<ActorId>,
    /// Kind of lender.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub lender_kind: Choice<LenderKind>,
    /// Amount borrowed; absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "recurse"))]
    pub amount: Option<Money>,
    /// Share of the pre-departure costs it covered, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 100), extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub share_of_costs_percent: Option<f64>,
    /// Yearly interest rate in percent, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 1000), extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub interest_rate_percent: Option<f64>,
    /// Collateral pledged (land-use certificate, house).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "sensitive", "x-fv-deid" = "redact_text"))]
    pub collateral: Option<String>,
    /// Whether it has been repaid.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub repaid: Repayment,
    /// Notes on this debt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "sensitive", "x-fv-deid" = "redact_text"))]
    pub notes: Option<String>,
}

/// Kinds of lender.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LenderKind {
    /// State bank (e.g. Agribank, Bank for Social Policies).
    StateBank,
    /// Commercial bank.
    CommercialBank,
    /// Relatives.
    Relatives,
    /// Friends or neighbours.
    Friends,
    /// Private moneylender.
    Moneylender,
    /// The broker or intermediary itself.
    Intermediary,
}

/// Repayment status of a debt.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Repayment {
    /// Not repaid.
    No,
    /// Partly repaid.
    Partly,
    /// Fully repaid.
    Yes,
    /// Not known.
    #[default]
    Unknown,
}

/// Working and living conditions in one job.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkingConditions {
    /// Usual hours worked per day (low end when a range).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 24), extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub hours_per_day: Option<f64>,
    /// Most hours worked in a day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 24), extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub hours_per_day_max: Option<f64>,
    /// Days off per month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 31), extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub days_off_per_month: Option<f64>,
    /// Hourly wage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "recurse"))]
    pub hourly_wage: Option<Money>,
    /// Salary in the contract, before deductions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "recurse"))]
    pub base_salary: Option<Money>,
    /// Itemised deductions from pay.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub deductions: Vec<Deduction>,
    /// What was actually received, after deductions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub pay_received: Vec<PayPeriod>,
    /// Overtime worked and not paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub unpaid_overtime: Option<bool>,
    /// Lived in employer-provided housing (dormitory, employer's home).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub employer_housing: Option<bool>,
    /// Passport or residence card kept by employer or agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub documents_confiscated: Option<bool>,
    /// Not free to leave the workplace or home.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub movement_restricted: Option<bool>,
    /// Shouted at, insulted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub verbal_abuse: Option<bool>,
    /// Hit, kicked or otherwise physically harmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub physical_abuse: Option<bool>,
    /// Bullied by supervisors or co-workers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub bullying: Option<bool>,
    /// Threatened with deportation or being sent home.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub deportation_threats: Option<bool>,
    /// Watched or monitored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub surveillance: Option<bool>,
    /// Notes on conditions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "sensitive", "x-fv-deid" = "redact_text"))]
    pub notes: Option<String>,
}

/// One deduction from pay.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Deduction {
    /// What was deducted.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub item: Choice<DeductionItem>,
    /// How much.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "recurse"))]
    pub amount: Option<Money>,
}

/// Items deducted from pay.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeductionItem {
    /// Intermediary's commission.
    Commission,
    /// Dormitory or rent.
    Dormitory,
    /// Water, electricity, gas.
    Utilities,
    /// Food.
    Food,
    /// Transport.
    Transportation,
    /// Uniforms and equipment.
    Uniforms,
    /// Tax.
    Tax,
    /// Social or health insurance.
    Insurance,
    /// Forced savings.
    ForcedSavings,
    /// Several of these in one sum.
    Combined,
}

/// Pay actually received over a stretch of months.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PayPeriod {
    /// First month of the stretch, counted from the start of the job (1 = first month).
    #[schemars(range(min = 1, max = 600), extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub from_month: u16,
    /// Last month of the stretch (absent: onward).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 600), extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub to_month: Option<u16>,
    /// Amount received, usually per month.
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "recurse"))]
    pub amount: Money,
}

/// The end of an episode or a change within it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exit {
    /// What happened.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub kind: Choice<ExitKind>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "generalise_year_month"))]
    pub date: Option<PartialDate>,
    /// Why, as the participant gave it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub reasons: Vec<Choice<ExitReason>>,
    /// Actors who helped (actor ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "pseudonymise"))]
    pub helped_by: Vec<ActorId>,
    /// People called for help (actor ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "pseudonymise"))]
    pub people_called: Vec<ActorId>,
    /// Money paid to make it happen (commissions, travel, fines).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "recurse"))]
    pub money_paid: Option<Money>,
    /// Days held, for a detention.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 10000), extend("x-fv-class" = "quasi", "x-fv-deid" = "keep"))]
    pub detention_days: Option<u32>,
    /// What happened, in the interviewer's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "sensitive", "x-fv-deid" = "redact_text"))]
    pub description: Option<String>,
}

/// Kinds of exit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExitKind {
    /// Left the employer without permission.
    RunningAway,
    /// Moved to another employer through official channels.
    Transfer,
    /// Went home.
    Return,
    /// Detained by the authorities.
    Detention,
    /// Deported.
    Deportation,
    /// Contract ended.
    ContractEnd,
    /// Went into hiding.
    Hiding,
}

/// Reasons for an exit found in the field study.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExitReason {
    /// Low wages.
    LowWages,
    /// Wages unpaid.
    UnpaidWages,
    /// Long hours.
    LongHours,
    /// Physical violence.
    Violence,
    /// Bullying or harassment.
    Bullying,
    /// Pressure to repay debts.
    DebtPressure,
    /// Duties to family at home.
    FamilyDuties,
    /// Documents confiscated.
    ConfiscatedDocuments,
    /// Being watched.
    Surveillance,
    /// Isolation.
    Isolation,
    /// Health.
    Health,
    /// Fear of an immigration raid.
    ImmigrationRaid,
    /// The person cared for died or the job ended.
    JobEnded,
    /// Caught without status.
    Arrested,
}

/// Informal work after leaving an employer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InformalWork {
    /// Sector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "keep"))]
    pub sector: Option<Choice<Sector>>,
    /// Region or city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "generalise_region"))]
    pub region: Option<String>,
    /// Employer (actor id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "pseudonymise"))]
    pub employer: Option<ActorId>,
    /// Who found or arranged the job (actor ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "pseudonymise"))]
    pub found_through: Vec<ActorId>,
    /// Start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "generalise_year_month"))]
    pub start: Option<PartialDate>,
    /// End.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "generalise_year_month"))]
    pub end: Option<PartialDate>,
    /// Length in months, when dates are unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 600), extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub duration_months: Option<f64>,
    /// Working conditions in this job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "recurse"))]
    pub working_conditions: Option<WorkingConditions>,
}

/// Money sent home.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Remittance {
    /// How much (per month, or a total with no period).
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "recurse"))]
    pub amount: Money,
    /// Index (from 0) of the migration episode it was earned in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub episode: Option<u16>,
    /// Who received it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub recipient: Option<Choice<RemittanceRecipient>>,
    /// What it was used for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub uses: Vec<Choice<RemittanceUse>>,
}

/// Who received remittances.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RemittanceRecipient {
    /// Parents.
    Parents,
    /// Spouse.
    Spouse,
    /// Children.
    Children,
    /// Siblings.
    Siblings,
    /// The household as a whole.
    Household,
}

/// What remittances were used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RemittanceUse {
    /// Repaying migration debts.
    DebtRepayment,
    /// Daily household needs.
    Household,
    /// Schooling.
    Education,
    /// Medical costs.
    Health,
    /// Building or repairing a house.
    Housing,
    /// Savings or investment.
    Savings,
}

/// A person or organisation the participant turned to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SupportContact {
    /// The actor (its name and contact are kept on the actor).
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "pseudonymise"))]
    pub actor: ActorId,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "quasi", "x-fv-deid" = "generalise_year"))]
    pub when: Option<PartialDate>,
    /// Index (from 0) of the migration episode it happened in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub episode: Option<u16>,
    /// Help given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub help: Vec<Choice<HelpKind>>,
    /// Whether the contact helped at all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub helpful: Option<bool>,
    /// What came of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "sensitive", "x-fv-deid" = "redact_text"))]
    pub outcome: Option<String>,
}

/// Kinds of help.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HelpKind {
    /// Information or advice.
    Information,
    /// A place to stay.
    Housing,
    /// Money.
    Money,
    /// A job.
    JobReferral,
    /// Legal help or representation.
    Legal,
    /// Collective bargaining with employer.
    CollectiveBargaining,
    /// Food and daily needs.
    DailyNeeds,
    /// Listening, comfort.
    Emotional,
    /// Refused or did nothing.
    None,
}

/// A verbatim quote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The words, as spoken or as translated by the interviewer.
    #[schemars(extend("x-fv-class" = "sensitive", "x-fv-deid" = "redact_text"))]
    pub text: String,
    /// Language of `text` (BCP 47).
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub language: LanguageTag,
    /// Translation, if `text` is not in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "sensitive", "x-fv-deid" = "redact_text"))]
    pub translation: Option<String>,
    /// Topic the quote speaks to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub topic: Option<String>,
    /// The participant agreed to this quote being used verbatim.
    #[serde(default)]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub consent_to_quote: bool,
}
