/* rp-store-import.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include "rp-directory-import-private.h"
#include "rp-store-private.h"

/* RpStore's directory imports.
 *
 * A directory import runs on the main thread (the command line, tests)
 * or in a GTask worker (the window). The worker never touches the main
 * thread's SQLite connection nor any list model: it gets a connection of
 * its own, opened here on the main thread by rp_database_open_for_thread()
 * and then used and dropped by the worker alone. SQLite's locks make the
 * two connections take turns writing, as with the command line in another
 * process; until the worker commits, the main thread goes on reading the
 * Directory as it was (WAL). The worker also reads the new Directory back
 * (and folds its search text) so that the main thread only swaps the
 * objects into the model when the task returns on the main loop, then
 * emits `changed::directory`. One directory import at a time: a second
 * one, or a feed removal, meanwhile fails with %RP_DATABASE_ERROR_BUSY.
 * Progress goes to the main context in idle sources. */

/* --- directory imports, on the main thread ---------------------------- */

static RpDirectoryImport *
write_and_refresh (RpStore            *self,
                   RpDirectoryImport  *parsed,
                   GError            **error)
{
  g_autoptr(RpDirectoryImport) result = NULL;
  g_autoptr(GError) refresh_error = NULL;
  gboolean changed = FALSE;

  if (!rp_store_check_no_import (self, error))
    return NULL;

  result = rp_directory_import_write (parsed, self->database, NULL, NULL, NULL, error);
  if (result == NULL)
    return NULL;

  /* Saved already: a failure to read it back only delays the list. */
  if (rp_directory_import_changes_list (result) &&
      !rp_store_refresh_directory (self, NULL, &changed, &refresh_error))
    g_warning ("Could not read the Directory back: %s", refresh_error->message);

  rp_store_emit_changed (self, "directory");

  return g_steal_pointer (&result);
}

/**
 * rp_store_preview_directory_import:
 * @self: a #RpStore
 * @feed: a Meeting Guide feed's bytes
 * @file_name: the file's name, shown to the user and used to recognise a
 *   feed that names no publisher
 * @error: return location for a #RpImportError or #RpDatabaseError
 *
 * What importing @feed would do, for the user to confirm: how many
 * meetings are new, updated, unchanged and removed, skipped, with
 * warnings, by appointment, and from which entities. Nothing is written.
 *
 * Returns: (transfer full): the preview, to hand to
 *   rp_store_apply_directory_import(), or %NULL with @error set
 */
