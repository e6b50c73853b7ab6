/* test-store.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include <glib/gstdio.h>

#include "rp-meeting.h"
#include "rp-store.h"
#include "rp-test-util.h"

typedef struct
{
  char       *dir;
  RpDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("reprieve-test-store-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "data", "reprieve.db", NULL);
  f->database = rp_database_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  /* The store must not keep the database alive. */
  g_assert_finalize_object (f->database);
  rp_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static void
test_store_properties (Fixture       *f,
                       gconstpointer  user_data)
{
  g_autoptr(RpDatabase) database = NULL;
  RpStore *store;
  gboolean has_sponsor = TRUE;

  store = rp_store_new (f->database);
  g_assert_true (RP_IS_STORE (store));
  g_assert_true (rp_store_get_database (store) == f->database);
  g_assert_false (rp_store_get_has_sponsor (store));

  g_object_get (store,
                "database", &database,
                "has-sponsor", &has_sponsor,
                NULL);
  g_assert_true (database == f->database);
  g_assert_false (has_sponsor);
  g_clear_object (&database);

  g_assert_finalize_object (store);
}

static void
test_store_property_flags (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (RP_TYPE_STORE);
  GParamSpec *pspec;

  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "database");
  g_assert_nonnull (pspec);
  g_assert_true (pspec->value_type == RP_TYPE_DATABASE);
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

  /* The header bar binds to it, so it must be readable and never settable. */
  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "has-sponsor");
  g_assert_nonnull (pspec);
  g_assert_true (pspec->value_type == G_TYPE_BOOLEAN);
  g_assert_true (pspec->flags & G_PARAM_READABLE);
  g_assert_false (pspec->flags & G_PARAM_WRITABLE);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
}

static void
changed_cb (RpStore    *store,
            const char *kind,
            GPtrArray  *kinds)
{
  g_ptr_array_add (kinds, g_strdup (kind));
}

static void
test_store_changed_signal (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);
  GSignalQuery query;
  RpStore *store;

  store = rp_store_new (f->database);

  g_signal_query (g_signal_lookup ("changed", RP_TYPE_STORE), &query);
  g_assert_cmpuint (query.signal_id, !=, 0);
  g_assert_true (query.signal_flags & G_SIGNAL_DETAILED);
  g_assert_cmpuint (query.n_params, ==, 1);
  g_assert_true ((query.param_types[0] & ~G_SIGNAL_TYPE_STATIC_SCOPE) == G_TYPE_STRING);

  /* Listeners may follow one kind of record only. */
  g_signal_connect (store, "changed::meeting", G_CALLBACK (changed_cb), kinds);
  g_signal_emit_by_name (store, "changed::contact", "contact");
  g_signal_emit_by_name (store, "changed::meeting", "meeting");
  g_assert_cmpuint (kinds->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (kinds, 0), ==, "meeting");

  g_assert_finalize_object (store);
}

static RpSchedule *
weekly_schedule (void)
{
  g_autoptr(GError) error = NULL;
  GDate first;
  RpSchedule *schedule;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 5, G_DATE_JANUARY, 2026);
  schedule = rp_schedule_new_weekly (&first, RP_WEEKDAY_MONDAY | RP_WEEKDAY_THURSDAY,
                                     19 * 60 + 30, 90, "America/New_York", &error);
  g_assert_no_error (error);

  return schedule;
}

static RpMeeting *
new_meeting (const char *name)
{
  g_autoptr(RpSchedule) schedule = weekly_schedule ();
  RpMeeting *meeting = rp_meeting_new ();

  rp_meeting_set_name (meeting, name);
  rp_meeting_set_schedule (meeting, schedule);

  return meeting;
}

static gint64
add_meeting (RpStore    *store,
             const char *name)
{
  g_autoptr(RpMeeting) meeting = new_meeting (name);
  g_autoptr(GError) error = NULL;

  rp_store_add_meeting (store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_meeting_get_id (meeting), >, 0);

  return rp_meeting_get_id (meeting);
}

