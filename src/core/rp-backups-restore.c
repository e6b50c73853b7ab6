/* rp-backups-restore.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-backups"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rp-backup-json.h"
#include "rp-backups.h"
#include "rp-backups-private.h"
#include "rp-database-private.h"

/* Putting a backup back. Two ways in: rp_backups_restore() writes over a
 * database file nobody has open (after damage at start), and
 * rp_backups_restore_into() replaces the data of the database the running
 * app has open (Preferences). Both keep a pre-restore backup first, so a
 * restore can itself be undone, and both copy with SQLite's backup API,
 * which writes everything or nothing. */

/* All of @from's main database into @to's, with SQLite's backup API: in
 * one step under @to's write lock, so it is written whole or not at all. */
static int
copy_database (sqlite3 *to,
               sqlite3 *from)
{
  sqlite3_backup *copy = sqlite3_backup_init (to, "main", from, "main");
  int rc;

  if (copy == NULL)
    return sqlite3_extended_errcode (to);

  rc = sqlite3_backup_step (copy, -1);
  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  if (sqlite3_backup_finish (copy) != SQLITE_OK && rc == SQLITE_OK)
    rc = sqlite3_extended_errcode (to);

  return rc;
}

static gboolean
file_has_data (const char *path)
{
  struct stat st;

  return stat (path, &st) == 0 && st.st_size > 0;
}

/* The live database, created private if missing. */
static sqlite3 *
open_live_database (const char  *db_path,
                    GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (db_path);
  sqlite3 *db = NULL;
  int fd;
  int rc;

  if (!rp_database_make_private_folder (folder, error))
    return NULL;

  fd = open (db_path, O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0)
    {
      rp_backups_set_errno_error (errno, folder, error);
      return NULL;
    }
  g_close (fd, NULL);

  rc = sqlite3_open_v2 (db_path, &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc != SQLITE_OK)
    {
      sqlite3_close_v2 (db);
      rp_backups_set_error (rc, folder, error);
      return NULL;
    }
  sqlite3_busy_timeout (db, 5000);

  return db;
}

/**
 * rp_backups_restore:
 * @backup_path: (type filename): the backup to restore
 * @db_path: (type filename): the live database (see rp_database_get_default_path())
 * @now: when the restore happens: the name of the pre-restore backup
 * @error: return location for a #RpDatabaseError
 *
 * Verifies @backup_path, keeps a pre-restore backup of the current data
 * of @db_path (when it has any), then copies the backup over the live
 * database.
 *
 * Contract: no #RpStore may be working on @db_path (for the one the app
 * has open, use rp_backups_restore_into()). Close it first (or
 * restore before opening it), then open @db_path again with
 * rp_database_open(), which upgrades an older backup's schema (taking a
 * pre-migration backup). A damaged live database cannot be backed up,
 * so the restore is refused: move it aside first (as the corrupt-file
 * path does), then restore into the missing file.
 *
 * The copy uses SQLite's backup API from the backup file into a
 * connection to the live file rather than swapping files: it runs under
 * the live file's own write lock, so any other connection (another
 * Reprieve process) sees either the old or the restored data, never a
 * mix; and the file keeps its inode, mode and WAL, where a rename would
 * strand the old -wal beside a new main file.
 *
 * Returns: %TRUE once the live database holds the backup's data
 */
gboolean
rp_backups_restore (const char  *backup_path,
                    const char  *db_path,
                    GDateTime   *now,
                    GError     **error)
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) prune_error = NULL;
  sqlite3 *source;
  sqlite3 *live;
  int rc;

  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_backups_verify (backup_path, error))
    return FALSE;

  dir = rp_backups_dir_for_database (db_path);
  if (file_has_data (db_path))
    {
      g_autofree char *name = rp_backups_make_name (RP_BACKUP_KIND_PRE_RESTORE, 0, 0, now);
      g_autoptr(GError) local_error = NULL;

      live = open_live_database (db_path, error);
      if (live == NULL)
        return FALSE;

      if (!rp_backups_write_copy (live, db_path, name, NULL, &local_error))
        {
          sqlite3_close_v2 (live);
          g_set_error (error, RP_DATABASE_ERROR, local_error->code,
                       _("The current data could not be backed up, so the backup was not restored. %s"),
                       local_error->message);
          return FALSE;
        }
    }
  else
    {
      live = open_live_database (db_path, error);
      if (live == NULL)
        return FALSE;
    }

  source = rp_backups_open_read_only (backup_path, error);
  if (source == NULL)
    {
      sqlite3_close_v2 (live);
      return FALSE;
    }

  rc = copy_database (live, source);

  sqlite3_close_v2 (source);
  sqlite3_close_v2 (live);

  if (rc != SQLITE_OK)
    {
      g_autofree char *folder = g_path_get_dirname (db_path);

      /* The backup API wrote nothing or everything: one transaction. */
      return rp_backups_set_error (rc, folder, error);
    }

  if (!rp_backups_prune (dir, &prune_error))
    g_debug ("Could not remove old backups: %s", prune_error->message);

  return TRUE;
}

