/* test-agenda.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-agenda"

#include "config.h"

#include "rp-agenda.h"
#include "rp-meeting-private.h"
#include "rp-test-util.h"

/* Every expected time and offset below was worked out by hand from the
 * 2026 calendar and the tz database: New York leaves DST on 1 November and
 * enters it on 8 March; London and Berlin leave it on 25 October and enter
 * it on 29 March. */

static GTimeZone *
zone (const char *zone_id)
{
  GTimeZone *time_zone = g_time_zone_new_identifier (zone_id);

  g_assert_nonnull (time_zone);

  return time_zone;
}

static GDateTime *
zoned (const char *zone_id,
       int         year,
       int         month,
       int         day,
       int         hour,
       int         minute,
       int         second)
{
  g_autoptr(GTimeZone) time_zone = zone (zone_id);

  return g_date_time_new (time_zone, year, month, day, hour, minute, second);
}

static RpMeeting *
weekly_meeting (gint64      id,
                const char *name,
                RpWeekdays  weekdays,
                guint       start_minute,
                guint       duration,
                const char *zone_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpSchedule) schedule = NULL;
  GDate first = rp_test_make_date (2026, 1, 1);
  RpMeeting *meeting = rp_meeting_new ();

  schedule = rp_schedule_new_weekly (&first, weekdays, start_minute, duration, zone_id, &error);
  g_assert_no_error (error);
  rp_meeting_set_name (meeting, name);
  rp_meeting_set_schedule (meeting, schedule);
  rp_meeting_set_id (meeting, id);

  return meeting;
}

static GListStore *
meetings_new (RpMeeting *first,
              ...)
{
  GListStore *store = g_list_store_new (RP_TYPE_MEETING);
  va_list args;

  va_start (args, first);
  for (RpMeeting *meeting = first; meeting != NULL; meeting = va_arg (args, RpMeeting *))
    {
      g_list_store_append (store, meeting);
      g_object_unref (meeting);
    }
  va_end (args);

  return store;
}

/* The agenda as the command line prints it, one string per item. */
static GStrv
lines_of (GPtrArray *items)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *line = rp_agenda_format_line (g_ptr_array_index (items, i));

      g_strv_builder_add (builder, line);
    }

  return g_strv_builder_end (builder);
}

static void
assert_lines (GPtrArray          *items,
              const char * const *expected)
{
  g_auto(GStrv) lines = lines_of (items);

  g_assert_cmpstrv (lines, expected);
}

static void
test_dst_new_york (void)
{
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GListStore) meetings = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GPtrArray) items = NULL;
  static const char * const autumn[] = {
    "2026-10-31T19:00:00-04:00\t2026-10-31T20:00:00-04:00\tWeekend Serenity",
    "2026-11-02T19:00:00-05:00\t2026-11-02T20:00:00-05:00\tMonday Step Study",
    NULL
  };
  static const char * const spring[] = {
    "2026-03-07T19:00:00-05:00\t2026-03-07T20:00:00-05:00\tWeekend Serenity",
    "2026-03-09T19:00:00-04:00\t2026-03-09T20:00:00-04:00\tMonday Step Study",
    NULL
  };

  meetings = meetings_new (weekly_meeting (1, "Monday Step Study", RP_WEEKDAY_MONDAY,
                                           19 * 60, 60, "America/New_York"),
                           weekly_meeting (2, "Weekend Serenity", RP_WEEKDAY_SATURDAY,
                                           19 * 60, 60, "America/New_York"),
                           NULL);

  /* Friday before clocks go back: 19:00 stays 19:00 on both sides. */
  now = zoned ("America/New_York", 2026, 10, 30, 12, 0, 0);
  items = rp_agenda_upcoming (G_LIST_MODEL (meetings), now, new_york, 7);
  assert_lines (items, autumn);
  for (guint i = 0; i < items->len; i++)
    g_assert_null (((RpAgendaItem *) g_ptr_array_index (items, i))->time_zone_id);
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&now, g_date_time_unref);

  now = zoned ("America/New_York", 2026, 3, 6, 12, 0, 0);
  items = rp_agenda_upcoming (G_LIST_MODEL (meetings), now, new_york, 7);
  assert_lines (items, spring);
}