static int
count_rows (RpStore    *store,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (rp_store_get_database (store), sql, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int (stmt, 0);
}

static void
reopen (Fixture  *f,
        RpStore **store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (rp_database_get_path (f->database));

  g_assert_finalize_object (*store);
  g_assert_finalize_object (f->database);
  f->database = rp_database_open (path, &error);
  g_assert_no_error (error);
  *store = rp_store_new (f->database);
}

static void
test_meeting_round_trip (Fixture       *f,
                         gconstpointer  user_data)
{
  static const char * const types[] = { "O", "D", "X", NULL };
  static const char * const tags[] = { "Book study", "Café downstairs", NULL };
  g_autoptr(RpMeeting) meeting = rp_meeting_new ();
  g_autoptr(RpMeeting) loaded = NULL;
  g_autoptr(RpSchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;
  GDate last = rp_test_make_date (2026, 12, 31);
  GDate excluded[] = { rp_test_make_date (2026, 1, 8), rp_test_make_date (2026, 1, 12) };
  RpStore *store = rp_store_new (f->database);
  GListModel *meetings;
  gint64 id;

  {
    g_autoptr(RpSchedule) weekly = weekly_schedule ();
    g_autoptr(RpSchedule) ending = rp_schedule_copy_with_last_date (weekly, &last, &error);

    g_assert_no_error (error);
    schedule = rp_schedule_copy_with_excluded_dates (ending, excluded, G_N_ELEMENTS (excluded));
  }

  g_object_set (meeting,
                "name", "  Tuesday Night Step Study ",
                "group-name", "Serenity Group",
                "program", "AA",
                "schedule", schedule,
                "location", "St. Mark’s, room 2",
                "address", "1 Main St, Springfield",
                "online-url", "https://meet.example.org/j/123",
                "conference-phone", "+1 (646) 555-0100",
                "types", types,
                "tags", tags,
                "notes", "Bring the big book.\nSide door.",
                "home-group", TRUE,
                "reminder", 45,
                "directory-feed", "https://intergroup.example.org/meetings.json",
                "directory-slug", "tuesday-step-study",
                NULL);

  rp_store_add_meeting (store, meeting, &error);
  g_assert_no_error (error);
  id = rp_meeting_get_id (meeting);
  g_assert_cmpint (id, >, 0);
  g_assert_nonnull (rp_meeting_get_created (meeting));
  g_assert_cmpstr (rp_meeting_get_created (meeting), ==, rp_meeting_get_updated (meeting));
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM meeting WHERE last_date = '2026-12-31'"), ==, 1);

  reopen (f, &store);
  meetings = rp_store_get_meetings (store);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  loaded = g_list_model_get_item (meetings, 0);

  g_assert_cmpint (rp_meeting_get_id (loaded), ==, id);
  g_assert_cmpstr (rp_meeting_get_name (loaded), ==, "  Tuesday Night Step Study ");
  g_assert_cmpstr (rp_meeting_get_group_name (loaded), ==, "Serenity Group");
  g_assert_cmpstr (rp_meeting_get_program (loaded), ==, "AA");
  g_assert_true (rp_schedule_equal (rp_meeting_get_schedule (loaded), schedule));
  g_assert_cmpstr (rp_meeting_get_location (loaded), ==, "St. Mark’s, room 2");
  g_assert_cmpstr (rp_meeting_get_address (loaded), ==, "1 Main St, Springfield");
  g_assert_cmpstr (rp_meeting_get_online_url (loaded), ==, "https://meet.example.org/j/123");
  g_assert_cmpstr (rp_meeting_get_conference_phone (loaded), ==, "+1 (646) 555-0100");
  g_assert_true (g_strv_equal (rp_meeting_get_types (loaded), types));
  g_assert_true (g_strv_equal (rp_meeting_get_tags (loaded), tags));
  g_assert_cmpstr (rp_meeting_get_notes (loaded), ==, "Bring the big book.\nSide door.");
  g_assert_true (rp_meeting_get_home_group (loaded));
  g_assert_cmpint (rp_meeting_get_reminder (loaded), ==, 45);
  g_assert_false (rp_meeting_get_archived (loaded));
  g_assert_cmpstr (rp_meeting_get_directory_feed (loaded), ==, "https://intergroup.example.org/meetings.json");
  g_assert_cmpstr (rp_meeting_get_directory_slug (loaded), ==, "tuesday-step-study");
  g_assert_cmpstr (rp_meeting_get_created (loaded), ==, rp_meeting_get_created (meeting));
  g_assert_cmpstr (rp_meeting_get_updated (loaded), ==, rp_meeting_get_updated (meeting));
  g_clear_object (&loaded);

  /* A blank meeting's optional fields come back empty, not as "". */
  id = add_meeting (store, "Once");
  reopen (f, &store);
  loaded = rp_store_load_meeting (store, id, &error);
  g_assert_no_error (error);
  g_assert_null (rp_meeting_get_group_name (loaded));
  g_assert_null (rp_meeting_get_online_url (loaded));
  g_assert_cmpuint (g_strv_length ((char **) rp_meeting_get_types (loaded)), ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) rp_meeting_get_tags (loaded)), ==, 0);
  g_assert_cmpint (rp_meeting_get_reminder (loaded), ==, RP_MEETING_REMINDER_DEFAULT);
  g_assert_false (rp_meeting_get_home_group (loaded));

  g_assert_finalize_object (store);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *log)
{
  g_string_append_printf (log, "%u-%u+%u;", position, removed, added);
}

