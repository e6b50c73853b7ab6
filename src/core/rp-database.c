/* rp-database.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-database"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-database.h"
#include "rp-database-private.h"

/* RpDatabase owns Reprieve's one SQLite connection: it makes the file
 * private, refuses files it must not touch (another program's, a newer
 * Reprieve's, damaged ones) before writing a single byte, sets the
 * connection up and brings the schema up to date. RpStore owns the
 * RpDatabase; nothing else in the application holds SQL. The schema and
 * the steps that bring a file up to date are in rp-database-migrations.c,
 * making the folder and file private in rp-database-files.c. */

struct _RpDatabase
{
  GObject  parent_instance;

  sqlite3 *db;
  char    *path;
  int      schema_version;
};

G_DEFINE_FINAL_TYPE (RpDatabase, rp_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (rp-database-error-quark, rp_database_error)

static void
rp_database_finalize (GObject *object)
{
  RpDatabase *self = (RpDatabase *)object;

  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (rp_database_parent_class)->finalize (object);
}

static void
rp_database_class_init (RpDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rp_database_finalize;
}

static void
rp_database_init (RpDatabase *self)
{
}

/* Maps an SQLite result code to our error domain. The message carries
 * sqlite3_errstr() only: sqlite3_errmsg() may quote SQL or values. */
static gboolean
set_error_from_code (int      rc,
                     GError **error)
{
  const char *detail = sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_BUSY,
                   _("Reprieve’s data is in use by another program; try again (%s)."),
                   detail);
      break;

    case SQLITE_FULL:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FULL,
                   _("The disk is full. Free some space and try again; nothing was saved (%s)."),
                   detail);
      break;

    case SQLITE_IOERR:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_IO,
                   _("The system could not read or write Reprieve’s data (%s). Check the disk and try again."),
                   detail);
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT,
                   _("Reprieve’s data file is damaged (%s). Restart Reprieve to check it and restore a backup."),
                   detail);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Reprieve may not read or write its data (%s). Check the permissions of its data folder."),
                   detail);
      break;

    default:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED,
                   _("Reprieve could not use its data (%s). Try again, and report the problem if it persists."),
                   detail);
      break;
    }

  return FALSE;
}

/* Errors while opening name the file, and say that it was left alone:
 * nothing is written until every check has passed. */
static gboolean
set_open_error (const char  *path,
                int          rc,
                GError     **error)
{
  g_autofree char *display_path = g_filename_display_name (path);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT,
                   _("The data file “%s” is damaged (%s); it has not been changed. Keep it and restore a backup."),
                   display_path, sqlite3_errstr (rc));
      return FALSE;

    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not open the data file “%s” (%s). Check that you may read and write it."),
                   display_path, sqlite3_errstr (rc));
      return FALSE;

    default:
      return set_error_from_code (rc, error);
    }
}

int
rp_database_sqlite_query_int (sqlite3    *db,
                              const char *sql,
                              int        *out_value)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v3 (db, sql, -1, 0, &stmt, NULL);
  if (rc != SQLITE_OK)
    return rc;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return SQLITE_ERROR;
  if (rc != SQLITE_ROW)
    return rc;

  *out_value = sqlite3_column_int (stmt, 0);

  return SQLITE_OK;
}

int
rp_database_sqlite_quick_check (sqlite3  *db,
                                gboolean *out_intact)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean first_row_ok = FALSE;
  guint n_rows = 0;
  int rc;

  rc = sqlite3_prepare_v3 (db, "PRAGMA quick_check", -1, 0, &stmt, NULL);
  if (rc != SQLITE_OK)
    return rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (n_rows == 0)
        first_row_ok = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") == 0;
      n_rows++;
    }

  if (rc != SQLITE_DONE)
    return rc;

  *out_intact = first_row_ok && n_rows == 1;

  return SQLITE_OK;
}

