/* test-store-reminders.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store-reminders"

#include "config.h"

#include "rp-database-private.h"
#include "rp-meeting-reminder-source.h"
#include "rp-reminder-plan.h"
#include "rp-test-store.h"
#include "rp-test-util.h"

/* RpStore's records of fired reminders: a reminder is claimed once, even
 * by two connections (two processes) at the same time; snoozes, pending
 * reminders and pruning; the schema's upgrade and constraints; and the
 * planner fed from the records, across a restart. */

#define INSERT "INSERT INTO fired_reminder (kind, source_id, occurrence, event_start, fired_at," \
               " late, state, snoozed_until) VALUES "

static GDateTime *
utc (int year,
     int month,
     int day,
     int hour,
     int minute)
{
  return g_date_time_new_utc (year, month, day, hour, minute, 0);
}

/* A meeting reminder: the meeting @source_id on 15 June 2026 at @hour:00
 * UTC for an hour, 30 minutes before. */
static RpReminder *
reminder_at (gint64 source_id,
             int    hour)
{
  g_autoptr(GDateTime) start = utc (2026, 6, 15, hour, 0);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);
  g_autoptr(GTimeZone) utc_zone = g_time_zone_new_utc ();

  return rp_reminder_new (RP_REMINDER_MEETING, source_id, start, utc_zone, end, 30);
}

static GPtrArray *
list_all (RpStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) long_ago = utc (2000, 1, 1, 0, 0);
  GPtrArray *records = rp_store_list_fired_reminders (store, long_ago, &error);

  g_assert_no_error (error);

  return records;
}

static gboolean
claim (RpStore              *store,
       const RpReminder     *reminder,
       RpFiredReminderState  state,
       GDateTime            *now)
{
  g_autoptr(GError) error = NULL;
  gboolean claimed = -1;

  g_assert_true (rp_store_claim_reminder (store, reminder, state, now, &claimed, &error));
  g_assert_no_error (error);
  g_assert_true (claimed == TRUE || claimed == FALSE);

  return claimed;
}

static void
changed_cb (RpStore    *store,
            const char *kind,
            guint      *count)
{
  (*count)++;
}

static void
test_claim_once (RpTestStore   *f,
                 gconstpointer  user_data)
{
  g_autoptr(RpReminder) reminder = reminder_at (12, 19);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 6, 15, 18, 31, 12.75);
  g_autoptr(GDateTime) later = utc (2026, 6, 15, 18, 45);
  g_autoptr(GPtrArray) records = NULL;
  const RpFiredReminder *record;
  guint n_changed = 0;

  g_signal_connect (f->store, "changed", G_CALLBACK (changed_cb), &n_changed);

  reminder->late = TRUE;
  g_assert_true (claim (f->store, reminder, RP_FIRED_REMINDER_SHOWN, now));
  g_assert_false (claim (f->store, reminder, RP_FIRED_REMINDER_SHOWN, later));
  g_assert_false (claim (f->store, reminder, RP_FIRED_REMINDER_PENDING, later));
  /* Nothing a view lists changed. */
  g_assert_cmpuint (n_changed, ==, 0);

  records = list_all (f->store);
  g_assert_cmpuint (records->len, ==, 1);
  record = records->pdata[0];
  g_assert_cmpint (record->kind, ==, RP_REMINDER_MEETING);
  g_assert_cmpint (record->source_id, ==, 12);
  g_assert_cmpstr (record->occurrence, ==, "2026-06-15T19:00");
  g_assert_true (g_date_time_equal (record->event_start, reminder->event_start));
  g_assert_cmpint (g_date_time_to_unix (record->fired_at), ==, g_date_time_to_unix (now));
  g_assert_true (record->late);
  g_assert_cmpint (record->state, ==, RP_FIRED_REMINDER_SHOWN);
  g_assert_null (record->snoozed_until);

  {
    g_autofree char *reminder_key = rp_reminder_dup_key (reminder);
    g_autofree char *record_key = rp_fired_reminder_dup_key (record);
    g_autoptr(RpFiredReminder) copy = rp_fired_reminder_copy (record);
    g_autofree char *copy_key = rp_fired_reminder_dup_key (copy);

    g_assert_cmpstr (record_key, ==, reminder_key);
    g_assert_cmpstr (copy_key, ==, reminder_key);
  }

  /* Another occurrence of the same meeting is another reminder. */
  {
    g_autoptr(RpReminder) other = reminder_at (12, 21);

    g_assert_true (claim (f->store, other, RP_FIRED_REMINDER_SHOWN, later));
  }
}

