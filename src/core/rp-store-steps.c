/* rp-store-steps.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include "rp-schedule.h"
#include "rp-store-private.h"
#include "rp-store-steps.h"
#include "rp-twelve-steps.h"

/* RpStore's step work: one row of step_work per step the user touched
 * (see migration 7). A change of status sets the dates the user would
 * otherwise have to type: Working starts today, Done finishes today,
 * unless a date is already there; back to Not Started clears both (the
 * UI asks first). The notes stay whatever the status. */

#define SELECT_STEP_WORK "SELECT step, status, started, finished, notes, updated FROM step_work"

static void
today_of (GDateTime *now,
          GDate     *out_today)
{
  int year, month, day;

  g_date_time_get_ymd (now, &year, &month, &day);
  g_date_clear (out_today, 1);
  g_date_set_dmy (out_today, day, month, year);
}

static void
read_date (sqlite3_stmt *stmt,
           int           column,
           GDate        *out_date)
{
  const char *text = rp_database_column_text (stmt, column);

  g_date_clear (out_date, 1);
  if (text != NULL && !rp_schedule_parse_storage_date (text, out_date, NULL))
    g_date_clear (out_date, 1);
}

static void
fill_from_row (RpStepWork   *work,
               sqlite3_stmt *stmt)
{
  GDate started, finished;

  read_date (stmt, 2, &started);
  read_date (stmt, 3, &finished);
  rp_step_work_set_status (work, sqlite3_column_int (stmt, 1));
  rp_step_work_set_started (work, &started);
  rp_step_work_set_finished (work, &finished);
  rp_step_work_set_notes (work, rp_database_column_text (stmt, 4));
  rp_step_work_set_updated (work, rp_database_column_text (stmt, 5));
}

/**
 * rp_store_load_step_work:
 *
 * Returns: (transfer full) (element-type RpStepWork): the twelve steps,
 *   step 1 first (those never touched not started), or %NULL with @error
 *   set
 */
GPtrArray *
rp_store_load_step_work (RpStore  *self,
                         GError  **error)
{
  g_autoptr(GPtrArray) steps = g_ptr_array_new_full (RP_TWELVE_STEPS_COUNT, g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint step = 1; step <= RP_TWELVE_STEPS_COUNT; step++)
    g_ptr_array_add (steps, rp_step_work_new (step));

  stmt = rp_database_prepare (self->database, SELECT_STEP_WORK, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int step = sqlite3_column_int (stmt, 0);

      if (step >= 1 && step <= RP_TWELVE_STEPS_COUNT)
        fill_from_row (g_ptr_array_index (steps, step - 1), stmt);
    }
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&steps);
}

/**
 * rp_store_load_step:
 * @step: 1 to 12
 *
 * Returns: (transfer full): the step (not started when never touched), or
 *   %NULL with @error set
 */
RpStepWork *
rp_store_load_step (RpStore  *self,
                    guint     step,
                    GError  **error)
{
  g_autoptr(RpStepWork) work = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (step >= 1 && step <= RP_TWELVE_STEPS_COUNT, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = rp_database_prepare (self->database, SELECT_STEP_WORK " WHERE step = ?1", error);
  if (stmt == NULL)
    return NULL;

  work = rp_step_work_new (step);
  sqlite3_bind_int (stmt, 1, (int) step);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    fill_from_row (work, stmt);
  else if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&work);
}

static gboolean
read_status (RpStore       *self,
             guint          step,
             RpStepStatus  *out_status,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database, "SELECT status FROM step_work WHERE step = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, (int) step);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      *out_status = RP_STEP_STATUS_NOT_STARTED;
      return TRUE;
    }
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  *out_status = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* The dates a change of status brings. */
static void
apply_status_change (RpStepWork  *work,
                     const GDate *today)
{
  switch (rp_step_work_get_status (work))
    {
    case RP_STEP_STATUS_NOT_STARTED:
      rp_step_work_set_started (work, NULL);
      rp_step_work_set_finished (work, NULL);
      break;

    case RP_STEP_STATUS_WORKING:
      if (rp_step_work_get_started (work) == NULL)
        rp_step_work_set_started (work, today);
      rp_step_work_set_finished (work, NULL);
      break;

    case RP_STEP_STATUS_DONE:
      if (rp_step_work_get_finished (work) == NULL)
        rp_step_work_set_finished (work, today);
      break;

    default:
      break;
    }
}

static void
bind_date (sqlite3_stmt *stmt,
           int           index,
           const GDate  *date)
{
  if (date == NULL)
    {
      sqlite3_bind_null (stmt, index);
      return;
    }

  sqlite3_bind_text (stmt, index, rp_schedule_format_storage_date (date), -1, g_free);
}

