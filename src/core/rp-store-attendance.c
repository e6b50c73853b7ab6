/* rp-store-attendance.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-store-private.h"

/* RpStore's attendance: per occurrence of a meeting (its id and local
 * date), attended or missed with an optional note, and the counts the
 * progress page shows. */

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"

/* --- attendance -------------------------------------------------------- */

/**
 * rp_store_set_attendance:
 * @self: a #RpStore
 * @meeting_id: the id of a saved meeting
 * @date: the occurrence's date in the meeting's time zone
 * @status: attended or missed
 * @note: (nullable): a note, or %NULL (or "") for none
 * @error: return location for a #RpMeetingError or #RpDatabaseError
 *
 * Records attendance for one occurrence, replacing what was recorded for
 * it before. Emits `changed::attendance`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_set_attendance (RpStore             *self,
                         gint64               meeting_id,
                         const GDate         *date,
                         RpAttendanceStatus   status,
                         const char          *note,
                         GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *date_text = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);
  g_return_val_if_fail (status == RP_ATTENDANCE_MISSED || status == RP_ATTENDANCE_ATTENDED, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (note != NULL && note[0] == '\0')
    note = NULL;

  if (note != NULL && g_utf8_strlen (note, -1) > RP_MEETING_MAX_ATTENDANCE_NOTE_LENGTH)
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the note to at most %d character.",
                                "Shorten the note to at most %d characters.",
                                RP_MEETING_MAX_ATTENDANCE_NOTE_LENGTH),
                   RP_MEETING_MAX_ATTENDANCE_NOTE_LENGTH);
      return FALSE;
    }

  stmt = rp_database_prepare (self->database,
                              "INSERT INTO attendance (meeting_id, date, status, note, recorded)"
                              " VALUES (?1, ?2, ?3, ?4, " NOW_SQL ")"
                              " ON CONFLICT (meeting_id, date) DO UPDATE SET"
                              " status = excluded.status, note = excluded.note,"
                              " recorded = excluded.recorded",
                              error);
  if (stmt == NULL)
    return FALSE;

  date_text = rp_schedule_format_storage_date (date);
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_text (stmt, 2, date_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, status);
  sqlite3_bind_text (stmt, 4, note, -1, SQLITE_TRANSIENT);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      rp_database_rollback (self->database);
      /* The meeting was deleted, perhaps from the command line. */
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        return rp_store_set_not_found (error);
      return rp_database_set_error_from_sqlite (self->database, rc, error);
    }

  if (!rp_database_commit (self->database, error))
    return FALSE;

  rp_store_emit_changed (self, "attendance");

  return TRUE;
}

/**
 * rp_store_clear_attendance:
 * @self: a #RpStore
 * @meeting_id: a meeting's id
 * @date: the occurrence's date in the meeting's time zone
 * @error: return location for a #RpDatabaseError
 *
 * Forgets whether the user went. Nothing recorded is not an error. Emits
 * `changed::attendance` when something was removed.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_clear_attendance (RpStore      *self,
                           gint64        meeting_id,
                           const GDate  *date,
                           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *date_text = NULL;
  int n_changes;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database,
                              "DELETE FROM attendance WHERE meeting_id = ?1 AND date = ?2",
                              error);
  if (stmt == NULL)
    return FALSE;

  date_text = rp_schedule_format_storage_date (date);
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_text (stmt, 2, date_text, -1, SQLITE_TRANSIENT);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!rp_database_step_done (self->database, stmt, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  n_changes = sqlite3_changes (sqlite3_db_handle (stmt));

  if (!rp_database_commit (self->database, error))
    return FALSE;

  if (n_changes > 0)
    rp_store_emit_changed (self, "attendance");

  return TRUE;
}

/**
 * rp_store_get_attendance_history:
 * @self: a #RpStore
 * @meeting_id: a meeting's id
 * @error: return location for a #RpDatabaseError
 *
 * Returns: (transfer container) (element-type RpAttendanceRecord): what was
 *   recorded for the meeting, newest date first, or %NULL with @error set
 */
