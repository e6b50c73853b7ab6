/* test-import-ics-limits.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-ics-zones.h"
#include "rp-import-ics-private.h"
#include "rp-import-ics.h"
#include "rp-meeting.h"
#include "rp-test-util.h"

/* What keeps an .ics file from hanging or crashing Reprieve: whole-file
 * refusals, hostile input (shaped like the libical fuzz files that run for
 * minutes), the cooperative deadline, the worker thread's hard time limit,
 * and every file of the shared corpora within two seconds. */

#define CALENDAR_START "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
#define GOOD_EVENT \
  "BEGIN:VEVENT\r\nUID:good\r\nSUMMARY:Good\r\nDTSTART;TZID=Europe/London:20260105T190000\r\n" \
  "RRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n"

static RpIcsReport *
parse_string (GString  *text,
              GError  **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text->str, text->len);

  return rp_import_ics_parse (bytes, "America/Chicago", 0, NULL, error);
}

/* RP_TEST_TIME_FACTOR stretches the time bounds, for runs under valgrind. */
static double
time_factor (void)
{
  const char *factor = g_getenv ("RP_TEST_TIME_FACTOR");

  return factor != NULL ? MAX (1.0, g_ascii_strtod (factor, NULL)) : 1.0;
}

static void
assert_fast (gint64      start,
             const char *what)
{
  double seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  g_test_message ("%s: %.3f s", what, seconds);
  g_assert_cmpfloat (seconds, <, 1.0 * time_factor ());
}

/* --- whole files ------------------------------------------------------ */

static void
test_refused_files (void)
{
  g_autoptr(GString) large = g_string_new (CALENDAR_START);
  g_autoptr(GString) many = g_string_new (CALENDAR_START);
  g_autoptr(GString) no_calendar = g_string_new ("BEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\n");
  g_autoptr(GString) empty = g_string_new ("\xef\xbb\xbf" "BEGIN:VCALENDAR\r\n"
                                           "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\nEND:VTIMEZONE\r\n"
                                           "END:VCALENDAR\r\n");
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  while (large->len <= RP_IMPORT_ICS_MAX_BYTES)
    g_string_append (large, GOOD_EVENT);
  g_assert_null (parse_string (large, &error));
  g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  for (guint i = 0; i <= RP_IMPORT_ICS_MAX_ITEMS; i++)
    g_string_append (many, "BEGIN:VTODO\nEND:VTODO\n");
  g_assert_null (parse_string (many, &error));
  g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  g_assert_null (parse_string (no_calendar, &error));
  g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_UNRECOGNISED);
  g_clear_error (&error);

  g_assert_null (parse_string (empty, &error));
  g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_EMPTY);
  g_assert_cmpstr (error->message, !=, "");

  assert_fast (start, "refusals");
}

