//! An empty Tauri 2 window with the same features and profile as FieldVault: the baseline for
//! cold-start and memory benchmarks. Prints `READY <ms>` when its page has loaded.

#[tauri::command]
fn ui_ready(what: String) {
    println!("READY {what}");
}

fn main() {
    tauri::Builder::default().invoke_handler(tauri::generate_handler![ui_ready]).run(tauri::generate_context!()).expect("window");
}
