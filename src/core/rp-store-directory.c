/* rp-store-directory.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rp-directory-import-private.h"
#include "rp-directory-meeting-private.h"
#include "rp-meeting-private.h"
#include "rp-meeting-types.h"
#include "rp-store-private.h"
#include "rp-uri-policy.h"

/* RpStore's Directory: the list model of directory meetings (read on
 * first use, brought up to date after every import), the feeds, adding a
 * directory meeting to My meetings, and telling which of those changed or
 * vanished from their feed since. A meeting added from the Directory
 * keeps its feed's key, its slug and the entry's fingerprint; a re-import
 * never changes it, it only lets the user know. */

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"

static gint64
directory_meeting_id_of (gpointer item)
{
  return rp_directory_meeting_get_id (item);
}

static gboolean
same_directory_meeting (gpointer old_item,
                        gpointer new_item)
{
  return rp_directory_meeting_same_entry (old_item, new_item);
}

/* Brings the model up to date with @meetings (already read, in a worker)
 * or with the database when %NULL. Does nothing until it is first used. */
gboolean
rp_store_refresh_directory (RpStore    *self,
                            GPtrArray  *meetings,
                            gboolean   *out_changed,
                            GError    **error)
{
  g_autoptr(GPtrArray) loaded = NULL;

  *out_changed = FALSE;

  if (!self->directory_loaded)
    return TRUE;

  if (meetings == NULL)
    {
      meetings = loaded = rp_directory_load_meetings (self->database, error);
      if (meetings == NULL)
        return FALSE;
    }

  *out_changed = rp_store_update_model (self->directory, meetings,
                                        directory_meeting_id_of, same_directory_meeting);

  return TRUE;
}

gboolean
rp_store_check_no_import (RpStore  *self,
                          GError  **error)
{
  if (!self->import_running)
    return TRUE;

  g_set_error_literal (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_BUSY,
                       _("A meeting feed is being imported. Wait until it is done, then try again."));
  return FALSE;
}

/**
 * rp_store_get_directory:
 * @self: a #RpStore
 *
 * The Directory: every meeting of every imported feed, sorted by name,
 * then day and time. Read from the database on the first call, then kept
 * up to date after each import, feed removal and rp_store_reload(); an
 * unchanged meeting keeps its object. Filter it with a #RpDirectoryQuery.
 *
 * Returns: (transfer none): a #GListModel of #RpDirectoryMeeting
 */
GListModel *
rp_store_get_directory (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  if (!self->directory_loaded)
    {
      g_autoptr(GPtrArray) meetings = NULL;
      g_autoptr(GError) error = NULL;

      meetings = rp_directory_load_meetings (self->database, &error);
      if (meetings == NULL)
        {
          /* Empty for now; the next call tries again. */
          g_warning ("Could not load the Directory: %s", error->message);
          return G_LIST_MODEL (self->directory);
        }

      self->directory_loaded = TRUE;
      g_list_store_splice (self->directory, 0,
                           g_list_model_get_n_items (G_LIST_MODEL (self->directory)),
                           meetings->pdata, meetings->len);
    }

  return G_LIST_MODEL (self->directory);
}

/**
 * rp_store_list_directory_feeds:
 * @self: a #RpStore
 * @error: return location for a #RpDatabaseError
 *
 * Returns: (transfer container) (element-type RpDirectoryFeed): the
 *   imported feeds by name, or %NULL with @error set
 */
GPtrArray *
rp_store_list_directory_feeds (RpStore  *self,
                               GError  **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return rp_directory_load_feeds (self->database, error);
}

/**
 * rp_store_remove_directory_feed:
 * @self: a #RpStore
 * @feed_id: the #RpDirectoryFeed's id
 * @error: return location for a #RpDatabaseError
 *
 * Removes a feed and its meetings from the Directory; My meetings added
 * from it stay, and rp_store_get_directory_link_changes() then lists them
 * as vanished. A feed that is already gone is not an error. Emits
 * `changed::directory`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_remove_directory_feed (RpStore  *self,
                                gint64    feed_id,
                                GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean changed = FALSE;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_store_check_no_import (self, error))
    return FALSE;

  stmt = rp_database_prepare (self->database, "DELETE FROM directory_feed WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, feed_id);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!rp_database_step_done (self->database, stmt, error) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  if (!rp_store_refresh_directory (self, NULL, &changed, error))
    return FALSE;

  rp_store_emit_changed (self, "directory");

  return TRUE;
}

/* --- adding to My meetings -------------------------------------------- */