static void
test_several_calendars (void)
{
  g_autoptr(GString) text = g_string_new ("\xef\xbb\xbf" CALENDAR_START "BEGIN:VTODO\r\nEND:VTODO\r\n"
                                          "END:VCALENDAR\r\n" CALENDAR_START GOOD_EVENT
                                          "END:VCALENDAR\r\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(RpIcsReport) report = parse_string (text, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (report->meetings->len, ==, 1);
  g_assert_cmpuint (report->skipped->len, ==, 1);
  g_assert_cmpuint (((RpIcsSkip *) g_ptr_array_index (report->skipped, 0))->position, ==, 1);
}

/* --- hostile input ------------------------------------------------------ */

static void
test_many_parameters (void)
{
  /* libical 3.0 takes seconds over a line like this (its time grows with
   * the square of the parameters); the scanner never hands it over. */
  g_autoptr(GString) text = g_string_new (CALENDAR_START "BEGIN:VEVENT\r\nUID:hostile\r\nSUMMARY");
  g_autoptr(GError) error = NULL;
  g_autoptr(RpIcsReport) report = NULL;
  gint64 start;

  for (guint i = 0; i < 30000; i++)
    g_string_append (text, ";BYWEEK=RRULE");
  g_string_append (text, ":x\r\nEND:VEVENT\r\n" GOOD_EVENT "END:VCALENDAR\r\n");

  start = g_get_monotonic_time ();
  report = parse_string (text, &error);
  assert_fast (start, "30,000 parameters");

  g_assert_no_error (error);
  g_assert_cmpuint (report->meetings->len, ==, 1);
  g_assert_cmpuint (report->skipped->len, ==, 1);
  g_assert_cmpint (((RpIcsSkip *) g_ptr_array_index (report->skipped, 0))->kind, ==, RP_ICS_SKIP_DAMAGED);
}

static void
test_hostile_time_zones (void)
{
  /* Shaped like libical's fuzz472865252: VTIMEZONE rules every minute.
   * Building an icaltimezone from it does not finish within a minute in
   * libical 3.0.16; the importer maps the zone by name and never does. */
  g_autoptr(GString) text = g_string_new (CALENDAR_START);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpIcsReport) report = NULL;
  gint64 start;

  for (guint i = 0; i < 50; i++)
    g_string_append_printf (text,
                            "BEGIN:VTIMEZONE\r\nTZID:Zone %u\r\nX-LIC-LOCATION:Europe/Paris\r\n"
                            "BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0100\r\n"
                            "TZOFFSETTO:+0101\r\nRRULE:FREQ=MINUTELY;BYSECOND=1,2,3,4,5,6,7,8,9\r\n"
                            "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T000030\r\n"
                            "TZOFFSETFROM:+0101\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=SECONDLY\r\n"
                            "END:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
                            "BEGIN:VEVENT\r\nUID:e%u\r\nSUMMARY:Event\r\n"
                            "DTSTART;TZID=Zone %u:20260105T190000\r\nDTEND;TZID=Zone %u:20260105T200000\r\n"
                            "RRULE:FREQ=WEEKLY;COUNT=500\r\nEXDATE;TZID=Zone %u:20260112T190000\r\n"
                            "END:VEVENT\r\n", i, i, i, i, i);
  g_string_append (text, "END:VCALENDAR\r\n");

  start = g_get_monotonic_time ();
  report = parse_string (text, &error);
  assert_fast (start, "50 hostile VTIMEZONEs");

  g_assert_no_error (error);
  g_assert_cmpuint (report->meetings->len, ==, 50);
  g_assert_cmpstr (rp_schedule_get_time_zone_id (rp_meeting_get_schedule (g_ptr_array_index (report->meetings, 0))),
                   ==, "Europe/Paris");
}

static void
test_junk (void)
{
  g_autoptr(GString) text = g_string_new (CALENDAR_START GOOD_EVENT "END:VCALENDAR\r\n" CALENDAR_START);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpIcsReport) report = NULL;
  GRand *rand = g_rand_new_with_seed (5545);
  gint64 start;

  /* An event cut short by random bytes and components nested 100,000
   * deep, never closed. */
  g_string_append (text, "BEGIN:VEVENT\r\nUID:junk\r\n");
  while (text->len < 2 * 1024 * 1024)
    g_string_append_c (text, (char) g_rand_int_range (rand, 0, 256));
  for (guint i = 0; i < 100000; i++)
    g_string_append (text, "BEGIN:X\n");
  g_rand_free (rand);

  start = g_get_monotonic_time ();
  report = parse_string (text, &error);
  assert_fast (start, "2 MiB of junk");

  g_assert_no_error (error);
  g_assert_cmpuint (report->meetings->len, ==, 1);
  g_assert_cmpuint (report->skipped->len, ==, 1);
  g_assert_cmpint (((RpIcsSkip *) g_ptr_array_index (report->skipped, 0))->kind, ==, RP_ICS_SKIP_DAMAGED);
}

/* --- time limits -------------------------------------------------------- */