RpDirectoryImport *
rp_store_preview_directory_import (RpStore     *self,
                                   GBytes      *feed,
                                   const char  *file_name,
                                   GError     **error)
{
  g_autoptr(RpDirectoryImport) parsed = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (feed != NULL && file_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parsed = rp_directory_import_parse (feed, file_name, error);
  if (parsed == NULL)
    return NULL;

  return rp_directory_import_plan (parsed, self->database, error);
}

/**
 * rp_store_apply_directory_import:
 * @self: a #RpStore
 * @preview: what rp_store_preview_directory_import() returned
 * @error: return location for a #RpDatabaseError
 *
 * Imports the previewed feed in one transaction: the Directory gets its
 * new meetings, its changed ones updated by slug, and loses those the feed
 * no longer lists; all of it or, on any failure, none of it. The counts
 * are made again under the write lock, so they may differ from the
 * preview's if another process wrote in between. Emits
 * `changed::directory`.
 *
 * Returns: (transfer full): the applied import with its final counts, or
 *   %NULL with @error set and nothing written
 */
RpDirectoryImport *
rp_store_apply_directory_import (RpStore            *self,
                                 RpDirectoryImport  *preview,
                                 GError            **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (preview != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return write_and_refresh (self, preview, error);
}

/**
 * rp_store_import_directory:
 * @self: a #RpStore
 * @feed: a Meeting Guide feed's bytes
 * @file_name: the file's name (see rp_store_preview_directory_import())
 * @error: return location for a #RpImportError or #RpDatabaseError
 *
 * Parses and imports @feed without a preview, as the command line does.
 * rp_directory_import_get_n_new(), _n_updated() and _n_skipped() give
 * its "imported N, updated N, skipped N", and
 * rp_directory_import_dup_skipped_reasons() the reasons.
 *
 * Returns: (transfer full): the applied import, or %NULL with @error set
 *   and nothing written
 */
RpDirectoryImport *
rp_store_import_directory (RpStore     *self,
                           GBytes      *feed,
                           const char  *file_name,
                           GError     **error)
{
  g_autoptr(RpDirectoryImport) parsed = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (feed != NULL && file_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parsed = rp_directory_import_parse (feed, file_name, error);
  if (parsed == NULL)
    return NULL;

  return write_and_refresh (self, parsed, error);
}

/* --- directory imports, in a worker ----------------------------------- */

typedef struct
{
  GMainContext         *context;
  RpImportProgressFunc  func;          /* main thread only */
  gpointer              data;
  GDestroyNotify        destroy;
  gboolean              finished;      /* main thread only */
  int                   last_percent;  /* worker only */
  double                low;           /* worker only: the span of the */
  double                high;          /* step being done */
} Progress;

static void
progress_clear (gpointer data)
{
  Progress *progress = data;

  g_main_context_unref (progress->context);
}

typedef struct
{
  Progress *progress;
  double    fraction;
} ProgressUpdate;

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_atomic_rc_box_release_full (update->progress, progress_clear);
  g_free (update);
}

static gboolean
progress_update_cb (gpointer data)
{
  ProgressUpdate *update = data;
  Progress *progress = update->progress;

  if (!progress->finished && progress->func != NULL)
    progress->func (update->fraction, progress->data);

  return G_SOURCE_REMOVE;
}

/* Worker side: @fraction of the current step. */
static void
progress_report (double   fraction,
                 gpointer data)
{
  Progress *progress = data;
  ProgressUpdate *update;
  GSource *source;
  double overall;
  int percent;

  if (progress == NULL)
    return;

  overall = progress->low + CLAMP (fraction, 0.0, 1.0) * (progress->high - progress->low);
  percent = (int) (overall * 100.0);
  if (percent <= progress->last_percent)
    return;
  progress->last_percent = percent;

  update = g_new (ProgressUpdate, 1);
  update->progress = g_atomic_rc_box_acquire (progress);
  update->fraction = overall;

  /* Not g_main_context_invoke(): it would run the callback right here
   * whenever the main thread is between two iterations. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, progress_update_cb, update, progress_update_free);
  g_source_set_static_name (source, "[reprieve] import progress");
  g_source_attach (source, progress->context);
  g_source_unref (source);
}

static void
progress_step (Progress *progress,
               double    low,
               double    high)
{
  if (progress == NULL)
    return;

  progress_report (1.0, progress);
  progress->low = low;
  progress->high = high;
}

/* Main side: no call after this, and the caller's data is let go here. */
static void
progress_finish (Progress *progress)
{
  if (progress == NULL)
    return;

  progress->finished = TRUE;
  if (progress->destroy != NULL)
    progress->destroy (progress->data);
  progress->func = NULL;
  progress->data = NULL;
  progress->destroy = NULL;
}

typedef enum
{
  JOB_PREVIEW,
  JOB_IMPORT_FILE,
  JOB_APPLY,
} JobKind;

/* Owned by the worker's task: nothing here belongs to the main thread. */
typedef struct
{
  JobKind            kind;
  RpDatabase        *database;        /* the worker's own connection */
  GFile             *file;
  char              *file_name;
  RpDirectoryImport *input;
  gboolean           read_directory;
  Progress          *progress;
  RpDirectoryImport *result;
  GPtrArray         *directory;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->database);
  g_clear_object (&job->file);
  g_clear_pointer (&job->file_name, g_free);
  g_clear_pointer (&job->input, rp_directory_import_unref);
  if (job->progress != NULL)
    g_atomic_rc_box_release_full (job->progress, progress_clear);
  g_clear_pointer (&job->result, rp_directory_import_unref);
  g_clear_pointer (&job->directory, g_ptr_array_unref);
  g_free (job);
}

/* Reads at most one byte over the parser's limit, so that it refuses a
 * huge file with its own message without it all being read. */
static GBytes *
read_feed (GFile         *file,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autofree guint8 *chunk = g_malloc (64 * 1024);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  while (buffer->len <= RP_MEETING_GUIDE_MAX_BYTES)
    {
      gssize n_read = g_input_stream_read (G_INPUT_STREAM (stream), chunk, 64 * 1024,
                                           cancellable, error);

      if (n_read < 0)
        return NULL;
      if (n_read == 0)
        break;
      g_byte_array_append (buffer, chunk, (guint) n_read);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

static gboolean
run_job (Job           *job,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autoptr(RpDirectoryImport) parsed = NULL;

  if (job->kind == JOB_APPLY)
    {
      parsed = rp_directory_import_ref (job->input);
    }
  else
    {
      g_autoptr(GBytes) bytes = NULL;

      progress_step (job->progress, 0.0, 0.05);
      bytes = read_feed (job->file, cancellable, error);
      if (bytes == NULL)
        return FALSE;

      progress_step (job->progress, 0.05, 0.45);
      parsed = rp_directory_import_parse (bytes, job->file_name, error);
      if (parsed == NULL)
        return FALSE;
    }

  if (job->kind == JOB_PREVIEW)
    {
      job->result = rp_directory_import_plan (parsed, job->database, error);
      return job->result != NULL;
    }

  progress_step (job->progress, job->kind == JOB_APPLY ? 0.0 : 0.45, 0.9);
  job->result = rp_directory_import_write (parsed, job->database, cancellable,
                                           job->progress != NULL ? progress_report : NULL,
                                           job->progress, error);
  if (job->result == NULL)
    return FALSE;

  progress_step (job->progress, 0.9, 1.0);
  if (job->read_directory && rp_directory_import_changes_list (job->result))
    {
      g_autoptr(GError) local_error = NULL;

      /* Written already: the main thread reads it again if this fails. */
      job->directory = rp_directory_load_meetings (job->database, &local_error);
      if (job->directory == NULL)
        g_debug ("Could not read the Directory back: %s", local_error->message);
    }
  progress_report (1.0, job->progress);

  return TRUE;
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GError *error = NULL;

  if (run_job (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* On the main loop: @result is the worker's task, @user_data the caller's. */
static void
job_done_cb (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RpStore *self = g_task_get_source_object (task);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) directory = g_steal_pointer (&job->directory);
  g_autoptr(GError) refresh_error = NULL;
  GError *error = NULL;
  gboolean changed = FALSE;

  progress_finish (job->progress);
  if (job->kind != JOB_PREVIEW)
    self->import_running = FALSE;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (job->kind != JOB_PREVIEW)
    {
      /* The model may have been first read during the import, from before
       * it, or the worker could not read it back: then it is read here. */
      if (rp_directory_import_changes_list (job->result) &&
          !rp_store_refresh_directory (self, directory, &changed, &refresh_error))
        g_warning ("Could not read the Directory back: %s", refresh_error->message);
      rp_store_emit_changed (self, "directory");
    }

  g_task_return_pointer (task, rp_directory_import_ref (job->result),
                         (GDestroyNotify) rp_directory_import_unref);
}

static void
start_job (RpStore              *self,
           JobKind               kind,
           GFile                *file,
           RpDirectoryImport    *input,
           GCancellable         *cancellable,
           RpImportProgressFunc  progress,
           gpointer              progress_data,
           GDestroyNotify        progress_data_destroy,
           gpointer              source_tag,
           GAsyncReadyCallback   callback,
           gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  g_autoptr(RpDatabase) database = NULL;
  GError *error = NULL;
  Job *job;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  /* Cancelling after the commit is too late: the worker alone decides. */
  g_task_set_check_cancellable (task, FALSE);

  if (kind != JOB_PREVIEW && !rp_store_check_no_import (self, &error))
    goto failed;

  database = rp_database_open_for_thread (self->database, &error);
  if (database == NULL)
    goto failed;

  job = g_new0 (Job, 1);
  job->kind = kind;
  job->database = g_steal_pointer (&database);
  job->file = file != NULL ? g_object_ref (file) : NULL;
  job->input = input != NULL ? rp_directory_import_ref (input) : NULL;
  job->read_directory = self->directory_loaded;
  if (file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (file);

      job->file_name = g_filename_display_name (basename != NULL ? basename : "");
    }
  if (progress != NULL)
    {
      job->progress = g_atomic_rc_box_new0 (Progress);
      job->progress->context = g_main_context_ref_thread_default ();
      job->progress->func = progress;
      job->progress->data = progress_data;
      job->progress->destroy = progress_data_destroy;
      job->progress->last_percent = -1;
    }

  if (kind != JOB_PREVIEW)
    self->import_running = TRUE;

  /* The worker's task has no source object: it may be dropped in the
   * worker thread, and nothing of the main thread may go with it. */
  worker = g_task_new (NULL, cancellable, job_done_cb, g_steal_pointer (&task));
  g_task_set_check_cancellable (worker, FALSE);
  g_task_set_task_data (worker, job, job_free);
  g_task_run_in_thread (worker, job_thread);
  return;

failed:
  if (progress_data_destroy != NULL)
    progress_data_destroy (progress_data);
  g_task_return_error (task, error);
}

static RpDirectoryImport *
finish_job (RpStore       *self,
            GAsyncResult  *result,
            gpointer       source_tag,
            GError       **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * rp_store_preview_directory_file_async:
 * @self: a #RpStore
 * @file: a Meeting Guide feed
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on this thread's main context when the preview is ready
 * @user_data: its data
 *
 * rp_store_preview_directory_import() with the file read and parsed in a
 * worker thread. Nothing is written.
 */
void
rp_store_preview_directory_file_async (RpStore             *self,
                                       GFile               *file,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (RP_IS_STORE (self));
  g_return_if_fail (G_IS_FILE (file));

  start_job (self, JOB_PREVIEW, file, NULL, cancellable, NULL, NULL, NULL,
             rp_store_preview_directory_file_async, callback, user_data);
}

/**
 * rp_store_preview_directory_file_finish:
 * @self: a #RpStore
 * @result: the #GAsyncResult
 * @error: return location for a #GIOError, #RpImportError or #RpDatabaseError
 *
 * Returns: (transfer full): the preview, or %NULL with @error set
 */
RpDirectoryImport *
rp_store_preview_directory_file_finish (RpStore       *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return finish_job (self, result, rp_store_preview_directory_file_async, error);
}

/**
 * rp_store_apply_directory_import_async:
 * @self: a #RpStore
 * @preview: what a preview returned
 * @cancellable: (nullable): cancels the import until it is committed
 * @progress: (nullable): called on this thread's main context as it goes
 * @progress_data: its data
 * @progress_data_destroy: (nullable): frees @progress_data, on this
 *   thread, before @callback is called
 * @callback: called on this thread's main context once the Directory's
 *   model holds the imported meetings
 * @user_data: its data
 *
 * rp_store_apply_directory_import() with the writing done in a worker
 * thread on a connection of its own. Emits `changed::directory`.
 */
void
rp_store_apply_directory_import_async (RpStore              *self,
                                       RpDirectoryImport    *preview,
                                       GCancellable         *cancellable,
                                       RpImportProgressFunc  progress,
                                       gpointer              progress_data,
                                       GDestroyNotify        progress_data_destroy,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data)
{
  g_return_if_fail (RP_IS_STORE (self));
  g_return_if_fail (preview != NULL);

  start_job (self, JOB_APPLY, NULL, preview, cancellable,
             progress, progress_data, progress_data_destroy,
             rp_store_apply_directory_import_async, callback, user_data);
}

/**
 * rp_store_apply_directory_import_finish:
 * @self: a #RpStore
 * @result: the #GAsyncResult
 * @error: return location for a #RpDatabaseError or %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full): the applied import, or %NULL with @error set
 *   and nothing written
 */
RpDirectoryImport *
rp_store_apply_directory_import_finish (RpStore       *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return finish_job (self, result, rp_store_apply_directory_import_async, error);
}

/**
 * rp_store_import_directory_file_async:
 * @self: a #RpStore
 * @file: a Meeting Guide feed
 * @cancellable: (nullable): cancels the import until it is committed
 * @progress: (nullable): called on this thread's main context as it goes
 * @progress_data: its data
 * @progress_data_destroy: (nullable): frees @progress_data, on this
 *   thread, before @callback is called
 * @callback: called on this thread's main context once the Directory's
 *   model holds the imported meetings
 * @user_data: its data
 *
 * rp_store_import_directory() with reading, parsing and writing done in a
 * worker thread, without a preview. Emits `changed::directory`.
 */
void
rp_store_import_directory_file_async (RpStore              *self,
                                      GFile                *file,
                                      GCancellable         *cancellable,
                                      RpImportProgressFunc  progress,
                                      gpointer              progress_data,
                                      GDestroyNotify        progress_data_destroy,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data)
{
  g_return_if_fail (RP_IS_STORE (self));
  g_return_if_fail (G_IS_FILE (file));

  start_job (self, JOB_IMPORT_FILE, file, NULL, cancellable,
             progress, progress_data, progress_data_destroy,
             rp_store_import_directory_file_async, callback, user_data);
}

/**
 * rp_store_import_directory_file_finish:
 * @self: a #RpStore
 * @result: the #GAsyncResult
 * @error: return location for a #GIOError, #RpImportError,
 *   #RpDatabaseError or %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full): the applied import, or %NULL with @error set
 *   and nothing written
 */
RpDirectoryImport *
rp_store_import_directory_file_finish (RpStore       *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return finish_job (self, result, rp_store_import_directory_file_async, error);
}
