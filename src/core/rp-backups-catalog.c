/* rp-backups-catalog.c
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
#include <sys/stat.h>

#include "rp-backups.h"
#include "rp-backups-private.h"

/* The backups folder's catalog: the naming scheme, the list newest first,
 * what is kept, and when a daily backup is due. Pure but for reading the
 * folder and removing old backups. */

/**
 * rp_backups_make_name:
 * @kind: what the backup is for
 * @from_version: for a pre-migration backup, the schema it holds
 * @to_version: for a pre-migration backup, the schema being upgraded to
 * @now: when it is taken
 *
 * Returns: (transfer full): the file name, such as
 *   `reprieve-daily-2026-11-21T093000Z.db` (the time in UTC)
 */
char *
rp_backups_make_name (RpBackupKind  kind,
                      int           from_version,
                      int           to_version,
                      GDateTime    *now)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (now);
  g_autofree char *stamp = g_date_time_format (utc, "%Y-%m-%dT%H%M%SZ");

  switch (kind)
    {
    case RP_BACKUP_KIND_DAILY:
      return g_strdup_printf (RP_BACKUPS_NAME_PREFIX "daily-%s" RP_BACKUPS_NAME_SUFFIX, stamp);
    case RP_BACKUP_KIND_PRE_MIGRATION:
      return g_strdup_printf (RP_BACKUPS_NAME_PREFIX "pre-migration-v%d-to-v%d-%s" RP_BACKUPS_NAME_SUFFIX,
                              from_version, to_version, stamp);
    case RP_BACKUP_KIND_PRE_RESTORE:
      return g_strdup_printf (RP_BACKUPS_NAME_PREFIX "pre-restore-%s" RP_BACKUPS_NAME_SUFFIX, stamp);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * rp_backups_parse_name:
 * @basename: a file name, without folder
 *
 * Reads back a name made by rp_backups_make_name(), possibly with a
 * `-N` counter before `.db` (two backups of one kind in one second).
 *
 * Returns: (transfer full) (nullable): the kind, time and versions, with
 *   @path set to @basename and @size 0; %NULL for any other name
 */
RpBackupInfo *
rp_backups_parse_name (const char *basename)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(RpBackupInfo) info = NULL;
  g_autofree char *kind = NULL;
  int numbers[6];

  if (g_once_init_enter (&regex))
    {
      GRegex *compiled = g_regex_new ("^" RP_BACKUPS_NAME_PREFIX
                                      "(daily|pre-restore|pre-migration-v([0-9]{1,6})-to-v([0-9]{1,6}))"
                                      "-([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2})([0-9]{2})([0-9]{2})Z"
                                      "(-[0-9]{1,3})?\\" RP_BACKUPS_NAME_SUFFIX "$",
                                      G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&regex, compiled);
    }

  if (!g_regex_match (regex, basename, 0, &match))
    return NULL;

  info = g_new0 (RpBackupInfo, 1);
  kind = g_match_info_fetch (match, 1);
  if (g_str_equal (kind, "daily"))
    info->kind = RP_BACKUP_KIND_DAILY;
  else if (g_str_equal (kind, "pre-restore"))
    info->kind = RP_BACKUP_KIND_PRE_RESTORE;
  else
    {
      g_autofree char *from = g_match_info_fetch (match, 2);
      g_autofree char *to = g_match_info_fetch (match, 3);

      info->kind = RP_BACKUP_KIND_PRE_MIGRATION;
      info->from_version = atoi (from);
      info->to_version = atoi (to);
    }

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *text = g_match_info_fetch (match, 4 + i);

      numbers[i] = atoi (text);
    }

  utc = g_time_zone_new_utc ();
  /* NULL for an impossible date such as the 31st of February. */
  info->taken = g_date_time_new (utc, numbers[0], numbers[1], numbers[2],
                                 numbers[3], numbers[4], numbers[5]);
  if (info->taken == NULL)
    return NULL;

  info->path = g_strdup (basename);

  return g_steal_pointer (&info);
}

/* 1 for a plain name, N for one ending in "Z-N.db". */
static int
name_counter (const char *path)
{
  const char *slash = strrchr (path, G_DIR_SEPARATOR);
  const char *mark = strstr (slash != NULL ? slash : path, "Z-");

  return mark != NULL ? atoi (mark + 2) : 1;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const RpBackupInfo *info_a = *(RpBackupInfo * const *) a;
  const RpBackupInfo *info_b = *(RpBackupInfo * const *) b;
  int by_time = g_date_time_compare (info_b->taken, info_a->taken);
  int counter_a;
  int counter_b;

  if (by_time != 0)
    return by_time;

  /* In one second, "-2" was written after the plain name. */
  counter_a = name_counter (info_a->path);
  counter_b = name_counter (info_b->path);
  if (counter_a != counter_b)
    return counter_b - counter_a;

  return g_strcmp0 (info_a->path, info_b->path);
}

/**
 * rp_backups_list_in:
 * @dir: (type filename): a backups folder
 * @error: return location for a #RpDatabaseError
 *
 * Returns: (transfer full) (element-type RpBackupInfo): the backups in
 *   @dir, newest first; files whose names do not follow the naming scheme
 *   (temporary files included) are left out. A missing folder has none.
 */
GPtrArray *
rp_backups_list_in (const char  *dir,
                    GError     **error)
{
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_backup_info_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) folder = NULL;
  const char *name;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  folder = g_dir_open (dir, 0, &local_error);
  if (folder == NULL)
    {
      g_autofree char *display_dir = NULL;

      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&backups);

      display_dir = g_filename_display_name (dir);
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not read the backups folder “%s”: %s"),
                   display_dir, local_error->message);
      return NULL;
    }

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      RpBackupInfo *info = rp_backups_parse_name (name);
      struct stat st;

      if (info == NULL)
        continue;

      g_free (info->path);
      info->path = g_build_filename (dir, name, NULL);
      if (lstat (info->path, &st) != 0 || !S_ISREG (st.st_mode))
        {
          rp_backup_info_free (info);
          continue;
        }
      info->size = st.st_size;
      g_ptr_array_add (backups, info);
    }

  g_ptr_array_sort (backups, compare_newest_first);

  return g_steal_pointer (&backups);
}

