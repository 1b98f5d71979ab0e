//! FieldVault integration tests, one binary: each module is one part of the user's story.

mod util;

mod schema;