static void
test_dst_london (void)
{
  g_autoptr(GTimeZone) london = zone ("Europe/London");
  g_autoptr(GListStore) meetings = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GPtrArray) items = NULL;
  static const char * const fortnight[] = {
    "2026-03-22T10:00:00+00:00\t2026-03-22T11:00:00+00:00\tSunday Big Book",
    "2026-03-29T10:00:00+01:00\t2026-03-29T11:00:00+01:00\tSunday Big Book",
    NULL
  };
  static const char * const one_day[] = {
    "2026-03-29T11:30:00+01:00\t2026-03-29T12:30:00+01:00\tLate Morning",
    NULL
  };

  meetings = meetings_new (weekly_meeting (1, "Sunday Big Book", RP_WEEKDAY_SUNDAY,
                                           10 * 60, 60, "Europe/London"),
                           NULL);
  now = zoned ("Europe/London", 2026, 3, 21, 9, 0, 0);
  items = rp_agenda_upcoming (G_LIST_MODEL (meetings), now, london, 14);
  /* 5 April at 10:00 is after now + 14 days (4 April, 09:00). */
  assert_lines (items, fortnight);
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&now, g_date_time_unref);
  g_clear_object (&meetings);

  /* "One day" from Saturday noon ends at Sunday noon on the wall clock,
   * only 23 hours later on the day clocks go forward: 11:30 is in, 12:30
   * (which 24 elapsed hours would have let in) is not. */
  meetings = meetings_new (weekly_meeting (1, "Late Morning", RP_WEEKDAY_SUNDAY,
                                           11 * 60 + 30, 60, "Europe/London"),
                           weekly_meeting (2, "Noon", RP_WEEKDAY_SUNDAY,
                                           12 * 60 + 30, 60, "Europe/London"),
                           NULL);
  now = zoned ("Europe/London", 2026, 3, 28, 12, 0, 0);
  items = rp_agenda_upcoming (G_LIST_MODEL (meetings), now, london, 1);
  assert_lines (items, one_day);
}

static void
test_other_zone (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GListStore) meetings = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GPtrArray) items = NULL;
  static const char * const expected[] = {
    /* Monday 19 October 19:00 EDT: Tuesday 01:00 in Berlin (CEST). */
    "2026-10-20T01:00:00+02:00\t2026-10-20T02:00:00+02:00\tNew York Online",
    "2026-10-22T10:00:00+02:00\t2026-10-22T11:00:00+02:00\tBerlin Thursday",
    /* Berlin left DST on the 25th, New York not yet: midnight. */
    "2026-10-27T00:00:00+01:00\t2026-10-27T01:00:00+01:00\tNew York Online",
    "2026-10-29T10:00:00+01:00\t2026-10-29T11:00:00+01:00\tBerlin Thursday",
    /* Both on standard time again: six hours apart. */
    "2026-11-03T01:00:00+01:00\t2026-11-03T02:00:00+01:00\tNew York Online",
    NULL
  };
  RpAgendaItem *item;
  GDate date;

  meetings = meetings_new (weekly_meeting (1, "New York Online", RP_WEEKDAY_MONDAY,
                                           19 * 60, 60, "America/New_York"),
                           weekly_meeting (2, "Berlin Thursday", RP_WEEKDAY_THURSDAY,
                                           10 * 60, 60, "Europe/Berlin"),
                           NULL);
  now = zoned ("Europe/Berlin", 2026, 10, 19, 12, 0, 0);
  items = rp_agenda_upcoming (G_LIST_MODEL (meetings), now, berlin, 15);
  assert_lines (items, expected);

  /* The New York meeting is labelled with its zone and keeps its own date
   * (the key of its attendance); the Berlin one needs no label. */
  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (item->time_zone_id, ==, "America/New_York");
  date = rp_test_make_date (2026, 10, 19);
  g_assert_cmpint (g_date_compare (&item->date, &date), ==, 0);
  g_assert_cmpstr (g_time_zone_get_identifier (g_date_time_get_timezone (item->start)), ==,
                   "Europe/Berlin");
  /* For the viewer it is tomorrow, though it is Monday in New York. */
  g_assert_cmpint (rp_agenda_item_get_bucket (item, now, berlin), ==, RP_AGENDA_BUCKET_TOMORROW);

  item = g_ptr_array_index (items, 1);
  g_assert_null (item->time_zone_id);
  date = rp_test_make_date (2026, 10, 22);
  g_assert_cmpint (g_date_compare (&item->date, &date), ==, 0);
}