/* Text over @max_length characters is cut to fit, ending in "…". */
static char *
fit_text (const char *text,
          glong       max_length)
{
  g_autofree char *start = NULL;

  if (text == NULL || g_utf8_strlen (text, -1) <= max_length)
    return g_strdup (text);

  start = g_utf8_substring (text, 0, max_length - 1);

  return g_strconcat (g_strchomp (start), "…", NULL);
}

/* A list RpMeeting can store: no commas, and within @max_length joined. */
static GStrv
fit_list (const char * const *items,
          glong               max_length)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  glong length = 0;

  for (guint i = 0; items[i] != NULL; i++)
    {
      glong item_length = g_utf8_strlen (items[i], -1);

      if (items[i][0] == '\0' || strchr (items[i], ',') != NULL)
        continue;
      if (length + item_length + (length > 0 ? 1 : 0) > max_length)
        break;
      length += item_length + (length > 0 ? 1 : 0);
      g_strv_builder_add (builder, items[i]);
    }

  return g_strv_builder_end (builder);
}

/* The zone of @now, or the system's, as long as it is an IANA name that
 * a schedule accepts. */
static char *
default_time_zone (GDateTime *now)
{
  const char *candidates[2];
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();

  candidates[0] = g_time_zone_get_identifier (g_date_time_get_timezone (now));
  candidates[1] = g_time_zone_get_identifier (local);

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autoptr(GTimeZone) zone = NULL;

      if (candidates[i] == NULL || strchr (candidates[i], '/') == NULL)
        {
          if (g_strcmp0 (candidates[i], "UTC") == 0)
            return g_strdup ("UTC");
          continue;
        }

      zone = g_time_zone_new_identifier (candidates[i]);
      if (zone != NULL)
        return g_strdup (candidates[i]);
    }

  return NULL;
}

static RpSchedule *
schedule_for_entry (RpDirectoryMeeting  *entry,
                    GDateTime           *now,
                    GError             **error)
{
  g_autofree char *zone_id = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) local_now = NULL;
  int start = rp_directory_meeting_get_start_minute (entry);
  int end = rp_directory_meeting_get_end_minute (entry);
  guint duration = RP_SCHEDULE_DEFAULT_DURATION;
  GDate first_date;

  if (rp_directory_meeting_get_time_zone (entry) != NULL)
    zone_id = g_strdup (rp_directory_meeting_get_time_zone (entry));
  else
    zone_id = default_time_zone (now);

  if (zone_id == NULL)
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           _("Reprieve cannot tell your time zone. Set it in the system’s settings, then add the meeting again."));
      return NULL;
    }

  /* An end at or before the start is on the next day; an end equal to
   * the start says nothing. */
  if (end >= 0 && end != start)
    duration = (guint) ((end - start + 1440) % 1440);

  /* From today on the meeting's own clock. */
  zone = g_time_zone_new_identifier (zone_id);
  local_now = zone != NULL ? g_date_time_to_timezone (now, zone) : g_date_time_ref (now);
  g_date_clear (&first_date, 1);
  g_date_set_dmy (&first_date, g_date_time_get_day_of_month (local_now),
                  g_date_time_get_month (local_now), g_date_time_get_year (local_now));

  return rp_schedule_new_weekly (&first_date, rp_directory_meeting_get_weekdays (entry),
                                 (guint) start, duration, zone_id, error);
}

