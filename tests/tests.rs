//! FieldVault integration tests, one binary: each module is one part of the user's story.

mod util;

mod api;
mod audit;
mod bad_input;
mod bundle_vectors;
mod canary;
mod cli;
mod cmd;
mod crash;
mod data_dir;
mod export;
mod export_output;
mod hardening;
mod interop;
mod module_graph;
mod mutation;
mod redaction_unseen;
mod schema;
mod story;
mod tamper;
mod threat_model;
