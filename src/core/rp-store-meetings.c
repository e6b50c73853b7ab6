/* rp-store-meetings.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-meeting-private.h"
#include "rp-store-private.h"

/* RpStore's My meetings: reading, adding, editing, archiving and deleting
 * the user's own meetings, and the meeting rows the calendar and
 * Directory imports write too. Apart from rp-store.c, which holds the
 * object itself and what every part of the store shares. */

/* --- meetings ---------------------------------------------------------- */

/* The columns every meeting query reads, in the order row_to_meeting()
 * expects. */
#define MEETING_COLUMNS \
  "id, name, group_name, program, rrule, first_date, start_time," \
  " duration_minutes, time_zone, excluded_dates, location, address," \
  " online_url, conference_phone, types, tags, notes, home_group, reminder," \
  " archived, directory_feed, directory_slug, created, updated, import_uid," \
  " directory_fingerprint"

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"

static GStrv
split_list (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return g_new0 (char *, 1);

  return g_strsplit (text, ",", -1);
}

static RpMeeting *
row_to_meeting (sqlite3_stmt *stmt)
{
  g_autoptr(RpMeeting) meeting = rp_meeting_new ();
  g_autoptr(RpSchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) types = NULL;
  g_auto(GStrv) tags = NULL;

  rp_meeting_set_id (meeting, sqlite3_column_int64 (stmt, 0));
  rp_meeting_set_name (meeting, rp_database_column_text (stmt, 1));
  rp_meeting_set_group_name (meeting, rp_database_column_text (stmt, 2));
  rp_meeting_set_program (meeting, rp_database_column_text (stmt, 3));

  /* The CHECKs keep the columns well-formed, but a rule this build cannot
   * read (written by a bug) must not hide the meeting: it is listed
   * without a schedule, and the editor asks for one. */
  schedule = rp_schedule_new_from_storage (rp_database_column_text (stmt, 4),
                                           rp_database_column_text (stmt, 5),
                                           rp_database_column_text (stmt, 6),
                                           (guint) sqlite3_column_int (stmt, 7),
                                           rp_database_column_text (stmt, 8),
                                           rp_database_column_text (stmt, 9),
                                           &error);
  if (schedule == NULL)
    g_warning ("Meeting %" G_GINT64_FORMAT " has a schedule that cannot be read (error %d)",
               rp_meeting_get_id (meeting), error->code);
  rp_meeting_set_schedule (meeting, schedule);

  rp_meeting_set_location (meeting, rp_database_column_text (stmt, 10));
  rp_meeting_set_address (meeting, rp_database_column_text (stmt, 11));
  rp_meeting_set_online_url (meeting, rp_database_column_text (stmt, 12));
  rp_meeting_set_conference_phone (meeting, rp_database_column_text (stmt, 13));
  types = split_list (rp_database_column_text (stmt, 14));
  rp_meeting_set_types (meeting, (const char * const *) types);
  tags = split_list (rp_database_column_text (stmt, 15));
  rp_meeting_set_tags (meeting, (const char * const *) tags);
  rp_meeting_set_notes (meeting, rp_database_column_text (stmt, 16));
  rp_meeting_set_home_group (meeting, sqlite3_column_int (stmt, 17) != 0);
  rp_meeting_set_reminder (meeting, CLAMP (sqlite3_column_int (stmt, 18),
                                           RP_MEETING_REMINDER_OFF,
                                           RP_MEETING_MAX_REMINDER_MINUTES));
  rp_meeting_set_archived (meeting, sqlite3_column_int (stmt, 19) != 0);
  rp_meeting_set_directory_feed (meeting, rp_database_column_text (stmt, 20));
  rp_meeting_set_directory_slug (meeting, rp_database_column_text (stmt, 21));
  rp_meeting_set_timestamps (meeting, rp_database_column_text (stmt, 22),
                             rp_database_column_text (stmt, 23));
  rp_meeting_set_import_uid (meeting, rp_database_column_text (stmt, 24));
  rp_meeting_set_directory_fingerprint (meeting, rp_database_column_text (stmt, 25));

  return g_steal_pointer (&meeting);
}

