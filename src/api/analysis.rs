//! The analysis export ([`crate::analysis`]): from what the research workspace holds (its
//! current records, withdrawals and conflict resolutions), or straight from verified bundles.

use std::path::{Path, PathBuf};

use super::error::{Result, SessionError};
use super::workspace::Workspace;
use crate::bundle;
use crate::profile::Profile;

/// Why an amount's USD cell is empty: the rate table has no verified rate for it.
pub use crate::analysis::rates::NO_RATE;
pub use crate::analysis::{Dataset, Options, Removal, RemovalReason, Resolution, Summary};

/// Writes the analysis export of `dataset` into the new (or empty) folder `out`.
pub fn export(out: &Path, dataset: &Dataset, options: &Options) -> Result<Summary> {
    Ok(crate::analysis::export(out, dataset, options)?)
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| SessionError::Read { path: path.to_path_buf(), source }.into())
}

/// Opens and verifies `bundles` with the age identity in the file `identity`, against the
/// fieldworker roster of the project profile `profile`, and writes their analysis export into
/// `out` ([`Dataset::from_bundles`]). A bundle that fails any check stops the export and names
/// the file; nothing is written.
pub fn export_bundles(out: &Path, bundles: &[PathBuf], identity: &Path, profile: &Path, options: &Options) -> Result<Summary> {
    let id = crate::keys::parse_identity_file(&read(identity)?)?;
    let profile = Profile::load(profile)?;
    let roster = bundle::Roster::from_profile(&profile)?;
    let mut opened = Vec::new();
    for path in bundles {
        let name = path.display().to_string();
        let b = bundle::open(path, &id, &roster).map_err(|source| crate::analysis::AnalysisError::Bundle { path: name.clone(), source })?;
        if b.manifest.project_id != profile.project_id.to_string() {
            return Err(crate::analysis::AnalysisError::OtherProject {
                path: name,
                found: b.manifest.project_id.clone(),
                expected: profile.project_id.to_string(),
            }
            .into());
        }
        // Provenance names the file, not the folders it sat in on this machine.
        let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or(name);
        opened.push((file, b));
    }
    let dataset = Dataset::from_bundles(&opened)?;
    export(out, &dataset, options)
}

/// Writes the analysis export of what the research workspace `ws` holds into the new (or empty)
/// folder `out`: its current records under the project's approved policy, its withdrawn
/// interviews and its conflict resolutions with who chose what ([`dataset_of`]).
pub fn export_workspace(out: &Path, ws: &Workspace, options: &Options) -> Result<Summary> {
    export(out, &dataset_of(ws)?, options)
}

/// The workspace's data as the analysis export's [`Dataset`].
pub fn dataset_of(ws: &Workspace) -> Result<Dataset> {
    let data = ws.analysis_data()?;
    let removals = data
        .withdrawn
        .into_iter()
        .map(|w| Removal {
            interview_id: Some(w.interview_id),
            reason: RemovalReason::Withdrawn,
            count: 1,
            recorded_at: w.withdrawn_at,
            source: format!("bundle with manifest SHA-256 {}", w.bundle_manifest_sha256),
        })
        .collect();
    let resolutions = data
        .resolutions
        .into_iter()
        .map(|r| Resolution {
            conflict_id: r.conflict_id,
            interview_id: r.interview_id,
            revision_a: r.a.fingerprint,
            revision_b: r.b.fingerprint,
            choice: match r.choice {
                crate::workspace::Choice::TakeA => "A",
                crate::workspace::Choice::TakeB => "B",
                crate::workspace::Choice::Merged => "merged",
            }
            .to_owned(),
            result_revision: r.fingerprint,
            resolved_by: r.resolved_by,
            resolved_at: r.resolved_at,
            fields: r.fields.iter().map(|(path, side)| format!("{path}={side}")).collect::<Vec<_>>().join(";"),
        })
        .collect();
    Ok(Dataset { project_id: ws.project().1, policy: ws.policy()?, records: data.records, removals, resolutions })
}