/* Two connections to one file, as two Reprieve processes have. */
typedef struct
{
  RpStore   *store;
  GPtrArray *reminders;
  gboolean   reverse;
  guint      n_claimed;
  GHashTable *claimed;    /* keys */
} ClaimRun;

static gpointer
claim_all_thread (gpointer data)
{
  ClaimRun *run = data;
  g_autoptr(GDateTime) now = utc (2026, 6, 15, 18, 30);

  for (guint i = 0; i < run->reminders->len; i++)
    {
      guint index = run->reverse ? run->reminders->len - 1 - i : i;
      const RpReminder *reminder = g_ptr_array_index (run->reminders, index);
      g_autoptr(GError) error = NULL;
      gboolean claimed = FALSE;

      if (!rp_store_claim_reminder (run->store, reminder, RP_FIRED_REMINDER_SHOWN, now,
                                    &claimed, &error))
        g_error ("claiming failed: %s", error->message);

      if (claimed)
        {
          run->n_claimed++;
          g_hash_table_add (run->claimed, rp_reminder_dup_key (reminder));
        }
    }

  return NULL;
}

static void
test_two_connections (RpTestStore   *f,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDatabase) other_database = NULL;
  g_autoptr(RpStore) other_store = NULL;
  g_autoptr(GPtrArray) reminders = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_reminder_free);
  g_autoptr(GDateTime) now = utc (2026, 6, 15, 18, 30);
  g_autoptr(GHashTable) claimed_here = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) claimed_there = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ClaimRun here = { f->store, reminders, FALSE, 0, claimed_here };
  ClaimRun there = { NULL, reminders, TRUE, 0, claimed_there };
  GThread *thread_here;
  GThread *thread_there;
  GHashTableIter iter;
  gpointer key;

  other_database = rp_database_open (rp_database_get_path (f->database), &error);
  g_assert_no_error (error);
  other_store = rp_store_new (other_database);
  there.store = other_store;

  /* One after the other: the second connection sees the first's claim. */
  {
    g_autoptr(RpReminder) reminder = reminder_at (1, 19);

    g_assert_true (claim (other_store, reminder, RP_FIRED_REMINDER_SHOWN, now));
    g_assert_false (claim (f->store, reminder, RP_FIRED_REMINDER_SHOWN, now));
  }

  /* At the same time, from both ends of one list: each reminder is
   * claimed exactly once in all. */
  for (guint i = 0; i < 60; i++)
    g_ptr_array_add (reminders, reminder_at (100 + i, 19));

  thread_here = g_thread_new ("claim-here", claim_all_thread, &here);
  thread_there = g_thread_new ("claim-there", claim_all_thread, &there);
  g_thread_join (thread_here);
  g_thread_join (thread_there);

  g_assert_cmpuint (here.n_claimed + there.n_claimed, ==, reminders->len);
  g_hash_table_iter_init (&iter, claimed_here);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_false (g_hash_table_contains (claimed_there, key));

  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM fired_reminder"), ==, 61);

  g_clear_object (&other_store);
  g_assert_finalize_object (g_steal_pointer (&other_database));
}

