/* rp-import-ics-task.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-import-ics"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-ics-scanner.h"
#include "rp-import-ics-private.h"
#include "rp-import-ics.h"

/* rp_import_ics_parse() in a worker thread, with a hard time limit.
 *
 * The parse checks its deadline between lines and events, so in practice
 * it ends on time by itself. The hard limit is for what a deadline cannot
 * see: a call into libical that does not come back. When the limit
 * passes, the caller gets %RP_IMPORT_ERROR_TIMED_OUT at once; the worker
 * is told to stop (its cancellable is cancelled, so it gives up at its
 * next check) and, whenever it does finish, it frees its own late result.
 * A thread cannot be killed safely in the middle of libical, so it is
 * left to run to that point; it holds nothing of the caller's but a
 * reference to the file's bytes.
 *
 * The worker is a thread of its own, not one of GTask's pool: a worker
 * stuck in libical must not hold back the GIO operations that share that
 * pool. GTask carries the result back to the caller's main context. */

typedef struct
{
  GMutex         mutex;
  GCond          cond;
  GBytes        *data;
  char          *default_time_zone_id;
  gint64         deadline;
  GCancellable  *stop;

  /* Under the mutex. */
  gboolean       finished;
  gboolean       abandoned;
  RpIcsReport   *report;
  GError        *error;

  /* Asynchronous calls only; touched in the caller's main context. */
  GMainContext  *context;
  GTask         *task;
  GSource       *timeout_source;
  GSource       *cancel_source;
} Job;

static guint worker_stall_ms;
static guint n_discarded;

void
rp_import_ics_set_worker_stall_for_testing (guint milliseconds)
{
  g_atomic_int_set (&worker_stall_ms, milliseconds);
}

guint
rp_import_ics_get_n_discarded_for_testing (void)
{
  return g_atomic_int_get (&n_discarded);
}

static void
job_clear (gpointer data)
{
  Job *job = data;

  g_mutex_clear (&job->mutex);
  g_cond_clear (&job->cond);
  g_bytes_unref (job->data);
  g_free (job->default_time_zone_id);
  g_object_unref (job->stop);
  g_clear_pointer (&job->report, rp_ics_report_unref);
  g_clear_error (&job->error);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_assert (job->task == NULL);
}

static Job *
job_ref (Job *job)
{
  return g_atomic_rc_box_acquire (job);
}

static void
job_unref (gpointer job)
{
  g_atomic_rc_box_release_full (job, job_clear);
}

static Job *
job_new (GBytes     *data,
         const char *default_time_zone_id,
         guint       time_limit_ms)
{
  Job *job = g_atomic_rc_box_new0 (Job);

  g_mutex_init (&job->mutex);
  g_cond_init (&job->cond);
  job->data = g_bytes_ref (data);
  job->default_time_zone_id = g_strdup (default_time_zone_id);
  job->deadline = g_get_monotonic_time () + (gint64) time_limit_ms * G_TIME_SPAN_MILLISECOND;
  job->stop = g_cancellable_new ();

  return job;
}

static guint
effective_limit (guint time_limit_ms)
{
  return time_limit_ms > 0 ? time_limit_ms : RP_IMPORT_ICS_DEFAULT_TIME_LIMIT_MS;
}

/* --- the asynchronous side ------------------------------------------------ */

static void
return_to_caller (Job         *job,
                  RpIcsReport *report,
                  GError      *error)
{
  g_autoptr(GTask) task = g_steal_pointer (&job->task);

  if (job->timeout_source != NULL)
    {
      g_source_destroy (job->timeout_source);
      g_clear_pointer (&job->timeout_source, g_source_unref);
    }
  if (job->cancel_source != NULL)
    {
      g_source_destroy (job->cancel_source);
      g_clear_pointer (&job->cancel_source, g_source_unref);
    }

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, (GDestroyNotify) rp_ics_report_unref);
}