static void
test_in_progress_boundary (void)
{
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GListStore) meetings = NULL;
  /* One day ahead: tomorrow's 19:00 is in once now is past 19:00. */
  static const struct {
    int hour, minute, second;
    gboolean has_today;
    guint n_items;
    RpAgendaBucket bucket;
  } cases[] = {
    { 18, 59, 59, TRUE, 1, RP_AGENDA_BUCKET_TODAY },
    { 19, 0, 0, TRUE, 1, RP_AGENDA_BUCKET_IN_PROGRESS },    /* starts now: in progress */
    { 19, 59, 59, TRUE, 2, RP_AGENDA_BUCKET_IN_PROGRESS },
    { 20, 0, 0, FALSE, 1, RP_AGENDA_BUCKET_PAST },          /* ended now: gone */
  };

  meetings = meetings_new (weekly_meeting (1, "Daily", RP_WEEKDAYS_ALL, 19 * 60, 60,
                                           "America/New_York"),
                           NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) now = zoned ("America/New_York", 2026, 11, 23,
                                        cases[i].hour, cases[i].minute, cases[i].second);
      g_autoptr(GPtrArray) items = rp_agenda_upcoming (G_LIST_MODEL (meetings), now,
                                                       new_york, 1);
      g_autoptr(GDateTime) today_start = zoned ("America/New_York", 2026, 11, 23, 19, 0, 0);
      g_autoptr(GDateTime) today_end = zoned ("America/New_York", 2026, 11, 23, 20, 0, 0);
      RpAgendaItem today = { NULL, today_start, today_end, { 0 }, NULL };

      g_test_message ("now %02d:%02d:%02d", cases[i].hour, cases[i].minute, cases[i].second);
      g_assert_cmpuint (items->len, ==, cases[i].n_items);
      g_assert_cmpint (rp_agenda_item_get_bucket (&today, now, new_york), ==, cases[i].bucket);
      g_assert_true (g_date_time_equal (((RpAgendaItem *) g_ptr_array_index (items, 0))->start,
                                        today_start) == cases[i].has_today);
    }
}

static void
test_midnight_crossing (void)
{
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GListStore) meetings = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) expected = NULL;
  g_autoptr(GPtrArray) items = NULL;
  RpAgendaItem *item;
  GDate date;

  /* Friday nights only, 23:30 for 90 minutes. */
  meetings = meetings_new (weekly_meeting (1, "Night Owls", RP_WEEKDAY_FRIDAY,
                                           23 * 60 + 30, 90, "America/New_York"),
                           NULL);

  /* Saturday 00:15: Friday's meeting is still on, and comes first. */
  now = zoned ("America/New_York", 2026, 11, 21, 0, 15, 0);
  items = rp_agenda_upcoming (G_LIST_MODEL (meetings), now, new_york, 7);
  g_assert_cmpuint (items->len, ==, 2);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpint (rp_agenda_item_get_bucket (item, now, new_york), ==,
                   RP_AGENDA_BUCKET_IN_PROGRESS);
  date = rp_test_make_date (2026, 11, 20);
  g_assert_cmpint (g_date_compare (&item->date, &date), ==, 0);
  {
    g_autofree char *line = rp_agenda_format_line (item);

    g_assert_cmpstr (line, ==,
                     "2026-11-20T23:30:00-05:00\t2026-11-21T01:00:00-05:00\tNight Owls");
  }
  /* Next change: its end at 01:00, before the next midnight. */
  next = rp_agenda_next_change (items, now, new_york);
  expected = zoned ("America/New_York", 2026, 11, 21, 1, 0, 0);
  g_assert_true (g_date_time_equal (next, expected));
  g_clear_pointer (&next, g_date_time_unref);
  g_clear_pointer (&expected, g_date_time_unref);
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&now, g_date_time_unref);

  /* Friday 23:45, in progress: midnight comes before its end. */
  now = zoned ("America/New_York", 2026, 11, 20, 23, 45, 0);
  items = rp_agenda_upcoming (G_LIST_MODEL (meetings), now, new_york, 7);
  next = rp_agenda_next_change (items, now, new_york);
  expected = zoned ("America/New_York", 2026, 11, 21, 0, 0, 0);
  g_assert_true (g_date_time_equal (next, expected));
  g_clear_pointer (&next, g_date_time_unref);
  g_clear_pointer (&expected, g_date_time_unref);
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&now, g_date_time_unref);

  /* Friday 23:00: its start is next. */
  now = zoned ("America/New_York", 2026, 11, 20, 23, 0, 0);
  items = rp_agenda_upcoming (G_LIST_MODEL (meetings), now, new_york, 7);
  g_assert_cmpint (rp_agenda_item_get_bucket (g_ptr_array_index (items, 0), now, new_york), ==,
                   RP_AGENDA_BUCKET_TODAY);
  next = rp_agenda_next_change (items, now, new_york);
  expected = zoned ("America/New_York", 2026, 11, 20, 23, 30, 0);
  g_assert_true (g_date_time_equal (next, expected));
}