static void
test_snooze (RpTestStore   *f,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpReminder) reminder = reminder_at (12, 19);
  g_autoptr(RpReminder) unclaimed = reminder_at (13, 19);
  g_autoptr(GDateTime) shown = utc (2026, 6, 15, 18, 30);
  g_autoptr(GDateTime) until = utc (2026, 6, 15, 18, 40);
  g_autoptr(GDateTime) before_end = g_date_time_new_utc (2026, 6, 15, 18, 39, 59);
  g_autoptr(GPtrArray) records = NULL;
  const RpFiredReminder *record;

  g_assert_true (claim (f->store, reminder, RP_FIRED_REMINDER_SHOWN, shown));
  g_assert_true (rp_store_snooze_reminder (f->store, reminder, until, &error));
  g_assert_no_error (error);

  records = list_all (f->store);
  g_assert_cmpuint (records->len, ==, 1);
  record = records->pdata[0];
  g_assert_cmpint (record->state, ==, RP_FIRED_REMINDER_SNOOZED);
  g_assert_true (g_date_time_equal (record->snoozed_until, until));
  g_assert_true (g_date_time_equal (record->fired_at, shown));
  g_clear_pointer (&records, g_ptr_array_unref);

  /* Not before the snooze ends; at its end, once. */
  g_assert_false (claim (f->store, reminder, RP_FIRED_REMINDER_SHOWN, before_end));
  g_assert_true (claim (f->store, reminder, RP_FIRED_REMINDER_SHOWN, until));
  g_assert_false (claim (f->store, reminder, RP_FIRED_REMINDER_SHOWN, until));

  records = list_all (f->store);
  record = records->pdata[0];
  g_assert_cmpint (record->state, ==, RP_FIRED_REMINDER_SHOWN);
  g_assert_null (record->snoozed_until);
  g_assert_true (g_date_time_equal (record->fired_at, until));
  g_clear_pointer (&records, g_ptr_array_unref);

  /* Snoozing a reminder that has no record makes one. */
  g_assert_true (rp_store_snooze_reminder (f->store, unclaimed, until, &error));
  g_assert_no_error (error);
  records = list_all (f->store);
  g_assert_cmpuint (records->len, ==, 2);
  record = records->pdata[1];
  g_assert_cmpint (record->source_id, ==, 13);
  g_assert_cmpint (record->state, ==, RP_FIRED_REMINDER_SNOOZED);
  g_assert_true (g_date_time_equal (record->fired_at, unclaimed->due));
}

