/* rp-directory-bench.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Directory's benchmark. Generates a realistic Meeting Guide feed of
 * 5,000 meetings (a fixed seed, so every run reads the same bytes) in a
 * throw-away folder, then measures and prints:
 *  - parsing it;
 *  - importing it into a fresh database (parse, plan, one transaction),
 *    and the write alone after a preview;
 *  - importing it again unchanged, and with a tenth of it changed;
 *  - the same import in a worker thread, with the longest the main loop
 *    went without running (what a window would feel);
 *  - reading the Directory into its list model;
 *  - searching it per keystroke while typing "st mark church" with a
 *    weekday filter on, as a filter model would (median and max over
 *    several runs);
 *  - the process's peak resident memory.
 *
 *   rp-directory-bench [--meetings N] [--runs N]
 *
 * Nothing outside the temporary folder is read or written. */

#define G_LOG_DOMAIN "rp-directory-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rp-agenda.h"
#include "rp-directory-query.h"
#include "rp-store.h"
#include "rp-test-util.h"

#define SEED 20260310

static const char * const name_starts[] = {
  "Serenity", "Hope", "St. Mark’s", "Big Book", "Early Birds", "Keep It Simple", "Step",
  "Women’s", "Men’s", "Young People’s", "Gratitude", "Friday Night", "Noon", "Happy Destiny",
  "Came to Believe", "Into Action", "Primary Purpose", "Spiritual Awakening", "Sunrise",
  "Twelve & Twelve", "Café Recovery", "Newcomers", "Living Sober", "Back to Basics",
};
static const char * const name_ends[] = {
  "Group", "Meeting", "Discussion", "Study", "Fellowship", "", "Speaker Meeting", "Beginners",
};
static const char * const locations[] = {
  "St. Mark’s Church", "Community Center", "Public Library, Room B", "Memorial Hospital",
  "First Baptist Church", "Senior Center", "Unitarian Fellowship Hall", "YMCA",
  "Grace Lutheran Church", "Recovery Club", "St. Joseph’s Parish Hall", "Town Hall Annex",
};
static const char * const streets[] = {
  "Main St", "Oak Ave", "Church Rd", "Elm St", "Market St", "Maple Dr", "Broadway",
  "Washington Blvd", "Lake Shore Dr", "Mill Rd", "Rue de l’Église", "High St",
};
static const char * const cities[] = {
  "Springfield", "Shelbyville", "Ogdenville", "North Haverbrook", "Capital City",
  "Brockway", "Cypress Creek", "Montréal", "São Paulo", "Zürich", "Ann Arbor", "Eugene",
};
static const char * const regions[] = {
  "Downtown", "North Side", "East End", "West Hills", "Riverside", "University District",
};
static const char * const codes[] = {
  "O", "C", "D", "B", "SP", "ST", "BE", "W", "M", "LGBTQ", "X", "11", "12x12", "TR", "CAN",
  "ES", "FR", "ASL", "BA", "H",
};
static const char * const notes[] = {
  "Use the side door; parking behind the building.",
  "Meets in the basement. Coffee from 6:45.",
  "Wheelchair accessible. Newcomers welcome.",
  "Second Sunday is a speaker meeting.",
};

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static void
append_json_string (GString    *json,
                    const char *text)
{
  g_string_append_c (json, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (json, '\\');
      g_string_append_c (json, *p);
    }
  g_string_append_c (json, '"');
}

/* @variant changes a tenth of the meetings, as a feed does between two
 * downloads; the rest stay byte for byte the same. */
