/* rp-store-calendar.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-store-private.h"

/* RpStore's side of importing My meetings from calendar (.ics) files: the
 * importer turns events into RpMeetings with their UIDs; this saves them
 * all or none, updating the meetings imported before by UID. */

/* --- My meetings from a calendar file --------------------------------- */

/* Updates what an .ics file says about an event; leaves what the user
 * set here (home group, archived, the link to the Directory) and the
 * creation time alone. The parameters are those of
 * rp_store_bind_meeting(), the id ?25. Changes nothing when nothing
 * differs, so that sqlite3_changes() tells an update from a repeat. */
#define UPDATE_IMPORTED_SQL \
  "UPDATE meeting SET (name, group_name, program, rrule, first_date, last_date," \
  " start_time, duration_minutes, time_zone, excluded_dates, location, address," \
  " online_url, conference_phone, types, tags, notes, reminder, updated)" \
  " = (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?19," \
  " strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))" \
  " WHERE id = ?25 AND (name, group_name, program, rrule, first_date, last_date," \
  " start_time, duration_minutes, time_zone, excluded_dates, location, address," \
  " online_url, conference_phone, types, tags, notes, reminder)" \
  " IS NOT (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?19)"

static gboolean
import_one (RpStore       *self,
            RpMeeting     *meeting,
            sqlite3_stmt  *find,
            sqlite3_stmt  *insert,
            sqlite3_stmt  *update,
            guint         *imported,
            guint         *updated,
            GError       **error)
{
  g_autoptr(RpMeeting) copy = NULL;
  gboolean found = FALSE;
  int rc;

  sqlite3_bind_text (find, 1, rp_meeting_get_import_uid (meeting), -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (find);
  if (rc == SQLITE_ROW)
    {
      sqlite3_bind_int64 (update, 25, sqlite3_column_int64 (find, 0));
      sqlite3_reset (find);
      rp_store_bind_meeting (update, meeting);
      if (!rp_database_step_done (self->database, update, error))
        return FALSE;
      if (sqlite3_changes (sqlite3_db_handle (update)) > 0)
        (*updated)++;
      return TRUE;
    }
  sqlite3_reset (find);
  if (rc != SQLITE_DONE)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  /* The caller's object stays unsaved: the list gets a fresh read. */
  copy = rp_meeting_copy (meeting);
  rp_store_bind_meeting (insert, copy);
  if (!rp_store_step_returning (self, insert, copy, TRUE, &found, error))
    {
      sqlite3_reset (insert);
      return FALSE;
    }
  sqlite3_reset (insert);
  (*imported)++;

  return TRUE;
}

/**
 * rp_store_import_meetings:
 * @self: a #RpStore
 * @meetings: (element-type RpMeeting): new meetings (id 0), each with
 *   #RpMeeting:import-uid set
 * @out_imported: (out) (optional): how many were added
 * @out_updated: (out) (optional): how many replaced a changed meeting
 *   imported before with the same UID (an unchanged one is not counted)
 * @error: return location for a #RpMeetingError or #RpDatabaseError
 *
 * Imports meetings from a calendar file in one transaction: a meeting
 * whose UID was imported before updates that meeting (its fields from the
 * file; the home group, archive and Directory link stay as the user set
 * them), any other is added. The caller drops what it cannot import
 * first: one invalid meeting fails the whole call, with its position
 * (from 1) and what is wrong, and nothing is written. Emits
 * `changed::meeting` when something changed.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_import_meetings (RpStore    *self,
                          GPtrArray  *meetings,
                          guint      *out_imported,
                          guint      *out_updated,
                          GError    **error)
{
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  guint imported = 0;
  guint updated = 0;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (meetings != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < meetings->len; i++)
    {
      RpMeeting *meeting = g_ptr_array_index (meetings, i);

      g_return_val_if_fail (RP_IS_MEETING (meeting), FALSE);
      g_return_val_if_fail (rp_meeting_get_id (meeting) == 0, FALSE);

      if (rp_meeting_get_import_uid (meeting) == NULL)
        {
          g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                       _("Meeting %u has no calendar event ID; nothing was imported."), i + 1);
          return FALSE;
        }

      if (!rp_meeting_validate (meeting, error))
        {
          /* Translators: the position of a meeting in an imported file,
           * then what is wrong with it */
          g_prefix_error (error, _("Meeting %u: "), i + 1);
          return FALSE;
        }
    }

  find = rp_database_prepare (self->database,
                              "SELECT id FROM meeting WHERE import_uid = ?1 ORDER BY id LIMIT 1",
                              error);
  if (find == NULL)
    return FALSE;
  insert = rp_store_prepare_insert_meeting (self, error);
  if (insert == NULL)
    return FALSE;
  update = rp_database_prepare (self->database, UPDATE_IMPORTED_SQL, error);
  if (update == NULL)
    return FALSE;

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  for (guint i = 0; i < meetings->len; i++)
    {
      if (!import_one (self, g_ptr_array_index (meetings, i), find, insert, update,
                       &imported, &updated, error))
        {
          rp_database_rollback (self->database);
          return FALSE;
        }
    }

  if (!rp_database_commit (self->database, error))
    return FALSE;

  if (out_imported != NULL)
    *out_imported = imported;
  if (out_updated != NULL)
    *out_updated = updated;

  if (imported + updated > 0)
    {
      g_autoptr(GError) refresh_error = NULL;

      /* Saved already: a failure to read back only delays the list. */
      if (!rp_store_refresh_meetings (self, &refresh_error))
        g_warning ("Could not read the meetings back: %s", refresh_error->message);
    }

  return TRUE;
}
