/* rp-backups.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-backups"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rp-backups.h"
#include "rp-backups-private.h"
#include "rp-database-private.h"

/* Automatic copies of Reprieve's database in a `backups` folder beside
 * it, and restoring one. Each copy is written under a temporary name,
 * checked, flushed to the disk and only then renamed, so a file with a
 * backup's name is always a complete, verified database. Their names,
 * listing, retention and daily timing are in rp-backups-catalog.c. */

static RpBackupsCopyHook copy_hook;

G_DEFINE_BOXED_TYPE (RpBackupInfo, rp_backup_info, rp_backup_info_copy, rp_backup_info_free)

RpBackupInfo *
rp_backup_info_copy (const RpBackupInfo *info)
{
  RpBackupInfo *copy = g_new0 (RpBackupInfo, 1);

  *copy = *info;
  copy->path = g_strdup (info->path);
  copy->taken = info->taken != NULL ? g_date_time_ref (info->taken) : NULL;

  return copy;
}

void
rp_backup_info_free (RpBackupInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->path);
  g_clear_pointer (&info->taken, g_date_time_unref);
  g_free (info);
}

void
rp_backups_set_copy_hook (RpBackupsCopyHook hook)
{
  copy_hook = hook;
}

/**
 * rp_backups_dir:
 *
 * Returns: (transfer full) (type filename): where the backups of the
 *   default database go: `$XDG_DATA_HOME/io.github.reprieve.Reprieve/backups`
 */
char *
rp_backups_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "backups", NULL);
}

/**
 * rp_backups_dir_for_database:
 * @db_path: (type filename): a database file
 *
 * Returns: (transfer full) (type filename): the `backups` folder beside
 *   @db_path; for the default database, the same as rp_backups_dir()
 */
char *
rp_backups_dir_for_database (const char *db_path)
{
  g_autofree char *folder = g_path_get_dirname (db_path);

  return g_build_filename (folder, "backups", NULL);
}

gboolean
rp_backups_set_error (int          rc,
                      const char  *dir,
                      GError     **error)
{
  g_autofree char *display_dir = g_filename_display_name (dir);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FULL,
                   _("The disk is full, so the backup could not be written in “%s”. Free some space and try again; your data has not been changed."),
                   display_dir);
      return FALSE;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_BUSY,
                   _("Reprieve’s data is in use by another program, so no backup was taken; try again (%s)."),
                   sqlite3_errstr (rc));
      return FALSE;

    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("The backup could not be written in “%s” (%s). Check that you may write there."),
                   display_dir, sqlite3_errstr (rc));
      return FALSE;

    default:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_IO,
                   _("The backup could not be written in “%s” (%s). Check the disk and try again."),
                   display_dir, sqlite3_errstr (rc));
      return FALSE;
    }
}

gboolean
rp_backups_set_errno_error (int          saved_errno,
                            const char  *dir,
                            GError     **error)
{
  g_autofree char *display_dir = g_filename_display_name (dir);

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FULL,
                 _("The disk is full, so the backup could not be written in “%s”. Free some space and try again; your data has not been changed."),
                 display_dir);
  else
    g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                 _("The backup could not be written in “%s”: %s. Check that you may write there."),
                 display_dir, g_strerror (saved_errno));

  return FALSE;
}

/* Checks an open copy: intact, Reprieve's, of a schema this build knows. */
static gboolean
check_copy (sqlite3     *db,
            const char  *path,
            GError     **error)
{
  g_autofree char *display_path = g_filename_display_name (path);
  gboolean intact = FALSE;
  int application_id = 0;
  int user_version = 0;
  int rc;

  rc = rp_database_sqlite_quick_check (db, &intact);
  if (rc == SQLITE_OK && intact)
    rc = rp_database_sqlite_query_int (db, "PRAGMA application_id", &application_id);
  if (rc == SQLITE_OK && intact)
    rc = rp_database_sqlite_query_int (db, "PRAGMA user_version", &user_version);

  if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT || (rc == SQLITE_OK && !intact))
    {
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT,
                   _("The backup “%s” is damaged and cannot be used."),
                   display_path);
      return FALSE;
    }
  if (rc != SQLITE_OK)
    {
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_IO,
                   _("The backup “%s” could not be read (%s)."),
                   display_path, sqlite3_errstr (rc));
      return FALSE;
    }

  if (application_id != RP_DATABASE_APPLICATION_ID || user_version < 1)
    {
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NOT_REPRIEVE,
                   _("“%s” is not a backup of Reprieve’s data."),
                   display_path);
      return FALSE;
    }

  if (user_version > rp_database_get_latest_version ())
    {
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NEWER_VERSION,
                   _("The backup “%s” was made by a newer version of Reprieve (schema %d). Update Reprieve to use it."),
                   display_path, user_version);
      return FALSE;
    }

  return TRUE;
}