static gboolean
write_row (RpStore     *self,
           RpStepWork  *work,
           const char  *updated,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (self->database,
                              "INSERT INTO step_work (step, status, started, finished, notes, updated)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                              " ON CONFLICT (step) DO UPDATE SET"
                              "  status = excluded.status, started = excluded.started,"
                              "  finished = excluded.finished, notes = excluded.notes,"
                              "  updated = excluded.updated",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, (int) rp_step_work_get_step (work));
  sqlite3_bind_int (stmt, 2, rp_step_work_get_status (work));
  bind_date (stmt, 3, rp_step_work_get_started (work));
  bind_date (stmt, 4, rp_step_work_get_finished (work));
  sqlite3_bind_text (stmt, 5, rp_step_work_get_notes (work), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, updated, -1, SQLITE_TRANSIENT);

  return rp_database_step_done (self->database, stmt, error);
}

/**
 * rp_store_save_step_work:
 * @work: the step as the user left it; on success it gets the dates the
 *   change of status set and the time it was saved
 * @now: the caller's clock; its local day is today
 * @error: an #RP_STEP_WORK_ERROR_INVALID (nothing written) or an
 *   #RpDatabaseError
 *
 * Saves the step's status, dates and notes. When the status differs from
 * the saved one: Not Started clears both dates, Working sets the start to
 * today when there is none (and clears the finish), Done sets the finish
 * to today when there is none. Then the step must pass
 * rp_step_work_validate(). Emits `changed::step`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_save_step_work (RpStore     *self,
                         RpStepWork  *work,
                         GDateTime   *now,
                         GError     **error)
{
  g_autoptr(RpStepWork) saved = NULL;
  g_autofree char *updated = NULL;
  RpStepStatus old_status = RP_STEP_STATUS_NOT_STARTED;
  GDate today;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_STEP_WORK (work), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  today_of (now, &today);
  updated = rp_store_format_time (now);
  saved = rp_step_work_copy (work);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!read_status (self, rp_step_work_get_step (saved), &old_status, error))
    goto fail;

  if (old_status != rp_step_work_get_status (saved))
    apply_status_change (saved, &today);

  if (!rp_step_work_validate (saved, &today, NULL, error) ||
      !write_row (self, saved, updated, error) ||
      !rp_database_commit (self->database, error))
    goto fail;

  rp_step_work_set_started (work, rp_step_work_get_started (saved));
  rp_step_work_set_finished (work, rp_step_work_get_finished (saved));
  rp_step_work_set_updated (work, updated);
  g_debug ("Saved step %u (status %d)", rp_step_work_get_step (work),
           rp_step_work_get_status (work));
  rp_store_emit_changed (self, "step");

  return TRUE;

fail:
  rp_database_rollback (self->database);
  return FALSE;
}

/**
 * rp_store_save_step_notes:
 * @step: 1 to 12
 * @notes: (nullable): the notes; %NULL or "" for none
 * @now: the caller's clock, for the time of the change
 * @error: an #RP_STEP_WORK_ERROR_INVALID for notes over the cap (nothing
 *   written), or an #RpDatabaseError
 *
 * Saves the step's notes and leaves its status and dates as they are (a
 * step never touched stays not started). Emits `changed::step`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_save_step_notes (RpStore     *self,
                          guint        step,
                          const char  *notes,
                          GDateTime   *now,
                          GError     **error)
{
  g_autoptr(RpStepWork) check = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *updated = NULL;
  RpStepWorkField field = RP_STEP_WORK_FIELD_NONE;
  g_autoptr(GError) local_error = NULL;
  GDate today;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (step >= 1 && step <= RP_TWELVE_STEPS_COUNT, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Only the notes are checked: the rest of the row is not touched. */
  today_of (now, &today);
  check = rp_step_work_new (step);
  rp_step_work_set_notes (check, notes);
  if (!rp_step_work_validate (check, &today, &field, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  stmt = rp_database_prepare (self->database,
                              "INSERT INTO step_work (step, notes, updated) VALUES (?1, ?2, ?3)"
                              " ON CONFLICT (step) DO UPDATE SET"
                              "  notes = excluded.notes, updated = excluded.updated",
                              error);
  if (stmt == NULL)
    return FALSE;

  updated = rp_store_format_time (now);
  sqlite3_bind_int (stmt, 1, (int) step);
  sqlite3_bind_text (stmt, 2, rp_step_work_get_notes (check), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, updated, -1, SQLITE_TRANSIENT);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;
  if (!rp_database_step_done (self->database, stmt, error) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  g_debug ("Saved the notes of step %u", step);
  rp_store_emit_changed (self, "step");

  return TRUE;
}