static void
test_pending (RpTestStore   *f,
              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpReminder) first = reminder_at (12, 19);
  g_autoptr(RpReminder) second = reminder_at (14, 18);
  g_autoptr(RpReminder) third = reminder_at (15, 20);
  g_autoptr(GDateTime) now = utc (2026, 6, 15, 18, 30);
  g_autoptr(GDateTime) later = utc (2026, 6, 15, 18, 50);
  g_autoptr(GDateTime) opened = utc (2026, 6, 15, 21, 0);
  g_autoptr(GPtrArray) taken = NULL;
  g_autoptr(GPtrArray) records = NULL;
  guint n_changed = 0;

  g_signal_connect (f->store, "changed::reminder", G_CALLBACK (changed_cb), &n_changed);

  /* Pending, then shown once a notification server is back; never
   * pending twice. */
  g_assert_true (claim (f->store, first, RP_FIRED_REMINDER_PENDING, now));
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_false (claim (f->store, first, RP_FIRED_REMINDER_PENDING, later));
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_true (claim (f->store, first, RP_FIRED_REMINDER_SHOWN, later));
  g_assert_false (claim (f->store, first, RP_FIRED_REMINDER_SHOWN, later));
  g_assert_false (claim (f->store, first, RP_FIRED_REMINDER_PENDING, later));
  g_assert_cmpuint (n_changed, ==, 1);

  /* The window takes what is pending once, earliest event first. */
  g_assert_true (claim (f->store, third, RP_FIRED_REMINDER_PENDING, now));
  g_assert_true (claim (f->store, second, RP_FIRED_REMINDER_PENDING, now));
  g_assert_cmpuint (n_changed, ==, 3);
  taken = rp_store_take_pending_reminders (f->store, opened, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (taken->len, ==, 2);
  g_assert_cmpint (((RpFiredReminder *) taken->pdata[0])->source_id, ==, 14);
  g_assert_cmpint (((RpFiredReminder *) taken->pdata[1])->source_id, ==, 15);
  g_assert_cmpint (((RpFiredReminder *) taken->pdata[0])->state, ==, RP_FIRED_REMINDER_PENDING);
  g_clear_pointer (&taken, g_ptr_array_unref);

  taken = rp_store_take_pending_reminders (f->store, opened, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (taken->len, ==, 0);

  records = list_all (f->store);
  g_assert_cmpuint (records->len, ==, 3);
  for (guint i = 0; i < records->len; i++)
    g_assert_cmpint (((RpFiredReminder *) records->pdata[i])->state, ==, RP_FIRED_REMINDER_SHOWN);
  g_assert_cmpint (rp_test_query_int (f->database,
                                      "SELECT count(*) FROM fired_reminder"
                                      " WHERE fired_at = '2026-06-15T21:00:00Z'"), ==, 2);

  /* Taken means shown: a server coming back does not show them again. */
  g_assert_false (claim (f->store, second, RP_FIRED_REMINDER_SHOWN, opened));
}

static void
test_forget_and_list (RpTestStore   *f,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpReminder) old_shown = reminder_at (1, 19);
  g_autoptr(RpReminder) old_snoozed = reminder_at (2, 19);
  g_autoptr(RpReminder) recent = reminder_at (3, 19);
  g_autoptr(GDateTime) long_ago = utc (2026, 5, 1, 12, 0);
  g_autoptr(GDateTime) snooze_end = utc (2026, 5, 1, 12, 10);
  g_autoptr(GDateTime) now = utc (2026, 6, 15, 18, 30);
  g_autoptr(GDateTime) month_ago = g_date_time_add_days (now, -30);
  g_autoptr(GDateTime) day_ago = g_date_time_add_days (now, -1);
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *rows = NULL;

  g_assert_true (claim (f->store, old_shown, RP_FIRED_REMINDER_SHOWN, long_ago));
  g_assert_true (claim (f->store, old_snoozed, RP_FIRED_REMINDER_SHOWN, long_ago));
  g_assert_true (rp_store_snooze_reminder (f->store, old_snoozed, snooze_end, &error));
  g_assert_no_error (error);
  g_assert_true (claim (f->store, recent, RP_FIRED_REMINDER_SHOWN, now));

  /* Recent records, and snoozes whatever their age. */
  records = rp_store_list_fired_reminders (f->store, day_ago, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpint (((RpFiredReminder *) records->pdata[0])->source_id, ==, 2);
  g_assert_cmpint (((RpFiredReminder *) records->pdata[1])->source_id, ==, 3);

  g_assert_true (rp_store_forget_fired_reminders (f->store, month_ago, &error));
  g_assert_no_error (error);
  rows = rp_test_query_text (f->database,
                             "SELECT source_id, state FROM fired_reminder ORDER BY source_id");
  g_assert_cmpstr (rows, ==, "2|2\n3|0\n");
}

/* A database of schema 3 keeps its data and gains the table. */
static void
test_migration (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("reprieve-test-reminders-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "data", "reprieve.db", NULL);
  const RpMigration *builtin;
  guint n_builtin = 0;
  RpDatabase *db;

  g_assert_no_error (error);
  builtin = rp_database_get_builtin_migrations (&n_builtin);
  g_assert_cmpuint (n_builtin, >=, 4);
  g_assert_cmpint (builtin[2].version, ==, 3);
  g_assert_cmpint (builtin[3].version, ==, 4);

  db = rp_database_open_with_migrations (path, builtin, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, 3);
  rp_test_exec (db,
                "INSERT INTO meeting (name, rrule, first_date, start_time, duration_minutes,"
                " time_zone, created, updated)"
                " VALUES ('Kept', 'FREQ=WEEKLY;BYDAY=MO', '2026-01-05', '19:00', 60, 'UTC', 'c', 'u');"
                "INSERT INTO attendance (meeting_id, date, status, recorded)"
                " VALUES (1, '2026-01-05', 1, 'r');");
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM sqlite_schema"
                                          " WHERE name = 'fired_reminder'"), ==, 0);
  g_assert_finalize_object (db);

  db = rp_database_open_with_migrations (path, builtin, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, 4);
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM meeting WHERE name = 'Kept'"), ==, 1);
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM attendance"), ==, 1);
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM fired_reminder"), ==, 0);
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM sqlite_schema"
                                          " WHERE name = 'fired_reminder_by_time'"), ==, 1);
  g_assert_finalize_object (db);

  rp_test_remove_tree (dir);
}