static void
test_meeting_model (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(RpMeeting) first = NULL;
  g_autoptr(RpMeeting) edited = NULL;
  g_autoptr(GError) error = NULL;
  RpStore *store = rp_store_new (f->database);
  GListModel *meetings = rp_store_get_meetings (store);
  gint64 zebra;
  gint64 apple;

  g_signal_connect (meetings, "items-changed", G_CALLBACK (items_changed_cb), log);
  g_signal_connect (store, "changed::meeting", G_CALLBACK (changed_cb), kinds);

  zebra = add_meeting (store, "zebra");
  apple = add_meeting (store, "Apple");
  add_meeting (store, "mango");
  g_assert_cmpstr (log->str, ==, "0-0+1;0-0+1;1-0+1;");
  g_assert_cmpuint (kinds->len, ==, 3);

  /* Sorted by name, whatever the case. */
  first = g_list_model_get_item (meetings, 0);
  g_assert_cmpint (rp_meeting_get_id (first), ==, apple);
  g_clear_object (&first);

  /* A rename moves the meeting; the list then holds the saved copy. */
  first = g_list_model_get_item (meetings, 2);
  edited = rp_meeting_copy (first);
  rp_meeting_set_name (edited, "Aardvark");
  g_string_truncate (log, 0);
  rp_store_update_meeting (store, edited, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "2-1+0;0-0+1;");
  g_assert_true (g_list_model_get_item (meetings, 0) == (gpointer) edited);
  g_object_unref (edited);
  g_assert_cmpstr (rp_meeting_get_name (first), ==, "zebra");
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM meeting WHERE name = 'Aardvark'"), ==, 1);

  /* Archiving hides it from the list, also after a restart. */
  g_string_truncate (log, 0);
  rp_store_set_meeting_archived (store, zebra, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "0-1+0;");
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  g_signal_handlers_disconnect_by_data (meetings, log);
  reopen (f, &store);
  meetings = rp_store_get_meetings (store);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  rp_store_set_meeting_archived (store, zebra, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 3);

  /* Deleting removes it from the list. */
  g_signal_connect (meetings, "items-changed", G_CALLBACK (items_changed_cb), log);
  g_string_truncate (log, 0);
  rp_store_delete_meeting (store, apple, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "1-1+0;");
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);

  rp_store_delete_meeting (store, apple, &error);
  g_assert_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_NOT_FOUND);
  g_clear_error (&error);
  rp_store_update_meeting (store, first, &error);
  g_assert_no_error (error);
  g_signal_handlers_disconnect_by_data (meetings, log);

  g_assert_finalize_object (store);
}

