//! SQLite plumbing shared by FieldVault's stores (the vault today, the research workspace next):
//! the connection's configuration, schema migrations, and the lock file that keeps a second
//! process out.
//!
//! [`configure`] sets the pragmas every store runs with (WAL, `synchronous=FULL`, foreign keys,
//! secure delete). [`migrate`] applies a store's pending migrations, tracked by SQLite's
//! `user_version`, in one transaction, and refuses a database newer than this build.
//! [`take_lock`] takes the store's lock file. This module knows nothing of what a store holds:
//! its tables, its format marker and its errors for users are the store's own.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, Transaction};

/// What went wrong in the plumbing of a store. Each message says what to do next.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// Another process holds the store's lock file.
    #[error("{0} is open in another FieldVault window or process: close it there first")]
    InUse(PathBuf),
    /// The database was written by a newer FieldVault.
    #[error("{} was written by a newer FieldVault (format {found}, this build reads up to {supported}): update FieldVault; the file was not touched", .path.display())]
    TooNew {
        /// The database.
        path: PathBuf,
        /// The database's schema version (`user_version`).
        found: i64,
        /// The newest this build reads.
        supported: i64,
    },
    /// The lock file cannot be opened or locked.
    #[error("cannot take the lock file of {path}: {source}")]
    Lock {
        /// The store the lock is for.
        path: PathBuf,
        /// What the file system said.
        source: io::Error,
    },
    /// SQLite failed.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// The page cache of a store's connection, in KiB (SQLite's default is 2 MiB): the ~14 KB
/// revision blobs a save writes would otherwise push the index and record pages it needs next
/// out of the cache.
pub const PAGE_CACHE_KIB: i64 = 16 * 1024;

/// The path of the lock file of the store at `path`: `path` with `.lock` appended.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(".lock");
    PathBuf::from(p)
}

/// Takes the lock file of the store at `path`, or reports it in use. The lock is held as long
/// as the returned file is open.
///
/// Retries briefly: a process that forks (to run a helper) keeps a just-closed lock for the
/// instant between fork and exec, which must not read as "open in another process".
pub fn take_lock(path: &Path) -> Result<File, StoreError> {
    let lock_error = |source| StoreError::Lock { path: path.to_owned(), source };
    let lock = OpenOptions::new().create(true).truncate(false).write(true).open(lock_path(path)).map_err(lock_error)?;
    for attempt in 0..20 {
        match lock.try_lock() {
            Ok(()) => return Ok(lock),
            Err(std::fs::TryLockError::WouldBlock) if attempt < 19 => std::thread::sleep(std::time::Duration::from_millis(10)),
            Err(std::fs::TryLockError::WouldBlock) => break,
            Err(std::fs::TryLockError::Error(e)) => return Err(lock_error(e)),
        }
    }
    Err(StoreError::InUse(path.to_owned()))
}

/// Sets the pragmas of an open store: WAL, `synchronous=FULL` (a commit is on disk when it
/// returns), foreign keys, secure delete, temporary tables in memory, and [`PAGE_CACHE_KIB`].
pub fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "cache_size", -PAGE_CACHE_KIB)?;
    Ok(())
}

/// The schema version of the database (`user_version`; 0 for a new one).
pub fn schema_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
}

/// Refuses a database whose schema version is above `supported`, before anything is written.
pub fn refuse_newer(conn: &Connection, path: &Path, supported: usize) -> Result<i64, StoreError> {
    let found = schema_version(conn)?;
    let supported = supported as i64;
    if found > supported {
        return Err(StoreError::TooNew { path: path.to_owned(), found, supported });
    }
    Ok(found)
}