void
rp_backups_remove_with_sidecars (const char *path)
{
  static const char * const suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static gboolean
fsync_path (const char *path,
            int         flags)
{
  int fd = open (path, flags | O_CLOEXEC);
  gboolean ok;

  if (fd < 0)
    return FALSE;

  ok = fsync (fd) == 0;
  g_close (fd, NULL);

  return ok;
}

/* A free final name: the stem, or the stem with a counter when a backup
 * of the same kind was taken in the same second. */
static char *
choose_final_path (const char *dir,
                   const char *name)
{
  g_autofree char *stem = g_strndup (name, strlen (name) - strlen (RP_BACKUPS_NAME_SUFFIX));

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *candidate_name = NULL;
      g_autofree char *candidate = NULL;
      g_autofree char *tmp = NULL;

      if (n == 1)
        candidate_name = g_strdup (name);
      else
        candidate_name = g_strdup_printf ("%s-%u" RP_BACKUPS_NAME_SUFFIX, stem, n);

      candidate = g_build_filename (dir, candidate_name, NULL);
      tmp = g_strconcat (candidate, RP_BACKUPS_TMP_SUFFIX, NULL);
      if (!g_file_test (candidate, G_FILE_TEST_EXISTS) &&
          !g_file_test (tmp, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&candidate);
    }

  return NULL;
}

/* Opens the fresh copy, makes it a self-contained rollback-journal file
 * (a WAL copy would need side files to be read) and checks it. */
static gboolean
check_written_copy (const char  *tmp_path,
                    const char  *dir,
                    GError     **error)
{
  sqlite3 *copy = NULL;
  gboolean ok;
  int rc;

  rc = sqlite3_open_v2 (tmp_path, &copy,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  /* A damaged header fails here already; check_copy() says so. */
  if (rc == SQLITE_OK || (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
    ok = check_copy (copy, tmp_path, error);
  else
    ok = rp_backups_set_error (rc, dir, error);

  sqlite3_close_v2 (copy);

  return ok;
}

/* Writes, checks, flushes and renames one copy of @db (a connection with
 * no transaction open) into the backups folder of @db_path. */
gboolean
rp_backups_write_copy (sqlite3     *db,
                       const char  *db_path,
                       const char  *name,
                       char       **out_path,
                       GError     **error)
{
  g_autofree char *dir = rp_backups_dir_for_database (db_path);
  g_autofree char *final_path = NULL;
  g_autofree char *tmp_path = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  int saved_errno;
  int fd;
  int rc;

  if (!rp_database_make_private_folder (dir, error))
    return FALSE;

  final_path = choose_final_path (dir, name);
  if (final_path == NULL)
    return rp_backups_set_errno_error (EEXIST, dir, error);
  tmp_path = g_strconcat (final_path, RP_BACKUPS_TMP_SUFFIX, NULL);

  /* Private before the first byte of data goes in; VACUUM INTO accepts an
   * empty file. */
  fd = open (tmp_path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0)
    return rp_backups_set_errno_error (errno, dir, error);
  if (fchmod (fd, 0600) != 0)
    {
      saved_errno = errno;
      g_close (fd, NULL);
      rp_backups_remove_with_sidecars (tmp_path);
      return rp_backups_set_errno_error (saved_errno, dir, error);
    }
  g_close (fd, NULL);

  /* VACUUM INTO reads one consistent snapshot, while other connections
   * go on writing, and leaves no free pages in the copy. */
  rc = sqlite3_prepare_v3 (db, "VACUUM INTO ?1", -1, 0, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 1, tmp_path, -1, SQLITE_TRANSIENT);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (rc != SQLITE_OK)
    {
      rp_backups_remove_with_sidecars (tmp_path);
      return rp_backups_set_error (rc, dir, error);
    }

  if (copy_hook != NULL)
    copy_hook (tmp_path);

  if (!check_written_copy (tmp_path, dir, &local_error))
    {
      rp_backups_remove_with_sidecars (tmp_path);
      if (g_error_matches (local_error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT))
        {
          g_autofree char *display_dir = g_filename_display_name (dir);

          /* The temporary name means nothing to the user. */
          g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT,
                       _("The backup written in “%s” failed its check, so it was removed. Check the disk and try again; your data has not been changed."),
                       display_dir);
          return FALSE;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!fsync_path (tmp_path, O_RDONLY))
    {
      saved_errno = errno;
      rp_backups_remove_with_sidecars (tmp_path);
      return rp_backups_set_errno_error (saved_errno, dir, error);
    }

  if (g_rename (tmp_path, final_path) != 0)
    {
      saved_errno = errno;
      rp_backups_remove_with_sidecars (tmp_path);
      return rp_backups_set_errno_error (saved_errno, dir, error);
    }

  /* The rename itself is durable only once the folder is flushed. */
  if (!fsync_path (dir, O_RDONLY | O_DIRECTORY))
    g_debug ("Could not flush the backups folder: %s", g_strerror (errno));

  if (out_path != NULL)
    *out_path = g_steal_pointer (&final_path);

  return TRUE;
}

static gboolean
write_and_prune (RpDatabase  *db,
                 const char  *name,
                 char       **out_path,
                 GError     **error)
{
  const char *db_path = rp_database_get_path (db);
  g_autofree char *dir = rp_backups_dir_for_database (db_path);
  g_autoptr(GError) prune_error = NULL;

  if (!rp_backups_write_copy (rp_database_get_handle (db), db_path, name, out_path, error))
    return FALSE;

  /* The new backup is safe; an old one that stays is no failure. */
  if (!rp_backups_prune (dir, &prune_error))
    g_debug ("Could not remove old backups: %s", prune_error->message);

  return TRUE;
}

/**
 * rp_backups_write:
 * @db: the open database; no transaction of its connection may be open
 * @kind: %RP_BACKUP_KIND_DAILY or %RP_BACKUP_KIND_PRE_RESTORE (use
 *   rp_backups_write_pre_migration() for the other kind)
 * @now: when the backup is taken: its name carries this time
 * @out_path: (out) (optional) (type filename): the new backup file
 * @error: return location for a #RpDatabaseError
 *
 * Copies @db into the `backups` folder beside it (made 0700) as a file
 * of mode 0600: written to `NAME.tmp`, checked with `quick_check`,
 * flushed, then renamed. On failure no file is left and @error says why
 * (%RP_DATABASE_ERROR_FULL for a full disk). Old backups beyond the
 * retention limits are then removed (see rp_backups_prune()). Slow on a
 * large database: call it from a worker thread with its own connection
 * (rp_database_open_for_thread()).
 *
 * Returns: %TRUE once the backup is safely on the disk
 */
gboolean
rp_backups_write (RpDatabase    *db,
                  RpBackupKind   kind,
                  GDateTime     *now,
                  char         **out_path,
                  GError       **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (RP_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (kind != RP_BACKUP_KIND_PRE_MIGRATION, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = rp_backups_make_name (kind, 0, 0, now);

  return write_and_prune (db, name, out_path, error);
}

/**
 * rp_backups_write_pre_restore_cb:
 * @database: the database about to be replaced
 * @user_data: (nullable): a #GDateTime to use as the time of the backup,
 *   or %NULL for the current time
 * @error: return location for a #GError
 *
 * An #RpBackupJsonBeforeReplace: writes a %RP_BACKUP_KIND_PRE_RESTORE
 * backup of @database, so that a restore can itself be undone. Shared by
 * the command line and Preferences so both keep the same promise.
 *
 * Returns: %TRUE if the backup was written; %FALSE refuses the restore
 */
gboolean
rp_backups_write_pre_restore_cb (RpDatabase  *database,
                                 gpointer     user_data,
                                 GError     **error)
{
  g_autoptr(GDateTime) now = user_data != NULL ? g_date_time_ref (user_data)
                                               : g_date_time_new_now_utc ();

  return rp_backups_write (database, RP_BACKUP_KIND_PRE_RESTORE, now, NULL, error);
}

/**
 * rp_backups_write_pre_migration:
 * @db: the database about to be upgraded
 * @from_version: the schema it has
 * @to_version: the schema it is upgraded to
 * @now: when the backup is taken
 * @out_path: (out) (optional) (type filename): the new backup file
 * @error: return location for a #RpDatabaseError
 *
 * Like rp_backups_write(), for the copy taken before a schema upgrade.
 * These are all kept.
 *
 * Returns: %TRUE once the backup is safely on the disk
 */
gboolean
rp_backups_write_pre_migration (RpDatabase    *db,
                                int            from_version,
                                int            to_version,
                                GDateTime     *now,
                                char         **out_path,
                                GError       **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (RP_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = rp_backups_make_name (RP_BACKUP_KIND_PRE_MIGRATION, from_version, to_version, now);

  return write_and_prune (db, name, out_path, error);
}

sqlite3 *
rp_backups_open_read_only (const char  *path,
                           GError     **error)
{
  g_autofree char *display_path = g_filename_display_name (path);
  g_autofree char *file_uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  int rc;

  /* immutable: read the file as it is, whatever its journal mode, and
   * never create -wal or -shm files beside a backup. A copy of a WAL
   * database (one a user put there by hand) read otherwise came out
   * empty. */
  uri = g_strconcat (file_uri != NULL ? file_uri : "", "?immutable=1", NULL);
  rc = sqlite3_open_v2 (uri, &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE |
                        SQLITE_OPEN_URI,
                        NULL);
  if (rc != SQLITE_OK)
    {
      sqlite3_close_v2 (db);
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not open the backup “%s” (%s)."),
                   display_path, sqlite3_errstr (rc));
      return NULL;
    }

  return db;
}

/**
 * rp_backups_verify:
 * @path: (type filename): a backup file
 * @error: return location for a #RpDatabaseError
 *
 * Opens @path read-only and checks that it is an intact database of
 * Reprieve (`quick_check`, `application_id`) of a schema this build can
 * open.
 *
 * Returns: %TRUE if the backup can be restored
 */
gboolean
rp_backups_verify (const char  *path,
                   GError     **error)
{
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  db = rp_backups_open_read_only (path, error);
  if (db == NULL)
    return FALSE;

  ok = check_copy (db, path, error);
  sqlite3_close_v2 (db);

  return ok;
}