/* Reads only: every file we refuse must be left exactly as we found it. */
static gboolean
check_before_changing (sqlite3     *db,
                       const char  *path,
                       int          latest_version,
                       int         *out_version,
                       GError     **error)
{
  g_autofree char *display_path = g_filename_display_name (path);
  int application_id = 0;
  int user_version = 0;
  gboolean intact = FALSE;
  int rc;

  rc = rp_database_sqlite_query_int (db, "PRAGMA application_id", &application_id);
  if (rc == SQLITE_OK)
    rc = rp_database_sqlite_query_int (db, "PRAGMA user_version", &user_version);
  if (rc != SQLITE_OK)
    return set_open_error (path, rc, error);

  if (application_id != RP_DATABASE_APPLICATION_ID)
    {
      int n_schema_rows = 0;

      /* Migration step 1 sets the id in the same transaction that creates
       * the first table, so only a database without any schema can be a new
       * one of ours; anything else belongs to some other program. */
      if (application_id == 0 && user_version == 0)
        {
          rc = rp_database_sqlite_query_int (db, "SELECT count(*) FROM sqlite_master", &n_schema_rows);
          if (rc != SQLITE_OK)
            return set_open_error (path, rc, error);
        }

      if (application_id != 0 || user_version != 0 || n_schema_rows != 0)
        {
          g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NOT_REPRIEVE,
                       _("“%s” is a database of another program, not Reprieve’s; it has not been changed. Move it away and start Reprieve again."),
                       display_path);
          return FALSE;
        }
    }

  if (user_version > latest_version)
    {
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NEWER_VERSION,
                   _("This data was written by a newer version of Reprieve (schema %d). Update Reprieve to open it; the file has not been changed."),
                   user_version);
      return FALSE;
    }

  rc = rp_database_sqlite_quick_check (db, &intact);
  if (rc != SQLITE_OK)
    return set_open_error (path, rc, error);

  if (!intact)
    {
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT,
                   _("The data file “%s” is damaged; it has not been changed. Keep it and restore a backup."),
                   display_path);
      return FALSE;
    }

  *out_version = user_version;

  return TRUE;
}

/* Closing the last connection normally checkpoints the write-ahead log into
 * the main file. When we refuse a file whose -wal was already there, that
 * log may hold another version's committed work: leave it in place, so the
 * main file stays byte for byte as we found it. A -wal that we created
 * ourselves is empty, and a normal close removes it again. */
static void
close_untouched (sqlite3  *db,
                 gboolean  had_wal)
{
  if (had_wal)
    sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);

  sqlite3_close_v2 (db);
}

static gboolean
configure_connection (RpDatabase  *self,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *mode;
  int rc;

  /* Changes the file header, which is why it waits until the checks pass. */
  rc = sqlite3_prepare_v3 (self->db, "PRAGMA journal_mode = WAL", -1, 0, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return set_open_error (self->path, rc, error);

  mode = (const char *)sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (mode, "wal") != 0)
    {
      g_autofree char *display_path = g_filename_display_name (self->path);

      /* SQLite keeps the old mode where the file system offers no shared
       * memory, typically network shares. */
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED,
                   _("Reprieve could not turn on safe writing for “%s”. Keep its data on a local disk and try again."),
                   display_path);
      return FALSE;
    }

  return rp_database_exec (self,
                           "PRAGMA synchronous = FULL;"
                           "PRAGMA foreign_keys = ON;"
                           "PRAGMA trusted_schema = OFF;",
                           error);
}

static void
rollback_if_active (sqlite3 *db)
{
  int rc;

  /* SQLite rolls back by itself after some errors (full disk, I/O). */
  if (sqlite3_get_autocommit (db))
    return;

  rc = sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    g_debug ("Rollback failed: %s", sqlite3_errstr (rc));
}

