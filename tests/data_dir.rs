//! One data directory for the CLI and the app (`fieldvault::paths::data_dir`, which both
//! call): a fieldworker who sets `FIELDVAULT_DATA_DIR` finds the CLI's default vault there.

use crate::util::{cli, run_with_stdin};

#[test]
fn the_cli_keeps_its_default_vault_in_fieldvault_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = run_with_stdin(cli().env("FIELDVAULT_DATA_DIR", &data).args(["vault", "init"]), None);
    assert!(out.status.success(), "vault init: {}", String::from_utf8_lossy(&out.stderr));
    assert!(data.join("default.vault").is_file(), "the default vault is in FIELDVAULT_DATA_DIR");
    let out = run_with_stdin(cli().env("FIELDVAULT_DATA_DIR", &data).args(["vault", "check"]), None);
    assert!(out.status.success(), "vault check opens the same vault: {}", String::from_utf8_lossy(&out.stderr));
}
