//! No trace outside the vault: GTK's list of recently used files.
//!
//! A file picked to attach goes through a GTK file chooser in this process (WebKitGTK opens one
//! for the UI's `<input type="file">`; the native dialogs of Tauri's dialog plugin — the export's
//! save dialog, the Review screen's open and save dialogs — are `GtkFileChooserNative`s, which
//! outside a sandbox show the same chooser in this process), and GTK's file chooser
//! adds every file it hands over to the user's recently used files,
//! `~/.local/share/recently-used.xbel`: the full path and name of each attachment, readable by
//! anything the user runs and listed under "Recent" in every other application's file dialog.
//!
//! [`turn_off`] does two things, for this process only:
//! - sets GTK's `gtk-recent-files-enabled` to false, at the application's priority (a desktop's
//!   settings daemon does not override it): no file is added, and the choosers show no "Recent";
//! - keeps GTK's recent-files manager from writing the list back. With the setting off, GTK
//!   still rewrites `recently-used.xbel` after a file is chosen — as an empty list, wiping the
//!   entries of the user's other applications (and leaving a fresh modification time). The
//!   manager writes from its class's `changed` handler, which is replaced by one that does
//!   nothing: this process never writes the file, and the user's list stays as it was.
//!
//! `src-tauri/tests/recent_files.rs` checks both with a real file chooser under Xvfb, plain and
//! native. What it is
//! not: a dialog shown by another process (an xdg-desktop-portal file chooser, as under
//! Flatpak) keeps its own list, out of this process's reach.

use gtk::glib::gobject_ffi;

/// Turns GTK's recently-used list off for this process (see the module doc). Call it once GTK
/// is initialised (in Tauri's `setup`), before any file chooser opens. Returns whether GTK took
/// the setting (false only without a display, where no file chooser can open either).
pub fn turn_off() -> bool {
    use gtk::prelude::*;
    // SAFETY: the class struct of GtkRecentManager is gtk-sys's `GtkRecentManagerClass`;
    // `g_type_class_ref` returns it (the reference is kept: the class lives as long as the
    // process), and replacing its `changed` pointer with a function of the same signature is
    // what a subclass does in its class_init. Called on GTK's thread before any emission.
    unsafe {
        let class = gobject_ffi::g_type_class_ref(gtk::ffi::gtk_recent_manager_get_type()) as *mut gtk::ffi::GtkRecentManagerClass;
        (*class).changed = Some(write_nothing);
    }
    match gtk::Settings::default() {
        Some(settings) => {
            settings.set_gtk_recent_files_enabled(false);
            !settings.is_gtk_recent_files_enabled()
        }
        None => false,
    }
}

/// The recent-files manager's `changed` handler in this process: neither writes the list nor
/// reloads it.
unsafe extern "C" fn write_nothing(_manager: *mut gtk::ffi::GtkRecentManager) {}
