//! FieldVault's desktop shell as a library: the IPC commands, so that tests can read the list the
//! app registers (`commands::COMMANDS`), and what the app sets at startup so that it leaves no
//! trace outside the vault (`recent_files`) and its window loads only its own pages
//! (`navigation`). The binary (`main.rs`) opens the window around them.

pub mod commands;
pub mod navigation;
#[cfg(target_os = "linux")]
pub mod recent_files;
pub mod research;