/* Binds parameters 1..24 in the order of the INSERT and UPDATE below. The
 * meeting has been validated, so it has a schedule. */
void
rp_store_bind_meeting (sqlite3_stmt *stmt,
                       RpMeeting    *meeting)
{
  RpSchedule *schedule = rp_meeting_get_schedule (meeting);
  g_autofree char *rrule = rp_schedule_to_rrule (schedule);
  g_autofree char *first_date = rp_schedule_dup_first_date_string (schedule);
  g_autofree char *start_time = rp_schedule_dup_start_time_string (schedule);
  g_autofree char *excluded_dates = rp_schedule_dup_excluded_dates_string (schedule);
  g_autofree char *types = g_strjoinv (",", (char **) rp_meeting_get_types (meeting));
  g_autofree char *tags = g_strjoinv (",", (char **) rp_meeting_get_tags (meeting));
  const GDate *last = rp_schedule_get_last_date (schedule);
  g_autofree char *last_date = NULL;

  sqlite3_bind_text (stmt, 1, rp_meeting_get_name (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, rp_meeting_get_group_name (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, rp_meeting_get_program (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, rrule, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, first_date, -1, SQLITE_TRANSIENT);
  if (last != NULL && g_date_valid (last))
    {
      last_date = rp_schedule_format_storage_date (last);
      sqlite3_bind_text (stmt, 6, last_date, -1, SQLITE_TRANSIENT);
    }
  else
    {
      sqlite3_bind_null (stmt, 6);
    }
  sqlite3_bind_text (stmt, 7, start_time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 8, (int) rp_schedule_get_duration_minutes (schedule));
  sqlite3_bind_text (stmt, 9, rp_schedule_get_time_zone_id (schedule), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, excluded_dates, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, rp_meeting_get_location (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, rp_meeting_get_address (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 13, rp_meeting_get_online_url (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 14, rp_meeting_get_conference_phone (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 15, types, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 16, tags, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 17, rp_meeting_get_notes (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 18, rp_meeting_get_home_group (meeting) ? 1 : 0);
  sqlite3_bind_int (stmt, 19, rp_meeting_get_reminder (meeting));
  sqlite3_bind_int (stmt, 20, rp_meeting_get_archived (meeting) ? 1 : 0);
  sqlite3_bind_text (stmt, 21, rp_meeting_get_directory_feed (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 22, rp_meeting_get_directory_slug (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 23, rp_meeting_get_import_uid (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 24, rp_meeting_get_directory_fingerprint (meeting), -1, SQLITE_TRANSIENT);
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  RpMeeting *meeting_a = (RpMeeting *) a;
  RpMeeting *meeting_b = (RpMeeting *) b;
  g_autofree char *name_a = g_utf8_casefold (rp_meeting_get_name (meeting_a), -1);
  g_autofree char *name_b = g_utf8_casefold (rp_meeting_get_name (meeting_b), -1);
  int result = g_utf8_collate (name_a, name_b);
  gint64 id_a;
  gint64 id_b;

  if (result != 0)
    return result;

  /* A stable order for meetings of the same name. */
  id_a = rp_meeting_get_id (meeting_a);
  id_b = rp_meeting_get_id (meeting_b);

  return (id_a > id_b) - (id_a < id_b);
}

/* g_ptr_array_sort_with_data() passes pointers to the array's slots. */
static int
compare_meeting_slots (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  return compare_meetings (*(RpMeeting * const *) a, *(RpMeeting * const *) b, user_data);
}

static gboolean
find_meeting (RpStore *self,
              gint64   meeting_id,
              guint   *out_position)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->meetings));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RpMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->meetings), i);

      if (rp_meeting_get_id (meeting) == meeting_id)
        {
          *out_position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
remove_from_model (RpStore *self,
                   gint64   meeting_id)
{
  guint position;

  if (find_meeting (self, meeting_id, &position))
    g_list_store_remove (self->meetings, position);
}

/* My meetings that are not archived, in the order of the list. */
GPtrArray *
rp_store_read_meetings (RpStore  *self,
                        GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT " MEETING_COLUMNS " FROM meeting WHERE archived = 0",
                              error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (meetings, row_to_meeting (stmt));

  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  g_ptr_array_sort_with_data (meetings, compare_meeting_slots, NULL);

  return g_steal_pointer (&meetings);
}

/* The oldest meeting imported from the calendar event @import_uid, or
 * %NULL (without an error) when there is none. */
RpMeeting *
rp_store_find_meeting_by_uid (RpStore     *self,
                              const char  *import_uid,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT " MEETING_COLUMNS " FROM meeting"
                              " WHERE import_uid = ?1 ORDER BY id LIMIT 1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, import_uid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return row_to_meeting (stmt);
  if (rc != SQLITE_DONE)
    rp_database_set_error_from_sqlite (self->database, rc, error);

  return NULL;
}

/* The oldest meeting added from the directory entry @slug of the feed
 * @feed_key, archived or not, or %NULL (without an error). */
RpMeeting *
rp_store_find_linked_meeting (RpStore     *self,
                              const char  *feed_key,
                              const char  *slug,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT " MEETING_COLUMNS " FROM meeting"
                              " WHERE directory_feed = ?1 AND directory_slug = ?2"
                              " ORDER BY id LIMIT 1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, feed_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, slug, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return row_to_meeting (stmt);
  if (rc != SQLITE_DONE)
    rp_database_set_error_from_sqlite (self->database, rc, error);

  return NULL;
}

static gint64
meeting_id_of (gpointer item)
{
  return rp_meeting_get_id (item);
}

static gboolean
same_meeting (gpointer old_item,
              gpointer new_item)
{
  return rp_meeting_equal (old_item, new_item);
}

/* Reads My meetings again; emits `changed::meeting` when the list or a
 * meeting in it changed. */
gboolean
rp_store_refresh_meetings (RpStore  *self,
                           GError  **error)
{
  g_autoptr(GPtrArray) meetings = rp_store_read_meetings (self, error);

  if (meetings == NULL)
    return FALSE;

  if (rp_store_update_model (self->meetings, meetings, meeting_id_of, same_meeting))
    rp_store_emit_changed (self, "meeting");

  return TRUE;
}

static void
emit_changed (RpStore    *self,
              const char *kind)
{
  rp_store_emit_changed (self, kind);
}

/* An INSERT of the parameters rp_store_bind_meeting() binds, returning
 * the id and timestamps (see rp_store_step_returning()). */
sqlite3_stmt *
rp_store_prepare_insert_meeting (RpStore  *self,
                                 GError  **error)
{
  return rp_database_prepare (self->database,
                              "INSERT INTO meeting (name, group_name, program, rrule,"
                              " first_date, last_date, start_time, duration_minutes, time_zone,"
                              " excluded_dates, location, address, online_url, conference_phone,"
                              " types, tags, notes, home_group, reminder, archived,"
                              " directory_feed, directory_slug, import_uid,"
                              " directory_fingerprint, created, updated)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                              " ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24,"
                              " " NOW_SQL ", " NOW_SQL ")"
                              " RETURNING id, created, updated",
                              error);
}

/* Runs a write statement whose RETURNING row gives the timestamps (and,
 * for an insert, the id first). A failure leaves the transaction for the
 * caller to roll back. */
gboolean
rp_store_step_returning (RpStore       *self,
                         sqlite3_stmt  *stmt,
                         RpMeeting     *meeting,
                         gboolean       with_id,
                         gboolean      *out_found,
                         GError       **error)
{
  int column = 0;
  int rc;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      *out_found = FALSE;
      return TRUE;
    }
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  *out_found = TRUE;
  if (with_id)
    rp_meeting_set_id (meeting, sqlite3_column_int64 (stmt, column++));
  rp_meeting_set_timestamps (meeting, rp_database_column_text (stmt, column),
                             rp_database_column_text (stmt, column + 1));

  /* A statement still running would keep COMMIT from ending the
   * transaction. */
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  return TRUE;
}

gboolean
rp_store_set_not_found (GError **error)
{
  g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_NOT_FOUND,
                       _("This meeting has been deleted. Close it and look in My meetings."));
  return FALSE;
}

/**
 * rp_store_get_meetings:
 * @self: a #RpStore
 *
 * My meetings that are not archived, sorted by name. The store keeps the
 * model up to date with its own writes.
 *
 * Returns: (transfer none): a #GListModel of #RpMeeting
 */
GListModel *
rp_store_get_meetings (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->meetings);
}

/**
 * rp_store_load_meeting:
 * @self: a #RpStore
 * @meeting_id: a meeting's id
 * @error: return location for a #RpMeetingError or #RpDatabaseError
 *
 * Reads one meeting, archived or not, as it is saved now.
 *
 * Returns: (transfer full): a new #RpMeeting, or %NULL with @error set
 */
RpMeeting *
rp_store_load_meeting (RpStore  *self,
                       gint64    meeting_id,
                       GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = rp_database_prepare (self->database,
                              "SELECT " MEETING_COLUMNS " FROM meeting WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      rp_store_set_not_found (error);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return row_to_meeting (stmt);
}

/**
 * rp_store_list_archived_meetings:
 * @self: a #RpStore
 * @error: return location for a #RpDatabaseError
 *
 * The archived meetings, sorted by name, read now: they are not kept in a
 * model because only the My meetings list shows them, on demand. Listen to
 * `changed::meeting` to read them again.
 *
 * Returns: (transfer container) (element-type RpMeeting): the meetings,
 *   or %NULL with @error set
 */
GPtrArray *
rp_store_list_archived_meetings (RpStore  *self,
                                 GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = rp_database_prepare (self->database,
                              "SELECT " MEETING_COLUMNS " FROM meeting WHERE archived = 1",
                              error);
  if (stmt == NULL)
    return NULL;

  meetings = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (meetings, row_to_meeting (stmt));

  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  g_ptr_array_sort_with_data (meetings, compare_meeting_slots, NULL);

  return g_steal_pointer (&meetings);
}

/**
 * rp_store_add_meeting:
 * @self: a #RpStore
 * @meeting: a new meeting (id 0)
 * @error: return location for a #RpMeetingError or #RpDatabaseError
 *
 * Validates and saves @meeting, then sets its id and timestamps and, unless
 * it is archived, adds it to rp_store_get_meetings(). Emits
 * `changed::meeting`.
 *
 * Returns: %TRUE on success; on failure nothing was saved
 */
gboolean
rp_store_add_meeting (RpStore    *self,
                      RpMeeting  *meeting,
                      GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (rp_meeting_get_id (meeting) == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_meeting_validate (meeting, error))
    return FALSE;

  /* Every meeting gets the UID its exports carry from the start, so that
   * importing an exported calendar again updates instead of duplicating. */
  if (rp_meeting_get_import_uid (meeting) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *uid = g_strconcat (uuid, "@reprieve", NULL);

      rp_meeting_set_import_uid (meeting, uid);
    }

  stmt = rp_store_prepare_insert_meeting (self, error);
  if (stmt == NULL)
    return FALSE;

  rp_store_bind_meeting (stmt, meeting);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!rp_store_step_returning (self, stmt, meeting, TRUE, &found, error) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      rp_meeting_set_id (meeting, 0);
      rp_meeting_set_timestamps (meeting, NULL, NULL);
      return FALSE;
    }

  if (!rp_meeting_get_archived (meeting))
    g_list_store_insert_sorted (self->meetings, meeting, compare_meetings, NULL);

  emit_changed (self, "meeting");

  return TRUE;
}

/**
 * rp_store_update_meeting:
 * @self: a #RpStore
 * @meeting: a saved meeting, changed
 * @error: return location for a #RpMeetingError or #RpDatabaseError
 *
 * Validates and saves @meeting over the saved one with its id. The list
 * from rp_store_get_meetings() then holds @meeting itself, so an editor
 * should work on an rp_meeting_copy() and hand that over. Emits
 * `changed::meeting`.
 *
 * Returns: %TRUE on success; on failure nothing was saved
 */
gboolean
rp_store_update_meeting (RpStore    *self,
                         RpMeeting  *meeting,
                         GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 meeting_id;
  gboolean found = FALSE;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (rp_meeting_get_id (meeting) > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_meeting_validate (meeting, error))
    return FALSE;

  stmt = rp_database_prepare (self->database,
                              "UPDATE meeting SET name = ?1, group_name = ?2, program = ?3,"
                              " rrule = ?4, first_date = ?5, last_date = ?6, start_time = ?7,"
                              " duration_minutes = ?8, time_zone = ?9, excluded_dates = ?10,"
                              " location = ?11, address = ?12, online_url = ?13,"
                              " conference_phone = ?14, types = ?15, tags = ?16, notes = ?17,"
                              " home_group = ?18, reminder = ?19, archived = ?20,"
                              " directory_feed = ?21, directory_slug = ?22,"
                              " import_uid = ?23, directory_fingerprint = ?24,"
                              " updated = " NOW_SQL
                              " WHERE id = ?25"
                              " RETURNING created, updated",
                              error);
  if (stmt == NULL)
    return FALSE;

  meeting_id = rp_meeting_get_id (meeting);
  rp_store_bind_meeting (stmt, meeting);
  sqlite3_bind_int64 (stmt, 25, meeting_id);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!rp_store_step_returning (self, stmt, meeting, FALSE, &found, error) ||
      (!found && !rp_store_set_not_found (error)) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  /* The name may have changed, and with it the place in the list. */
  remove_from_model (self, meeting_id);
  if (!rp_meeting_get_archived (meeting))
    g_list_store_insert_sorted (self->meetings, meeting, compare_meetings, NULL);

  emit_changed (self, "meeting");

  return TRUE;
}

/**
 * rp_store_delete_meeting:
 * @self: a #RpStore
 * @meeting_id: the id of a saved meeting
 * @error: return location for a #RpMeetingError or #RpDatabaseError
 *
 * Deletes the meeting and its attendance. Emits `changed::meeting` and
 * `changed::attendance`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_delete_meeting (RpStore  *self,
                         gint64    meeting_id,
                         GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database, "DELETE FROM meeting WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, meeting_id);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!rp_database_step_done (self->database, stmt, error) ||
      (sqlite3_changes (sqlite3_db_handle (stmt)) == 0 && !rp_store_set_not_found (error)) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  remove_from_model (self, meeting_id);

  emit_changed (self, "meeting");
  emit_changed (self, "attendance");

  return TRUE;
}

/**
 * rp_store_set_meeting_archived:
 * @self: a #RpStore
 * @meeting_id: the id of a saved meeting
 * @archived: whether to archive it or bring it back
 * @error: return location for a #RpMeetingError or #RpDatabaseError
 *
 * Archiving takes the meeting out of rp_store_get_meetings() and keeps its
 * attendance. Emits `changed::meeting`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_set_meeting_archived (RpStore   *self,
                               gint64     meeting_id,
                               gboolean   archived,
                               GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(RpMeeting) meeting = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database,
                              "UPDATE meeting SET archived = ?2, updated = " NOW_SQL
                              " WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_int (stmt, 2, archived ? 1 : 0);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!rp_database_step_done (self->database, stmt, error) ||
      (sqlite3_changes (sqlite3_db_handle (stmt)) == 0 && !rp_store_set_not_found (error)) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  remove_from_model (self, meeting_id);
  if (!archived)
    {
      g_autoptr(GError) local_error = NULL;

      /* Saved already: failing to read it back only delays its return to
       * the list until the next start. */
      meeting = rp_store_load_meeting (self, meeting_id, &local_error);
      if (meeting != NULL)
        g_list_store_insert_sorted (self->meetings, meeting, compare_meetings, NULL);
      else
        g_warning ("Could not read back a restored meeting: %s", local_error->message);
    }

  emit_changed (self, "meeting");

  return TRUE;
}
