//! FieldVault's desktop shell as a library: the IPC commands, so that tests can read the list the
//! app registers (`commands::COMMANDS`), and what the app sets at startup so that it leaves no
//! trace outside the vault (`recent_files`), its window loads only its own pages
//! (`navigation`) and renders on the CPU without WebGL (`rendering`). The binary (`main.rs`) opens the window around them.

pub mod commands;
pub mod navigation;
#[cfg(target_os = "linux")]
pub mod recent_files;
#[cfg(target_os = "linux")]
pub mod rendering;
pub mod research;
