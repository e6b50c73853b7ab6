/* test-milestone-reminders.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpMilestoneReminderSource: a reminder on each milestone's day only, at
 * 9:00 local time on the mornings the clocks change too, none for a
 * deleted recovery date, none when switched off; and through RpReminders
 * (a fixed clock, the recording notifier, the real settings keys): shown
 * once that morning with the discreet text, Open says which date. */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "rp-clean-time.h"
#include "rp-milestone-reminder-source.h"
#include "rp-reminders.h"
#include "rp-test-notifier.h"
#include "rp-test-store.h"
#include "rp-test-util.h"

#define ZONE "America/New_York"

static GDateTime *
new_york (int year,
          int month,
          int day,
          int hour,
          int minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (ZONE);

  g_assert_nonnull (zone);
  return g_date_time_new (zone, year, month, day, hour, minute, 0);
}

static RpRecovery *
recovery_new (gint64      id,
              const char *label,
              int         year,
              int         month,
              int         day)
{
  GDate start = rp_test_make_date (year, month, day);
  RpRecovery *recovery = rp_recovery_new (label, &start, RP_CLEAN_TIME_NO_START_MINUTE);

  rp_recovery_set_id (recovery, id);
  return recovery;
}

static int
compare_reminders (gconstpointer a,
                   gconstpointer b)
{
  return rp_reminder_compare (*(RpReminder * const *) a, *(RpReminder * const *) b);
}

static GPtrArray *
collect (RpMilestoneReminderSource *source,
         GDateTime                 *from,
         GDateTime                 *until)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_reminder_free);

  rp_reminder_source_collect (RP_REMINDER_SOURCE (source), from, until, out);
  g_ptr_array_sort (out, compare_reminders);

  return out;
}

