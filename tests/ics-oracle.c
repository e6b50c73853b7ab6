/* ics-oracle.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <libical/ical.h>

#include "rp-export-ics.h"
#include "rp-import-ics.h"
#include "rp-meeting.h"
#include "rp-test-util.h"

/* The C side of tests/test-ics-oracle.sh. It builds a varied set of
 * meetings in code and prints their occurrences in a window, one per line,
 * "START<TAB>END<TAB>NAME" in ISO 8601 with the offset of the viewer's
 * zone ($TZ), as `reprieve --agenda` does, sorted by start:
 *
 *   ics-oracle export FILE     write the meetings as FILE (.ics)
 *   ics-oracle schedule        occurrences by RpSchedule
 *   ics-oracle libical FILE    occurrences by libical's own reading of FILE
 *                              (its VTIMEZONEs, RRULE, EXDATE)
 *   ics-oracle import FILE     occurrences of the meetings Reprieve's
 *                              importer reads back from FILE
 *
 * with --from ISO8601 (default: now) and --days N (default: 366). The
 * window holds what ends after its start and starts before its end.
 * tests/ics-oracle.py prints the same from python3-icalendar and
 * python3-recurring-ical-events. */

typedef struct
{
  gint64  start;
  char   *line;
} Line;

static void
line_free (gpointer data)
{
  Line *line = data;

  g_free (line->line);
  g_free (line);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const Line *line_a = *(const Line * const *) a;
  const Line *line_b = *(const Line * const *) b;

  if (line_a->start != line_b->start)
    return line_a->start < line_b->start ? -1 : 1;

  return strcmp (line_a->line, line_b->line);
}

static void
add_line (GPtrArray  *lines,
          GDateTime  *start,
          GDateTime  *end,
          const char *name)
{
  g_autoptr(GTimeZone) viewer = g_time_zone_new_local ();
  g_autoptr(GDateTime) local_start = g_date_time_to_timezone (start, viewer);
  g_autoptr(GDateTime) local_end = g_date_time_to_timezone (end, viewer);
  g_autofree char *start_text = g_date_time_format (local_start, "%Y-%m-%dT%H:%M:%S%:z");
  g_autofree char *end_text = g_date_time_format (local_end, "%Y-%m-%dT%H:%M:%S%:z");
  Line *line = g_new0 (Line, 1);

  line->start = g_date_time_to_unix (start);
  line->line = g_strdup_printf ("%s\t%s\t%s", start_text, end_text, name);
  g_ptr_array_add (lines, line);
}

static void
print_lines (GPtrArray *lines)
{
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    printf ("%s\n", ((Line *) g_ptr_array_index (lines, i))->line);
}

/* --- the meetings ------------------------------------------------------- */

static void
add_meeting (GPtrArray  *meetings,
             const char *name,
             RpSchedule *schedule,
             int         reminder)
{
  RpMeeting *meeting = rp_meeting_new ();

  g_assert (schedule != NULL);
  rp_meeting_set_name (meeting, name);
  rp_meeting_set_schedule (meeting, schedule);
  rp_meeting_set_reminder (meeting, reminder);
  rp_schedule_unref (schedule);
  g_ptr_array_add (meetings, meeting);
}

static GPtrArray *
build_meetings (void)
{
  GPtrArray *meetings = g_ptr_array_new_with_free_func (g_object_unref);
  GDate first = rp_test_make_date (2026, 1, 4);
  GDate excluded[] = { rp_test_make_date (2026, 3, 9), rp_test_make_date (2026, 11, 4) };
  GDate until = rp_test_make_date (2026, 10, 27);
  GDate second_tuesday = rp_test_make_date (2026, 1, 13);
  GDate last_friday = rp_test_make_date (2026, 1, 30);
  GDate single = rp_test_make_date (2026, 11, 21);
  g_autoptr(RpSchedule) new_york = NULL;
  g_autoptr(RpSchedule) london = NULL;

  /* Weekly on three days in New York, across both clock changes, with two
   * excluded dates; a Sunday first date, not a meeting day. */
  new_york = rp_schedule_new_weekly (&first, RP_WEEKDAY_MONDAY | RP_WEEKDAY_WEDNESDAY | RP_WEEKDAY_FRIDAY,
                                     19 * 60, 90, "America/New_York", NULL);
  add_meeting (meetings, "Big Book study (New York)",
               rp_schedule_copy_with_excluded_dates (new_york, excluded, G_N_ELEMENTS (excluded)), 15);

  /* London, whose clocks change on other dates than the viewer's, ending
   * on a last date (UNTIL). */
  london = rp_schedule_new_weekly (&first, RP_WEEKDAY_TUESDAY, 12 * 60 + 30, 60, "Europe/London", NULL);
  add_meeting (meetings, "Lunchtime (London)", rp_schedule_copy_with_last_date (london, &until, NULL),
               RP_MEETING_REMINDER_DEFAULT);

  add_meeting (meetings, "Evening (Kolkata)",
               rp_schedule_new_weekly (&first, RP_WEEKDAY_THURSDAY, 20 * 60, 60, "Asia/Kolkata", NULL),
               RP_MEETING_REMINDER_OFF);
  add_meeting (meetings, "Morning (Sydney)",
               rp_schedule_new_weekly (&first, RP_WEEKDAY_SATURDAY, 7 * 60, 75, "Australia/Sydney", NULL),
               30);
  add_meeting (meetings, "Business meeting (second Tuesday)",
               rp_schedule_new_monthly (&second_tuesday, 2, G_DATE_TUESDAY, 18 * 60 + 30, 60,
                                        "America/Chicago", NULL), 60);
  add_meeting (meetings, "Speaker meeting (last Friday)",
               rp_schedule_new_monthly (&last_friday, RP_SCHEDULE_LAST, G_DATE_FRIDAY, 20 * 60, 120,
                                        "America/Denver", NULL), 60);
  add_meeting (meetings, "Convention workshop (single date)",
               rp_schedule_new_once (&single, 10 * 60, 45, "Europe/Berlin", NULL), 10);
  add_meeting (meetings, "Online (UTC)",
               rp_schedule_new_weekly (&first, RP_WEEKDAY_SUNDAY, 23 * 60 + 30, 60, "UTC", NULL), 5);

  return meetings;
}