GPtrArray *
rp_store_get_attendance_history (RpStore  *self,
                                 gint64    meeting_id,
                                 GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) records = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = rp_database_prepare (self->database,
                              "SELECT date, status, note, recorded FROM attendance"
                              " WHERE meeting_id = ?1 ORDER BY date DESC",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, meeting_id);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_attendance_record_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RpAttendanceRecord *record = g_new0 (RpAttendanceRecord, 1);

      /* The CHECK constraint has made sure it is a real date. */
      g_date_clear (&record->date, 1);
      rp_schedule_parse_storage_date (rp_database_column_text (stmt, 0), &record->date, NULL);
      record->status = sqlite3_column_int (stmt, 1) != 0 ? RP_ATTENDANCE_ATTENDED
                                                         : RP_ATTENDANCE_MISSED;
      record->note = g_strdup (rp_database_column_text (stmt, 2));
      record->recorded = g_strdup (rp_database_column_text (stmt, 3));
      g_ptr_array_add (records, record);
    }

  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&records);
}

/**
 * rp_store_get_attended:
 * @self: a #RpStore
 * @from: the first date
 * @to: the last date (inclusive)
 * @error: return location for a #RpDatabaseError
 *
 * The occurrences the user went to with a date (in the meeting's zone)
 * from @from to @to, archived meetings included: what a month calendar
 * marks.
 *
 * Returns: (transfer full) (element-type RpAttendanceKey): the keys,
 *   sorted by date then meeting, or %NULL with @error set
 */
GArray *
rp_store_get_attended (RpStore      *self,
                       const GDate  *from,
                       const GDate  *to,
                       GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) keys = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = rp_database_prepare (self->database,
                              "SELECT meeting_id, date FROM attendance"
                              " WHERE status = 1 AND date BETWEEN ?1 AND ?2"
                              " ORDER BY date, meeting_id",
                              error);
  if (stmt == NULL)
    return NULL;

  from_text = rp_schedule_format_storage_date (from);
  to_text = rp_schedule_format_storage_date (to);
  sqlite3_bind_text (stmt, 1, from_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to_text, -1, SQLITE_TRANSIENT);

  keys = g_array_new (FALSE, TRUE, sizeof (RpAttendanceKey));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RpAttendanceKey key;

      key.meeting_id = sqlite3_column_int64 (stmt, 0);
      /* The CHECK constraint has made sure it is a real date. */
      g_date_clear (&key.date, 1);
      rp_schedule_parse_storage_date (rp_database_column_text (stmt, 1), &key.date, NULL);
      g_array_append_val (keys, key);
    }

  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&keys);
}

static gboolean
query_count (RpStore     *self,
             const char  *sql,
             const GDate *from,
             const GDate *to,
             guint       *out_count,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  int rc;

  stmt = rp_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    return FALSE;

  from_text = rp_schedule_format_storage_date (from);
  to_text = rp_schedule_format_storage_date (to);
  sqlite3_bind_text (stmt, 1, from_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to_text, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  *out_count = (guint) sqlite3_column_int64 (stmt, 0);

  return TRUE;
}

/**
 * rp_store_count_attended:
 * @self: a #RpStore
 * @from: the first date counted
 * @to: the last date counted (inclusive)
 * @out_count: (out): the number of attended occurrences
 * @error: return location for a #RpDatabaseError
 *
 * Counts attended occurrences of all meetings, archived ones included,
 * with a date from @from to @to. Callers pick the range (today, this week,
 * this month), so nothing here reads the clock.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_count_attended (RpStore      *self,
                         const GDate  *from,
                         const GDate  *to,
                         guint        *out_count,
                         GError      **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (from != NULL && g_date_valid (from), FALSE);
  g_return_val_if_fail (to != NULL && g_date_valid (to), FALSE);
  g_return_val_if_fail (out_count != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return query_count (self,
                      "SELECT count(*) FROM attendance"
                      " WHERE status = 1 AND date BETWEEN ?1 AND ?2",
                      from, to, out_count, error);
}

/**
 * rp_store_count_days_with_meeting:
 * @self: a #RpStore
 * @today: the last day of the window
 * @n_days: how many days the window has, @today included
 * @out_count: (out): the number of days on which the user attended at
 *   least one meeting
 * @error: return location for a #RpDatabaseError
 *
 * The "90 meetings in 90 days" count: two meetings on one day count once.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_count_days_with_meeting (RpStore      *self,
                                  const GDate  *today,
                                  guint         n_days,
                                  guint        *out_count,
                                  GError      **error)
{
  GDate first;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (out_count != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_days == 0)
    {
      *out_count = 0;
      return TRUE;
    }

  first = *today;
  g_date_subtract_days (&first, n_days - 1);

  return query_count (self,
                      "SELECT count(DISTINCT date) FROM attendance"
                      " WHERE status = 1 AND date BETWEEN ?1 AND ?2",
                      &first, today, out_count, error);
}