static void
test_buckets_at_midnight (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  static const struct {
    int month, day, hour, minute;
    RpAgendaBucket before_midnight;   /* at Monday 23 November, 23:59 */
    RpAgendaBucket at_midnight;       /* at Tuesday 24 November, 00:00 */
  } cases[] = {
    { 11, 24, 0, 30, RP_AGENDA_BUCKET_TOMORROW, RP_AGENDA_BUCKET_TODAY },
    { 11, 25, 10, 0, RP_AGENDA_BUCKET_LATER_THIS_WEEK, RP_AGENDA_BUCKET_TOMORROW },
    { 11, 29, 23, 0, RP_AGENDA_BUCKET_LATER_THIS_WEEK, RP_AGENDA_BUCKET_LATER_THIS_WEEK },
    { 11, 30, 8, 0, RP_AGENDA_BUCKET_LATER, RP_AGENDA_BUCKET_LATER_THIS_WEEK },
    { 12, 2, 8, 0, RP_AGENDA_BUCKET_LATER, RP_AGENDA_BUCKET_LATER },
  };
  g_autoptr(GDateTime) before = zoned ("Europe/Berlin", 2026, 11, 23, 23, 59, 0);
  g_autoptr(GDateTime) at = zoned ("Europe/Berlin", 2026, 11, 24, 0, 0, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;
      RpAgendaItem item = { 0 };

      start = zoned ("Europe/Berlin", 2026, cases[i].month, cases[i].day,
                     cases[i].hour, cases[i].minute, 0);
      end = g_date_time_add_hours (start, 1);
      item.start = start;
      item.end = end;

      g_test_message ("case %u", i);
      g_assert_cmpint (rp_agenda_item_get_bucket (&item, before, berlin), ==,
                       cases[i].before_midnight);
      g_assert_cmpint (rp_agenda_item_get_bucket (&item, at, berlin), ==,
                       cases[i].at_midnight);
    }

  /* Days are the viewer's: 00:30 in Berlin is still yesterday in London. */
  {
    g_autoptr(GTimeZone) london = zone ("Europe/London");
    g_autoptr(GDateTime) start = zoned ("Europe/Berlin", 2026, 11, 24, 0, 30, 0);
    g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);
    RpAgendaItem item = { NULL, start, end, { 0 }, NULL };

    g_assert_cmpint (rp_agenda_item_get_bucket (&item, before, london), ==,
                     RP_AGENDA_BUCKET_TODAY);
  }
}

static void
test_archived_skipped (void)
{
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GListStore) meetings = NULL;
  g_autoptr(GDateTime) now = zoned ("America/New_York", 2026, 11, 23, 8, 0, 0);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(RpMeeting) archived = weekly_meeting (2, "Old Group", RP_WEEKDAYS_ALL, 9 * 60, 60,
                                                  "America/New_York");
  RpMeeting *unscheduled = rp_meeting_new ();

  rp_meeting_set_name (unscheduled, "No schedule yet");
  rp_meeting_set_archived (archived, TRUE);
  meetings = meetings_new (weekly_meeting (1, "Current Group", RP_WEEKDAY_MONDAY, 9 * 60, 60,
                                           "America/New_York"),
                           g_object_ref (archived),
                           unscheduled,
                           NULL);

  items = rp_agenda_upcoming (G_LIST_MODEL (meetings), now, new_york, 8);
  g_assert_cmpuint (items->len, ==, 2);
  for (guint i = 0; i < items->len; i++)
    g_assert_cmpstr (rp_meeting_get_name (((RpAgendaItem *) g_ptr_array_index (items, i))->meeting),
                     ==, "Current Group");
}