static gboolean
deliver_cb (gpointer data)
{
  Job *job = data;
  RpIcsReport *report;
  GError *error;

  /* Already answered: timed out or cancelled just before. */
  if (job->task == NULL)
    return G_SOURCE_REMOVE;

  g_mutex_lock (&job->mutex);
  report = g_steal_pointer (&job->report);
  error = g_steal_pointer (&job->error);
  g_mutex_unlock (&job->mutex);

  return_to_caller (job, report, error);

  return G_SOURCE_REMOVE;
}

/* Gives up on the worker unless it has just finished; returns whether it
 * was given up on. */
static gboolean
abandon (Job *job)
{
  gboolean abandoned;

  g_mutex_lock (&job->mutex);
  if (!job->finished)
    job->abandoned = TRUE;
  abandoned = job->abandoned;
  g_mutex_unlock (&job->mutex);

  if (abandoned)
    g_cancellable_cancel (job->stop);

  return abandoned;
}

static gboolean
timeout_cb (gpointer data)
{
  Job *job = data;
  GError *error = NULL;

  g_clear_pointer (&job->timeout_source, g_source_unref);

  /* When the worker has just finished, deliver_cb is on its way. */
  if (job->task == NULL || !abandon (job))
    return G_SOURCE_REMOVE;

  rp_ics_set_timed_out_error (&error);
  return_to_caller (job, NULL, error);

  return G_SOURCE_REMOVE;
}

static gboolean
cancelled_cb (GCancellable *cancellable,
              gpointer      data)
{
  Job *job = data;
  GError *error = NULL;

  g_clear_pointer (&job->cancel_source, g_source_unref);

  if (job->task == NULL || !abandon (job))
    return G_SOURCE_REMOVE;

  g_cancellable_set_error_if_cancelled (cancellable, &error);
  return_to_caller (job, NULL, error);

  return G_SOURCE_REMOVE;
}

/* --- the worker ------------------------------------------------------------ */

static gpointer
worker_thread (gpointer data)
{
  Job *job = data;
  guint stall = g_atomic_int_get (&worker_stall_ms);
  RpIcsReport *report;
  GError *error = NULL;
  gboolean deliver;

  if (stall > 0)
    g_usleep ((gulong) stall * 1000);

  report = rp_import_ics_parse (job->data, job->default_time_zone_id, job->deadline,
                                job->stop, &error);

  g_mutex_lock (&job->mutex);
  job->finished = TRUE;
  deliver = !job->abandoned;
  if (deliver)
    {
      job->report = report;
      job->error = error;
      g_cond_broadcast (&job->cond);
    }
  g_mutex_unlock (&job->mutex);

  if (!deliver)
    {
      g_debug ("An .ics import finished after its time limit; its result is dropped");
      g_clear_pointer (&report, rp_ics_report_unref);
      g_clear_error (&error);
      g_atomic_int_inc (&n_discarded);
    }
  else if (job->context != NULL)
    {
      g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, deliver_cb,
                                  job_ref (job), job_unref);
    }

  job_unref (job);

  return NULL;
}

static gboolean
start_worker (Job     *job,
              GError **error)
{
  g_autoptr(GError) thread_error = NULL;
  GThread *thread;

  thread = g_thread_try_new ("rp-import-ics", worker_thread, job_ref (job), &thread_error);
  if (thread == NULL)
    {
      job_unref (job);
      g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_FAILED,
                   _("The calendar file could not be read: %s"), thread_error->message);
      return FALSE;
    }

  /* Detached: it ends by itself, on time or late. */
  g_thread_unref (thread);

  return TRUE;
}