/* --- the commands --------------------------------------------------------- */

static int
export_meetings (const char *path)
{
  g_autoptr(GPtrArray) meetings = build_meetings ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = rp_export_ics (meetings, now, 30, &error);
  if (bytes == NULL ||
      !g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    {
      g_printerr ("ics-oracle: %s\n", error->message);
      return 1;
    }

  return 0;
}

static void
add_schedule_lines (GPtrArray *lines,
                    GPtrArray *meetings,
                    GDateTime *from,
                    GDateTime *to)
{
  for (guint i = 0; i < meetings->len; i++)
    {
      RpMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autoptr(GPtrArray) occurrences = rp_schedule_occurrences (rp_meeting_get_schedule (meeting),
                                                                  from, to, G_MAXUINT);

      for (guint j = 0; j < occurrences->len; j++)
        {
          RpOccurrence *occurrence = g_ptr_array_index (occurrences, j);

          add_line (lines, occurrence->start, occurrence->end, rp_meeting_get_name (meeting));
        }
    }
}

typedef struct
{
  GPtrArray  *lines;
  GDateTime  *from;
  GDateTime  *to;
} Window;

static void
recurrence_cb (icalcomponent          *event,
               struct icaltime_span   *span,
               void                   *data)
{
  Window *window = data;
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc (span->start);
  g_autoptr(GDateTime) end = g_date_time_new_from_unix_utc (span->end);

  if (g_date_time_compare (end, window->from) > 0 && g_date_time_compare (start, window->to) < 0)
    add_line (window->lines, start, end, icalcomponent_get_summary (event));
}

static int
expand_with_libical (GPtrArray  *lines,
                     const char *path,
                     GDateTime  *from,
                     GDateTime  *to)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) early = g_date_time_add_days (from, -2);
  g_autoptr(GDateTime) late = g_date_time_add_days (to, 2);
  Window window = { lines, from, to };
  icalcomponent *calendar;

  if (!g_file_get_contents (path, &text, NULL, &error))
    {
      g_printerr ("ics-oracle: %s\n", error->message);
      return 1;
    }

  calendar = icalparser_parse_string (text);
  if (calendar == NULL)
    {
      g_printerr ("ics-oracle: libical cannot read %s\n", path);
      return 1;
    }

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    icalcomponent_foreach_recurrence (event,
                                      icaltime_from_timet_with_zone (g_date_time_to_unix (early), 0,
                                                                     icaltimezone_get_utc_timezone ()),
                                      icaltime_from_timet_with_zone (g_date_time_to_unix (late), 0,
                                                                     icaltimezone_get_utc_timezone ()),
                                      recurrence_cb, &window);

  icalcomponent_free (calendar);

  return 0;
}

static int
expand_imported (GPtrArray  *lines,
                 const char *path,
                 GDateTime  *from,
                 GDateTime  *to)
{
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RpIcsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_get_contents (path, &text, &length, &error))
    {
      g_printerr ("ics-oracle: %s\n", error->message);
      return 1;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  report = rp_import_ics_parse_with_limit (bytes, NULL, 0, &error);
  if (report == NULL)
    {
      g_printerr ("ics-oracle: %s\n", error->message);
      return 1;
    }

  for (guint i = 0; i < report->skipped->len; i++)
    g_printerr ("ics-oracle: %s\n", ((RpIcsSkip *) g_ptr_array_index (report->skipped, i))->reason);

  add_schedule_lines (lines, report->meetings, from, to);

  return report->skipped->len == 0 ? 0 : 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("export FILE | schedule | libical FILE | import FILE");
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (line_free);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from_text = NULL;
  int days = 366;
  int status;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, "Start of the window (ISO 8601)", "TIME" },
    { "days", 0, 0, G_OPTION_ARG_INT, &days, "Length of the window in days", "N" },
    { NULL },
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2 || days < 1)
    {
      g_printerr ("ics-oracle: %s\n", error != NULL ? error->message : "see --help");
      return 2;
    }

  from = from_text != NULL ? g_date_time_new_from_iso8601 (from_text, NULL) : g_date_time_new_now_utc ();
  if (from == NULL)
    {
      g_printerr ("ics-oracle: --from needs an ISO 8601 time with an offset\n");
      return 2;
    }
  to = g_date_time_add_days (from, days);

  if (strcmp (argv[1], "export") == 0 && argc == 3)
    return export_meetings (argv[2]);

  if (strcmp (argv[1], "schedule") == 0 && argc == 2)
    {
      g_autoptr(GPtrArray) meetings = build_meetings ();

      add_schedule_lines (lines, meetings, from, to);
      status = 0;
    }
  else if (strcmp (argv[1], "libical") == 0 && argc == 3)
    status = expand_with_libical (lines, argv[2], from, to);
  else if (strcmp (argv[1], "import") == 0 && argc == 3)
    status = expand_imported (lines, argv[2], from, to);
  else
    {
      g_printerr ("ics-oracle: unknown command; see --help\n");
      return 2;
    }

  print_lines (lines);

  return status;
}