static void
test_ordering (void)
{
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) model = g_list_store_new (RP_TYPE_MEETING);
  g_autoptr(GDateTime) now = zoned ("America/New_York", 2026, 11, 23, 8, 0, 0);
  g_autoptr(GDateTime) to = zoned ("America/New_York", 2026, 11, 24, 0, 0, 0);
  g_autoptr(GPtrArray) from_array = NULL;
  g_autoptr(GPtrArray) from_model = NULL;
  static const char * const expected[] = {
    "2026-11-23T12:00:00-05:00\t2026-11-23T12:30:00-05:00\tzeta",
    "2026-11-23T12:00:00-05:00\t2026-11-23T13:00:00-05:00\talpha",
    "2026-11-23T12:00:00-05:00\t2026-11-23T13:00:00-05:00\tAlpha",
    "2026-11-23T12:00:00-05:00\t2026-11-23T13:00:00-05:00\tbeta",
    "2026-11-23T12:00:00-05:00\t2026-11-23T13:00:00-05:00\tbeta",
    "2026-11-23T19:00:00-05:00\t2026-11-23T20:00:00-05:00\tEvening",
    NULL
  };
  /* Given out of order: later first, ids against names. */
  g_ptr_array_add (meetings, weekly_meeting (1, "Evening", RP_WEEKDAY_MONDAY, 19 * 60, 60,
                                             "America/New_York"));
  g_ptr_array_add (meetings, weekly_meeting (9, "beta", RP_WEEKDAY_MONDAY, 12 * 60, 60,
                                             "America/New_York"));
  g_ptr_array_add (meetings, weekly_meeting (7, "Alpha", RP_WEEKDAY_MONDAY, 12 * 60, 60,
                                             "America/New_York"));
  g_ptr_array_add (meetings, weekly_meeting (5, "beta", RP_WEEKDAY_MONDAY, 12 * 60, 60,
                                             "America/New_York"));
  g_ptr_array_add (meetings, weekly_meeting (8, "zeta", RP_WEEKDAY_MONDAY, 12 * 60, 30,
                                             "America/New_York"));
  g_ptr_array_add (meetings, weekly_meeting (3, "alpha", RP_WEEKDAY_MONDAY, 12 * 60, 60,
                                             "America/New_York"));

  for (guint i = 0; i < meetings->len; i++)
    g_list_store_append (model, g_ptr_array_index (meetings, i));

  from_array = rp_agenda_collect_array (meetings, now, to, new_york);
  from_model = rp_agenda_collect (G_LIST_MODEL (model), now, to, new_york);
  assert_lines (from_array, expected);
  assert_lines (from_model, expected);

  /* Same start, end and folded name: the lower id first. alpha (3) before
   * Alpha (7); beta 5 before beta 9. */
  g_assert_cmpint (rp_meeting_get_id (((RpAgendaItem *) g_ptr_array_index (from_model, 1))->meeting),
                   ==, 3);
  g_assert_cmpint (rp_meeting_get_id (((RpAgendaItem *) g_ptr_array_index (from_model, 3))->meeting),
                   ==, 5);
  g_assert_cmpint (rp_meeting_get_id (((RpAgendaItem *) g_ptr_array_index (from_model, 4))->meeting),
                   ==, 9);
}

static void
test_format_line (void)
{
  g_autoptr(GDateTime) start = zoned ("Asia/Kolkata", 2026, 11, 23, 19, 0, 0);
  g_autoptr(GDateTime) end = zoned ("Asia/Kolkata", 2026, 11, 23, 20, 30, 0);
  g_autoptr(RpMeeting) meeting = rp_meeting_new ();
  g_autoptr(RpAgendaItem) copy = NULL;
  RpAgendaItem item = { meeting, start, end, { 0 }, NULL };
  g_autofree char *line = NULL;
  g_autofree char *copy_line = NULL;

  /* No tab or line break in a name may add a field or a line. */
  rp_meeting_set_name (meeting, "Step\tStudy\nGroup\r\n\xe2\x80\xa8" "Caf\xc3\xa9");
  line = rp_agenda_format_line (&item);
  g_assert_cmpstr (line, ==,
                   "2026-11-23T19:00:00+05:30\t2026-11-23T20:30:00+05:30\tStep Study Group   Café");

  copy = rp_agenda_item_copy (&item);
  copy_line = rp_agenda_format_line (copy);
  g_assert_cmpstr (copy_line, ==, line);
}

