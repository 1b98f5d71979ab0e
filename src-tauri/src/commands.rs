//! The IPC commands: each one line calling the core's API (`fieldvault::api`).

use std::sync::Mutex;

use fieldvault::api::review::{ReviewRequest, Reviewed};
use fieldvault::api::{
    self, secret, AppError, AppStatus, AttachmentInfo, DraftInfo, ExportCandidate, ExportDone, ExportPreview, ExportReviewItem, ListItem,
    Preferences, ProfileSummary, Revision, Session, SessionError, Settings, StoredRecord, ValidationError,
};
use serde_json::Value;
use tauri::ipc::{InvokeBody, Request, Response};
use tauri::{AppHandle, Emitter, State};

#[allow(clippy::wildcard_imports)]
use crate::research::*;

type S<'a> = State<'a, Mutex<Session>>;
type R<T> = Result<T, AppError>;

/// Runs `f` on the session; its error crosses IPC as `{code, message, details}`.
fn with<T>(state: &S<'_>, f: impl FnOnce(&mut Session) -> api::Result<T>) -> R<T> {
    let mut session = state.lock().map_err(|_| api::Error::from(SessionError::Poisoned))?;
    Ok(f(&mut session)?)
}

/// The UI reports a screen as rendered; benchmarks (FIELDVAULT_BENCH=1) read it on stdout.
#[tauri::command]
fn ui_ready(what: String) {
    if std::env::var_os("FIELDVAULT_BENCH").is_some() {
        println!("READY {what}");
    }
}

#[tauri::command]
fn app_status(state: S<'_>) -> R<AppStatus> {
    with(&state, |s| Ok(s.status()))
}

#[tauri::command]
fn inspect_profile(json: String) -> R<ProfileSummary> {
    Ok(Session::inspect_profile(&json)?)
}

#[tauri::command]
fn create_vault(state: S<'_>, passphrase: String, confirm: String, profile_json: Option<String>) -> R<()> {
    with(&state, |s| s.create_vault(&secret(passphrase), &secret(confirm), profile_json.as_deref()))
}

#[tauri::command]
fn open_demo(state: S<'_>) -> R<()> {
    with(&state, |s| s.open_demo())
}

#[tauri::command]
fn use_default_vault(state: S<'_>) -> R<()> {
    with(&state, |s| {
        s.use_default_vault();
        Ok(())
    })
}

#[tauri::command]
fn unlock(state: S<'_>, passphrase: String) -> R<()> {
    with(&state, |s| s.unlock(&secret(passphrase)))
}

#[tauri::command]
fn lock(state: S<'_>) -> R<()> {
    with(&state, |s| {
        s.lock();
        Ok(())
    })
}

/// The researcher's activity counts for Research mode's idle lock too.
#[tauri::command]
fn touch(state: S<'_>, research: State<'_, Mutex<fieldvault::api::research::Research>>) -> R<()> {
    research.lock().map_err(|_| api::Error::from(SessionError::Poisoned))?.touch();
    with(&state, |s| {
        s.touch();
        Ok(())
    })
}

#[tauri::command]
fn change_passphrase(state: S<'_>, old: String, new: String, confirm: String) -> R<()> {
    with(&state, |s| s.change_passphrase(&secret(old), &secret(new), &secret(confirm)))
}

#[tauri::command]
fn get_settings(state: S<'_>) -> R<Settings> {
    with(&state, |s| Ok(s.settings().clone()))
}

#[tauri::command]
fn set_settings(state: S<'_>, settings: Settings) -> R<()> {
    with(&state, |s| s.set_settings(settings))
}

#[tauri::command]
fn get_preferences(state: S<'_>) -> R<Preferences> {
    with(&state, |s| s.preferences())
}

#[tauri::command]
fn set_preferences(state: S<'_>, preferences: Preferences) -> R<()> {
    with(&state, |s| s.set_preferences(&preferences))
}

#[tauri::command]
fn list_records(state: S<'_>) -> R<Vec<ListItem>> {
    with(&state, |s| s.vault()?.list_records())
}

#[tauri::command]
fn get_record(state: S<'_>, id: String) -> R<StoredRecord> {
    with(&state, |s| s.vault()?.get_record(&id))
}

#[tauri::command]
fn validate_record(interview: Value) -> Vec<ValidationError> {
    api::interview_from_value(interview).err().map(|e| e.details().to_vec()).unwrap_or_default()
}

#[tauri::command]
fn create_record(state: S<'_>, interview: Value) -> R<String> {
    with(&state, |s| s.vault()?.add_record(&api::interview_from_value(interview)?))
}

#[tauri::command]
fn update_record(state: S<'_>, id: String, interview: Value) -> R<i64> {
    with(&state, |s| s.vault()?.update_record(&id, &api::interview_from_value(interview)?))
}

#[tauri::command]
fn record_history(state: S<'_>, id: String) -> R<Vec<Revision>> {
    with(&state, |s| s.vault()?.history(&id))
}

#[tauri::command]
fn withdraw_record(state: S<'_>, id: String) -> R<()> {
    with(&state, |s| s.vault()?.withdraw(&id))
}

#[tauri::command]
fn save_draft(state: S<'_>, draft_id: String, record_id: Option<String>, content: Value) -> R<()> {
    with(&state, |s| s.vault()?.save_draft(&draft_id, record_id.as_deref(), &content))
}

#[tauri::command]
fn list_drafts(state: S<'_>) -> R<Vec<DraftInfo>> {
    with(&state, |s| s.vault()?.drafts())
}

#[tauri::command]
fn load_draft(state: S<'_>, draft_id: String) -> R<Value> {
    with(&state, |s| s.vault()?.load_draft(&draft_id))
}

