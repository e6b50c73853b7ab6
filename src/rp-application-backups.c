/* rp-application-backups.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpApplication's daily backup: while the process runs (window or
 * --background), a low-priority timer looks a minute after start, then a
 * few minutes after each local midnight, whether today's backup is
 * missing; the copy is written by a worker thread on its own connection,
 * one at a time, never on the main thread. */

#define G_LOG_DOMAIN "rp-application"

#include "config.h"

#include "rp-application-private.h"
#include "rp-backups.h"

#define FIRST_CHECK_SECONDS 60
#define MIN_CHECK_SECONDS 60

static gboolean check_daily_backup (gpointer user_data);

static void
schedule_check (RpApplication *self,
                guint          seconds)
{
  g_clear_handle_id (&self->backup_timeout_id, g_source_remove);
  /* Low priority: the check waits until the main loop has nothing else
   * to do. */
  self->backup_timeout_id = g_timeout_add_seconds_full (G_PRIORITY_LOW, seconds,
                                                        check_daily_backup, self, NULL);
}

static void
schedule_next_day (RpApplication *self)
{
  g_autoptr(GDateTime) now_utc = rp_clock_now (rp_application_get_clock (self));
  g_autoptr(GDateTime) now = g_date_time_to_local (now_utc);
  g_autoptr(GDateTime) next = rp_backups_next_daily_check (now);
  GTimeSpan wait = g_date_time_difference (next, now) / G_TIME_SPAN_SECOND;

  schedule_check (self, (guint) CLAMP (wait, MIN_CHECK_SECONDS, 26 * 60 * 60));
}

typedef struct
{
  RpDatabase *db;   /* the worker's own connection */
  GDateTime  *now;
} BackupJob;

static void
backup_job_free (BackupJob *job)
{
  g_clear_object (&job->db);
  g_clear_pointer (&job->now, g_date_time_unref);
  g_free (job);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  BackupJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (!rp_backups_write (job->db, RP_BACKUP_KIND_DAILY, job->now, NULL, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
write_done (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  RpApplication *self = RP_APPLICATION (source_object);
  g_autoptr(GError) error = NULL;

  self->backup_running = FALSE;

  /* The message names the backups folder and the reason, no data. */
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_message ("The daily backup failed: %s", error->message);
  else
    g_debug ("Daily backup written");

  /* Disposed meanwhile (the task kept us alive): no new timer. */
  if (self->store != NULL && !self->quitting)
    schedule_next_day (self);
}

static GDateTime *
newest_daily (RpDatabase *database)
{
  g_autofree char *dir = rp_backups_dir_for_database (rp_database_get_path (database));
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;

  backups = rp_backups_list_in (dir, &error);
  if (backups == NULL)
    {
      g_message ("Could not list the backups: %s", error->message);
      return NULL;
    }

  for (guint i = 0; i < backups->len; i++)
    {
      RpBackupInfo *info = g_ptr_array_index (backups, i);

      if (info->kind == RP_BACKUP_KIND_DAILY)
        return g_date_time_ref (info->taken);
    }

  return NULL;
}

static gboolean
check_daily_backup (gpointer user_data)
{
  RpApplication *self = RP_APPLICATION (user_data);
  g_autoptr(GDateTime) now_utc = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(RpDatabase) worker_db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  RpDatabase *database;
  BackupJob *job;

  self->backup_timeout_id = 0;

  if (self->store == NULL || self->backup_running)
    return G_SOURCE_REMOVE;

  database = rp_store_get_database (self->store);
  now_utc = rp_clock_now (rp_application_get_clock (self));
  now = g_date_time_to_local (now_utc);
  last = newest_daily (database);

  if (!rp_backups_daily_due (now, last))
    {
      schedule_next_day (self);
      return G_SOURCE_REMOVE;
    }

  worker_db = rp_database_open_for_thread (database, &error);
  if (worker_db == NULL)
    {
      g_message ("The daily backup could not start: %s", error->message);
      schedule_next_day (self);
      return G_SOURCE_REMOVE;
    }

  job = g_new0 (BackupJob, 1);
  job->db = g_steal_pointer (&worker_db);
  job->now = g_date_time_ref (now_utc);

  self->backup_running = TRUE;
  task = g_task_new (self, NULL, write_done, NULL);
  g_task_set_source_tag (task, check_daily_backup);
  g_task_set_name (task, "daily backup");
  g_task_set_task_data (task, job, (GDestroyNotify) backup_job_free);
  g_task_run_in_thread (task, write_in_thread);

  return G_SOURCE_REMOVE;
}

/* Called once the store is open; nothing to back up without one. */
void
rp_application_start_backups (RpApplication *self)
{
  if (self->store == NULL)
    return;

  schedule_check (self, FIRST_CHECK_SECONDS);
}

void
rp_application_stop_backups (RpApplication *self)
{
  g_clear_handle_id (&self->backup_timeout_id, g_source_remove);
}