static void
test_meeting_validation (Fixture       *f,
                         gconstpointer  user_data)
{
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (RP_MEETING_MAX_NAME_LENGTH + 1, 'x');
  g_autofree char *long_ok_name = g_strnfill (RP_MEETING_MAX_NAME_LENGTH, 'x');
  RpStore *store = rp_store_new (f->database);
  struct {
    const char *property;
    const char *value;
  } bad[] = {
    { "name", "" },
    { "name", " \t " },
    { "name", long_name },
    { "online-url", "javascript:alert(1)" },
    { "online-url", "file:///etc/passwd" },
    { "conference-phone", "call me" },
    { "schedule", NULL },
  };
  static const char * const comma_tag[] = { "a,b", NULL };
  static const char * const empty_type[] = { "", NULL };

  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), kinds);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(RpMeeting) meeting = new_meeting ("Good");

      if (g_str_equal (bad[i].property, "schedule"))
        rp_meeting_set_schedule (meeting, NULL);
      else
        g_object_set (meeting, bad[i].property, bad[i].value, NULL);

      g_assert_false (rp_store_add_meeting (store, meeting, &error));
      g_assert_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID);
      g_assert_true (g_utf8_validate (error->message, -1, NULL) && error->message[0] != '\0');
      g_clear_error (&error);
      g_assert_cmpint (rp_meeting_get_id (meeting), ==, 0);
    }

  {
    g_autoptr(RpMeeting) meeting = new_meeting ("Good");

    rp_meeting_set_tags (meeting, comma_tag);
    g_assert_false (rp_meeting_validate (meeting, &error));
    g_assert_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID);
    g_clear_error (&error);
    rp_meeting_set_tags (meeting, NULL);
    rp_meeting_set_types (meeting, empty_type);
    g_assert_false (rp_meeting_validate (meeting, &error));
    g_assert_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID);
    g_clear_error (&error);
  }

  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM meeting"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_meetings (store)), ==, 0);
  g_assert_cmpuint (kinds->len, ==, 0);

  /* At the limits, and with plain http (the editor warns, but allows it). */
  {
    g_autoptr(RpMeeting) meeting = new_meeting (long_ok_name);

    rp_meeting_set_online_url (meeting, "http://meet.example.org/");
    rp_meeting_set_conference_phone (meeting, "+44 20 7946 0000");
    rp_store_add_meeting (store, meeting, &error);
    g_assert_no_error (error);
  }

  /* Refused updates leave the saved row alone. */
  {
    g_autoptr(RpMeeting) meeting = g_list_model_get_item (rp_store_get_meetings (store), 0);
    g_autoptr(RpMeeting) edited = rp_meeting_copy (meeting);

    rp_meeting_set_name (edited, "");
    g_assert_false (rp_store_update_meeting (store, edited, &error));
    g_assert_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_true (g_list_model_get_item (rp_store_get_meetings (store), 0) == (gpointer) meeting);
    g_object_unref (meeting);
    g_assert_cmpint (count_rows (store, "SELECT length (name) FROM meeting"), ==, RP_MEETING_MAX_NAME_LENGTH);
  }

  g_assert_finalize_object (store);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *n_notifies)
{
  (*n_notifies)++;
}