static void
test_day_start (void)
{
  g_autoptr(GTimeZone) london = zone ("Europe/London");
  g_autoptr(GDateTime) now = zoned ("Europe/London", 2026, 3, 28, 22, 0, 0);
  g_autoptr(GDateTime) tomorrow = rp_agenda_day_start (now, london, 1);
  g_autoptr(GDateTime) after = rp_agenda_day_start (now, london, 2);
  g_autoptr(GDateTime) yesterday = rp_agenda_day_start (now, london, -1);

  g_assert_cmpint (g_date_time_get_day_of_month (tomorrow), ==, 29);
  g_assert_cmpint (g_date_time_get_hour (tomorrow), ==, 0);
  /* Sunday 29 March is 23 hours long in London. */
  g_assert_cmpint (g_date_time_difference (after, tomorrow), ==, 23 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_get_day_of_month (yesterday), ==, 27);
}

static void
test_next_change_empty (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(GDateTime) now = zoned ("Europe/Berlin", 2026, 11, 23, 15, 0, 0);
  g_autoptr(GDateTime) next = rp_agenda_next_change (items, now, berlin);
  g_autoptr(GDateTime) midnight = zoned ("Europe/Berlin", 2026, 11, 24, 0, 0, 0);

  g_assert_true (g_date_time_equal (next, midnight));
}

static void
test_mark_month (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GListStore) meetings = NULL;
  RpAttendanceKey attended[4];
  RpDayMarks marks[32];

  meetings = meetings_new (weekly_meeting (1, "New York Online", RP_WEEKDAY_MONDAY,
                                           19 * 60, 60, "America/New_York"),
                           weekly_meeting (2, "Berlin Thursday", RP_WEEKDAY_THURSDAY,
                                           10 * 60, 60, "Europe/Berlin"),
                           NULL);

  /* Monday 9 November in New York: Tuesday the 10th in Berlin. */
  attended[0] = (RpAttendanceKey) { 1, rp_test_make_date (2026, 11, 9) };
  /* Monday 30 November in New York: 1 December in Berlin, not November. */
  attended[1] = (RpAttendanceKey) { 1, rp_test_make_date (2026, 11, 30) };
  /* A meeting no longer shown (archived): its own date. */
  attended[2] = (RpAttendanceKey) { 99, rp_test_make_date (2026, 11, 7) };
  attended[3] = (RpAttendanceKey) { 2, rp_test_make_date (2026, 11, 19) };

  rp_agenda_mark_month (G_LIST_MODEL (meetings), 2026, G_DATE_NOVEMBER, berlin,
                        attended, G_N_ELEMENTS (attended), marks);

  for (guint day = 0; day < 32; day++)
    {
      RpDayMarks expected = RP_DAY_MARK_NONE;

      switch (day)
        {
        case 3: case 17: case 24:                  /* New York's Mondays, in Berlin */
        case 5: case 12: case 26:                  /* Berlin's Thursdays */
          expected = RP_DAY_MARK_MEETING;
          break;
        case 10: case 19:
          expected = RP_DAY_MARK_MEETING | RP_DAY_MARK_ATTENDED;
          break;
        case 7:
          expected = RP_DAY_MARK_ATTENDED;
          break;
        default:
          break;
        }

      g_test_message ("day %u", day);
      g_assert_cmpint (marks[day], ==, expected);
    }

  /* Without attendance, and for a month with 31 days. */
  rp_agenda_mark_month (G_LIST_MODEL (meetings), 2026, G_DATE_DECEMBER, berlin, NULL, 0, marks);
  g_assert_cmpint (marks[1], ==, RP_DAY_MARK_MEETING);   /* 30 November in New York */
  g_assert_cmpint (marks[31], ==, RP_DAY_MARK_MEETING);  /* a Thursday */
  g_assert_cmpint (marks[30], ==, RP_DAY_MARK_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agenda/dst/new-york", test_dst_new_york);
  g_test_add_func ("/agenda/dst/london", test_dst_london);
  g_test_add_func ("/agenda/other-zone", test_other_zone);
  g_test_add_func ("/agenda/in-progress-boundary", test_in_progress_boundary);
  g_test_add_func ("/agenda/midnight-crossing", test_midnight_crossing);
  g_test_add_func ("/agenda/buckets-at-midnight", test_buckets_at_midnight);
  g_test_add_func ("/agenda/archived-skipped", test_archived_skipped);
  g_test_add_func ("/agenda/ordering", test_ordering);
  g_test_add_func ("/agenda/format-line", test_format_line);
  g_test_add_func ("/agenda/day-start", test_day_start);
  g_test_add_func ("/agenda/next-change-empty", test_next_change_empty);
  g_test_add_func ("/agenda/mark-month", test_mark_month);

  return g_test_run ();
}
