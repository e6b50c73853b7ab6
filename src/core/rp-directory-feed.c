/* rp-directory-feed.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-directory-feed"

#include "config.h"

#include "rp-directory-feed.h"
#include "rp-directory-import-private.h"
#include "rp-directory-meeting-private.h"

/* RpDirectoryFeed describes one imported feed; this file also reads the
 * Directory's tables back (meetings, feeds, one entry's fingerprint) for
 * RpStore, on whichever thread owns the connection it is given. */

G_DEFINE_BOXED_TYPE (RpDirectoryFeed, rp_directory_feed,
                     rp_directory_feed_copy, rp_directory_feed_free)

RpDirectoryFeed *
rp_directory_feed_copy (const RpDirectoryFeed *self)
{
  RpDirectoryFeed *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (RpDirectoryFeed, 1);
  copy->id = self->id;
  copy->feed_key = g_strdup (self->feed_key);
  copy->name = g_strdup (self->name);
  copy->file_name = g_strdup (self->file_name);
  copy->entity = g_strdup (self->entity);
  copy->entity_url = g_strdup (self->entity_url);
  copy->n_meetings = self->n_meetings;
  copy->imported = self->imported != NULL ? g_date_time_ref (self->imported) : NULL;

  return copy;
}

void
rp_directory_feed_free (RpDirectoryFeed *self)
{
  if (self == NULL)
    return;

  g_free (self->feed_key);
  g_free (self->name);
  g_free (self->file_name);
  g_free (self->entity);
  g_free (self->entity_url);
  g_clear_pointer (&self->imported, g_date_time_unref);
  g_free (self);
}

/* --- reading the Directory -------------------------------------------- */

static GStrv
split_column (const char *text,
              const char *separator)
{
  if (text == NULL || text[0] == '\0')
    return g_new0 (char *, 1);

  return g_strsplit (text, separator, -1);
}

static RpDirectoryMeeting *
row_to_directory_meeting (sqlite3_stmt *stmt)
{
  RpDirectoryMeetingData data;

  rp_directory_meeting_data_init (&data);
  g_strfreev (data.types);
  g_strfreev (data.custom_tags);

  data.id = sqlite3_column_int64 (stmt, 0);
  data.feed_id = sqlite3_column_int64 (stmt, 1);
  data.feed_key = g_strdup (rp_database_column_text (stmt, 2));
  data.feed_name = g_strdup (rp_database_column_text (stmt, 3));
  data.slug = g_strdup (rp_database_column_text (stmt, 4));
  data.name = g_strdup (rp_database_column_text (stmt, 5));
  data.group_name = g_strdup (rp_database_column_text (stmt, 6));
  data.weekdays = sqlite3_column_int (stmt, 7) & RP_WEEKDAYS_ALL;
  data.start_minute = sqlite3_column_type (stmt, 8) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 8);
  data.end_minute = sqlite3_column_type (stmt, 9) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 9);
  data.time_zone = g_strdup (rp_database_column_text (stmt, 10));
  data.location = g_strdup (rp_database_column_text (stmt, 11));
  data.address = g_strdup (rp_database_column_text (stmt, 12));
  data.approximate = sqlite3_column_int (stmt, 13) != 0;
  data.region = g_strdup (rp_database_column_text (stmt, 14));
  data.online_url = g_strdup (rp_database_column_text (stmt, 15));
  data.conference_phone = g_strdup (rp_database_column_text (stmt, 16));
  data.types = split_column (rp_database_column_text (stmt, 17), ",");
  data.custom_tags = split_column (rp_database_column_text (stmt, 18), "\n");
  data.notes = g_strdup (rp_database_column_text (stmt, 19));
  data.entity = g_strdup (rp_database_column_text (stmt, 20));
  data.entity_url = g_strdup (rp_database_column_text (stmt, 21));
  data.url = g_strdup (rp_database_column_text (stmt, 22));
  data.fingerprint = g_strdup (rp_database_column_text (stmt, 23));

  return rp_directory_meeting_new_take (&data);
}