static void
test_meeting_notify (void)
{
  g_autoptr(RpMeeting) meeting = rp_meeting_new ();
  g_autoptr(RpSchedule) schedule = weekly_schedule ();
  g_autoptr(RpSchedule) same = weekly_schedule ();
  static const char * const types[] = { "O", NULL };
  GParamSpec *pspec;
  guint n_notifies = 0;

  /* Only changes notify: bindings would loop otherwise. */
  g_signal_connect (meeting, "notify", G_CALLBACK (notify_cb), &n_notifies);

  rp_meeting_set_name (meeting, "A");
  rp_meeting_set_name (meeting, "A");
  rp_meeting_set_schedule (meeting, schedule);
  rp_meeting_set_schedule (meeting, same);
  rp_meeting_set_types (meeting, types);
  rp_meeting_set_types (meeting, types);
  rp_meeting_set_notes (meeting, "");
  rp_meeting_set_reminder (meeting, RP_MEETING_REMINDER_OFF);
  rp_meeting_set_reminder (meeting, RP_MEETING_REMINDER_OFF);
  g_assert_cmpuint (n_notifies, ==, 4);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (meeting), "id");
  g_assert_false (pspec->flags & G_PARAM_WRITABLE);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (meeting), "schedule");
  g_assert_true (pspec->value_type == RP_TYPE_SCHEDULE);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
}

