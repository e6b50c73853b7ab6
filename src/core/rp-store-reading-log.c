/* rp-store-reading-log.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-reading-private.h"
#include "rp-store-private.h"

/* RpStore's reading log: the days the user marked a reading as read, at
 * most one mark per reading per local day, and the counts the progress
 * goals read by local day and week (counted as the call log is, see
 * rp-store-call-log.c). Every time comes from the caller's clock. Marks
 * outlive their reading: deleting it does not change last week's counts. */

#define SELECT_MARK_TIMES "SELECT at FROM reading_log WHERE at >= ?1 AND at < ?2"

/* The local day of @when, in @when's own time zone, as [from, until):
 * 23 or 25 hours on the days the clocks change. */
static gboolean
local_day_bounds (GDateTime  *when,
                  char      **out_from,
                  char      **out_until,
                  GError    **error)
{
  GTimeZone *time_zone = g_date_time_get_timezone (when);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) until = NULL;
  GDate next_day;
  int year, month, day;

  g_date_time_get_ymd (when, &year, &month, &day);
  g_date_clear (&next_day, 1);
  g_date_set_dmy (&next_day, day, month, year);
  g_date_add_days (&next_day, 1);

  from = g_date_time_new (time_zone, year, month, day, 0, 0, 0);
  until = g_date_time_new (time_zone,
                           g_date_get_year (&next_day), g_date_get_month (&next_day),
                           g_date_get_day (&next_day), 0, 0, 0);
  if (from == NULL || until == NULL)
    {
      g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_INVALID,
                           _("The date to mark is out of range."));
      return FALSE;
    }

  *out_from = rp_store_format_time (from);
  *out_until = rp_store_format_time (until);
  return TRUE;
}

/* Keeps the model item's "last-read" in step with the log. A failure
 * only leaves it behind until the next reload. */
static void
update_last_read (RpStore *self,
                  gint64   reading_id)
{
  g_autoptr(RpReading) saved = NULL;
  g_autoptr(RpReading) item = NULL;
  g_autoptr(GError) error = NULL;

  if (!self->readings_loaded)
    return;

  item = rp_store_find_reading (self, reading_id);
  if (item == NULL)
    return;

  saved = rp_store_read_reading (self, reading_id, FALSE, &error);
  if (saved == NULL)
    {
      g_warning ("Could not read a reading's last day again: %s", error->message);
      return;
    }

  rp_reading_set_last_read (item, rp_reading_get_last_read (saved));
}

static gboolean
reading_exists (RpStore   *self,
                gint64     reading_id,
                GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database, "SELECT 1 FROM reading WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, reading_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return rp_store_set_reading_not_found (error);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  return TRUE;
}