static GBytes *
generate_feed (guint n_meetings,
               guint variant)
{
  g_autoptr(GString) json = g_string_sized_new (n_meetings * 700);
  GRand *rand = g_rand_new_with_seed (SEED);

  g_string_append (json, "[\n");
  for (guint i = 0; i < n_meetings; i++)
    {
      g_autofree char *name = NULL;
      const char *end = PICK (rand, name_ends);
      int day = g_rand_int_range (rand, 0, 7);
      int hour = g_rand_int_range (rand, 6, 23);
      int minute = g_rand_int_range (rand, 0, 4) * 15;
      int kind = g_rand_int_range (rand, 0, 100);
      guint n_types = g_rand_int_range (rand, 1, 5);
      gboolean changed = variant != 0 && i % 10 == variant % 10;

      name = g_strdup_printf ("%s%s%s", PICK (rand, name_starts), end[0] != '\0' ? " " : "", end);
      if (changed)
        hour = (hour + 1) % 24;

      g_string_append_printf (json, "%s{\"slug\": \"%u\", \"name\": ", i > 0 ? ",\n" : "", 1000 + i);
      append_json_string (json, name);
      g_string_append (json, ", \"group\": ");
      append_json_string (json, PICK (rand, name_starts));
      if (kind >= 1)
        {
          /* One in ten meets on several days; a few use a 12-hour clock. */
          if (kind < 10)
            g_string_append_printf (json, ", \"day\": [%d, %d]", day, (day + 2) % 7);
          else
            g_string_append_printf (json, ", \"day\": %d", day);
          if (kind < 15)
            g_string_append_printf (json, ", \"time\": \"%d:%02d %s\"",
                                    hour % 12 == 0 ? 12 : hour % 12, minute, hour < 12 ? "AM" : "PM");
          else
            g_string_append_printf (json, ", \"time\": \"%02d:%02d\"", hour, minute);
          if (kind % 2 == 0)
            g_string_append_printf (json, ", \"end_time\": \"%02d:%02d\"", (hour + 1) % 24, minute);
        }
      g_string_append (json, ", \"location\": ");
      append_json_string (json, PICK (rand, locations));
      g_string_append_printf (json, ", \"address\": \"%d %s\", \"city\": ",
                              g_rand_int_range (rand, 1, 9999), PICK (rand, streets));
      append_json_string (json, PICK (rand, cities));
      g_string_append_printf (json, ", \"state\": \"IL\", \"postal_code\": \"%05d\", \"country\": \"US\"",
                              g_rand_int_range (rand, 10000, 99999));
      g_string_append (json, ", \"region\": ");
      append_json_string (json, PICK (rand, regions));
      g_string_append (json, ", \"types\": [");
      for (guint t = 0; t < n_types; t++)
        g_string_append_printf (json, "%s\"%s\"", t > 0 ? ", " : "", PICK (rand, codes));
      g_string_append_c (json, ']');
      if (kind >= 70)
        g_string_append_printf (json, ", \"conference_url\": \"https://zoom.us/j/%u\","
                                      " \"conference_phone\": \"+1 646 558 %04u,,%u#\"",
                                g_rand_int (rand) % 1000000000u, i % 10000, 80000 + i);
      if (kind >= 95)
        g_string_append (json, ", \"approximate\": \"yes\"");
      if (kind % 3 == 0)
        {
          g_string_append (json, ", \"notes\": ");
          append_json_string (json, PICK (rand, notes));
        }
      if (kind % 7 == 0)
        g_string_append (json, ", \"timezone\": \"America/Chicago\"");
      g_string_append_printf (json, ", \"url\": \"https://aa-springfield.example.org/meetings/%u\","
                                    " \"entity\": \"Springfield Intergroup\","
                                    " \"entity_url\": \"https://aa-springfield.example.org\","
                                    " \"updated\": \"2026-0%d-1%d 10:00:00\"}",
                              1000 + i, g_rand_int_range (rand, 1, 9), g_rand_int_range (rand, 0, 9));
    }
  g_string_append (json, "\n]\n");
  g_rand_free (rand);

  return g_string_free_to_bytes (g_steal_pointer (&json));
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);

  return g_array_index (times, double, times->len / 2);
}

static double
maximum (GArray *times)
{
  g_array_sort (times, compare_doubles);

  return g_array_index (times, double, times->len - 1);
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
check (GError *error,
       const char *what)
{
  if (error == NULL)
    return;

  fprintf (stderr, "rp-directory-bench: %s failed: %s\n", what, error->message);
  exit (1);
}

static RpStore *
open_store (const char  *dir,
            const char  *name,
            RpDatabase **out_database)
{
  g_autofree char *path = g_build_filename (dir, name, "reprieve.db", NULL);
  GError *error = NULL;

  *out_database = rp_database_open (path, &error);
  check (error, "opening a database");

  return rp_store_new (*out_database);
}

/* --- the worker, seen from the main loop ------------------------------ */

typedef struct
{
  gboolean           done;
  RpDirectoryImport *result;
  GError            *error;
  gint64             last_tick;
  gint64             longest_gap;
} AsyncRun;

static gboolean
tick_cb (gpointer data)
{
  AsyncRun *run = data;
  gint64 now = g_get_monotonic_time ();

  run->longest_gap = MAX (run->longest_gap, now - run->last_tick);
  run->last_tick = now;

  return G_SOURCE_CONTINUE;
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  AsyncRun *run = data;

  run->result = rp_store_import_directory_file_finish (RP_STORE (source), result, &run->error);
  run->done = TRUE;
}

static guint
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");

  return line != NULL ? (guint) strtoul (line + 6, NULL, 10) : 0;
}