/// Brings the database at `path` to the newest of `count` migrations: `apply(tx, i)` applies
/// migration `i` (from 0), for every `i` at or above the database's version. All of them and
/// the new version commit in one transaction, or none does. Refuses a database newer than
/// `count`, untouched; a database already at `count` is left as it is.
///
/// Migrations are numbered by their place: a released one is never edited or removed, only
/// new ones are added after it.
pub fn migrate(
    conn: &mut Connection,
    path: &Path,
    count: usize,
    mut apply: impl FnMut(&Transaction, usize) -> rusqlite::Result<()>,
) -> Result<(), StoreError> {
    let version = refuse_newer(conn, path, count)? as usize;
    if version == count {
        return Ok(());
    }
    let tx = conn.transaction()?;
    for i in version..count {
        apply(&tx, i)?;
    }
    tx.pragma_update(None, "user_version", count as i64)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIGRATIONS: &[&str] = &["CREATE TABLE a (x INTEGER);", "ALTER TABLE a ADD COLUMN y TEXT;"];

    fn apply(tx: &Transaction, i: usize) -> rusqlite::Result<()> {
        tx.execute_batch(MIGRATIONS[i])
    }

    fn open(dir: &tempfile::TempDir) -> (Connection, PathBuf) {
        let path = dir.path().join("store.db");
        let conn = Connection::open(&path).unwrap();
        configure(&conn).unwrap();
        (conn, path)
    }

    #[test]
    fn configure_sets_wal_full_sync_and_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let (conn, _) = open(&dir);
        let get = |p: &str| conn.pragma_query_value(None, p, |r| r.get::<_, rusqlite::types::Value>(0)).unwrap();
        assert_eq!(get("journal_mode"), rusqlite::types::Value::Text("wal".into()));
        assert_eq!(get("synchronous"), rusqlite::types::Value::Integer(2)); // FULL
        assert_eq!(get("foreign_keys"), rusqlite::types::Value::Integer(1));
        assert_eq!(get("secure_delete"), rusqlite::types::Value::Integer(1));
        assert_eq!(get("cache_size"), rusqlite::types::Value::Integer(-PAGE_CACHE_KIB));
    }

    #[test]
    fn migrating_twice_applies_each_migration_once() {
        let dir = tempfile::tempdir().unwrap();
        let (mut conn, path) = open(&dir);
        let mut applied = Vec::new();
        migrate(&mut conn, &path, 1, |tx, i| {
            applied.push(i);
            apply(tx, i)
        })
        .unwrap();
        for _ in 0..2 {
            migrate(&mut conn, &path, 2, |tx, i| {
                applied.push(i);
                apply(tx, i)
            })
            .unwrap();
        }
        assert_eq!(applied, [0, 1], "each migration runs once, from where the database is");
        assert_eq!(schema_version(&conn).unwrap(), 2);
        conn.execute("INSERT INTO a (x, y) VALUES (1, 'b')", []).unwrap();
    }

    /// A migration that fails leaves the database as it was: no table of the earlier ones in the
    /// same run, no new version.
    #[test]
    fn fail_a_broken_migration_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (mut conn, path) = open(&dir);
        let err = migrate(&mut conn, &path, 2, |tx, i| if i == 0 { apply(tx, i) } else { tx.execute_batch("NOT SQL") }).unwrap_err();
        assert!(matches!(err, StoreError::Sqlite(_)), "{err}");
        assert_eq!(schema_version(&conn).unwrap(), 0);
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'a'", [], |r| r.get(0)).unwrap();
        assert_eq!(tables, 0, "the first migration was rolled back with the second");
    }

    #[test]
    fn fail_a_database_newer_than_the_build_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let (mut conn, path) = open(&dir);
        conn.pragma_update(None, "user_version", 3).unwrap();
        let mut ran = false;
        let err = migrate(&mut conn, &path, 2, |_, _| {
            ran = true;
            Ok(())
        })
        .unwrap_err();
        assert!(matches!(err, StoreError::TooNew { found: 3, supported: 2, .. }), "{err}");
        assert!(err.to_string().contains("update FieldVault"), "{err}");
        assert!(!ran);
        assert_eq!(schema_version(&conn).unwrap(), 3);
    }

    #[test]
    fn fail_a_second_lock_on_the_same_store_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store.db");
        let first = take_lock(&path).unwrap();
        assert!(lock_path(&path).is_file());
        let err = take_lock(&path).unwrap_err();
        assert!(matches!(&err, StoreError::InUse(p) if p == &path), "{err}");
        drop(first);
        take_lock(&path).expect("the lock is free again once its file is closed");
    }
}
