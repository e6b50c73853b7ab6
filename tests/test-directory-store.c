/* test-directory-store.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-directory-store"

#include "config.h"

#include <string.h>

#include "rp-directory-meeting-private.h"
#include "rp-test-store.h"
#include "rp-test-util.h"

/* RpStore's Directory on the main thread: preview, import and re-import of
 * a feed, how a feed is recognised again, all or nothing, adding a
 * directory meeting to My meetings, and the links a re-import reports. */

#define ROWS_SQL "SELECT f.feed_key, d.slug, d.name, d.fingerprint FROM directory_meeting d" \
                 " JOIN directory_feed f ON f.id = d.feed_id ORDER BY 1, 2"

static void
changed_cb (RpStore    *store,
            const char *kind,
            guint      *count)
{
  (*count)++;
}

static RpDirectoryMeeting *
find_entry (RpStore    *store,
            const char *slug)
{
  GListModel *directory = rp_store_get_directory (store);

  for (guint i = 0; i < g_list_model_get_n_items (directory); i++)
    {
      g_autoptr(RpDirectoryMeeting) entry = g_list_model_get_item (directory, i);

      if (g_strcmp0 (rp_directory_meeting_get_slug (entry), slug) == 0)
        return entry;  /* the model keeps it alive */
    }

  g_assert_not_reached ();
}

#define SITE ", \"address\": \"1 Main St\", \"city\": \"Springfield\", \"url\": \"https://www.example.org/m\""

static void
test_import_and_reimport (RpTestStore   *f,
                          gconstpointer  user_data)
{
  g_autofree char *m1 = rp_test_feed_meeting ("s1", "First", 1, "19:00", SITE);
  g_autofree char *m1b = rp_test_feed_meeting ("s1", "First, renamed", 1, "19:00", SITE);
  g_autofree char *m2 = rp_test_feed_meeting ("s2", "Second", 2, "07:30", SITE);
  g_autofree char *m3 = rp_test_feed_meeting ("s3", "Third", 3, "12:00", SITE);
  g_autofree char *m4 = rp_test_feed_meeting ("s4", "Fourth", -1, NULL, SITE);
  g_autoptr(GBytes) feed = rp_test_feed (m1, m2, m3, NULL);
  g_autoptr(GBytes) changed_feed = rp_test_feed (m4, m3, m1b, NULL);
  g_autoptr(RpDirectoryImport) preview = NULL;
  g_autoptr(RpDirectoryImport) result = NULL;
  g_autoptr(RpTestShadow) shadow = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *rows_again = NULL;
  RpDirectoryFeed *listed;
  GListModel *directory;
  gpointer third;
  guint n_changed = 0;

  g_signal_connect (f->store, "changed::directory", G_CALLBACK (changed_cb), &n_changed);
  directory = rp_store_get_directory (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (directory), ==, 0);
  shadow = rp_test_shadow_new (directory);

  /* The preview counts and writes nothing. */
  preview = rp_store_preview_directory_import (f->store, feed, "meetings.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rp_directory_import_get_n_meetings (preview), ==, 3);
  g_assert_cmpuint (rp_directory_import_get_n_new (preview), ==, 3);
  g_assert_true (rp_directory_import_get_is_new_feed (preview));
  g_assert_false (rp_directory_import_get_applied (preview));
  g_assert_cmpstr (rp_directory_import_get_feed_key (preview), ==, "site:example.org");
  g_assert_cmpstr (rp_directory_import_get_feed_name (preview), ==, "example.org");
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==, 0);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_feed"), ==, 0);
  g_assert_cmpuint (n_changed, ==, 0);

  result = rp_store_apply_directory_import (f->store, preview, &error);
  g_assert_no_error (error);
  g_assert_true (rp_directory_import_get_applied (result));
  g_assert_cmpuint (rp_directory_import_get_n_new (result), ==, 3);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (directory), ==, 3);
  rp_test_shadow_check (shadow);

  feeds = rp_store_list_directory_feeds (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 1);
  listed = g_ptr_array_index (feeds, 0);
  g_assert_cmpstr (listed->name, ==, "example.org");
  g_assert_cmpstr (listed->file_name, ==, "meetings.json");
  g_assert_null (listed->entity);
  g_assert_cmpuint (listed->n_meetings, ==, 3);
  g_assert_nonnull (listed->imported);
  g_clear_pointer (&feeds, g_ptr_array_unref);

  /* The same feed again, under another name: nothing changes, not even
   * the objects in the list. */
  rows = rp_test_query_text (f->database, ROWS_SQL);
  third = find_entry (f->store, "s3");
  g_clear_pointer (&result, rp_directory_import_unref);
  result = rp_store_import_directory (f->store, feed, "meetings (1).json", &error);
  g_assert_no_error (error);
  g_assert_false (rp_directory_import_get_is_new_feed (result));
  g_assert_cmpuint (rp_directory_import_get_n_new (result), ==, 0);
  g_assert_cmpuint (rp_directory_import_get_n_updated (result), ==, 0);
  g_assert_cmpuint (rp_directory_import_get_n_removed (result), ==, 0);
  g_assert_cmpuint (rp_directory_import_get_n_unchanged (result), ==, 3);
  rows_again = rp_test_query_text (f->database, ROWS_SQL);
  g_assert_cmpstr (rows_again, ==, rows);
  g_assert_true (find_entry (f->store, "s3") == third);
  g_assert_cmpuint (rp_test_shadow_get_n_signals (shadow), ==, 1);

  /* Changed: one renamed, one gone, one new, one as it was. */
  g_clear_pointer (&result, rp_directory_import_unref);
  result = rp_store_import_directory (f->store, changed_feed, "meetings.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rp_directory_import_get_n_new (result), ==, 1);
  g_assert_cmpuint (rp_directory_import_get_n_updated (result), ==, 1);
  g_assert_cmpuint (rp_directory_import_get_n_removed (result), ==, 1);
  g_assert_cmpuint (rp_directory_import_get_n_unchanged (result), ==, 1);
  g_assert_cmpuint (rp_directory_import_get_n_by_appointment (result), ==, 1);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==, 3);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_feed"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (directory), ==, 3);
  g_assert_true (find_entry (f->store, "s3") == third);
  g_assert_cmpstr (rp_directory_meeting_get_name (find_entry (f->store, "s1")), ==, "First, renamed");
  g_assert_true (rp_directory_meeting_get_by_appointment (find_entry (f->store, "s4")));
  rp_test_shadow_check (shadow);
}

