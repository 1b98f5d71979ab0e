//! FieldVault's desktop shell as a library: the IPC commands, so that tests can read the list the
//! app registers (`commands::COMMANDS`). The binary (`main.rs`) opens the window around them.

pub mod commands;