static RpDatabase *
open_database (const char         *path,
               const RpMigration  *migrations,
               guint               n_migrations,
               gboolean            back_up_first,
               GError            **error)
{
  g_autoptr(RpDatabase) self = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *wal_path = NULL;
  sqlite3 *db = NULL;
  gboolean was_empty = FALSE;
  gboolean had_wal;
  int from_version = 0;
  int flags;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (migrations != NULL && n_migrations > 0, NULL);
  g_return_val_if_fail (rp_database_migrations_are_valid (migrations, n_migrations), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  folder = g_path_get_dirname (path);
  if (!rp_database_make_private_folder (folder, error))
    return NULL;

  if (!rp_database_make_private_file (path, &was_empty, error))
    return NULL;

  wal_path = g_strconcat (path, "-wal", NULL);
  had_wal = g_file_test (wal_path, G_FILE_TEST_EXISTS);

  flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE;
  if (was_empty)
    flags |= SQLITE_OPEN_CREATE;

  rc = sqlite3_open_v2 (path, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      close_untouched (db, had_wal);
      set_open_error (path, rc, error);
      return NULL;
    }

  sqlite3_busy_timeout (db, 5000);

  /* Keeps SQL from damaging the file on purpose (writable_schema and the
   * like); nothing in Reprieve needs those. */
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);

  if (!check_before_changing (db, path, migrations[n_migrations - 1].version,
                              &from_version, error))
    {
      close_untouched (db, had_wal);
      return NULL;
    }

  self = g_object_new (RP_TYPE_DATABASE, NULL);
  self->db = db;
  self->path = g_strdup (path);

  if (!configure_connection (self, error))
    return NULL;

  if (!rp_database_migrate (self, from_version, migrations, n_migrations, back_up_first,
                            &self->schema_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

RpDatabase *
rp_database_open_with_migrations (const char         *path,
                                  const RpMigration  *migrations,
                                  guint               n_migrations,
                                  GError            **error)
{
  return open_database (path, migrations, n_migrations, TRUE, error);
}

/* A copy that is being restored is upgraded without a pre-migration
 * backup of its own: the backup it was copied from stays as it was. */
RpDatabase *
rp_database_open_copy (const char  *path,
                       GError     **error)
{
  const RpMigration *migrations;
  guint n_migrations;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  migrations = rp_database_get_builtin_migrations (&n_migrations);

  return open_database (path, migrations, n_migrations, FALSE, error);
}

/**
 * rp_database_get_default_path:
 *
 * Returns: (transfer full) (type filename): where Reprieve keeps its data:
 *   `$XDG_DATA_HOME/io.github.reprieve.Reprieve/reprieve.db`
 */
char *
rp_database_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "reprieve.db", NULL);
}

/**
 * rp_database_open:
 * @path: (type filename): the database file; its folder is created if
 *   needed and made private (0700), so give the file a folder of its own
 * @error: return location for a #RpDatabaseError
 *
 * Opens or creates Reprieve's database and brings its schema up to date.
 * A file of another program, of a newer Reprieve, or a damaged one is
 * refused and left unchanged.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
RpDatabase *
rp_database_open (const char  *path,
                  GError     **error)
{
  const RpMigration *migrations;
  guint n_migrations;

  migrations = rp_database_get_builtin_migrations (&n_migrations);

  return rp_database_open_with_migrations (path, migrations, n_migrations, error);
}

/**
 * rp_database_open_for_thread:
 * @self: the open database
 * @error: return location for a #RpDatabaseError
 *
 * Opens a second connection to the file of @self, for a worker thread
 * (an import) that must not share the main thread's connection: SQLite
 * transactions belong to a connection, so a write on the main thread
 * while the worker's transaction is open would join it. The two
 * connections take turns writing through SQLite's own locking, as two
 * processes do, and the main thread keeps reading the last committed
 * state meanwhile (WAL). Open it on the main thread and hand it to the
 * worker, which alone uses and drops it. It runs no migration: the file
 * must have the schema of @self.
 *
 * Returns: (transfer full): the new connection, or %NULL with @error set
 */
RpDatabase *
rp_database_open_for_thread (RpDatabase  *self,
                             GError     **error)
{
  g_autoptr(RpDatabase) other = NULL;
  sqlite3 *db = NULL;
  int application_id = 0;
  int user_version = 0;
  int rc;

  g_return_val_if_fail (RP_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rc = sqlite3_open_v2 (self->path, &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc != SQLITE_OK)
    {
      sqlite3_close_v2 (db);
      set_open_error (self->path, rc, error);
      return NULL;
    }

  sqlite3_busy_timeout (db, 5000);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);

  other = g_object_new (RP_TYPE_DATABASE, NULL);
  other->db = db;
  other->path = g_strdup (self->path);

  rc = rp_database_sqlite_query_int (db, "PRAGMA application_id", &application_id);
  if (rc == SQLITE_OK)
    rc = rp_database_sqlite_query_int (db, "PRAGMA user_version", &user_version);
  if (rc != SQLITE_OK)
    {
      set_open_error (self->path, rc, error);
      return NULL;
    }

  /* Replaced or upgraded by another process since @self opened it. */
  if (application_id != RP_DATABASE_APPLICATION_ID || user_version != self->schema_version)
    {
      g_set_error_literal (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED,
                           _("Reprieve’s data file was changed by another program. Restart Reprieve and try again."));
      return NULL;
    }

  other->schema_version = user_version;

  /* WAL is a property of the file, set by the first connection. */
  if (!configure_connection (other, error))
    return NULL;

  return g_steal_pointer (&other);
}

sqlite3 *
rp_database_get_handle (RpDatabase *self)
{
  g_return_val_if_fail (RP_IS_DATABASE (self), NULL);

  return self->db;
}

/**
 * rp_database_get_path:
 * @self: a #RpDatabase
 *
 * Returns: (type filename): the file this database was opened from
 */
const char *
rp_database_get_path (RpDatabase *self)
{
  g_return_val_if_fail (RP_IS_DATABASE (self), NULL);

  return self->path;
}

/**
 * rp_database_get_schema_version:
 * @self: a #RpDatabase
 *
 * Returns: the schema version of the open database, once migrated
 */
int
rp_database_get_schema_version (RpDatabase *self)
{
  g_return_val_if_fail (RP_IS_DATABASE (self), 0);

  return self->schema_version;
}

/**
 * rp_database_prepare:
 * @self: a #RpDatabase
 * @sql: one fixed SQL statement; values go in as bound parameters
 * @error: return location for a #RpDatabaseError
 *
 * Returns: (transfer full): a statement that the caller finalizes (use
 *   `g_autoptr(sqlite3_stmt)`), or %NULL with @error set
 */
sqlite3_stmt *
rp_database_prepare (RpDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rc = sqlite3_prepare_v3 (self->db, sql, -1, 0, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rp_database_set_error_from_sqlite (self, rc, error);
      return NULL;
    }

  if (stmt == NULL)
    {
      g_warning ("rp_database_prepare() was given SQL without a statement");
      set_error_from_code (SQLITE_MISUSE, error);
      return NULL;
    }

  return stmt;
}

/**
 * rp_database_step_done:
 * @self: a #RpDatabase
 * @stmt: a statement of @self that returns no rows
 * @error: return location for a #RpDatabaseError
 *
 * Runs @stmt to completion and resets it, so that it can be bound and run
 * again. Its bindings are kept.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_database_step_done (RpDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc;

  g_return_val_if_fail (RP_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (stmt != NULL, FALSE);
  g_return_val_if_fail (sqlite3_db_handle (stmt) == self->db, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    return TRUE;

  if (rc == SQLITE_ROW)
    {
      g_warning ("rp_database_step_done() was given a statement that returns rows");
      return set_error_from_code (SQLITE_MISUSE, error);
    }

  return rp_database_set_error_from_sqlite (self, rc, error);
}

/**
 * rp_database_exec:
 * @self: a #RpDatabase
 * @sql: fixed SQL, possibly several statements; never built from user data
 * @error: return location for a #RpDatabaseError
 *
 * Returns: %TRUE on success
 */
gboolean
rp_database_exec (RpDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  int rc;

  g_return_val_if_fail (RP_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return rp_database_set_error_from_sqlite (self, rc, error);

  return TRUE;
}

/**
 * rp_database_begin_write:
 * @self: a #RpDatabase
 * @error: return location for a #RpDatabaseError
 *
 * Starts a write transaction, taking the write lock right away so that it
 * cannot fail halfway for being busy. End it with rp_database_commit() or
 * rp_database_rollback(); transactions do not nest.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_database_begin_write (RpDatabase  *self,
                         GError     **error)
{
  g_return_val_if_fail (RP_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sqlite3_get_autocommit (self->db), FALSE);

  return rp_database_exec (self, "BEGIN IMMEDIATE", error);
}

/**
 * rp_database_commit:
 * @self: a #RpDatabase
 * @error: return location for a #RpDatabaseError
 *
 * Ends the write transaction. If that fails, the transaction has been
 * rolled back: none of it was saved.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_database_commit (RpDatabase  *self,
                    GError     **error)
{
  int rc;

  g_return_val_if_fail (RP_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      rollback_if_active (self->db);
      return rp_database_set_error_from_sqlite (self, rc, error);
    }

  return TRUE;
}

/**
 * rp_database_rollback:
 * @self: a #RpDatabase
 *
 * Ends the write transaction, dropping its changes. Does nothing when no
 * transaction is open, so error paths may call it unconditionally.
 */
void
rp_database_rollback (RpDatabase *self)
{
  g_return_if_fail (RP_IS_DATABASE (self));

  rollback_if_active (self->db);
}

/**
 * rp_database_set_error_from_sqlite:
 * @self: (nullable): the #RpDatabase that reported @rc
 * @rc: an SQLite result code other than %SQLITE_OK, extended or primary
 * @error: return location for a #RpDatabaseError
 *
 * Sets @error to the #RpDatabaseError matching @rc, with a message a user
 * can act on. The message never includes SQL or values.
 *
 * Returns: %FALSE, so that callers can `return` it
 */
gboolean
rp_database_set_error_from_sqlite (RpDatabase  *self,
                                   int          rc,
                                   GError     **error)
{
  g_return_val_if_fail (self == NULL || RP_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (rc != SQLITE_OK, FALSE);

  return set_error_from_code (rc, error);
}
