//! The TypeScript the UI is checked against is generated from Rust: `ui/src/lib/bindings.ts` from
//! the IPC types, `ui/src/lib/commands.ts` from the command list the app registers. These tests
//! fail when either drifts; `FIELDVAULT_BLESS=1 cargo test -p fieldvault-app` rewrites them.

use fieldvault::api::research::{Chart, ChartBar, ChartId, ChartMeasure, Charts, OpenWorkspace, ResearchImportProgress, ResearchStatus};
use fieldvault::api::review::{BundleReview, Check, CheckId, ReviewRequest, Reviewed, Status};
use fieldvault::api::workspace::{
    Conflict, ConflictDetail, FieldDiff, ImportCounts, ImportRefusal, ImportReport, Origin, PossibleDuplicate, Resolution,
};
use fieldvault::api::{
    AppError, AppStatus, ErrorCode, ExclusionKind, ExportCandidate, ExportDone, ExportExclusion, ExportPreview, ExportProgress,
    ExportReviewItem, ExportStage, FieldPreview, Preferences, ProfileSummary, RuleCount, Segment, Settings, StepCounts,
};
use fieldvault::audit::{Entry, Head};
use fieldvault::keys::Strength;
use fieldvault::schema::{Summary, ValidationError};
use fieldvault::vault::{AttachmentInfo, DraftInfo, ListItem, RecordState, Revision, StoredRecord};
use fieldvault::workspace::{Choice, Decision};
use fieldvault_app::commands::COMMANDS;
use ts_rs::{Config, TS};

const BLESS: &str = "run `FIELDVAULT_BLESS=1 cargo test -p fieldvault-app --test bindings`";

fn render() -> String {
    let cfg = Config::new();
    let mut out = String::from(
        "// Generated from the Rust IPC types by src-tauri/tests/bindings.rs. Do not edit by hand:\n\
         // run `FIELDVAULT_BLESS=1 cargo test -p fieldvault-app --test bindings` after changing them.\n\n\
         /** An interview record as JSON; its shape is `schemas/interview.schema.json`. */\n\
         export type InterviewJson = Record<string, unknown>;\n",
    );
    let decls = [
        AppStatus::decl(&cfg),
        Settings::decl(&cfg),
        Preferences::decl(&cfg),
        AppError::decl(&cfg),
        ErrorCode::decl(&cfg),
        ValidationError::decl(&cfg),
        ProfileSummary::decl(&cfg),
        Strength::decl(&cfg),
        ListItem::decl(&cfg),
        RecordState::decl(&cfg),
        Summary::decl(&cfg),
        StoredRecord::decl(&cfg),
        Revision::decl(&cfg),
        DraftInfo::decl(&cfg),
        AttachmentInfo::decl(&cfg),
        Entry::decl(&cfg),
        Head::decl(&cfg),
        ExportCandidate::decl(&cfg),
        ExclusionKind::decl(&cfg),
        StepCounts::decl(&cfg),
        ExportExclusion::decl(&cfg),
        FieldPreview::decl(&cfg),
        Segment::decl(&cfg),
        ExportReviewItem::decl(&cfg),
        ExportPreview::decl(&cfg),
        ExportStage::decl(&cfg),
        ExportProgress::decl(&cfg),
        RuleCount::decl(&cfg),
        ExportDone::decl(&cfg),
        ReviewRequest::decl(&cfg),
        Reviewed::decl(&cfg),
        fieldvault::review::Review::decl(&cfg),
        BundleReview::decl(&cfg),
        CheckId::decl(&cfg),
        Status::decl(&cfg),
        Check::decl(&cfg),
        fieldvault::review::Risk::decl(&cfg),
        fieldvault::review::risk::LDiversity::decl(&cfg),
        fieldvault::review::risk::MinimalUniques::decl(&cfg),
        fieldvault::review::risk::RiskyClass::decl(&cfg),
        ResearchStatus::decl(&cfg),
        OpenWorkspace::decl(&cfg),
        ResearchImportProgress::decl(&cfg),
        ImportReport::decl(&cfg),
        ImportCounts::decl(&cfg),
        ImportRefusal::decl(&cfg),
        Origin::decl(&cfg),
        Conflict::decl(&cfg),
        FieldDiff::decl(&cfg),
        ConflictDetail::decl(&cfg),
        Choice::decl(&cfg),
        Resolution::decl(&cfg),
        Decision::decl(&cfg),
        PossibleDuplicate::decl(&cfg),
        ChartId::decl(&cfg),
        ChartMeasure::decl(&cfg),
        ChartBar::decl(&cfg),
        Chart::decl(&cfg),
        Charts::decl(&cfg),
    ];
    for d in decls {
        out.push('\n');
        out.push_str("export ");
        out.push_str(&d);
        out.push('\n');
    }
    out
}

/// The names of the registered commands, as a TypeScript list and type.
fn render_commands() -> String {
    let mut out = String::from(
        "// Generated from the command list in src-tauri/src/commands.rs by src-tauri/tests/bindings.rs. Do not edit\n\
         // by hand: run `FIELDVAULT_BLESS=1 cargo test -p fieldvault-app --test bindings` after changing it.\n\n\
         /** Every IPC command the app registers, by the name the UI invokes it with. */\n\
         export const COMMANDS = [\n",
    );
    for name in COMMANDS {
        out.push_str(&format!("  '{name}',\n"));
    }
    out.push_str("] as const;\n\n/** The name of an IPC command. */\nexport type Command = (typeof COMMANDS)[number];\n");
    out
}

/// Compares `text` with the committed file `ui/src/lib/<name>`, or writes it when blessing.
fn check(name: &str, text: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib").join(name);
    if std::env::var_os("FIELDVAULT_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == text, "ui/src/lib/{name} is out of date: {BLESS}");
}

#[test]
fn typescript_bindings_match_the_rust_types() {
    check("bindings.ts", &render());
}

#[test]
fn typescript_command_names_match_the_registered_commands() {
    check("commands.ts", &render_commands());
}