static int
compare_directory_slots (gconstpointer a,
                         gconstpointer b)
{
  return rp_directory_meeting_compare (*(RpDirectoryMeeting * const *) a,
                                       *(RpDirectoryMeeting * const *) b);
}

/**
 * rp_directory_load_meetings:
 * @database: the database
 * @error: return location for a #RpDatabaseError
 *
 * Returns: (transfer full) (element-type RpDirectoryMeeting): every
 *   directory meeting, in the Directory's order, or %NULL with @error set
 */
GPtrArray *
rp_directory_load_meetings (RpDatabase  *database,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (RP_IS_DATABASE (database), NULL);

  stmt = rp_database_prepare (database,
                              "SELECT d.id, d.feed_id, f.feed_key, f.name, d.slug, d.name, d.group_name,"
                              " d.weekdays, d.start_minute, d.end_minute, d.time_zone, d.location,"
                              " d.address, d.approximate, d.region, d.conference_url,"
                              " d.conference_phone, d.types, d.custom_tags, d.notes, d.entity,"
                              " d.entity_url, d.url, d.fingerprint"
                              " FROM directory_meeting d JOIN directory_feed f ON f.id = d.feed_id",
                              error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (meetings, row_to_directory_meeting (stmt));

  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (database, rc, error);
      return NULL;
    }

  g_ptr_array_sort (meetings, compare_directory_slots);

  return g_steal_pointer (&meetings);
}

/**
 * rp_directory_load_feeds:
 * @database: the database
 * @error: return location for a #RpDatabaseError
 *
 * Returns: (transfer full) (element-type RpDirectoryFeed): the imported
 *   feeds by name, or %NULL with @error set
 */
GPtrArray *
rp_directory_load_feeds (RpDatabase  *database,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_DATABASE (database), NULL);

  stmt = rp_database_prepare (database,
                              "SELECT f.id, f.feed_key, f.name, f.file_name, f.entity,"
                              " f.entity_url, f.imported,"
                              " (SELECT count (*) FROM directory_meeting d WHERE d.feed_id = f.id)"
                              " FROM directory_feed f ORDER BY f.name COLLATE NOCASE, f.id",
                              error);
  if (stmt == NULL)
    return NULL;

  feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_directory_feed_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RpDirectoryFeed *feed = g_new0 (RpDirectoryFeed, 1);

      feed->id = sqlite3_column_int64 (stmt, 0);
      feed->feed_key = g_strdup (rp_database_column_text (stmt, 1));
      feed->name = g_strdup (rp_database_column_text (stmt, 2));
      feed->file_name = g_strdup (rp_database_column_text (stmt, 3));
      feed->entity = g_strdup (rp_database_column_text (stmt, 4));
      feed->entity_url = g_strdup (rp_database_column_text (stmt, 5));
      feed->imported = g_date_time_new_from_iso8601 (rp_database_column_text (stmt, 6), NULL);
      feed->n_meetings = (guint) sqlite3_column_int (stmt, 7);
      g_ptr_array_add (feeds, feed);
    }

  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&feeds);
}

/**
 * rp_directory_lookup_fingerprint:
 * @database: the database
 * @feed_key: a feed's key
 * @slug: a meeting's slug in that feed
 * @out_fingerprint: (out) (transfer full) (nullable): the entry's
 *   fingerprint, or %NULL when the feed no longer lists it
 * @error: return location for a #RpDatabaseError
 *
 * Returns: %TRUE on success
 */
gboolean
rp_directory_lookup_fingerprint (RpDatabase  *database,
                                 const char  *feed_key,
                                 const char  *slug,
                                 char       **out_fingerprint,
                                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_DATABASE (database), FALSE);

  stmt = rp_database_prepare (database,
                              "SELECT d.fingerprint FROM directory_meeting d"
                              " JOIN directory_feed f ON f.id = d.feed_id"
                              " WHERE f.feed_key = ?1 AND d.slug = ?2",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, feed_key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, slug, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return rp_database_set_error_from_sqlite (database, rc, error);

  *out_fingerprint = rc == SQLITE_ROW ? g_strdup (rp_database_column_text (stmt, 0)) : NULL;

  return TRUE;
}