static void
test_deadline (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (CALENDAR_START GOOD_EVENT "END:VCALENDAR\r\n",
                                                strlen (CALENDAR_START GOOD_EVENT "END:VCALENDAR\r\n"));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RpIcsReport) report = NULL;

  report = rp_import_ics_parse (bytes, NULL, g_get_monotonic_time () - 1, NULL, &error);
  g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TIMED_OUT);
  g_assert_null (report);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  report = rp_import_ics_parse (bytes, NULL, 0, cancellable, &error);
  g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TIMED_OUT);
  g_assert_null (report);
  g_clear_error (&error);

  report = rp_import_ics_parse (bytes, NULL, g_get_monotonic_time () + G_USEC_PER_SEC, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->meetings->len, ==, 1);
}

typedef struct
{
  GMainLoop   *loop;
  RpIcsReport *report;
  GError      *error;
  gint64       done;
} AsyncResult;

static void
parsed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncResult *async = user_data;

  async->report = rp_import_ics_parse_finish (result, &async->error);
  async->done = g_get_monotonic_time ();
  g_main_loop_quit (async->loop);
}

static void
run_async (AsyncResult  *async,
           GCancellable *cancellable,
           guint         limit_ms)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (CALENDAR_START GOOD_EVENT "END:VCALENDAR\r\n",
                                                strlen (CALENDAR_START GOOD_EVENT "END:VCALENDAR\r\n"));

  async->loop = g_main_loop_new (NULL, FALSE);
  rp_import_ics_parse_async (bytes, NULL, limit_ms, cancellable, parsed_cb, async);
  g_main_loop_run (async->loop);
  g_main_loop_unref (async->loop);
}

/* The stalled worker finishes after the caller has had its answer; its
 * result must then be dropped. */
static void
wait_for_discard (guint before)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (rp_import_ics_get_n_discarded_for_testing () == before && g_get_monotonic_time () < end)
    g_usleep (10 * 1000);

  g_assert_cmpuint (rp_import_ics_get_n_discarded_for_testing (), ==, before + 1);
}

static void
test_async (void)
{
  AsyncResult async = { 0 };

  run_async (&async, NULL, 0);
  g_assert_no_error (async.error);
  g_assert_cmpuint (async.report->meetings->len, ==, 1);
  g_clear_pointer (&async.report, rp_ics_report_unref);
}

static void
test_async_time_limit (void)
{
  AsyncResult async = { 0 };
  guint discarded = rp_import_ics_get_n_discarded_for_testing ();
  gint64 start = g_get_monotonic_time ();
  double seconds;

  rp_import_ics_set_worker_stall_for_testing (700);
  run_async (&async, NULL, 200);
  rp_import_ics_set_worker_stall_for_testing (0);

  seconds = (async.done - start) / (double) G_USEC_PER_SEC;
  g_test_message ("timed out after %.3f s", seconds);
  g_assert_error (async.error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TIMED_OUT);
  g_assert_null (async.report);
  g_assert_cmpfloat (seconds, >=, 0.19);
  g_assert_cmpfloat (seconds, <, 1.2 * time_factor ());
  g_clear_error (&async.error);

  wait_for_discard (discarded);
}

static gboolean
cancel_cb (gpointer data)
{
  g_cancellable_cancel (data);

  return G_SOURCE_REMOVE;
}

