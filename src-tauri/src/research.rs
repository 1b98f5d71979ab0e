//! Research mode's IPC commands: each one line calling the core's [`fieldvault::api::research`],
//! on the research workspace held beside the vault session (`Mutex<Research>`).

use std::sync::Mutex;

use fieldvault::api::research::{self, Charts, Research, ResearchStatus};
use fieldvault::api::workspace::{Conflict, ConflictDetail, ImportReport, PossibleDuplicate, Resolution};
use fieldvault::api::{self, secret, AppError, SessionError};
use tauri::ipc::{InvokeBody, Request};
use tauri::{AppHandle, Emitter, State};

type S<'a> = State<'a, Mutex<Research>>;
type R<T> = Result<T, AppError>;

/// Runs `f` on the research workspace; its error crosses IPC as `{code, message, details}`.
fn with<T>(state: &S<'_>, f: impl FnOnce(&mut Research) -> api::Result<T>) -> R<T> {
    let mut research = state.lock().map_err(|_| api::Error::from(SessionError::Poisoned))?;
    Ok(f(&mut research)?)
}

#[tauri::command]
pub(crate) fn research_status(state: S<'_>) -> R<ResearchStatus> {
    with(&state, |r| Ok(r.status()))
}

#[tauri::command]
pub(crate) fn research_create(
    state: S<'_>,
    path: Option<String>,
    identity: String,
    profile: String,
    passphrase: String,
    confirm: String,
) -> R<ResearchStatus> {
    with(&state, |r| r.create(path.as_deref(), identity.as_ref(), profile.as_ref(), &secret(passphrase), &secret(confirm)))
}

#[tauri::command]
pub(crate) fn research_open(state: S<'_>, path: Option<String>, passphrase: String) -> R<ResearchStatus> {
    with(&state, |r| r.open(path.as_deref(), &secret(passphrase)))
}

#[tauri::command]
pub(crate) fn research_close(state: S<'_>) -> R<()> {
    with(&state, |r| {
        r.close();
        Ok(())
    })
}

/// Async so that the window's thread stays free to deliver the `research-import-progress` events.
#[tauri::command]
pub(crate) async fn research_import(app: AppHandle, state: S<'_>, paths: Vec<String>) -> R<ImportReport> {
    with(&state, |r| r.import(&paths, &mut |p| drop(app.emit("research-import-progress", p))))
}

#[tauri::command]
pub(crate) fn research_conflicts(state: S<'_>) -> R<Vec<Conflict>> {
    with(&state, |r| r.conflicts())
}

#[tauri::command]
pub(crate) fn research_conflict(state: S<'_>, id: String) -> R<ConflictDetail> {
    with(&state, |r| r.conflict(&id))
}

#[tauri::command]
pub(crate) fn research_resolve(state: S<'_>, id: String, take_b: bool) -> R<Resolution> {
    with(&state, |r| r.resolve(&id, take_b))
}

#[tauri::command]
pub(crate) fn research_duplicates(state: S<'_>) -> R<Vec<PossibleDuplicate>> {
    with(&state, |r| r.duplicates())
}

#[tauri::command]
pub(crate) fn research_decide_duplicate(state: S<'_>, id: String, confirm: bool) -> R<PossibleDuplicate> {
    with(&state, |r| r.decide_duplicate(&id, confirm))
}

#[tauri::command]
pub(crate) fn research_charts(state: S<'_>) -> R<Charts> {
    with(&state, |r| r.charts())
}

/// Raw body: the chart's bytes (SVG or PNG); header `x-path` (URI-encoded), a new file.
#[tauri::command]
pub(crate) fn research_save_chart(request: Request<'_>) -> R<()> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(api::Error::from(SessionError::NotRawBytes).into());
    };
    let path = request.headers().get("x-path").and_then(|v| v.to_str().ok()).unwrap_or("");
    Ok(research::save_chart(&percent_encoding::percent_decode_str(path).decode_utf8_lossy(), bytes)?)
}
