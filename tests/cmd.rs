//! The CLI's help texts and error messages, pinned as snapshots (trycmd, one case per file in
//! `tests/cmd/`: `*.toml` with `.stdout`, `*.trycmd` with the commands and their output). Each
//! case runs in its own temporary folder with relative paths, so no temporary path or time
//! appears in a snapshot. After a deliberate change: `TRYCMD=overwrite cargo test --test tests cmd::`.

#[test]
fn help_texts_and_error_messages_match_their_snapshots() {
    trycmd::TestCases::new()
        .register_bin("fieldvault", std::path::PathBuf::from(env!("CARGO_BIN_EXE_fieldvault")))
        .env("FIELDVAULT_KDF_WORK_FACTOR", "10")
        .env("FIELDVAULT_PASSPHRASE", "correct horse battery staple")
        .env("FIELDVAULT_NEW_PASSPHRASE", "correct horse battery staple")
        .case("tests/cmd/*.toml")
        .case("tests/cmd/*.trycmd");
}