static void
test_async_cancel (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncResult async = { 0 };
  guint discarded = rp_import_ics_get_n_discarded_for_testing ();
  gint64 start = g_get_monotonic_time ();

  rp_import_ics_set_worker_stall_for_testing (600);
  g_timeout_add (50, cancel_cb, cancellable);
  run_async (&async, cancellable, 5000);
  rp_import_ics_set_worker_stall_for_testing (0);

  g_assert_error (async.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpfloat ((async.done - start) / (double) G_USEC_PER_SEC, <, 0.9 * time_factor ());
  g_clear_error (&async.error);

  wait_for_discard (discarded);
}

static void
test_sync_time_limit (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (CALENDAR_START GOOD_EVENT "END:VCALENDAR\r\n",
                                                strlen (CALENDAR_START GOOD_EVENT "END:VCALENDAR\r\n"));
  g_autoptr(GError) error = NULL;
  g_autoptr(RpIcsReport) report = NULL;
  guint discarded = rp_import_ics_get_n_discarded_for_testing ();
  gint64 start;

  report = rp_import_ics_parse_with_limit (bytes, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->meetings->len, ==, 1);
  g_clear_pointer (&report, rp_ics_report_unref);

  rp_import_ics_set_worker_stall_for_testing (700);
  start = g_get_monotonic_time ();
  report = rp_import_ics_parse_with_limit (bytes, NULL, 200, &error);
  rp_import_ics_set_worker_stall_for_testing (0);

  g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TIMED_OUT);
  g_assert_null (report);
  g_assert_cmpfloat ((g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC, <, 1.2 * time_factor ());

  wait_for_discard (discarded);
}

/* --- zones ---------------------------------------------------------------- */

static void
test_windows_zones (void)
{
  g_autoptr(RpIcsZones) zones = rp_ics_zones_new ();
  const char *windows;
  const char *iana;
  guint n = 0;

  for (guint i = 0; (windows = rp_ics_zones_get_windows_entry (i, &iana)) != NULL; i++, n++)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (iana);

      if (zone == NULL)
        g_test_message ("%s → %s is not in this system's zone database", windows, iana);
      g_assert_nonnull (zone);
      /* "UTC" is a name of the database as well */
      if (g_strcmp0 (rp_ics_zones_resolve (zones, windows), windows) != 0)
        g_assert_cmpstr (rp_ics_zones_resolve (zones, windows), ==, iana);
    }

  g_assert_cmpuint (n, >, 100);
}

/* --- the shared corpora ------------------------------------------------- */

static char *
find_corpus_dir (const char *name)
{
  const char *corpora = g_getenv ("RP_CORPORA_DIR");
  g_autofree char *default_corpora = NULL;

  if (corpora == NULL || *corpora == '\0')
    {
      g_autofree char *relative = g_build_filename (g_test_get_dir (G_TEST_DIST),
                                                    "..", "..", "shared", "corpora", NULL);

      corpora = default_corpora = g_canonicalize_filename (relative, NULL);
    }

  return g_build_filename (corpora, name, NULL);
}