static void
test_attendance (Fixture       *f,
                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  RpStore *store = rp_store_new (f->database);
  GDate monday = rp_test_make_date (2026, 1, 5);
  GDate thursday = rp_test_make_date (2026, 1, 8);
  RpAttendanceRecord *record;
  gint64 id = add_meeting (store, "Home group");
  gint64 other = add_meeting (store, "Other");

  g_signal_connect (store, "changed::attendance", G_CALLBACK (changed_cb), kinds);

  rp_store_set_attendance (store, id, &monday, RP_ATTENDANCE_ATTENDED, "Shared", &error);
  g_assert_no_error (error);
  rp_store_set_attendance (store, id, &thursday, RP_ATTENDANCE_MISSED, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kinds->len, ==, 2);

  history = rp_store_get_attendance_history (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  record = g_ptr_array_index (history, 0);
  g_assert_cmpint (g_date_compare (&record->date, &thursday), ==, 0);
  g_assert_cmpint (record->status, ==, RP_ATTENDANCE_MISSED);
  g_assert_null (record->note);
  g_assert_nonnull (record->recorded);
  record = g_ptr_array_index (history, 1);
  g_assert_cmpint (g_date_compare (&record->date, &monday), ==, 0);
  g_assert_cmpint (record->status, ==, RP_ATTENDANCE_ATTENDED);
  g_assert_cmpstr (record->note, ==, "Shared");
  g_clear_pointer (&history, g_ptr_array_unref);

  /* Overwrite: one record per occurrence. */
  rp_store_set_attendance (store, id, &thursday, RP_ATTENDANCE_ATTENDED, "Late", &error);
  g_assert_no_error (error);
  history = rp_store_get_attendance_history (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  record = g_ptr_array_index (history, 0);
  g_assert_cmpint (record->status, ==, RP_ATTENDANCE_ATTENDED);
  g_assert_cmpstr (record->note, ==, "Late");
  g_clear_pointer (&history, g_ptr_array_unref);

  /* Clear; clearing again is not an error and changes nothing. */
  rp_store_clear_attendance (store, id, &thursday, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kinds->len, ==, 4);
  rp_store_clear_attendance (store, id, &thursday, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kinds->len, ==, 4);
  history = rp_store_get_attendance_history (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  g_clear_pointer (&history, g_ptr_array_unref);

  /* No meeting, no attendance. */
  rp_store_set_attendance (store, 9999, &monday, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Deleting a meeting deletes its attendance, and only its. */
  rp_store_set_attendance (store, other, &monday, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_no_error (error);
  rp_store_delete_meeting (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM attendance"), ==, 1);
  history = rp_store_get_attendance_history (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 0);

  g_assert_finalize_object (store);
}

static guint
count_attended (RpStore     *store,
                const GDate *from,
                const GDate *to)
{
  g_autoptr(GError) error = NULL;
  guint count = G_MAXUINT;

  g_assert_true (rp_store_count_attended (store, from, to, &count, &error));
  g_assert_no_error (error);

  return count;
}

static guint
count_days (RpStore     *store,
            const GDate *today,
            guint        n_days)
{
  g_autoptr(GError) error = NULL;
  guint count = G_MAXUINT;

  g_assert_true (rp_store_count_days_with_meeting (store, today, n_days, &count, &error));
  g_assert_no_error (error);

  return count;
}

static void
test_attendance_counts (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  RpStore *store = rp_store_new (f->database);
  gint64 a = add_meeting (store, "A");
  gint64 b = add_meeting (store, "B");
  GDate today = rp_test_make_date (2026, 3, 31);
  GDate window_start = rp_test_make_date (2026, 1, 1);  /* 90 days ending 31 March */
  GDate before_window = rp_test_make_date (2025, 12, 31);
  GDate mid = rp_test_make_date (2026, 2, 15);
  GDate tomorrow = rp_test_make_date (2026, 4, 1);
  GDate missed = rp_test_make_date (2026, 3, 1);

  rp_store_set_attendance (store, a, &today, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_no_error (error);
  rp_store_set_attendance (store, b, &today, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_no_error (error);
  rp_store_set_attendance (store, a, &window_start, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_no_error (error);
  rp_store_set_attendance (store, a, &before_window, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_no_error (error);
  rp_store_set_attendance (store, b, &mid, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_no_error (error);
  rp_store_set_attendance (store, a, &tomorrow, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_no_error (error);
  rp_store_set_attendance (store, a, &missed, RP_ATTENDANCE_MISSED, NULL, &error);
  g_assert_no_error (error);

  /* Inclusive at both ends; missed ones never count. */
  g_assert_cmpuint (count_attended (store, &today, &today), ==, 2);
  g_assert_cmpuint (count_attended (store, &window_start, &today), ==, 4);
  g_assert_cmpuint (count_attended (store, &before_window, &tomorrow), ==, 6);
  g_assert_cmpuint (count_attended (store, &missed, &missed), ==, 0);
  g_assert_cmpuint (count_attended (store, &tomorrow, &today), ==, 0);

  /* 90 in 90: two meetings today count once; 31 December and 1 April are
   * outside the window. */
  g_assert_cmpuint (count_days (store, &today, 90), ==, 3);
  g_assert_cmpuint (count_days (store, &today, 91), ==, 4);
  g_assert_cmpuint (count_days (store, &today, 89), ==, 2);
  g_assert_cmpuint (count_days (store, &today, 1), ==, 1);
  g_assert_cmpuint (count_days (store, &today, 0), ==, 0);

  /* Archived meetings keep counting: the user did go. */
  rp_store_set_meeting_archived (store, b, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_attended (store, &today, &today), ==, 2);

  g_assert_finalize_object (store);
}

static void
test_attended_keys (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) keys = NULL;
  RpStore *store = rp_store_new (f->database);
  gint64 a = add_meeting (store, "A");
  gint64 b = add_meeting (store, "B");
  GDate first = rp_test_make_date (2026, 11, 1);
  GDate last = rp_test_make_date (2026, 11, 30);
  GDate before = rp_test_make_date (2026, 10, 31);
  GDate mid = rp_test_make_date (2026, 11, 15);
  GDate after = rp_test_make_date (2026, 12, 1);
  RpAttendanceKey *key;

  rp_store_set_attendance (store, b, &last, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_no_error (error);
  rp_store_set_attendance (store, a, &last, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_no_error (error);
  rp_store_set_attendance (store, a, &first, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_no_error (error);
  rp_store_set_attendance (store, b, &mid, RP_ATTENDANCE_MISSED, NULL, &error);
  g_assert_no_error (error);
  rp_store_set_attendance (store, a, &before, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_no_error (error);
  rp_store_set_attendance (store, a, &after, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_no_error (error);
  /* Archived meetings' attendance stays on the calendar. */
  rp_store_set_meeting_archived (store, b, TRUE, &error);
  g_assert_no_error (error);

  /* Inclusive at both ends, attended only, by date then meeting. */
  keys = rp_store_get_attended (store, &first, &last, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (keys->len, ==, 3);
  key = &g_array_index (keys, RpAttendanceKey, 0);
  g_assert_cmpint (key->meeting_id, ==, a);
  g_assert_cmpint (g_date_compare (&key->date, &first), ==, 0);
  key = &g_array_index (keys, RpAttendanceKey, 1);
  g_assert_cmpint (key->meeting_id, ==, MIN (a, b));
  g_assert_cmpint (g_date_compare (&key->date, &last), ==, 0);
  key = &g_array_index (keys, RpAttendanceKey, 2);
  g_assert_cmpint (key->meeting_id, ==, MAX (a, b));
  g_assert_cmpint (g_date_compare (&key->date, &last), ==, 0);
  g_clear_pointer (&keys, g_array_unref);

  keys = rp_store_get_attended (store, &mid, &mid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (keys->len, ==, 0);

  g_assert_finalize_object (store);
}

static void
test_archived_list (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) archived = NULL;
  RpStore *store = rp_store_new (f->database);
  gint64 zeta = add_meeting (store, "Zeta");
  gint64 alpha = add_meeting (store, "alpha");

  add_meeting (store, "Current");

  archived = rp_store_list_archived_meetings (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (archived->len, ==, 0);
  g_clear_pointer (&archived, g_ptr_array_unref);

  rp_store_set_meeting_archived (store, zeta, TRUE, &error);
  g_assert_no_error (error);
  rp_store_set_meeting_archived (store, alpha, TRUE, &error);
  g_assert_no_error (error);

  /* Sorted by name like the model, which no longer has them. */
  archived = rp_store_list_archived_meetings (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (archived->len, ==, 2);
  g_assert_cmpstr (rp_meeting_get_name (g_ptr_array_index (archived, 0)), ==, "alpha");
  g_assert_true (rp_meeting_get_archived (g_ptr_array_index (archived, 0)));
  g_assert_cmpstr (rp_meeting_get_name (g_ptr_array_index (archived, 1)), ==, "Zeta");
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_meetings (store)), ==, 1);
  g_clear_pointer (&archived, g_ptr_array_unref);

  rp_store_set_meeting_archived (store, zeta, FALSE, &error);
  g_assert_no_error (error);
  archived = rp_store_list_archived_meetings (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (archived->len, ==, 1);
  g_assert_cmpint (rp_meeting_get_id (g_ptr_array_index (archived, 0)), ==, alpha);
  g_clear_pointer (&archived, g_ptr_array_unref);

  g_assert_finalize_object (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/properties", Fixture, NULL,
              fixture_set_up, test_store_properties, fixture_tear_down);
  g_test_add_func ("/store/property-flags", test_store_property_flags);
  g_test_add ("/store/changed-signal", Fixture, NULL,
              fixture_set_up, test_store_changed_signal, fixture_tear_down);
  g_test_add_func ("/store/meeting/notify", test_meeting_notify);
  g_test_add ("/store/meeting/round-trip", Fixture, NULL,
              fixture_set_up, test_meeting_round_trip, fixture_tear_down);
  g_test_add ("/store/meeting/model", Fixture, NULL,
              fixture_set_up, test_meeting_model, fixture_tear_down);
  g_test_add ("/store/meeting/validation", Fixture, NULL,
              fixture_set_up, test_meeting_validation, fixture_tear_down);
  g_test_add ("/store/attendance/record", Fixture, NULL,
              fixture_set_up, test_attendance, fixture_tear_down);
  g_test_add ("/store/attendance/counts", Fixture, NULL,
              fixture_set_up, test_attendance_counts, fixture_tear_down);
  g_test_add ("/store/attendance/attended-keys", Fixture, NULL,
              fixture_set_up, test_attended_keys, fixture_tear_down);
  g_test_add ("/store/meeting/archived-list", Fixture, NULL,
              fixture_set_up, test_archived_list, fixture_tear_down);

  return g_test_run ();
}