static const char *
feed_key_of (RpDirectoryImport *import)
{
  return rp_directory_import_get_feed_key (import);
}

/* A feed naming no publisher is recognised by the IDs it shares. */
static void
test_feed_identity (RpTestStore   *f,
                    gconstpointer  user_data)
{
  g_autofree char *a = rp_test_feed_meeting ("a", "A", 1, "10:00", NULL);
  g_autofree char *b = rp_test_feed_meeting ("b", "B", 1, "11:00", NULL);
  g_autofree char *c = rp_test_feed_meeting ("c", "C", 1, "12:00", NULL);
  g_autofree char *d = rp_test_feed_meeting ("d", "D", 1, "13:00", NULL);
  g_autofree char *x = rp_test_feed_meeting ("x", "X", 2, "10:00", NULL);
  g_autofree char *y = rp_test_feed_meeting ("y", "Y", 2, "11:00", NULL);
  g_autofree char *a_site = rp_test_feed_meeting ("a", "A", 1, "10:00", ", \"url\": \"https://example.net/a\"");
  g_autofree char *d_site = rp_test_feed_meeting ("d", "D", 1, "13:00", ", \"url\": \"https://example.net/d\"");
  g_autofree char *e_entity = rp_test_feed_meeting ("e", "E", 1, "13:00",
                                                    ", \"entity\": \"District 9\","
                                                    " \"entity_url\": \"https://d9.example.com/\","
                                                    " \"url\": \"https://meetings.example.com/e\"");
  g_autoptr(GBytes) first = rp_test_feed (a, b, c, NULL);
  g_autoptr(GBytes) grown = rp_test_feed (a, b, c, d, NULL);
  g_autoptr(GBytes) other = rp_test_feed (x, y, NULL);
  g_autoptr(GBytes) with_site = rp_test_feed (a_site, b, c, d_site, NULL);
  g_autoptr(GBytes) with_entity = rp_test_feed (e_entity, NULL);
  g_autoptr(RpDirectoryImport) result = NULL;
  g_autoptr(RpMeeting) linked = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 10, 12, 0, 0);
  g_autoptr(GError) error = NULL;

  result = rp_store_import_directory (f->store, first, "meetings.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (feed_key_of (result), ==, "file:meetings.json");
  g_assert_cmpstr (rp_directory_import_get_feed_name (result), ==, "meetings.json");
  linked = rp_store_add_directory_meeting (f->store, find_entry (f->store, "b"), now, &error);
  g_assert_no_error (error);

  /* A renamed download, one meeting more. */
  g_clear_pointer (&result, rp_directory_import_unref);
  result = rp_store_import_directory (f->store, grown, "meetings (1).json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (feed_key_of (result), ==, "file:meetings.json");
  g_assert_cmpuint (rp_directory_import_get_n_new (result), ==, 1);
  g_assert_cmpuint (rp_directory_import_get_n_unchanged (result), ==, 3);

  /* Another feed of the same file name, sharing no ID. */
  g_clear_pointer (&result, rp_directory_import_unref);
  result = rp_store_import_directory (f->store, other, "meetings.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (feed_key_of (result), ==, "file:meetings.json#2");
  g_assert_true (rp_directory_import_get_is_new_feed (result));
  g_clear_pointer (&result, rp_directory_import_unref);
  result = rp_store_import_directory (f->store, other, "other.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (feed_key_of (result), ==, "file:meetings.json#2");
  g_assert_cmpuint (rp_directory_import_get_n_unchanged (result), ==, 2);

  /* Numbered IDs shared by two feeds do not make them one. */
  {
    g_autofree char *n1 = rp_test_feed_meeting ("1", "Tweed", 1, "10:00", NULL);
    g_autofree char *n2 = rp_test_feed_meeting ("2", "Lennox", 1, "11:00", NULL);
    g_autofree char *o1 = rp_test_feed_meeting ("1", "Over The Bridge", 1, "10:00", NULL);
    g_autofree char *o2 = rp_test_feed_meeting ("2", "Nooner", 1, "11:00", NULL);
    g_autoptr(GBytes) numbered = rp_test_feed (n1, n2, NULL);
    g_autoptr(GBytes) other_numbered = rp_test_feed (o1, o2, NULL);

    g_clear_pointer (&result, rp_directory_import_unref);
    result = rp_store_import_directory (f->store, numbered, "data.json", &error);
    g_assert_no_error (error);
    g_clear_pointer (&result, rp_directory_import_unref);
    result = rp_store_import_directory (f->store, other_numbered, "data-sample.json", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (feed_key_of (result), ==, "file:data-sample.json");
    g_clear_pointer (&result, rp_directory_import_unref);
    result = rp_store_import_directory (f->store, other_numbered, "data.json", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (feed_key_of (result), ==, "file:data-sample.json");
    g_assert_cmpuint (rp_directory_import_get_n_unchanged (result), ==, 2);
    rp_test_exec (f->database, "DELETE FROM directory_feed WHERE feed_key GLOB 'file:data*'");
  }

  /* The first feed now names its site: re-keyed, not duplicated, and
   * the meeting added from it follows. */
  g_clear_pointer (&result, rp_directory_import_unref);
  result = rp_store_import_directory (f->store, with_site, "export.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (feed_key_of (result), ==, "site:example.net");
  g_assert_false (rp_directory_import_get_is_new_feed (result));
  g_assert_cmpuint (rp_directory_import_get_n_updated (result), ==, 2);
  g_assert_cmpuint (rp_directory_import_get_n_unchanged (result), ==, 2);
  g_assert_cmpuint (rp_directory_import_get_n_linked_vanished (result), ==, 0);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_feed"), ==, 2);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==, 6);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM meeting"
                                                   " WHERE directory_feed = 'site:example.net'"), ==, 1);

  /* The entity's web site names the feed, before its meetings' pages. */
  g_clear_pointer (&result, rp_directory_import_unref);
  result = rp_store_import_directory (f->store, with_entity, "meetings.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (feed_key_of (result), ==, "site:d9.example.com");
  g_assert_cmpstr (rp_directory_import_get_feed_name (result), ==, "District 9");
  g_assert_cmpstrv (rp_directory_import_get_entities (result),
                    ((const char * const[]) { "District 9", NULL }));
}

/* A failure halfway leaves the database and the list as they were. */
static void
test_all_or_nothing (RpTestStore   *f,
                     gconstpointer  user_data)
{
  g_autofree char *m1 = rp_test_feed_meeting ("s1", "First", 1, "19:00", SITE);
  g_autofree char *m1b = rp_test_feed_meeting ("s1", "First, renamed", 1, "19:00", SITE);
  g_autofree char *m2 = rp_test_feed_meeting ("s2", "Second", 2, "07:30", SITE);
  g_autofree char *m3 = rp_test_feed_meeting ("s3", "Third", 3, "12:00", SITE);
  g_autofree char *m5 = rp_test_feed_meeting ("s5", "Fifth", 5, "12:00", SITE);
  g_autoptr(GBytes) feed = rp_test_feed (m1, m2, NULL);
  g_autoptr(GBytes) failing = rp_test_feed (m1b, m3, m5, NULL);
  g_autoptr(RpDirectoryImport) result = NULL;
  g_autoptr(RpTestShadow) shadow = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *feeds = NULL;
  g_autofree char *rows_after = NULL;
  g_autofree char *feeds_after = NULL;
  guint n_changed = 0;

  result = rp_store_import_directory (f->store, feed, "meetings.json", &error);
  g_assert_no_error (error);
  shadow = rp_test_shadow_new (rp_store_get_directory (f->store));
  rows = rp_test_query_text (f->database, ROWS_SQL);
  feeds = rp_test_query_text (f->database, "SELECT * FROM directory_feed");
  g_signal_connect (f->store, "changed", G_CALLBACK (changed_cb), &n_changed);

  /* The third row written fails, after an update and an insert. A
   * trigger on this connection stands in for a full disk or a bug. */
  rp_test_exec (f->database,
                "CREATE TEMP TRIGGER fail_midway BEFORE INSERT ON directory_meeting"
                " WHEN NEW.slug = 's5' BEGIN SELECT RAISE (ABORT, 'injected'); END");
  g_clear_pointer (&result, rp_directory_import_unref);
  result = rp_store_import_directory (f->store, failing, "meetings.json", &error);
  g_assert_null (result);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED);
  g_clear_error (&error);

  rows_after = rp_test_query_text (f->database, ROWS_SQL);
  feeds_after = rp_test_query_text (f->database, "SELECT * FROM directory_feed");
  g_assert_cmpstr (rows_after, ==, rows);
  g_assert_cmpstr (feeds_after, ==, feeds);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (rp_test_shadow_get_n_signals (shadow), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 2);

  /* A file the parser refuses writes nothing either. */
  {
    g_autoptr(GBytes) broken = g_bytes_new_static ("[{\"slug\": ", 10);

    result = rp_store_import_directory (f->store, broken, "broken.json", &error);
    g_assert_null (result);
    g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_INVALID_JSON);
    g_clear_error (&error);
  }

  /* Without the fault, the same import goes through. */
  rp_test_exec (f->database, "DROP TRIGGER temp.fail_midway");
  result = rp_store_import_directory (f->store, failing, "meetings.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rp_directory_import_get_n_new (result), ==, 2);
  g_assert_cmpuint (rp_directory_import_get_n_updated (result), ==, 1);
  g_assert_cmpuint (rp_directory_import_get_n_removed (result), ==, 1);
  rp_test_shadow_check (shadow);
}

static RpDirectoryMeeting *
make_entry (const char *feed_key,
            const char *slug,
            const char *name,
            const char *url,
            const char *phone)
{
  RpDirectoryMeetingData data;

  rp_directory_meeting_data_init (&data);
  data.id = 1000;
  data.feed_key = g_strdup (feed_key);
  data.slug = g_strdup (slug);
  data.name = g_strdup (name);
  data.weekdays = RP_WEEKDAY_FRIDAY;
  data.start_minute = 18 * 60;
  data.online_url = g_strdup (url);
  data.conference_phone = g_strdup (phone);

  return rp_directory_meeting_new_take (&data);
}

static void
test_add_meeting (RpTestStore   *f,
                  gconstpointer  user_data)
{
  g_autofree char *m1 = rp_test_feed_meeting ("s1", "Serenity", -1, "19:30",
                                              ", \"day\": [1, 4], \"end_time\": \"20:30\","
                                              " \"timezone\": \"America/New_York\","
                                              " \"location\": \"St Mark’s\","
                                              " \"formatted_address\": \"1 Main St, Springfield, IL 62701, USA\","
                                              " \"conference_url\": \"https://zoom.us/j/123\","
                                              " \"conference_phone\": \"+1 555 123 4567\","
                                              " \"types\": [\"O\", \"D\", \"Parking\"],"
                                              " \"notes\": \"Side door\"");
  g_autofree char *m2 = rp_test_feed_meeting ("s2", "Call first", -1, NULL, NULL);
  g_autofree char *m3 = rp_test_feed_meeting ("s3", "Late", 6, "23:00",
                                              ", \"end_time\": \"00:30\", \"address\": \"Town\","
                                              " \"approximate\": \"yes\","
                                              " \"conference_url\": \"http://example.org/j\"");
  g_autoptr(GBytes) feed = rp_test_feed (m1, m2, m3, NULL);
  g_autoptr(RpDirectoryImport) result = NULL;
  g_autoptr(RpMeeting) meeting = NULL;
  g_autoptr(RpMeeting) again = NULL;
  g_autoptr(RpMeeting) late = NULL;
  g_autoptr(RpMeeting) odd = NULL;
  g_autoptr(RpDirectoryMeeting) odd_entry = NULL;
  g_autoptr(GTimeZone) madrid = g_time_zone_new_identifier ("Europe/Madrid");
  g_autoptr(GDateTime) now = g_date_time_new (madrid, 2026, 3, 10, 3, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *first_date = NULL;
  g_autofree char *long_name = g_strnfill (255, 'n');
  RpSchedule *schedule;
  guint n_meetings;

  result = rp_store_import_directory (f->store, feed, "feed.json", &error);
  g_assert_no_error (error);

  meeting = rp_store_add_directory_meeting (f->store, find_entry (f->store, "s1"), now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_meeting_get_id (meeting), >, 0);
  g_assert_cmpstr (rp_meeting_get_name (meeting), ==, "Serenity");
  g_assert_cmpstr (rp_meeting_get_location (meeting), ==, "St Mark’s");
  g_assert_cmpstr (rp_meeting_get_address (meeting), ==, "1 Main St, Springfield, IL 62701, USA");
  g_assert_cmpstr (rp_meeting_get_online_url (meeting), ==, "https://zoom.us/j/123");
  g_assert_cmpstr (rp_meeting_get_conference_phone (meeting), ==, "+15551234567");
  g_assert_cmpstrv (rp_meeting_get_types (meeting), ((const char * const[]) { "O", "D", NULL }));
  g_assert_cmpstrv (rp_meeting_get_tags (meeting), ((const char * const[]) { "Parking", NULL }));
  g_assert_cmpstr (rp_meeting_get_notes (meeting), ==, "Side door");
  g_assert_cmpstr (rp_meeting_get_directory_feed (meeting), ==, "file:feed.json");
  g_assert_cmpstr (rp_meeting_get_directory_slug (meeting), ==, "s1");
  g_assert_cmpstr (rp_meeting_get_directory_fingerprint (meeting), ==,
                   rp_directory_meeting_get_fingerprint (find_entry (f->store, "s1")));
  schedule = rp_meeting_get_schedule (meeting);
  g_assert_cmpint (rp_schedule_get_kind (schedule), ==, RP_SCHEDULE_WEEKLY);
  g_assert_cmpuint (rp_schedule_get_weekdays (schedule), ==, RP_WEEKDAY_MONDAY | RP_WEEKDAY_THURSDAY);
  g_assert_cmpuint (rp_schedule_get_start_minute (schedule), ==, 19 * 60 + 30);
  g_assert_cmpuint (rp_schedule_get_duration_minutes (schedule), ==, 60);
  g_assert_cmpstr (rp_schedule_get_time_zone_id (schedule), ==, "America/New_York");
  /* 03:00 in Madrid is still the 9th in New York. */
  first_date = rp_schedule_dup_first_date_string (schedule);
  g_assert_cmpstr (first_date, ==, "2026-03-09");
  n_meetings = g_list_model_get_n_items (rp_store_get_meetings (f->store));
  g_assert_cmpuint (n_meetings, ==, 1);

  /* Twice: the same meeting, even from the archive. */
  again = rp_store_add_directory_meeting (f->store, find_entry (f->store, "s1"), now, &error);
  g_assert_no_error (error);
  g_assert_true (again == meeting);
  g_clear_object (&again);
  rp_store_set_meeting_archived (f->store, rp_meeting_get_id (meeting), TRUE, &error);
  g_assert_no_error (error);
  again = rp_store_add_directory_meeting (f->store, find_entry (f->store, "s1"), now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_meeting_get_id (again), ==, rp_meeting_get_id (meeting));
  g_assert_false (rp_meeting_get_archived (again));
  /* Read back from the database, the link is whole. */
  g_assert_false (again == meeting);
  g_assert_cmpstr (rp_meeting_get_directory_fingerprint (again), ==,
                   rp_directory_meeting_get_fingerprint (find_entry (f->store, "s1")));
  g_assert_cmpstr (rp_meeting_get_directory_slug (again), ==, "s1");
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM meeting"), ==, 1);

  /* By appointment: nothing to schedule. */
  g_assert_null (rp_store_add_directory_meeting (f->store, find_entry (f->store, "s2"), now, &error));
  g_assert_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "appointment"));
  g_clear_error (&error);

  /* No zone in the feed: the user's; an end after midnight; an
   * approximate address is not kept; plain http is (the editor warns). */
  late = rp_store_add_directory_meeting (f->store, find_entry (f->store, "s3"), now, &error);
  g_assert_no_error (error);
  schedule = rp_meeting_get_schedule (late);
  g_assert_cmpstr (rp_schedule_get_time_zone_id (schedule), ==, "Europe/Madrid");
  g_assert_cmpuint (rp_schedule_get_duration_minutes (schedule), ==, 90);
  g_assert_cmpuint (rp_schedule_get_weekdays (schedule), ==, RP_WEEKDAY_SATURDAY);
  g_assert_null (rp_meeting_get_address (late));
  g_assert_cmpstr (rp_meeting_get_online_url (late), ==, "http://example.org/j");

  /* What My meetings could not hold is cut or left out, never refused. */
  odd_entry = make_entry ("file:feed.json", "odd", long_name, "ftp://example.org/x",
                          "+1555123456789012345678901234567890123456789");
  odd = rp_store_add_directory_meeting (f->store, odd_entry, now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_utf8_strlen (rp_meeting_get_name (odd), -1), ==, RP_MEETING_MAX_NAME_LENGTH);
  g_assert_true (g_str_has_suffix (rp_meeting_get_name (odd), "…"));
  g_assert_null (rp_meeting_get_online_url (odd));
  g_assert_null (rp_meeting_get_conference_phone (odd));
}

static void
test_link_changes (RpTestStore   *f,
                   gconstpointer  user_data)
{
  g_autofree char *m1 = rp_test_feed_meeting ("s1", "First", 1, "19:00", SITE);
  g_autofree char *m1b = rp_test_feed_meeting ("s1", "First", 1, "19:30", SITE);
  g_autofree char *m2 = rp_test_feed_meeting ("s2", "Second", 2, "07:30", SITE);
  g_autofree char *m3 = rp_test_feed_meeting ("s3", "Third", 3, "12:00", SITE);
  g_autoptr(GBytes) feed = rp_test_feed (m1, m2, m3, NULL);
  g_autoptr(GBytes) changed_feed = rp_test_feed (m1b, m3, NULL);
  g_autoptr(RpDirectoryImport) result = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 10, 12, 0, 0);
  g_autoptr(RpMeeting) first = NULL;
  g_autoptr(RpMeeting) second = NULL;
  g_autoptr(RpMeeting) third = NULL;
  g_autoptr(GPtrArray) changed = NULL;
  g_autoptr(GPtrArray) vanished = NULL;
  g_autoptr(GError) error = NULL;

  result = rp_store_import_directory (f->store, feed, "meetings.json", &error);
  g_assert_no_error (error);
  first = rp_store_add_directory_meeting (f->store, find_entry (f->store, "s1"), now, &error);
  g_assert_no_error (error);
  second = rp_store_add_directory_meeting (f->store, find_entry (f->store, "s2"), now, &error);
  g_assert_no_error (error);
  third = rp_store_add_directory_meeting (f->store, find_entry (f->store, "s3"), now, &error);
  g_assert_no_error (error);

  rp_store_get_directory_link_changes (f->store, &changed, &vanished, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed->len + vanished->len, ==, 0);
  g_clear_pointer (&changed, g_ptr_array_unref);
  g_clear_pointer (&vanished, g_ptr_array_unref);

  /* An archived meeting is not worth telling about. */
  rp_store_set_meeting_archived (f->store, rp_meeting_get_id (third), TRUE, &error);
  g_assert_no_error (error);

  g_clear_pointer (&result, rp_directory_import_unref);
  result = rp_store_import_directory (f->store, changed_feed, "meetings.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rp_directory_import_get_n_linked_changed (result), ==, 1);
  g_assert_cmpuint (rp_directory_import_get_n_linked_vanished (result), ==, 1);

  rp_store_get_directory_link_changes (f->store, &changed, &vanished, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpuint (vanished->len, ==, 1);
  g_assert_true (g_ptr_array_index (changed, 0) == first);
  g_assert_true (g_ptr_array_index (vanished, 0) == second);
  /* The user's meeting is told about, not changed. */
  g_assert_cmpuint (rp_schedule_get_start_minute (rp_meeting_get_schedule (first)), ==, 19 * 60);
  g_clear_pointer (&changed, g_ptr_array_unref);
  g_clear_pointer (&vanished, g_ptr_array_unref);

  rp_store_accept_directory_link_change (f->store, rp_meeting_get_id (first), &error);
  g_assert_no_error (error);
  rp_store_accept_directory_link_change (f->store, rp_meeting_get_id (second), &error);
  g_assert_no_error (error);
  rp_store_get_directory_link_changes (f->store, &changed, &vanished, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed->len + vanished->len, ==, 0);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM meeting"
                                                   " WHERE directory_slug IS NULL"), ==, 1);
}

static void
test_remove_feed (RpTestStore   *f,
                  gconstpointer  user_data)
{
  g_autoptr(GBytes) feed = rp_test_generated_feed (20, "example.org");
  g_autoptr(GBytes) other = rp_test_generated_feed (5, "example.com");
  g_autoptr(RpDirectoryImport) result = NULL;
  g_autoptr(RpDirectoryImport) other_result = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(RpTestShadow) shadow = NULL;
  g_autoptr(GError) error = NULL;
  RpDirectoryFeed *listed;

  shadow = rp_test_shadow_new (rp_store_get_directory (f->store));
  result = rp_store_import_directory (f->store, feed, "a.json", &error);
  g_assert_no_error (error);
  other_result = rp_store_import_directory (f->store, other, "b.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 25);

  feeds = rp_store_list_directory_feeds (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 2);
  listed = g_ptr_array_index (feeds, 1);
  g_assert_cmpstr (listed->feed_key, ==, "site:example.org");
  g_assert_cmpuint (listed->n_meetings, ==, 20);

  rp_store_remove_directory_feed (f->store, listed->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 5);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==, 5);
  rp_test_shadow_check (shadow);

  /* Gone already: nothing to do. */
  rp_store_remove_directory_feed (f->store, listed->id, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_TEST(name, func) \
  g_test_add (name, RpTestStore, NULL, rp_test_store_set_up, func, rp_test_store_tear_down)

  ADD_TEST ("/directory-store/import-and-reimport", test_import_and_reimport);
  ADD_TEST ("/directory-store/feed-identity", test_feed_identity);
  ADD_TEST ("/directory-store/all-or-nothing", test_all_or_nothing);
  ADD_TEST ("/directory-store/add-meeting", test_add_meeting);
  ADD_TEST ("/directory-store/link-changes", test_link_changes);
  ADD_TEST ("/directory-store/remove-feed", test_remove_feed);

#undef ADD_TEST

  return g_test_run ();
}
