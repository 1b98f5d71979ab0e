fn main() {
    println!(
        "{}",
        serde_json::to_string_pretty(&fieldvault::schema::interview_schema()).unwrap()
    );
}