static char *
tally_skips (RpIcsReport *report)
{
  static const char * const names[] = {
    [RP_ICS_SKIP_NOT_AN_EVENT] = "not-an-event",
    [RP_ICS_SKIP_DAMAGED] = "damaged",
    [RP_ICS_SKIP_UNSUPPORTED_REPEAT] = "unsupported-repeat",
    [RP_ICS_SKIP_ALL_DAY] = "all-day",
    [RP_ICS_SKIP_UNKNOWN_TIME_ZONE] = "unknown-time-zone",
    [RP_ICS_SKIP_CHANGED_OCCURRENCE] = "changed-occurrence",
    [RP_ICS_SKIP_TOO_LONG] = "too-long",
    [RP_ICS_SKIP_INVALID] = "invalid",
    [RP_ICS_SKIP_DUPLICATE] = "duplicate",
    [RP_ICS_SKIP_CANCELLED] = "cancelled",
  };
  guint counts[G_N_ELEMENTS (names)] = { 0 };
  GString *tally = g_string_new (NULL);

  for (guint i = 0; i < report->skipped->len; i++)
    {
      const RpIcsSkip *skip = g_ptr_array_index (report->skipped, i);

      g_assert_cmpstr (skip->reason, !=, "");
      counts[skip->kind]++;
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (counts[i] > 0)
      g_string_append_printf (tally, "%s%s x%u", tally->len > 0 ? ", " : "", names[i], counts[i]);

  return g_string_free (tally, FALSE);
}

typedef struct
{
  const char *file;
  int         refused_code;  /* -1: read */
  guint       n_imported;
  guint       n_skipped;
} Expectation;

/* What we know of the files listed in the folder's PROVENANCE.md; files
 * added later are held to the general rule only. */
static const Expectation expectations[] = {
  { "PROVENANCE.md", RP_IMPORT_ERROR_UNRECOGNISED, 0, 0 },
  { "icaljs__google_birthday.ics", -1, 0, 4 },
  { "icaljs__newline_junk.ics", RP_IMPORT_ERROR_EMPTY, 0, 0 },
  { "icaljs__recur_instances.ics", -1, 0, 4 },
  { "libical__2445.ics", -1, 2, 4 },
  { "libical__2446.ics", -1, 5, 49 },
  { "libical__fuzz472865252.ics", RP_IMPORT_ERROR_UNRECOGNISED, 0, 0 },
  { "libical__fuzzmerge1.ics", -1, 0, 1 },
  { "libical__issue252.ics", -1, 0, 2 },
  { "libical__poc-05.ics", -1, 0, 1 },
  { "libical__recur-errors.ics", RP_IMPORT_ERROR_UNRECOGNISED, 0, 0 },
  { "libical__zday.ics", -1, 0, 4 },
  { "pyicalendar__big_bad_calendar.ics", -1, 0, 20 },
  { "pyicalendar__bom_calendar.ics", RP_IMPORT_ERROR_EMPTY, 0, 0 },
  { "pyicalendar__event_with_recurrence_exdates_on_different_lines.ics", RP_IMPORT_ERROR_UNRECOGNISED, 0, 0 },
  { "pyicalendar__fuzz_testcase_vtimezone_lone_cr.ics", RP_IMPORT_ERROR_UNRECOGNISED, 0, 0 },
  { "pyicalendar__issue_1081_invalid_rrule_freq.ics", -1, 0, 1 },
  { "pyicalendar__issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics", -1, 0, 1 },
  { "pyicalendar__issue_722_missing_timezones.ics", -1, 0, 4 },
  { "pyicalendar__parsing_error.ics", -1, 0, 2 },
  { "pyicalendar__rfc_5545_end.ics", RP_IMPORT_ERROR_UNRECOGNISED, 0, 0 },
  { "recurring-ical-events__alarm_of_repeated_event.ics", -1, 1, 0 },
  { "recurring-ical-events__bad_rrule_missing_until_event.ics", -1, 0, 1 },
  { "recurring-ical-events__issue_117_until_before_dtstart.ics", -1, 0, 1 },
  { "recurring-ical-events__issue_20_exdate_ignored.ics", -1, 1, 0 },
  { "recurring-ical-events__issue_27_t1.ics", -1, 0, 1 },
  { "recurring-ical-events__issue_62_moved_event.ics", -1, 1, 1 },
  { "recurring-ical-events__multiple_rrule.ics", -1, 0, 1 },
};

static void
check_expectation (const char  *file,
                   RpIcsReport *report,
                   GError      *error)
{
  for (gsize i = 0; i < G_N_ELEMENTS (expectations); i++)
    {
      if (strcmp (expectations[i].file, file) != 0)
        continue;

      if (expectations[i].refused_code >= 0)
        {
          g_assert_error (error, RP_IMPORT_ERROR, expectations[i].refused_code);
        }
      else
        {
          g_assert_nonnull (report);
          g_assert_cmpuint (report->meetings->len, ==, expectations[i].n_imported);
          g_assert_cmpuint (report->skipped->len, ==, expectations[i].n_skipped);
        }
    }
}

static GBytes *
read_corpus_file (const char *path,
                  gboolean    wrapped)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  /* A fragment or fuzz input inside a calendar, so that all of it is read. */
  if (wrapped)
    {
      GString *text = g_string_new ("BEGIN:VCALENDAR\r\n");

      g_string_append_len (text, contents, length);
      g_string_append (text, "\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART;TZID=GMT:20260105T190000\r\n"
                       "END:VEVENT\r\nEND:VCALENDAR\r\n");
      return g_string_free_to_bytes (text);
    }

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

/* Every file is imported or refused with a reason, without a crash, each
 * within two seconds (through the worker and its time limit, as the
 * command line does). */
static void
check_corpus (const char *name,
              gboolean    any_imported,
              gboolean    wrapped)
{
  g_autofree char *folder = find_corpus_dir (name);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *file;
  guint n_files = 0;
  guint n_imported = 0;

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("The corpus folder is absent; set RP_CORPORA_DIR");
      return;
    }

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);

  while ((file = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, file, NULL);
      g_autoptr(GBytes) bytes = read_corpus_file (path, FALSE);
      g_autoptr(RpIcsReport) report = NULL;
      g_autoptr(GError) parse_error = NULL;
      gint64 start;
      double seconds;

      /* Wrapped: only what is not a calendar already. */
      if (wrapped)
        {
          if (rp_import_detect_format (bytes) == RP_IMPORT_FORMAT_ICALENDAR)
            continue;
          g_bytes_unref (bytes);
          bytes = read_corpus_file (path, TRUE);
        }

      start = g_get_monotonic_time ();
      report = rp_import_ics_parse_with_limit (bytes, "America/Chicago", 5000, &parse_error);
      seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
      n_files++;

      if (report == NULL)
        {
          g_assert_nonnull (parse_error);
          g_assert_true (parse_error->domain == RP_IMPORT_ERROR);
          g_assert_cmpint (parse_error->code, !=, RP_IMPORT_ERROR_TIMED_OUT);
          g_assert_cmpstr (parse_error->message, !=, "");
          g_test_message ("%s: refused (code %d) in %.1f ms: %s", file, parse_error->code,
                          seconds * 1000, parse_error->message);
        }
      else
        {
          g_autofree char *tally = tally_skips (report);

          g_assert_cmpuint (report->meetings->len, ==, report->uids->len);
          for (guint i = 0; i < report->meetings->len; i++)
            g_assert_true (rp_meeting_validate (g_ptr_array_index (report->meetings, i), NULL));
          n_imported += report->meetings->len;
          g_test_message ("%s: %u imported, %u skipped (%s) in %.1f ms", file,
                          report->meetings->len, report->skipped->len, tally, seconds * 1000);
        }

      g_assert_cmpfloat (seconds, <, 2.0 * time_factor ());
      if (!wrapped)
        check_expectation (file, report, parse_error);
    }

  g_assert_cmpuint (n_files, >, 0);
  if (any_imported)
    g_assert_cmpuint (n_imported, >, 0);
  else
    g_assert_cmpuint (n_imported, ==, 0);
}