/* Adds the mark unless the day has one; says whether it did. */
static gboolean
insert_mark (RpStore     *self,
             gint64       reading_id,
             GDateTime   *when,
             const char  *day_from,
             const char  *day_until,
             gboolean    *out_added,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *at = rp_store_format_time (when);
  int rc;

  *out_added = FALSE;
  find = rp_database_prepare (self->database,
                              "SELECT 1 FROM reading_log"
                              " WHERE reading_id = ?1 AND at >= ?2 AND at < ?3",
                              error);
  if (find == NULL)
    return FALSE;

  sqlite3_bind_int64 (find, 1, reading_id);
  sqlite3_bind_text (find, 2, day_from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (find, 3, day_until, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (find);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  insert = rp_database_prepare (self->database,
                                "INSERT INTO reading_log (reading_id, at) VALUES (?1, ?2)", error);
  if (insert == NULL)
    return FALSE;

  sqlite3_bind_int64 (insert, 1, reading_id);
  sqlite3_bind_text (insert, 2, at, -1, SQLITE_TRANSIENT);
  *out_added = rp_database_step_done (self->database, insert, error);

  return *out_added;
}

/**
 * rp_store_mark_reading_read:
 * @when: when it was read (the caller's clock); its time zone says which
 *   local day that is
 * @error: %RP_READING_ERROR_NOT_FOUND, or an #RpDatabaseError
 *
 * Marks a reading as read on @when's local day. A day that already has a
 * mark for it changes nothing and emits nothing. Otherwise the model
 * item's "last-read" follows and `changed::reading-log` is emitted.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_mark_reading_read (RpStore    *self,
                            gint64      reading_id,
                            GDateTime  *when,
                            GError    **error)
{
  g_autofree char *day_from = NULL;
  g_autofree char *day_until = NULL;
  gboolean added = FALSE;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (when != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!local_day_bounds (when, &day_from, &day_until, error) ||
      !rp_database_begin_write (self->database, error))
    return FALSE;

  if (!reading_exists (self, reading_id, error) ||
      !insert_mark (self, reading_id, when, day_from, day_until, &added, error) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  if (added)
    {
      update_last_read (self, reading_id);
      rp_store_emit_changed (self, "reading-log");
    }

  return TRUE;
}

/**
 * rp_store_unmark_reading_read:
 * @when: a moment of the local day to clear (in its own time zone)
 *
 * Removes the reading's marks of @when's local day; none is not an error.
 * When there was one, the model item's "last-read" follows and
 * `changed::reading-log` is emitted.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_unmark_reading_read (RpStore    *self,
                              gint64      reading_id,
                              GDateTime  *when,
                              GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *day_from = NULL;
  g_autofree char *day_until = NULL;
  int removed = 0;
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (when != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!local_day_bounds (when, &day_from, &day_until, error))
    return FALSE;

  stmt = rp_database_prepare (self->database,
                              "DELETE FROM reading_log"
                              " WHERE reading_id = ?1 AND at >= ?2 AND at < ?3",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, reading_id);
  sqlite3_bind_text (stmt, 2, day_from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, day_until, -1, SQLITE_TRANSIENT);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  ok = rp_database_step_done (self->database, stmt, error);
  if (ok)
    removed = sqlite3_changes (sqlite3_db_handle (stmt));
  if (!ok || !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  if (removed > 0)
    {
      update_last_read (self, reading_id);
      rp_store_emit_changed (self, "reading-log");
    }

  return TRUE;
}

/**
 * rp_store_list_reading_days:
 * @time_zone: the zone the days are in (the user's)
 *
 * Returns: (transfer full) (element-type utf8): the local days
 *   ("YYYY-MM-DD") the reading was marked read, newest first, or %NULL
 *   with @error set
 */
GPtrArray *
rp_store_list_reading_days (RpStore    *self,
                            gint64      reading_id,
                            GTimeZone  *time_zone,
                            GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_free);
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = rp_database_prepare (self->database,
                              "SELECT at FROM reading_log WHERE reading_id = ?1 ORDER BY at DESC",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, reading_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *day = rp_store_format_local_day (rp_database_column_text (stmt, 0),
                                                        time_zone);

      /* Newest first, so the same day in @time_zone comes in a run (two
       * marks of one day in another zone). */
      if (day != NULL &&
          (days->len == 0 || g_strcmp0 (g_ptr_array_index (days, days->len - 1), day) != 0))
        g_ptr_array_add (days, g_steal_pointer (&day));
    }
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&days);
}

/**
 * rp_store_count_readings_read:
 * @from: the first moment counted
 * @until: the first moment not counted
 * @out_count: (out): read marks in [@from, @until), those of deleted
 *   readings included
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_count_readings_read (RpStore    *self,
                              GDateTime  *from,
                              GDateTime  *until,
                              guint      *out_count,
                              GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *until_text = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (from != NULL && until != NULL && out_count != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database,
                              "SELECT count(*) FROM reading_log WHERE at >= ?1 AND at < ?2",
                              error);
  if (stmt == NULL)
    return FALSE;

  from_text = rp_store_format_time (from);
  until_text = rp_store_format_time (until);
  sqlite3_bind_text (stmt, 1, from_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, until_text, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  *out_count = (guint) sqlite3_column_int (stmt, 0);
  return TRUE;
}

/**
 * rp_store_count_readings_read_per_day:
 * @first_day: the first local day counted
 * @n_days: how many days
 * @time_zone: the zone the days are in (the user's)
 *
 * Returns: (transfer full) (element-type guint): @n_days counts of read
 *   marks, one per local day, or %NULL with @error set
 */
GArray *
rp_store_count_readings_read_per_day (RpStore      *self,
                                      const GDate  *first_day,
                                      guint         n_days,
                                      GTimeZone    *time_zone,
                                      GError      **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (first_day != NULL && g_date_valid (first_day), NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return rp_store_count_times_by_days (self, SELECT_MARK_TIMES, first_day, n_days, 1,
                                       time_zone, error);
}

/**
 * rp_store_count_readings_read_per_week:
 * @first_day: the first day of the first week (the caller picks the
 *   weekday weeks start on)
 *
 * Returns: (transfer full) (element-type guint): @n_weeks counts, one per
 *   run of seven local days, or %NULL with @error set
 */
GArray *
rp_store_count_readings_read_per_week (RpStore      *self,
                                       const GDate  *first_day,
                                       guint         n_weeks,
                                       GTimeZone    *time_zone,
                                       GError      **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (first_day != NULL && g_date_valid (first_day), NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return rp_store_count_times_by_days (self, SELECT_MARK_TIMES, first_day, n_weeks, 7,
                                       time_zone, error);
}