/* "id:YYYY-MM-DD HH:MM±offset" per reminder, joined by ",". */
static char *
describe (GPtrArray *reminders)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < reminders->len; i++)
    {
      RpReminder *reminder = g_ptr_array_index (reminders, i);
      g_autofree char *due = g_date_time_format (reminder->due, "%Y-%m-%d %H:%M%z");

      g_assert_cmpint (reminder->kind, ==, RP_REMINDER_MILESTONE);
      g_string_append_printf (text, "%s%" G_GINT64_FORMAT ":%s", i > 0 ? "," : "",
                              reminder->source_id, due);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_collect (RpMilestoneReminderSource *source,
                GDateTime                 *from,
                GDateTime                 *until,
                const char                *expected)
{
  g_autoptr(GPtrArray) reminders = collect (source, from, until);
  g_autofree char *text = describe (reminders);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_milestone_days_only (void)
{
  g_autoptr(GListStore) recoveries = g_list_store_new (RP_TYPE_RECOVERY);
  g_autoptr(RpRecovery) recovery = recovery_new (7, "Alcohol", 2025, 1, 31);
  g_autoptr(RpMilestoneReminderSource) source = NULL;
  g_autoptr(GDateTime) from = new_york (2025, 1, 31, 0, 0);
  g_autoptr(GDateTime) until = new_york (2027, 2, 1, 0, 0);
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (ZONE);

  g_list_store_append (recoveries, recovery);
  source = rp_milestone_reminder_source_new (G_LIST_MODEL (recoveries));
  rp_milestone_reminder_source_set_time_zone (source, zone);
  g_assert_true (rp_milestone_reminder_source_get_enabled (source));
  g_assert_cmpint (rp_milestone_reminder_source_get_minute_of_day (source), ==, 9 * 60);

  /* 24 hours, 30/60/90 days, 6 and 9 months (clamped to month ends),
   * 1 year, 18 months, 2 years: nothing on the start day itself. */
  assert_collect (source, from, until,
                  "7:2025-02-01 09:00-0500,"
                  "7:2025-03-02 09:00-0500,"
                  "7:2025-04-01 09:00-0400,"
                  "7:2025-05-01 09:00-0400,"
                  "7:2025-07-31 09:00-0400,"
                  "7:2025-10-31 09:00-0400,"
                  "7:2026-01-31 09:00-0500,"
                  "7:2026-07-31 09:00-0400,"
                  "7:2027-01-31 09:00-0500");

  /* Each is useful until the end of its day, and says what it is. */
  reminders = collect (source, from, until);
  for (guint i = 0; i < reminders->len; i++)
    {
      RpReminder *reminder = g_ptr_array_index (reminders, i);
      g_autofree char *end = g_date_time_format (reminder->event_end, "%H:%M");
      RpCleanTimeMilestone milestone;

      g_assert_true (rp_clean_time_milestone_on (rp_recovery_get_start_date (recovery),
                                                 &reminder->date, &milestone));
      g_assert_cmpstr (end, ==, "00:00");
      g_assert_nonnull (reminder->title);
      g_assert_nonnull (strstr (reminder->title, "Alcohol"));
    }

  /* A window inside one day between milestones: nothing. */
  {
    g_autoptr(GDateTime) day = new_york (2025, 6, 15, 0, 0);
    g_autoptr(GDateTime) day_end = new_york (2025, 6, 16, 0, 0);

    assert_collect (source, day, day_end, "");
  }

  /* Later that milestone morning: still due (late but useful); after the
   * day is over: gone. */
  {
    g_autoptr(GDateTime) noon = new_york (2025, 3, 2, 12, 0);
    g_autoptr(GDateTime) evening = new_york (2025, 3, 2, 23, 0);
    g_autoptr(GDateTime) next_day = new_york (2025, 3, 3, 0, 0);
    g_autoptr(GDateTime) next_day_end = new_york (2025, 3, 4, 0, 0);

    assert_collect (source, noon, evening, "7:2025-03-02 09:00-0500");
    assert_collect (source, next_day, next_day_end, "");
  }
}

static void
test_dst_mornings (void)
{
  g_autoptr(GListStore) recoveries = g_list_store_new (RP_TYPE_RECOVERY);
  /* 60 days after 2026-01-07 is Sunday 8 March, when New York springs
   * forward at 2:00; a year after 2025-11-02 is 1 November 2026, when it
   * falls back. */
  g_autoptr(RpRecovery) spring = recovery_new (1, "A", 2026, 1, 7);
  g_autoptr(RpRecovery) autumn = recovery_new (2, "B", 2025, 11, 1);
  g_autoptr(RpMilestoneReminderSource) source = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (ZONE);
  g_autoptr(GDateTime) march = new_york (2026, 3, 8, 0, 0);
  g_autoptr(GDateTime) march_end = new_york (2026, 3, 9, 0, 0);
  g_autoptr(GDateTime) november = new_york (2026, 11, 1, 0, 0);
  g_autoptr(GDateTime) november_end = new_york (2026, 11, 2, 0, 0);

  g_list_store_append (recoveries, spring);
  g_list_store_append (recoveries, autumn);
  source = rp_milestone_reminder_source_new (G_LIST_MODEL (recoveries));
  rp_milestone_reminder_source_set_time_zone (source, zone);

  assert_collect (source, march, march_end, "1:2026-03-08 09:00-0400");
  assert_collect (source, november, november_end, "2:2026-11-01 09:00-0500");

  /* Another time of day, in a zone far away: the days are that zone's. */
  {
    g_autoptr(GTimeZone) sydney = g_time_zone_new_identifier ("Australia/Sydney");
    g_autoptr(GDateTime) from = g_date_time_new (sydney, 2026, 3, 8, 0, 0, 0);
    g_autoptr(GDateTime) until = g_date_time_new (sydney, 2026, 3, 9, 0, 0, 0);

    rp_milestone_reminder_source_set_time_zone (source, sydney);
    rp_milestone_reminder_source_set_minute_of_day (source, 7 * 60 + 30);
    assert_collect (source, from, until, "1:2026-03-08 07:30+1100");
  }
}

static void
test_deleted_and_off (void)
{
  g_autoptr(GListStore) recoveries = g_list_store_new (RP_TYPE_RECOVERY);
  g_autoptr(RpRecovery) first = recovery_new (1, "A", 2025, 1, 31);
  g_autoptr(RpRecovery) second = recovery_new (2, "B", 2025, 1, 31);
  g_autoptr(RpMilestoneReminderSource) source = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (ZONE);
  g_autoptr(GDateTime) from = new_york (2026, 1, 31, 0, 0);
  g_autoptr(GDateTime) until = new_york (2026, 2, 1, 0, 0);
  guint n_changed = 0;

  g_list_store_append (recoveries, first);
  g_list_store_append (recoveries, second);
  source = rp_milestone_reminder_source_new (G_LIST_MODEL (recoveries));
  rp_milestone_reminder_source_set_time_zone (source, zone);
  g_signal_connect_swapped (source, "changed", G_CALLBACK (rp_test_count_signal), &n_changed);

  assert_collect (source, from, until, "1:2026-01-31 09:00-0500,2:2026-01-31 09:00-0500");

  /* Deleted: the model changes, the planner hears of it. */
  g_list_store_remove (recoveries, 0);
  g_assert_cmpuint (n_changed, ==, 1);
  assert_collect (source, from, until, "2:2026-01-31 09:00-0500");

  rp_milestone_reminder_source_set_enabled (source, FALSE);
  g_assert_cmpuint (n_changed, ==, 2);
  rp_milestone_reminder_source_set_enabled (source, FALSE);
  g_assert_cmpuint (n_changed, ==, 2);
  assert_collect (source, from, until, "");

  rp_milestone_reminder_source_set_enabled (source, TRUE);
  g_list_store_remove_all (recoveries);
  assert_collect (source, from, until, "");
}

/* --- through RpReminders ------------------------------------------------ */

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
record_open (RpReminders *reminders,
             int          kind,
             gint64       source_id,
             const char  *date,
             GString     *opened)
{
  g_string_append_printf (opened, "%d %" G_GINT64_FORMAT " %s;", kind, source_id, date);
}

static void
test_reminders (RpTestStore   *f,
                gconstpointer  user_data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  g_autoptr(GDateTime) now = new_york (2026, 3, 1, 8, 0);
  g_autoptr(GDateTime) morning = new_york (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) at_nine = new_york (2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) at_ten = new_york (2026, 3, 2, 10, 0);
  g_autoptr(RpClock) clock = rp_clock_new_fixed (now);
  g_autoptr(RpTestNotifier) notifier = rp_test_notifier_new ();
  g_autoptr(RpReminders) reminders = NULL;
  g_autoptr(RpRecovery) recovery = NULL;
  g_autoptr(GString) opened = g_string_new ("");
  g_autoptr(GError) error = NULL;
  GDate start = rp_test_make_date (2026, 1, 31);
  const RpTestNotification *shown;
  gint64 id;

  g_assert_true (g_settings_get_boolean (settings, "milestone-reminders"));
  g_assert_cmpint (g_settings_get_int (settings, "milestone-time"), ==, 9 * 60);

  recovery = rp_recovery_new ("Alcohol", &start, RP_CLEAN_TIME_NO_START_MINUTE);
  g_assert_true (rp_store_add_recovery (f->store, recovery, now, &error));
  g_assert_no_error (error);
  id = rp_recovery_get_id (recovery);

  reminders = rp_reminders_new (f->store, clock, RP_NOTIFIER (notifier));
  rp_reminders_bind_settings (reminders, settings);
  g_signal_connect (reminders, "open", G_CALLBACK (record_open), opened);
  drain ();

  /* 30 days after 31 January is 2 March, at nine. */
  rp_clock_set_now (clock, morning);
  drain ();
  g_assert_cmpuint (rp_test_notifier_get_n_shown (notifier), ==, 0);
  g_assert_true (g_date_time_equal (rp_reminders_get_wake_up (reminders), at_nine));

  rp_clock_set_now (clock, at_nine);
  drain ();
  g_assert_cmpuint (rp_test_notifier_get_n_shown (notifier), ==, 1);
  shown = rp_test_notifier_get_shown (notifier, 0);
  /* Private by default: nothing of what the date is for. */
  g_assert_cmpstr (shown->body, ==, "Something to celebrate today");
  g_assert_null (strstr (shown->summary, "Alcohol"));
  rp_test_notifier_invoke (notifier, 0, RP_REMINDER_ACTION_OPEN);
  drain ();
  {
    g_autofree char *expected = g_strdup_printf ("3 %" G_GINT64_FORMAT " 2026-03-02;", id);

    g_assert_cmpstr (opened->str, ==, expected);
  }

  /* Once: an hour later nothing more. Switched off, the next ones
   * (60 days: 1 April) are not planned. */
  rp_clock_set_now (clock, at_ten);
  drain ();
  g_assert_cmpuint (rp_test_notifier_get_n_shown (notifier), ==, 1);

  g_settings_set_boolean (settings, "milestone-reminders", FALSE);
  drain ();
  {
    g_autoptr(GDateTime) april = new_york (2026, 4, 1, 9, 0);

    rp_clock_set_now (clock, april);
    drain ();
    g_assert_cmpuint (rp_test_notifier_get_n_shown (notifier), ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", ZONE, TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/milestone-reminders/milestone-days-only", test_milestone_days_only);
  g_test_add_func ("/milestone-reminders/dst-mornings", test_dst_mornings);
  g_test_add_func ("/milestone-reminders/deleted-and-off", test_deleted_and_off);
  g_test_add ("/milestone-reminders/through-reminders", RpTestStore, NULL,
              rp_test_store_set_up, test_reminders, rp_test_store_tear_down);

  return g_test_run ();
}