static void
test_corpus_ics (void)
{
  check_corpus ("ics", TRUE, FALSE);
}

static void
test_corpus_ics_wrapped (void)
{
  check_corpus ("ics", TRUE, TRUE);
}

static void
test_corpus_meeting_guide (void)
{
  check_corpus ("meeting-guide", FALSE, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-ics/file/refused", test_refused_files);
  g_test_add_func ("/import-ics/file/several-calendars", test_several_calendars);
  g_test_add_func ("/import-ics/hostile/many-parameters", test_many_parameters);
  g_test_add_func ("/import-ics/hostile/time-zones", test_hostile_time_zones);
  g_test_add_func ("/import-ics/hostile/junk", test_junk);
  g_test_add_func ("/import-ics/limit/deadline", test_deadline);
  g_test_add_func ("/import-ics/limit/async", test_async);
  g_test_add_func ("/import-ics/limit/async-time-limit", test_async_time_limit);
  g_test_add_func ("/import-ics/limit/async-cancel", test_async_cancel);
  g_test_add_func ("/import-ics/limit/sync-time-limit", test_sync_time_limit);
  g_test_add_func ("/import-ics/zones/windows", test_windows_zones);
  g_test_add_func ("/import-ics/corpus/ics", test_corpus_ics);
  g_test_add_func ("/import-ics/corpus/ics-wrapped", test_corpus_ics_wrapped);
  g_test_add_func ("/import-ics/corpus/meeting-guide", test_corpus_meeting_guide);

  return g_test_run ();
}
