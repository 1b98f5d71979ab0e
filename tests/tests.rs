//! FieldVault integration tests, one binary: each module is one part of the user's story.

mod util;

mod analysis;
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
mod export_ux;
mod hardening;
mod interop;
mod launch;
mod module_graph;
mod mutation;
mod readme;
mod redaction_unseen;
mod research;
mod review;
mod schema;
mod story;
mod tamper;
mod threat_model;
mod traces;
mod workspace;