/* A copy left by a restore that was stopped (the app killed, the power
 * cut) is of no use: the backup it came from is still there. */
static void
remove_stale_copies (const char *db_path)
{
  g_autofree char *folder = g_path_get_dirname (db_path);
  g_autofree char *basename = g_path_get_basename (db_path);
  g_autofree char *prefix = g_strconcat (basename, ".restoring-", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!g_str_has_prefix (name, prefix))
        continue;
      path = g_build_filename (folder, name, NULL);
      if (g_unlink (path) != 0)
        g_debug ("Could not remove a stale copy: %s", g_strerror (errno));
    }
}

/* Copies @backup_path into a new private file beside @db_path, for
 * upgrading and completing before it replaces anything. */
static char *
stage_copy (const char  *backup_path,
            const char  *db_path,
            GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (db_path);
  g_autofree char *basename = g_path_get_basename (db_path);
  g_autofree char *staged_path = NULL;
  sqlite3 *source;
  sqlite3 *staged = NULL;
  int fd;
  int rc;

  staged_path = g_strdup_printf ("%s%c%s.restoring-XXXXXX", folder, G_DIR_SEPARATOR, basename);
  fd = g_mkstemp_full (staged_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      rp_backups_set_errno_error (errno, folder, error);
      return NULL;
    }
  g_close (fd, NULL);

  source = rp_backups_open_read_only (backup_path, error);
  if (source == NULL)
    {
      g_unlink (staged_path);
      return NULL;
    }

  rc = sqlite3_open_v2 (staged_path, &staged,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc == SQLITE_OK)
    rc = copy_database (staged, source);
  sqlite3_close_v2 (staged);
  sqlite3_close_v2 (source);

  if (rc != SQLITE_OK)
    {
      rp_backups_remove_with_sidecars (staged_path);
      rp_backups_set_error (rc, folder, error);
      return NULL;
    }

  return g_steal_pointer (&staged_path);
}

/* The reminders already shown stay shown: without this, restoring an older
 * backup would forget them and notify a second time. The live file is read
 * through its own path: the connection that has it open is not used. */