static void
test_constraints (RpTestStore   *f,
                  gconstpointer  user_data)
{
  static const char * const bad_rows[] = {
    INSERT "('meeting', 1, '2026-06-15 19:00', '2026-06-15T19:00:00Z', '2026-06-15T18:30:00Z', 0, 0, NULL)",
    INSERT "('meeting', 1, '2026-06-15T19:60', '2026-06-15T19:00:00Z', '2026-06-15T18:30:00Z', 0, 0, NULL)",
    INSERT "('meeting', 1, '2026-06-15T19:00:00', '2026-06-15T19:00:00Z', '2026-06-15T18:30:00Z', 0, 0, NULL)",
    INSERT "('meeting', 1, '15/06/2026 19:00', '2026-06-15T19:00:00Z', '2026-06-15T18:30:00Z', 0, 0, NULL)",
    INSERT "('alarm', 1, '2026-06-15T19:00', '2026-06-15T19:00:00Z', '2026-06-15T18:30:00Z', 0, 0, NULL)",
    INSERT "('meeting', 1, '2026-06-15T19:00', '2026-06-15T19:00:00', '2026-06-15T18:30:00Z', 0, 0, NULL)",
    INSERT "('meeting', 1, '2026-06-15T19:00', '2026-06-15T19:00:00Z', '2026-06-15 18:30', 0, 0, NULL)",
    INSERT "('meeting', 1, '2026-06-15T19:00', '2026-06-15T19:00:00Z', '2026-06-15T18:30:00Z', 2, 0, NULL)",
    INSERT "('meeting', 1, '2026-06-15T19:00', '2026-06-15T19:00:00Z', '2026-06-15T18:30:00Z', 0, 3, NULL)",
    INSERT "('meeting', 1, '2026-06-15T19:00', '2026-06-15T19:00:00Z', '2026-06-15T18:30:00Z', 0, 2, NULL)",
    INSERT "('meeting', 1, '2026-06-15T19:00', '2026-06-15T19:00:00Z', '2026-06-15T18:30:00Z', 0, 0,"
           " '2026-06-15T18:40:00Z')",
    INSERT "('meeting', 1, '2026-06-15T19:00', '2026-06-15T19:00:00Z', '2026-06-15T18:30:00Z', 0, 2,"
           " 'soon')",
    INSERT "('meeting', 'one', '2026-06-15T19:00', '2026-06-15T19:00:00Z', '2026-06-15T18:30:00Z', 0, 0, NULL)",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad_rows); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (rp_database_exec (f->database, bad_rows[i], &error));
      g_assert_nonnull (error);
    }

  rp_test_exec (f->database,
                INSERT "('check-in', 0, '2026-06-15T07:30', '2026-06-15T07:30:00Z',"
                       " '2026-06-15T07:30:00Z', 0, 2, '2026-06-15T07:40:00Z')");
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM fired_reminder"), ==, 1);
}

/* The reminders timer's loop against the store: plan, claim what is due,
 * plan again, and again after a restart: nothing fires twice. */