#[tauri::command]
fn discard_draft(state: S<'_>, draft_id: String) -> R<()> {
    with(&state, |s| s.vault()?.discard_draft(&draft_id))
}

/// Raw body: the file's bytes; headers `x-record-id`, `x-name` (URI-encoded), `x-media-type`.
#[tauri::command]
fn add_attachment(state: S<'_>, request: Request<'_>) -> R<AttachmentInfo> {
    let header = |k: &str| request.headers().get(k).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(api::Error::from(SessionError::NotRawBytes).into());
    };
    let name = percent_decode(&header("x-name"));
    with(&state, |s| s.vault()?.add_attachment(&header("x-record-id"), &name, &header("x-media-type"), &mut bytes.as_slice()))
}

#[tauri::command]
fn list_attachments(state: S<'_>, record_id: String) -> R<Vec<AttachmentInfo>> {
    with(&state, |s| s.vault()?.attachments(&record_id))
}

#[tauri::command]
fn delete_attachment(state: S<'_>, id: String) -> R<AttachmentInfo> {
    with(&state, |s| s.vault()?.delete_attachment(&id))
}

/// Returns the decrypted bytes as a raw response (an ArrayBuffer in the UI, never a file).
#[tauri::command]
fn read_attachment(state: S<'_>, id: String) -> R<Response> {
    let mut out = Vec::new();
    with(&state, |s| s.vault()?.read_attachment(&id, &mut out))?;
    Ok(Response::new(out))
}

#[tauri::command]
fn export_candidates(state: S<'_>) -> R<Vec<ExportCandidate>> {
    with(&state, |s| s.export_candidates())
}

#[tauri::command]
fn export_prepare(state: S<'_>, interview_ids: Option<Vec<String>>, allow_suppression: bool) -> R<ExportPreview> {
    with(&state, |s| s.export_prepare(interview_ids, allow_suppression))
}

#[tauri::command]
fn export_revise(state: S<'_>, interview_id: String, path: String, text: String) -> R<ExportReviewItem> {
    with(&state, |s| s.export_revise(&interview_id, &path, &text))
}

#[tauri::command]
fn export_approve(state: S<'_>, interview_id: String, path: String, approved: bool) -> R<ExportReviewItem> {
    with(&state, |s| s.export_approve(&interview_id, &path, approved))
}

#[tauri::command]
fn export_restore(state: S<'_>, interview_id: String, path: String, start: u32) -> R<ExportReviewItem> {
    with(&state, |s| s.export_restore(&interview_id, &path, start))
}

/// Async so that the window's thread stays free to deliver the `export-progress` events.
#[tauri::command]
async fn export_seal(app: AppHandle, state: S<'_>, out_path: String) -> R<ExportDone> {
    with(&state, |s| s.export_seal(&out_path, &mut |p| drop(app.emit("export-progress", p))))
}

/// The ethics review of bundles (no vault needed); async: it decrypts and measures every
/// bundle off the window's thread.
#[tauri::command]
async fn review_bundles(request: ReviewRequest) -> R<Reviewed> {
    Ok(api::review::review_now(&request)?)
}

#[tauri::command]
fn export_cancel(state: S<'_>) -> R<()> {
    with(&state, |s| {
        s.export_cancel();
        Ok(())
    })
}

/// Decodes a header the UI wrote with `encodeURIComponent`; bytes that are not UTF-8 become U+FFFD.
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// Declares the commands once: `COMMANDS` (their names; src-tauri/tests/bindings.rs writes them to
/// `ui/src/lib/commands.ts`, so that the UI's calls are checked against them) and `handler()`.
macro_rules! commands {
    ($($name:ident),* $(,)?) => {
        /// The name of every command, as the UI invokes it.
        pub const COMMANDS: &[&str] = &[$(stringify!($name)),*];

        /// Every command, for the builder.
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }
    };
}

commands![
    ui_ready,
    app_status,
    inspect_profile,
    create_vault,
    open_demo,
    use_default_vault,
    unlock,
    lock,
    touch,
    change_passphrase,
    get_settings,
    set_settings,
    get_preferences,
    set_preferences,
    list_records,
    get_record,
    validate_record,
    create_record,
    update_record,
    record_history,
    withdraw_record,
    save_draft,
    list_drafts,
    load_draft,
    discard_draft,
    add_attachment,
    list_attachments,
    read_attachment,
    delete_attachment,
    export_candidates,
    export_prepare,
    export_revise,
    export_approve,
    export_restore,
    export_seal,
    export_cancel,
    review_bundles,
    research_status,
    research_create,
    research_open,
    research_close,
    research_import,
    research_conflicts,
    research_conflict,
    research_resolve,
    research_duplicates,
    research_decide_duplicate,
    research_charts,
    research_save_chart,
];

#[cfg(test)]
mod tests {
    /// What the UI's `encodeURIComponent` writes comes back whole, and a malformed escape is
    /// kept as text instead of panicking (the hand-written decoder sliced inside "é" in "%aé",
    /// and left an escape at the very end undecoded).
    #[test]
    fn attachment_names_decode_as_the_ui_encoded_them() {
        assert_eq!(super::percent_decode("caf%C3%A9%20%E2%82%AC%20notes%2Fv2.pdf"), "café € notes/v2.pdf");
        assert_eq!(super::percent_decode("a%41"), "aA");
        assert_eq!(super::percent_decode("%a\u{e9}%"), "%a\u{e9}%");
        assert_eq!(super::percent_decode("%FF.txt"), "\u{fffd}.txt");
    }
}
