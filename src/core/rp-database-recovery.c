/* rp-database-recovery.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What happens to a damaged database at start: its file set is moved aside
 * under a name that says when (never over another file, never deleted), so
 * that the user keeps it, and the newest backup that passes its check is
 * offered. Only RP_DATABASE_ERROR_CORRUPT leads here: a busy, full or
 * unreadable file stays where it is. */

#define G_LOG_DOMAIN "rp-database-recovery"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "rp-database-recovery.h"

/* SQLite's companions, named after the main file. */
static const char * const companions[] = { "-wal", "-shm", "-journal" };

/**
 * rp_database_recovery_make_name:
 * @db_path: (type filename): the database file
 * @now: the time of the move
 * @attempt: 1 for the first name; 2, 3… when the earlier ones are taken
 *
 * Returns: (transfer full) (type filename): `<db_path>.corrupt-<UTC
 *   YYYYMMDDTHHMMSSZ>`, with `-<attempt>` appended from 2 on
 */
char *
rp_database_recovery_make_name (const char *db_path,
                                GDateTime  *now,
                                guint       attempt)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *stamp = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (attempt >= 1, NULL);

  utc = g_date_time_to_utc (now);
  stamp = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
  if (attempt == 1)
    return g_strdup_printf ("%s.corrupt-%s", db_path, stamp);

  return g_strdup_printf ("%s.corrupt-%s-%u", db_path, stamp, attempt);
}

static gboolean
name_is_free (const char *kept_path)
{
  if (g_file_test (kept_path, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *companion = g_strconcat (kept_path, companions[i], NULL);

      if (g_file_test (companion, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK))
        return FALSE;
    }

  return TRUE;
}

/* A hard link cannot replace an existing file, so nothing is overwritten
 * even if another file appears in between; rename() is the fallback on file
 * systems without hard links. */
static gboolean
move_without_replacing (const char *from,
                        const char *to,
                        int        *out_errno)
{
  if (link (from, to) == 0)
    {
      if (unlink (from) == 0)
        return TRUE;
      *out_errno = errno;
      unlink (to);
      return FALSE;
    }

  if (errno == EEXIST)
    {
      *out_errno = EEXIST;
      return FALSE;
    }

  if (g_file_test (to, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK))
    {
      *out_errno = EEXIST;
      return FALSE;
    }

  if (g_rename (from, to) == 0)
    return TRUE;

  *out_errno = errno;
  return FALSE;
}

/**
 * rp_database_recovery_move_aside:
 * @db_path: (type filename): the damaged database file
 * @now: the time of the move, for the new name
 * @error: return location for a #RpDatabaseError
 *
 * Moves @db_path and its `-wal`, `-shm` and `-journal` files (those that
 * exist) to rp_database_recovery_make_name() plus the same suffixes, in the
 * same folder, private (0600). On failure whatever was moved is moved back.
 *
 * Returns: (transfer full) (type filename) (nullable): the new path of the
 *   main file, or %NULL with @error set
 */
char *
rp_database_recovery_move_aside (const char  *db_path,
                                 GDateTime   *now,
                                 GError     **error)
{
  g_autoptr(GPtrArray) moved_from = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) moved_to = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *kept_path = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint attempt = 1; kept_path == NULL; attempt++)
    {
      g_autofree char *candidate = rp_database_recovery_make_name (db_path, now, attempt);

      if (name_is_free (candidate))
        kept_path = g_steal_pointer (&candidate);
      else if (attempt >= 1000)
        {
          display = g_filename_display_name (db_path);
          g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                       _("The damaged data file “%s” could not be kept: "
                         "too many damaged copies are already kept beside it"),
                       display);
          return NULL;
        }
    }

  for (guint i = 0; i <= G_N_ELEMENTS (companions); i++)
    {
      const char *suffix = i == 0 ? "" : companions[i - 1];
      g_autofree char *from = g_strconcat (db_path, suffix, NULL);
      g_autofree char *to = g_strconcat (kept_path, suffix, NULL);
      int saved_errno = 0;

      if (i > 0 && !g_file_test (from, G_FILE_TEST_EXISTS))
        continue;

      if (!move_without_replacing (from, to, &saved_errno))
        {
          /* Put the set back together: a half-moved set is worse. */
          for (guint j = moved_to->len; j > 0; j--)
            {
              int ignored = 0;

              move_without_replacing (moved_to->pdata[j - 1], moved_from->pdata[j - 1],
                                      &ignored);
            }

          display = g_filename_display_name (from);
          g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                       _("The damaged data file “%s” could not be moved aside: %s"),
                       display, g_strerror (saved_errno));
          return NULL;
        }

      /* Kept private, as the data was; a failure here loses nothing. */
      g_chmod (to, 0600);
      g_ptr_array_add (moved_from, g_steal_pointer (&from));
      g_ptr_array_add (moved_to, g_steal_pointer (&to));
    }

  return g_steal_pointer (&kept_path);
}