static RpMeeting *
meeting_for_entry (RpDirectoryMeeting  *entry,
                   GDateTime           *now,
                   GError             **error)
{
  g_autoptr(RpMeeting) meeting = rp_meeting_new ();
  g_autoptr(RpSchedule) schedule = NULL;
  g_autofree char *name = NULL;
  g_autofree char *group_name = NULL;
  g_autofree char *location = NULL;
  g_autofree char *address = NULL;
  g_autofree char *notes = NULL;
  g_auto(GStrv) types = NULL;
  g_auto(GStrv) tags = NULL;
  const char *online_url = rp_directory_meeting_get_online_url (entry);
  const char *phone = rp_directory_meeting_get_conference_phone (entry);

  schedule = schedule_for_entry (entry, now, error);
  if (schedule == NULL)
    return NULL;

  name = fit_text (rp_directory_meeting_get_display_name (entry), RP_MEETING_MAX_NAME_LENGTH);
  group_name = fit_text (rp_directory_meeting_get_group_name (entry),
                         RP_MEETING_MAX_GROUP_NAME_LENGTH);
  location = fit_text (rp_directory_meeting_get_location (entry), RP_MEETING_MAX_LOCATION_LENGTH);
  /* The feed's address already holds the city, region, postal code and
   * country; an approximate one (an online meeting's city) is no place
   * to go to. */
  if (!rp_directory_meeting_get_approximate (entry))
    address = fit_text (rp_directory_meeting_get_address (entry), RP_MEETING_MAX_ADDRESS_LENGTH);
  notes = fit_text (rp_directory_meeting_get_notes (entry), RP_MEETING_MAX_NOTES_LENGTH);
  types = fit_list (rp_directory_meeting_get_types (entry), RP_MEETING_MAX_TYPES_LENGTH);
  tags = fit_list (rp_directory_meeting_get_custom_tags (entry), RP_MEETING_MAX_TAGS_LENGTH);

  /* A link or number that Reprieve would not open or dial is left out,
   * not cut: a shortened one would be wrong. */
  if (online_url != NULL && rp_uri_policy_check (online_url, NULL) == RP_URI_VERDICT_REFUSED)
    online_url = NULL;
  if (phone != NULL && (g_utf8_strlen (phone, -1) > RP_MEETING_MAX_CONFERENCE_PHONE_LENGTH ||
                        !rp_uri_phone_number_is_valid (phone, NULL)))
    phone = NULL;

  rp_meeting_set_name (meeting, name);
  rp_meeting_set_group_name (meeting, group_name);
  rp_meeting_set_schedule (meeting, schedule);
  rp_meeting_set_location (meeting, location);
  rp_meeting_set_address (meeting, address);
  rp_meeting_set_online_url (meeting, online_url);
  rp_meeting_set_conference_phone (meeting, phone);
  rp_meeting_set_types (meeting, (const char * const *) types);
  rp_meeting_set_tags (meeting, (const char * const *) tags);
  rp_meeting_set_notes (meeting, notes);
  rp_meeting_set_directory_feed (meeting, rp_directory_meeting_get_feed_key (entry));
  rp_meeting_set_directory_slug (meeting, rp_directory_meeting_get_slug (entry));
  rp_meeting_set_directory_fingerprint (meeting, rp_directory_meeting_get_fingerprint (entry));

  return g_steal_pointer (&meeting);
}

/* The object of My meetings' list with @meeting_id, else a fresh read. */
static RpMeeting *
dup_listed_meeting (RpStore  *self,
                    gint64    meeting_id,
                    GError  **error)
{
  GListModel *model = G_LIST_MODEL (self->meetings);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RpMeeting) meeting = g_list_model_get_item (model, i);

      if (rp_meeting_get_id (meeting) == meeting_id)
        return g_steal_pointer (&meeting);
    }

  return rp_store_load_meeting (self, meeting_id, error);
}

/**
 * rp_store_add_directory_meeting:
 * @self: a #RpStore
 * @entry: a meeting of rp_store_get_directory()
 * @now: the current time: the schedule starts on its date, and a meeting
 *   whose feed gives no time zone gets the zone of @now
 * @error: return location for a #RpMeetingError or #RpDatabaseError
 *
 * Adds @entry to My meetings, linked to it: weekly on its days at its
 * time (one hour when the feed gives no end), with its place, link, phone
 * number, types, tags and notes. A link Reprieve would not open, or a
 * phone number it cannot dial, is left out. A meeting by appointment has
 * no schedule and is refused with %RP_MEETING_ERROR_INVALID.
 *
 * Adding an entry that is already in My meetings adds nothing: the
 * meeting added before is returned, brought back from the archive if it
 * was archived. Emits `changed::meeting` when something was saved.
 *
 * Returns: (transfer full): the meeting in My meetings, or %NULL with
 *   @error set
 */