/**
 * rp_import_ics_parse_with_limit:
 * @data: the file's contents
 * @default_time_zone_id: (nullable): as for rp_import_ics_parse()
 * @time_limit_ms: the hard time limit, or 0 for
 *   %RP_IMPORT_ICS_DEFAULT_TIME_LIMIT_MS
 * @error: return location for a #RpImportError
 *
 * rp_import_ics_parse() in a worker thread, for the command line: blocks
 * until the worker is done or the limit has passed, whichever is first.
 * On time out the worker is left behind as described at the top of
 * rp-import-ics-task.c.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error
 *   set (%RP_IMPORT_ERROR_TIMED_OUT when the limit passed)
 */
RpIcsReport *
rp_import_ics_parse_with_limit (GBytes      *data,
                                const char  *default_time_zone_id,
                                guint        time_limit_ms,
                                GError     **error)
{
  Job *job;
  RpIcsReport *report = NULL;
  gint64 end_time;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  time_limit_ms = effective_limit (time_limit_ms);
  job = job_new (data, default_time_zone_id, time_limit_ms);
  end_time = g_get_monotonic_time () + (gint64) time_limit_ms * G_TIME_SPAN_MILLISECOND;

  if (!start_worker (job, error))
    {
      job_unref (job);
      return NULL;
    }

  g_mutex_lock (&job->mutex);
  while (!job->finished)
    if (!g_cond_wait_until (&job->cond, &job->mutex, end_time))
      break;

  if (job->finished)
    {
      report = g_steal_pointer (&job->report);
      if (job->error != NULL)
        g_propagate_error (error, g_steal_pointer (&job->error));
    }
  else
    {
      job->abandoned = TRUE;
      rp_ics_set_timed_out_error (error);
    }
  g_mutex_unlock (&job->mutex);

  g_cancellable_cancel (job->stop);
  job_unref (job);

  return report;
}

/**
 * rp_import_ics_parse_async:
 * @data: the file's contents
 * @default_time_zone_id: (nullable): as for rp_import_ics_parse()
 * @time_limit_ms: the hard time limit, or 0 for
 *   %RP_IMPORT_ICS_DEFAULT_TIME_LIMIT_MS
 * @cancellable: (nullable): cancels the import: the callback gets
 *   %G_IO_ERROR_CANCELLED at once
 * @callback: called in the thread-default main context of the caller
 * @user_data: for @callback
 *
 * Reads an .ics file in a worker thread. The callback comes when the
 * worker is done, or when @time_limit_ms has passed, with
 * %RP_IMPORT_ERROR_TIMED_OUT, whichever is first; a worker that is still
 * running then is left behind as described at the top of
 * rp-import-ics-task.c, and its late result is dropped.
 */
void
rp_import_ics_parse_async (GBytes              *data,
                           const char          *default_time_zone_id,
                           guint                time_limit_ms,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Job *job;

  g_return_if_fail (data != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rp_import_ics_parse_async);
  g_task_set_check_cancellable (task, FALSE);

  if (g_task_return_error_if_cancelled (task))
    return;

  time_limit_ms = effective_limit (time_limit_ms);
  job = job_new (data, default_time_zone_id, time_limit_ms);
  job->context = g_main_context_ref (g_task_get_context (task));
  job->task = g_object_ref (task);

  job->timeout_source = g_timeout_source_new (time_limit_ms);
  g_source_set_static_name (job->timeout_source, "[rp-import-ics] time limit");
  g_source_set_callback (job->timeout_source, timeout_cb, job_ref (job), job_unref);
  g_source_attach (job->timeout_source, job->context);

  if (cancellable != NULL)
    {
      job->cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_static_name (job->cancel_source, "[rp-import-ics] cancelled");
      g_source_set_callback (job->cancel_source, G_SOURCE_FUNC (cancelled_cb),
                             job_ref (job), job_unref);
      g_source_attach (job->cancel_source, job->context);
    }

  if (!start_worker (job, &error))
    return_to_caller (job, NULL, g_steal_pointer (&error));

  job_unref (job);
}

/**
 * rp_import_ics_parse_finish:
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #RpImportError or %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set
 */
RpIcsReport *
rp_import_ics_parse_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rp_import_ics_parse_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
