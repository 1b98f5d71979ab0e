//! FieldVault integration tests, one binary: each module is one part of the user's story.

mod util;

mod audit;
mod bad_input;
mod canary;
mod cli;
mod crash;
mod data_dir;
mod export;
mod export_output;
mod interop;
mod module_graph;
mod schema;
mod story;