int
main (int   argc,
      char *argv[])
{
  static const char typed[] = "st mark church";
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) feed = NULL;
  g_autoptr(GBytes) changed_feed = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(RpDirectoryQuery) query = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *feed_path = NULL;
  g_autoptr(GFile) feed_file = NULL;
  RpDatabase *database;
  RpStore *store;
  GListModel *directory;
  AsyncRun run = { 0, };
  int n_meetings = 5000;
  int n_runs = 5;
  guint n_parsed = 0;
  guint n_matches = 0;
  guint source_id;
  gint64 start;
  GOptionEntry entries[] = {
    { "meetings", 0, 0, G_OPTION_ARG_INT, &n_meetings, "Meetings in the generated feed", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Runs of each measurement", "N" },
    { NULL }
  };

  options = g_option_context_new (NULL);
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || n_meetings < 1 || n_runs < 1)
    {
      fprintf (stderr, "rp-directory-bench: %s\n", error != NULL ? error->message : "bad numbers");
      return 2;
    }

  dir = g_dir_make_tmp ("reprieve-directory-bench-XXXXXX", &error);
  check (error, "making a temporary folder");

  feed = generate_feed ((guint) n_meetings, 0);
  changed_feed = generate_feed ((guint) n_meetings, 3);
  feed_path = g_build_filename (dir, "meetings.json", NULL);
  g_file_set_contents (feed_path, g_bytes_get_data (feed, NULL), (gssize) g_bytes_get_size (feed), &error);
  check (error, "writing the feed");
  feed_file = g_file_new_for_path (feed_path);

  printf ("Directory benchmark: a generated feed of %d meetings, %.1f MB (seed %d), %d runs\n",
          n_meetings, g_bytes_get_size (feed) / 1e6, SEED, n_runs);

  /* Parsing alone. */
  for (int i = 0; i < n_runs; i++)
    {
      g_autoptr(RpFeedReport) report = NULL;
      g_autoptr(GPtrArray) meetings = NULL;

      start = g_get_monotonic_time ();
      meetings = rp_import_meeting_guide_parse_bytes (feed, &report, &error);
      check (error, "parsing");
      g_array_append_val (times, (double) { elapsed_ms (start) });
      n_parsed = meetings->len;
    }
  printf ("  parse                        median %8.1f ms  (%u meetings kept)\n", median (times), n_parsed);
  g_array_set_size (times, 0);

  /* Importing into a fresh database; then the write alone after a preview. */
  for (int i = 0; i < n_runs; i++)
    {
      g_autofree char *name = g_strdup_printf ("fresh-%d", i);
      g_autoptr(RpDirectoryImport) result = NULL;

      store = open_store (dir, name, &database);
      start = g_get_monotonic_time ();
      result = rp_store_import_directory (store, feed, "meetings.json", &error);
      check (error, "importing");
      g_array_append_val (times, (double) { elapsed_ms (start) });
      g_object_unref (store);
      g_object_unref (database);
    }
  printf ("  import, fresh database       median %8.1f ms  (parse + plan + one transaction)\n",
          median (times));
  g_array_set_size (times, 0);

  for (int i = 0; i < n_runs; i++)
    {
      g_autofree char *name = g_strdup_printf ("write-%d", i);
      g_autoptr(RpDirectoryImport) preview = NULL;
      g_autoptr(RpDirectoryImport) result = NULL;

      store = open_store (dir, name, &database);
      preview = rp_store_preview_directory_import (store, feed, "meetings.json", &error);
      check (error, "previewing");
      start = g_get_monotonic_time ();
      result = rp_store_apply_directory_import (store, preview, &error);
      check (error, "writing");
      g_array_append_val (times, (double) { elapsed_ms (start) });
      g_object_unref (store);
      g_object_unref (database);
    }
  printf ("  write after a preview        median %8.1f ms\n", median (times));
  g_array_set_size (times, 0);

  /* Re-importing, into one database that keeps the Directory loaded. */
  store = open_store (dir, "main", &database);
  {
    g_autoptr(RpDirectoryImport) result = rp_store_import_directory (store, feed, "meetings.json", &error);

    check (error, "importing");
  }
  start = g_get_monotonic_time ();
  directory = rp_store_get_directory (store);
  printf ("  read the Directory's model          %8.1f ms  (%u meetings, search text folded)\n",
          elapsed_ms (start), g_list_model_get_n_items (directory));

  for (int i = 0; i < n_runs; i++)
    {
      g_autoptr(RpDirectoryImport) result = NULL;

      start = g_get_monotonic_time ();
      result = rp_store_import_directory (store, feed, "meetings (1).json", &error);
      check (error, "re-importing");
      g_array_append_val (times, (double) { elapsed_ms (start) });
      if (rp_directory_import_get_n_unchanged (result) != n_parsed)
        {
          fprintf (stderr, "rp-directory-bench: the re-import changed something\n");
          return 1;
        }
    }
  printf ("  re-import, unchanged         median %8.1f ms\n", median (times));
  g_array_set_size (times, 0);

  for (int i = 0; i < n_runs; i++)
    {
      g_autoptr(RpDirectoryImport) result = NULL;

      start = g_get_monotonic_time ();
      result = rp_store_import_directory (store, i % 2 == 0 ? changed_feed : feed, "meetings.json", &error);
      check (error, "re-importing");
      g_array_append_val (times, (double) { elapsed_ms (start) });
    }
  printf ("  re-import, a tenth changed   median %8.1f ms  (list model updated)\n", median (times));
  g_array_set_size (times, 0);

  /* In a worker, with the main loop ticking every millisecond. */
  {
    g_autoptr(RpDirectoryImport) result = NULL;
    g_autofree char *other_path = g_build_filename (dir, "changed.json", NULL);
    g_autoptr(GFile) other_file = g_file_new_for_path (other_path);

    g_file_set_contents (other_path, g_bytes_get_data (changed_feed, NULL),
                         (gssize) g_bytes_get_size (changed_feed), &error);
    check (error, "writing the feed");
    rp_store_import_directory_file_async (store, other_file, NULL, NULL, NULL, NULL, import_done_cb, &run);
    run.last_tick = start = g_get_monotonic_time ();
    source_id = g_timeout_add (1, tick_cb, &run);
    while (!run.done)
      g_main_context_iteration (NULL, TRUE);
    g_source_remove (source_id);
    check (run.error, "importing in a worker");
    printf ("  import in a worker                  %8.1f ms  (main loop blocked at most %.1f ms)\n",
            elapsed_ms (start), run.longest_gap / 1000.0);
    g_clear_pointer (&run.result, rp_directory_import_unref);
  }

  /* Searching as the user types, a weekday filter on. */
  query = rp_directory_query_new ();
  rp_directory_query_set_weekdays (query, RP_WEEKDAY_MONDAY | RP_WEEKDAY_WEDNESDAY | RP_WEEKDAY_FRIDAY);
  for (int i = 0; i < n_runs * 2; i++)
    {
      for (gsize length = 0; length <= strlen (typed); length++)
        {
          g_autofree char *text = g_strndup (typed, length);
          guint n_items = g_list_model_get_n_items (directory);

          start = g_get_monotonic_time ();
          rp_directory_query_set_text (query, text);
          n_matches = 0;
          for (guint j = 0; j < n_items; j++)
            {
              g_autoptr(RpDirectoryMeeting) meeting = g_list_model_get_item (directory, j);

              n_matches += rp_directory_query_matches (query, meeting);
            }
          g_array_append_val (keystrokes, (double) { elapsed_ms (start) });
        }
    }
  printf ("  search per keystroke         median %8.2f ms, max %.2f ms"
          "  (\"%s\" + 3 weekdays, %u keystrokes, %u matches at the end)\n",
          median (keystrokes), maximum (keystrokes), typed, keystrokes->len, n_matches);

  /* The agenda for a week over every scheduled meeting added to My
   * meetings: far more than anyone attends, so an upper bound. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 21, 12, 0, 0);
    g_autoptr(GTimeZone) viewer = g_time_zone_new_identifier ("America/Chicago");
    guint n_items = g_list_model_get_n_items (directory);
    guint n_occurrences = 0;

    start = g_get_monotonic_time ();
    for (guint j = 0; j < n_items; j++)
      {
        g_autoptr(RpDirectoryMeeting) entry = g_list_model_get_item (directory, j);
        g_autoptr(RpMeeting) added = NULL;

        if (rp_directory_meeting_get_by_appointment (entry))
          continue;
        added = rp_store_add_directory_meeting (store, entry, now, &error);
        check (error, "adding to My meetings");
      }
    printf ("  add all to My meetings              %8.1f ms  (%u meetings, one transaction each)\n",
            elapsed_ms (start), g_list_model_get_n_items (rp_store_get_meetings (store)));

    g_array_set_size (times, 0);
    for (int i = 0; i < n_runs; i++)
      {
        g_autoptr(GPtrArray) agenda = NULL;

        start = g_get_monotonic_time ();
        agenda = rp_agenda_upcoming (rp_store_get_meetings (store), now, viewer, 7);
        g_array_append_val (times, (double) { elapsed_ms (start) });
        n_occurrences = agenda->len;
      }
    printf ("  agenda for a week            median %8.1f ms  (%u My meetings, %u occurrences)\n",
            median (times), g_list_model_get_n_items (rp_store_get_meetings (store)), n_occurrences);
  }

  g_object_unref (store);
  g_object_unref (database);

  printf ("  peak RSS                            %8.1f MB\n", peak_rss_kb () / 1024.0);

  rp_test_remove_tree (dir);

  return 0;
}