static void
test_plan_with_store (RpTestStore   *f,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpSchedule) schedule = NULL;
  g_autoptr(RpMeeting) meeting = rp_meeting_new ();
  g_autoptr(RpMeetingReminderSource) source = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RpReminderPlan) plan = NULL;
  g_autoptr(GPtrArray) fired = NULL;
  g_autoptr(GDateTime) now = utc (2026, 6, 15, 18, 45);
  g_autoptr(GDateTime) since = g_date_time_add_days (now, -1);
  g_autofree char *path = g_strdup (rp_database_get_path (f->database));
  GDate date = rp_test_make_date (2026, 6, 15);
  GPtrArray *due;

  schedule = rp_schedule_new_weekly (&date, RP_WEEKDAY_MONDAY, 19 * 60, 60, "UTC", &error);
  g_assert_no_error (error);
  rp_meeting_set_name (meeting, "Monday Night");
  rp_meeting_set_schedule (meeting, schedule);
  rp_meeting_set_reminder (meeting, 30);
  g_assert_true (rp_store_add_meeting (f->store, meeting, &error));
  g_assert_no_error (error);

  source = rp_meeting_reminder_source_new (rp_store_get_meetings (f->store));
  g_ptr_array_add (sources, g_object_ref (source));

  /* Missed by 15 minutes while off: due, late. */
  fired = rp_store_list_fired_reminders (f->store, since, &error);
  g_assert_no_error (error);
  plan = rp_reminder_plan_new (sources, fired, now);
  due = rp_reminder_plan_get_due (plan);
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_true (((RpReminder *) due->pdata[0])->late);
  for (guint i = 0; i < due->len; i++)
    g_assert_true (claim (f->store, due->pdata[i], RP_FIRED_REMINDER_SHOWN, now));
  g_clear_pointer (&plan, rp_reminder_plan_unref);
  g_clear_pointer (&fired, g_ptr_array_unref);

  /* Planned again: nothing due, the next week's reminder next. */
  fired = rp_store_list_fired_reminders (f->store, since, &error);
  g_assert_no_error (error);
  plan = rp_reminder_plan_new (sources, fired, now);
  g_assert_cmpuint (rp_reminder_plan_get_due (plan)->len, ==, 0);
  g_assert_nonnull (rp_reminder_plan_get_next_due (plan));
  g_clear_pointer (&plan, rp_reminder_plan_unref);
  g_clear_pointer (&fired, g_ptr_array_unref);

  /* "Restart": a new connection, store and source on the same file. */
  g_ptr_array_set_size (sources, 0);
  g_clear_object (&source);
  g_assert_finalize_object (g_steal_pointer (&f->store));
  g_assert_finalize_object (g_steal_pointer (&f->database));
  f->database = rp_database_open (path, &error);
  g_assert_no_error (error);
  f->store = rp_store_new (f->database);
  source = rp_meeting_reminder_source_new (rp_store_get_meetings (f->store));
  g_ptr_array_add (sources, g_object_ref (source));
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_meetings (f->store)), ==, 1);

  fired = rp_store_list_fired_reminders (f->store, since, &error);
  g_assert_no_error (error);
  plan = rp_reminder_plan_new (sources, fired, now);
  g_assert_cmpuint (rp_reminder_plan_get_due (plan)->len, ==, 0);

  /* The source holds the store's model: drop it before the fixture's
   * tear-down checks that the store is finalized. */
  g_ptr_array_set_size (sources, 0);
  g_clear_object (&source);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, RpTestStore, NULL, rp_test_store_set_up, func, rp_test_store_tear_down)

  ADD ("/store-reminders/claim-once", test_claim_once);
  ADD ("/store-reminders/two-connections", test_two_connections);
  ADD ("/store-reminders/snooze", test_snooze);
  ADD ("/store-reminders/pending", test_pending);
  ADD ("/store-reminders/forget-and-list", test_forget_and_list);
  ADD ("/store-reminders/constraints", test_constraints);
  ADD ("/store-reminders/plan-with-store", test_plan_with_store);
  g_test_add_func ("/store-reminders/migration", test_migration);

#undef ADD

  return g_test_run ();
}