static gboolean
is_companion (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      if (g_str_has_suffix (name, companions[i]))
        return TRUE;
    }

  return FALSE;
}

/**
 * rp_database_recovery_find_pending:
 * @db_path: (type filename): the database file
 *
 * A damaged file moved aside is waiting for the user's choice as long as
 * @db_path does not exist again: restoring a backup or starting empty both
 * create it. Until then every start shows the recovery page again, rather
 * than an empty app that looks as if the data were gone.
 *
 * Returns: (transfer full) (nullable) (type filename): the newest
 *   `<db_path>.corrupt-*` when @db_path is missing; %NULL otherwise
 */
char *
rp_database_recovery_find_pending (const char *db_path)
{
  g_autofree char *folder = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *newest = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (db_path != NULL, NULL);

  if (g_file_test (db_path, G_FILE_TEST_EXISTS))
    return NULL;

  folder = g_path_get_dirname (db_path);
  basename = g_path_get_basename (db_path);
  prefix = g_strconcat (basename, ".corrupt-", NULL);
  dir = g_dir_open (folder, 0, NULL);
  if (dir == NULL)
    return NULL;

  /* The names carry the UTC time of the move, so the greatest is the
   * newest ("-2" after the same second sorts after it too). */
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, prefix) && !is_companion (name) &&
          g_strcmp0 (name, newest) > 0)
        {
          g_free (newest);
          newest = g_strdup (name);
        }
    }

  if (newest == NULL)
    return NULL;

  return g_build_filename (folder, newest, NULL);
}

/**
 * rp_database_recovery_open:
 * @db_path: (type filename): the database file
 * @now: the time, for the name of a damaged file
 * @out_kept_path: (out) (optional) (type filename): where a damaged file
 *   was moved, or %NULL
 * @error: return location for a #RpDatabaseError
 *
 * Opens @db_path like rp_database_open(). When the file is damaged
 * (%RP_DATABASE_ERROR_CORRUPT, and only then) its file set is moved aside
 * with rp_database_recovery_move_aside() and @out_kept_path says where;
 * @error is still set to the damage, so that the caller offers a backup.
 * Every other error leaves the file where it is. While an earlier damaged
 * file waits for the user's choice (rp_database_recovery_find_pending()),
 * nothing is opened or created: @out_kept_path is that file and @error
 * says the damage again.
 *
 * Returns: (transfer full) (nullable): the database, or %NULL
 */
RpDatabase *
rp_database_recovery_open (const char  *db_path,
                           GDateTime   *now,
                           char       **out_kept_path,
                           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *pending = NULL;
  RpDatabase *database;

  g_return_val_if_fail (db_path != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (out_kept_path != NULL)
    *out_kept_path = NULL;

  pending = rp_database_recovery_find_pending (db_path);
  if (pending != NULL)
    {
      g_set_error_literal (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT,
                           _("Your data was damaged, and neither a backup has been restored nor a new start made yet."));
      if (out_kept_path != NULL)
        *out_kept_path = g_steal_pointer (&pending);
      return NULL;
    }

  database = rp_database_open (db_path, &local_error);
  if (database != NULL)
    return database;

  if (g_error_matches (local_error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT))
    {
      g_autoptr(GError) move_error = NULL;
      char *kept_path = rp_database_recovery_move_aside (db_path, now, &move_error);

      if (kept_path == NULL)
        {
          /* Not kept, so not replaced either: the error says why. */
          g_propagate_error (error, g_steal_pointer (&move_error));
          return NULL;
        }

      if (out_kept_path != NULL)
        *out_kept_path = kept_path;
      else
        g_free (kept_path);
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/**
 * rp_database_recovery_find_backup:
 * @db_path: (type filename): the database file
 * @error: return location for a #RpDatabaseError
 *
 * Returns: (transfer full) (nullable): the newest backup of @db_path that
 *   passes rp_backups_verify(), or %NULL (without @error when there is none)
 */
RpBackupInfo *
rp_database_recovery_find_backup (const char  *db_path,
                                  GError     **error)
{
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dir = rp_backups_dir_for_database (db_path);
  backups = rp_backups_list_in (dir, error);
  if (backups == NULL)
    return NULL;

  /* Listed newest first. */
  for (guint i = 0; i < backups->len; i++)
    {
      RpBackupInfo *info = g_ptr_array_index (backups, i);

      if (rp_backups_verify (info->path, NULL))
        return rp_backup_info_copy (info);
    }

  return NULL;
}
