//! The analysis export ([`crate::analysis`]): from a dataset the research workspace hands over,
//! or, until a workspace holds them, straight from verified bundles.

use std::path::{Path, PathBuf};

use super::error::{Result, SessionError};
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