/**
 * rp_backups_list:
 * @error: return location for a #RpDatabaseError
 *
 * Returns: (transfer full) (element-type RpBackupInfo): the backups of the
 *   default database (in rp_backups_dir()), newest first
 */
GPtrArray *
rp_backups_list (GError **error)
{
  g_autofree char *dir = rp_backups_dir ();

  return rp_backups_list_in (dir, error);
}

/* A copy whose writer died (power cut, killed process) leaves its
 * temporary file; one a day old is no longer being written. */
static void
remove_stale_temporaries (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  gint64 limit = g_get_real_time () / G_USEC_PER_SEC - 24 * 60 * 60;
  const char *name;

  if (folder == NULL)
    return;

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *backup_name = NULL;
      g_autofree char *path = NULL;
      g_autoptr(RpBackupInfo) info = NULL;
      struct stat st;

      if (!g_str_has_suffix (name, RP_BACKUPS_TMP_SUFFIX))
        continue;

      backup_name = g_strndup (name, strlen (name) - strlen (RP_BACKUPS_TMP_SUFFIX));
      info = rp_backups_parse_name (backup_name);
      if (info == NULL)
        continue;

      path = g_build_filename (dir, name, NULL);
      if (lstat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_mtime < limit)
        rp_backups_remove_with_sidecars (path);
    }
}

/**
 * rp_backups_prune:
 * @dir: (type filename): a backups folder
 * @error: return location for a #RpDatabaseError
 *
 * Keeps the newest %RP_BACKUPS_KEEP_DAILY daily backups, every
 * pre-migration backup (each is the last copy of an older schema), and the
 * newest %RP_BACKUPS_KEEP_PRE_RESTORE pre-restore backups (enough to undo
 * a few restores in a row); removes the other backups, and temporary
 * copies left for more than a day by an interrupted backup. Foreign files
 * are never touched.
 *
 * Returns: %TRUE if every backup to remove was removed
 */
gboolean
rp_backups_prune (const char  *dir,
                  GError     **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  guint n_daily = 0;
  guint n_pre_restore = 0;
  int failed_errno = 0;

  backups = rp_backups_list_in (dir, error);
  if (backups == NULL)
    return FALSE;

  remove_stale_temporaries (dir);

  for (guint i = 0; i < backups->len; i++)
    {
      RpBackupInfo *info = g_ptr_array_index (backups, i);
      gboolean keep;

      switch (info->kind)
        {
        case RP_BACKUP_KIND_DAILY:
          keep = ++n_daily <= RP_BACKUPS_KEEP_DAILY;
          break;
        case RP_BACKUP_KIND_PRE_RESTORE:
          keep = ++n_pre_restore <= RP_BACKUPS_KEEP_PRE_RESTORE;
          break;
        case RP_BACKUP_KIND_PRE_MIGRATION:
        default:
          keep = TRUE;
          break;
        }

      if (!keep && g_unlink (info->path) != 0)
        failed_errno = errno;
    }

  if (failed_errno != 0)
    {
      g_autofree char *display_dir = g_filename_display_name (dir);

      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not remove old backups in “%s”: %s"),
                   display_dir, g_strerror (failed_errno));
      return FALSE;
    }

  return TRUE;
}

/**
 * rp_backups_daily_due:
 * @now: the current time, in the user's time zone
 * @last_daily: (nullable): when the newest daily backup was taken
 *
 * A daily backup is due when there is none yet, or when the newest one
 * was taken on another calendar day than @now, both read in @now's time
 * zone: a 23- or 25-hour day still gets one backup, and a trip across
 * zones counts the days where the user is.
 *
 * Returns: whether to take a daily backup now
 */
gboolean
rp_backups_daily_due (GDateTime *now,
                      GDateTime *last_daily)
{
  g_autoptr(GDateTime) last_here = NULL;

  g_return_val_if_fail (now != NULL, FALSE);

  if (last_daily == NULL)
    return TRUE;

  last_here = g_date_time_to_timezone (last_daily, g_date_time_get_timezone (now));

  return g_date_time_get_year (last_here) != g_date_time_get_year (now) ||
         g_date_time_get_day_of_year (last_here) != g_date_time_get_day_of_year (now);
}

/**
 * rp_backups_next_daily_check:
 * @now: the current time, in the user's time zone
 *
 * Returns: (transfer full): when to look again for a daily backup: a few
 *   minutes after the next midnight in @now's time zone
 */
GDateTime *
rp_backups_next_daily_check (GDateTime *now)
{
  g_autoptr(GDateTime) tomorrow = NULL;

  g_return_val_if_fail (now != NULL, NULL);

  /* Midday never falls in a DST gap: step a day from there, then go to
   * 00:05 of that date. */
  tomorrow = g_date_time_new (g_date_time_get_timezone (now),
                              g_date_time_get_year (now),
                              g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now),
                              12, 0, 0);
  if (tomorrow == NULL)
    return g_date_time_add_days (now, 1);

  {
    g_autoptr(GDateTime) next_noon = g_date_time_add_days (tomorrow, 1);

    return g_date_time_new (g_date_time_get_timezone (now),
                            g_date_time_get_year (next_noon),
                            g_date_time_get_month (next_noon),
                            g_date_time_get_day_of_month (next_noon),
                            0, 5, 0);
  }
}