RpMeeting *
rp_store_add_directory_meeting (RpStore             *self,
                                RpDirectoryMeeting  *entry,
                                GDateTime           *now,
                                GError             **error)
{
  g_autoptr(RpMeeting) meeting = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (RP_IS_DIRECTORY_MEETING (entry), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (rp_directory_meeting_get_by_appointment (entry))
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           _("This meeting is by appointment: the feed gives no day and time to put in your calendar. Ask the group when it meets, then add it yourself."));
      return NULL;
    }

  meeting = rp_store_find_linked_meeting (self, rp_directory_meeting_get_feed_key (entry),
                                          rp_directory_meeting_get_slug (entry), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (meeting != NULL)
    {
      gint64 meeting_id = rp_meeting_get_id (meeting);

      if (rp_meeting_get_archived (meeting) &&
          !rp_store_set_meeting_archived (self, meeting_id, FALSE, error))
        return NULL;

      return dup_listed_meeting (self, meeting_id, error);
    }

  meeting = meeting_for_entry (entry, now, error);
  if (meeting == NULL || !rp_store_add_meeting (self, meeting, error))
    return NULL;

  return g_steal_pointer (&meeting);
}

/* --- links after a re-import ------------------------------------------ */

/**
 * rp_store_get_directory_link_changes:
 * @self: a #RpStore
 * @out_changed: (out) (transfer container) (element-type RpMeeting): My
 *   meetings whose directory entry changed since they were added
 * @out_vanished: (out) (transfer container) (element-type RpMeeting): My
 *   meetings whose entry is no longer in the Directory
 * @error: return location for a #RpDatabaseError
 *
 * After a re-import, the meetings to tell the user about, oldest first.
 * Archived meetings are left out. They stay listed until the user
 * accepts the change with rp_store_accept_directory_link_change().
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_get_directory_link_changes (RpStore     *self,
                                     GPtrArray  **out_changed,
                                     GPtrArray  **out_vanished,
                                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) vanished = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_changed != NULL && out_vanished != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database,
                              "SELECT m.id, d.id IS NULL FROM meeting m"
                              " LEFT JOIN directory_feed f ON f.feed_key = m.directory_feed"
                              " LEFT JOIN directory_meeting d"
                              "  ON d.feed_id = f.id AND d.slug = m.directory_slug"
                              " WHERE m.directory_feed IS NOT NULL AND m.directory_slug IS NOT NULL"
                              "  AND m.archived = 0"
                              "  AND (d.id IS NULL OR d.fingerprint IS NOT m.directory_fingerprint)"
                              " ORDER BY m.id",
                              error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RpMeeting *meeting = dup_listed_meeting (self, sqlite3_column_int64 (stmt, 0), error);

      if (meeting == NULL)
        return FALSE;

      g_ptr_array_add (sqlite3_column_int (stmt, 1) ? vanished : changed, meeting);
    }

  if (rc != SQLITE_DONE)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  *out_changed = g_steal_pointer (&changed);
  *out_vanished = g_steal_pointer (&vanished);

  return TRUE;
}

/**
 * rp_store_accept_directory_link_change:
 * @self: a #RpStore
 * @meeting_id: a meeting listed by rp_store_get_directory_link_changes()
 * @error: return location for a #RpMeetingError or #RpDatabaseError
 *
 * The user has seen the change: the meeting now follows the entry as it
 * is, or, when the entry vanished, is no longer linked to the Directory.
 * The meeting's own fields are not touched. Emits `changed::meeting`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_accept_directory_link_change (RpStore  *self,
                                       gint64    meeting_id,
                                       GError  **error)
{
  g_autoptr(RpMeeting) meeting = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *fingerprint = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  meeting = rp_store_load_meeting (self, meeting_id, error);
  if (meeting == NULL)
    return FALSE;

  if (rp_meeting_get_directory_feed (meeting) == NULL ||
      rp_meeting_get_directory_slug (meeting) == NULL)
    return TRUE;

  if (!rp_directory_lookup_fingerprint (self->database,
                                        rp_meeting_get_directory_feed (meeting),
                                        rp_meeting_get_directory_slug (meeting),
                                        &fingerprint, error))
    return FALSE;

  if (fingerprint != NULL)
    stmt = rp_database_prepare (self->database,
                                "UPDATE meeting SET directory_fingerprint = ?2,"
                                " updated = " NOW_SQL " WHERE id = ?1",
                                error);
  else
    stmt = rp_database_prepare (self->database,
                                "UPDATE meeting SET directory_feed = NULL, directory_slug = NULL,"
                                " directory_fingerprint = NULL, updated = " NOW_SQL
                                " WHERE id = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (fingerprint != NULL)
    sqlite3_bind_text (stmt, 2, fingerprint, -1, SQLITE_TRANSIENT);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!rp_database_step_done (self->database, stmt, error) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  return rp_store_refresh_meetings (self, error);
}