static int
keep_fired_reminders (sqlite3    *staged,
                      const char *db_path)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (staged, "ATTACH DATABASE ?1 AS live", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return rc;
  sqlite3_bind_text (stmt, 1, db_path, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return rc;

  rc = sqlite3_exec (staged,
                     "INSERT OR REPLACE INTO main.fired_reminder"
                     "  (kind, source_id, occurrence, event_start, fired_at, late, state, snoozed_until)"
                     "  SELECT kind, source_id, occurrence, event_start, fired_at, late, state, snoozed_until"
                     "  FROM live.fired_reminder",
                     NULL, NULL, NULL);

  if (sqlite3_exec (staged, "DETACH DATABASE live", NULL, NULL, NULL) != SQLITE_OK)
    g_debug ("Could not detach the live database: %s", sqlite3_errmsg (staged));

  return rc;
}

/**
 * rp_backups_restore_into:
 * @db: the database the app has open (its #RpStore stays open)
 * @backup_path: (type filename): the backup to restore
 * @now: when the restore happens: the name of the pre-restore backup
 * @error: return location for a #RpDatabaseError
 *
 * Replaces all the data of @db with the backup's, while @db stays open.
 * The backup is verified, then copied to a temporary file beside @db and
 * upgraded there when it has an older schema (a pre-migration backup, say),
 * and the reminders @db has already shown are added to it. Only then is a
 * pre-restore backup of @db taken and the copy written over @db in one
 * step: a failure anywhere before leaves @db as it was. The backup file
 * itself is never changed.
 *
 * No transaction of @db's connection may be open. Call rp_store_reload()
 * afterwards so that every view reads the restored data.
 *
 * Returns: %TRUE once @db holds the backup's data
 */
gboolean
rp_backups_restore_into (RpDatabase  *db,
                         const char  *backup_path,
                         GDateTime   *now,
                         GError     **error)
{
  const char *db_path;
  g_autofree char *folder = NULL;
  g_autofree char *staged_path = NULL;
  g_autoptr(RpDatabase) staged = NULL;
  sqlite3 *live;
  int rc;

  g_return_val_if_fail (RP_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  db_path = rp_database_get_path (db);
  folder = g_path_get_dirname (db_path);
  live = rp_database_get_handle (db);

  if (!rp_backups_verify (backup_path, error))
    return FALSE;

  remove_stale_copies (db_path);
  staged_path = stage_copy (backup_path, db_path, error);
  if (staged_path == NULL)
    goto failed;

  staged = rp_database_open_copy (staged_path, error);
  if (staged == NULL)
    goto failed;

  rc = keep_fired_reminders (rp_database_get_handle (staged), db_path);
  if (rc != SQLITE_OK)
    {
      rp_backups_set_error (rc, folder, error);
      goto failed;
    }

  if (!rp_backups_write (db, RP_BACKUP_KIND_PRE_RESTORE, now, NULL, error))
    goto failed;

  rc = copy_database (live, rp_database_get_handle (staged));
  if (rc != SQLITE_OK)
    {
      rp_backups_set_error (rc, folder, error);
      goto failed;
    }

  g_clear_object (&staged);
  rp_backups_remove_with_sidecars (staged_path);

  return TRUE;

failed:
  g_clear_object (&staged);
  if (staged_path != NULL)
    rp_backups_remove_with_sidecars (staged_path);

  /* Whichever step ran out of room (the copy aside, the pre-restore
   * backup or the copy in), the user is restoring, not writing a backup. */
  if (error != NULL && g_error_matches (*error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FULL))
    {
      g_clear_error (error);
      g_set_error_literal (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FULL,
                           _("The disk is full, so the backup could not be restored: it needs room for a copy of it and of your current data. Free some space and try again; your data has not been changed."));
    }

  return FALSE;
}

/**
 * rp_backups_count_records:
 * @path: (type filename): a backup file
 * @error: return location for a #RpDatabaseError
 *
 * What the backup holds, for the question before restoring it: verified
 * first (rp_backups_verify()), then the records of each table of the
 * JSON backup format, in rp_backup_json_get_table_name()'s order. A table
 * that an older schema did not have yet counts 0.
 *
 * Returns: (transfer full) (element-type guint): one count per table, or
 *   %NULL with @error when the backup cannot be restored
 */
GArray *
rp_backups_count_records (const char  *path,
                          GError     **error)
{
  g_autoptr(GArray) counts = NULL;
  sqlite3 *db;
  int rc = SQLITE_OK;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!rp_backups_verify (path, error))
    return NULL;

  db = rp_backups_open_read_only (path, error);
  if (db == NULL)
    return NULL;

  counts = g_array_sized_new (FALSE, TRUE, sizeof (guint), rp_backup_json_get_n_tables ());
  for (guint i = 0; i < rp_backup_json_get_n_tables () && rc == SQLITE_OK; i++)
    {
      const char *table = rp_backup_json_get_table_name (i);
      g_autofree char *exists_sql = NULL;
      g_autofree char *count_sql = NULL;
      int exists = 0;
      int count = 0;

      /* Fixed names from the format's own list, never user data. */
      exists_sql = g_strdup_printf ("SELECT count(*) FROM sqlite_master "
                                    "WHERE type = 'table' AND name = '%s'", table);
      rc = rp_database_sqlite_query_int (db, exists_sql, &exists);
      if (rc == SQLITE_OK && exists > 0)
        {
          count_sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
          rc = rp_database_sqlite_query_int (db, count_sql, &count);
        }
      if (rc == SQLITE_OK)
        {
          guint n = (guint) MAX (count, 0);

          g_array_append_val (counts, n);
        }
    }
  sqlite3_close_v2 (db);

  if (rc != SQLITE_OK)
    {
      g_autofree char *display_path = g_filename_display_name (path);

      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_IO,
                   _("The backup “%s” could not be read (%s)."),
                   display_path, sqlite3_errstr (rc));
      return NULL;
    }

  return g_steal_pointer (&counts);
}
