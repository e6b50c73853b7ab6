/* rp-application-recovery.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A damaged database at start: the file set is moved aside (kept, never
 * deleted), the process runs without a store, and the window shows the
 * recovery page. Restoring the newest verified backup or starting empty
 * (both the user's choice) then opens the store as a normal start would.
 * A busy, full or unreadable file is not damage: it stays where it is, the
 * storage error page says why, and its Try Again opens it once the cause
 * is dealt with. */

#define G_LOG_DOMAIN "rp-application"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-application-private.h"
#include "rp-database-recovery.h"

void
rp_application_clear_recovery (RpApplication *self)
{
  g_clear_pointer (&self->damaged_path, g_free);
  g_clear_pointer (&self->recovery_backup, rp_backup_info_free);
}

/* Opens @path; on damage keeps the file set aside and looks for the backup
 * to offer. Sets self->store_error on failure. */
RpDatabase *
rp_application_open_database (RpApplication *self,
                              const char    *path)
{
  g_autoptr(GDateTime) now = rp_clock_now (rp_application_get_clock (self));
  g_autoptr(GError) backup_error = NULL;
  RpDatabase *database;

  g_clear_error (&self->store_error);
  rp_application_clear_recovery (self);

  database = rp_database_recovery_open (path, now, &self->damaged_path, &self->store_error);
  if (database != NULL || self->damaged_path == NULL)
    return database;

  self->recovery_backup = rp_database_recovery_find_backup (path, &backup_error);
  if (backup_error != NULL)
    g_warning ("Could not look for a backup to restore: %s", backup_error->message);

  return NULL;
}

/* The store is there now: everything a normal start does with it. */
static void
finish_open (RpApplication *self,
             RpDatabase    *database)
{
  g_clear_error (&self->store_error);
  rp_application_clear_recovery (self);
  rp_application_take_database (self, database);
  rp_application_start_reminders (self);
  rp_application_start_backups (self);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (RP_IS_WINDOW (l->data))
        rp_window_reload_store (l->data);
    }
}

static gboolean
finish_recovery (RpApplication  *self,
                 const char     *path,
                 GError        **error)
{
  g_autoptr(RpDatabase) database = rp_database_open (path, error);

  if (database == NULL)
    return FALSE;

  finish_open (self, database);
  return TRUE;
}

/**
 * rp_application_restore_backup:
 * @error: return location for a #RpDatabaseError
 *
 * After damage at start: restores the newest verified backup in place of the
 * damaged file (which stays where it was kept) and opens the store.
 *
 * Returns: %TRUE when the store is open
 */
gboolean
rp_application_restore_backup (RpApplication  *self,
                               GError        **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (RP_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->store != NULL || self->recovery_backup == NULL)
    {
      g_set_error_literal (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED,
                           _("There is no backup to restore"));
      return FALSE;
    }

  path = rp_database_get_default_path ();
  now = rp_clock_now (rp_application_get_clock (self));
  if (!rp_backups_restore (self->recovery_backup->path, path, now, error))
    return FALSE;

  return finish_recovery (self, path, error);
}

/**
 * rp_application_start_empty:
 * @error: return location for a #RpDatabaseError
 *
 * After damage at start, once the user confirmed it: opens a new, empty
 * database. The damaged file stays where it was kept.
 *
 * Returns: %TRUE when the store is open
 */
gboolean
rp_application_start_empty (RpApplication  *self,
                            GError        **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (RP_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->store != NULL || self->damaged_path == NULL)
    {
      g_set_error_literal (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED,
                           _("Your data is already open"));
      return FALSE;
    }

  path = rp_database_get_default_path ();
  return finish_recovery (self, path, error);
}

/**
 * rp_application_retry_open:
 * @error: return location for the reason it still failed
 *
 * After a busy, locked, full or unreadable data file at start (the storage
 * error page): tries to open it again, once the user has dealt with the
 * cause. On success every window gets the store; when the file turns out
 * damaged now, the windows show the recovery page instead.
 *
 * Returns: %TRUE when the store is open
 */
gboolean
rp_application_retry_open (RpApplication  *self,
                           GError        **error)
{
  g_autofree char *path = NULL;
  g_autoptr(RpDatabase) database = NULL;

  g_return_val_if_fail (RP_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->store != NULL)
    return TRUE;

  path = rp_database_get_default_path ();
  database = rp_application_open_database (self, path);
  if (database != NULL)
    {
      finish_open (self, database);
      return TRUE;
    }

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (!RP_IS_WINDOW (l->data))
        continue;
      if (self->damaged_path != NULL)
        rp_window_show_recovery (l->data, self->damaged_path,
                                 self->recovery_backup != NULL ? self->recovery_backup->taken
                                                               : NULL);
      else
        rp_window_show_storage_error (l->data, self->store_error);
    }

  if (error != NULL)
    *error = g_error_copy (self->store_error);

  return FALSE;
}
