/* rp-progress-seed.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Fills a Reprieve database with ten years of generated use, for the
 * Progress and startup benchmarks (build-aux/bench-progress.sh):
 *
 *   rp-progress-seed [--years N] [--today YYYY-MM-DD] PATH
 *
 * PATH is opened through RpDatabase, so the schema is the one this build
 * writes; it must not hold data yet. What goes in, from a fixed seed (the
 * same --today gives the same file):
 *  - a recovery date N years ago, with 3 past periods before it;
 *  - 6 goals: a daily habit, then one per automatic source (meetings,
 *    calls to the network, calls to the sponsor, readings, inventories),
 *    daily or weekly, each with check-ins on most days since its start;
 *  - a daily inventory for every day: mood, craving, 0-3 triggers from a
 *    pool of 30, three gratitude lines, ~300 characters of notes;
 *  - 30 weekly meetings, each attended (or missed) every week;
 *  - ~500 calls a year (call_log) to 8 contacts, one the sponsor;
 *  - ~300 readings marked read a year (reading_log) of 30 texts.
 * Everything but the meetings, contacts and readings is written with plain
 * SQL in one transaction: the point is the size of the data, not the
 * store's writing speed. --today defaults to the local date, so that the
 * data ends where the app's charts look. */

#define G_LOG_DOMAIN "rp-progress-seed"

#include "config.h"

#include <stdio.h>

#include "rp-database.h"
#include "rp-schedule.h"
#include "rp-store.h"

#define SEED 20261123
#define N_MEETINGS 30
#define N_CONTACTS 8
#define N_READINGS 30
#define N_TRIGGERS 30

static const char * const words[] = {
  "today", "meeting", "called", "sponsor", "grateful", "tired", "work", "family", "walked",
  "prayed", "quiet", "angry", "resentment", "step", "ten", "honest", "service", "coffee",
  "home", "group", "felt", "better", "worse", "craving", "passed", "morning", "evening",
  "slept", "read", "wrote", "list", "friend", "newcomer", "shared", "listened", "patience",
};

static const char * const gratitude[] = {
  "My sponsor picked up", "A quiet morning", "Coffee after the meeting", "My health",
  "A walk in the park", "Another day clean", "My home group", "A good night's sleep",
  "Laughing with a friend", "Work went well",
};

typedef struct
{
  RpDatabase *database;
  RpStore    *store;
  GRand      *rand;
  GDate       today;
  guint       years;
  gint64      meeting_ids[N_MEETINGS];
  GDateWeekday meeting_days[N_MEETINGS];
  gint64      contact_ids[N_CONTACTS];
  gint64      reading_ids[N_READINGS];
  guint       n_rows;
} Seed;

static void
die (const char *what,
     GError     *error)
{
  g_printerr ("rp-progress-seed: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (1);
}

static char *
date_text (const GDate *date)
{
  return rp_schedule_format_storage_date (date);
}

static sqlite3_stmt *
prepare (Seed       *seed,
         const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = rp_database_prepare (seed->database, sql, &error);

  if (stmt == NULL)
    die ("preparing a statement", error);

  return stmt;
}

static void
step (Seed         *seed,
      sqlite3_stmt *stmt)
{
  g_autoptr(GError) error = NULL;

  if (!rp_database_step_done (seed->database, stmt, &error))
    die ("writing a row", error);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  seed->n_rows++;
}

static void
exec (Seed       *seed,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  if (!rp_database_exec (seed->database, sql, &error))
    die ("running SQL", error);
}

/* A UTC timestamp at a random time of @day's daytime. */
static char *
time_on (Seed        *seed,
         const GDate *day)
{
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ", g_date_get_year (day),
                          g_date_get_month (day), g_date_get_day (day),
                          g_rand_int_range (seed->rand, 7, 22), g_rand_int_range (seed->rand, 0, 60),
                          g_rand_int_range (seed->rand, 0, 60));
}

static void
first_day (Seed  *seed,
           guint  years,
           GDate *out)
{
  *out = seed->today;
  g_date_subtract_years (out, years);
}

/* --- through the store ---------------------------------------------------- */

static void
add_meetings (Seed *seed)
{
  static const GDateWeekday days[] = {
    G_DATE_MONDAY, G_DATE_TUESDAY, G_DATE_WEDNESDAY, G_DATE_THURSDAY, G_DATE_FRIDAY,
    G_DATE_SATURDAY, G_DATE_SUNDAY,
  };
  GDate start;

  first_day (seed, seed->years, &start);
  for (guint i = 0; i < N_MEETINGS; i++)
    {
      g_autoptr(RpMeeting) meeting = rp_meeting_new ();
      g_autoptr(RpSchedule) schedule = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("Generated Meeting %u", i + 1);
      GDateWeekday day = days[i % G_N_ELEMENTS (days)];
      GDate first = start;

      while (g_date_get_weekday (&first) != day)
        g_date_add_days (&first, 1);
      schedule = rp_schedule_new_weekly (&first, RP_WEEKDAY_BIT (day), 7 * 60 + 30 * (int) i, 60,
                                         "UTC", &error);
      if (schedule == NULL)
        die ("making a schedule", error);
      rp_meeting_set_name (meeting, name);
      rp_meeting_set_schedule (meeting, schedule);
      if (i % 3 == 0)
        rp_meeting_set_online_url (meeting, "https://meet.example/generated");
      else
        rp_meeting_set_address (meeting, "1 Generated Street, Springfield");
      if (!rp_store_add_meeting (seed->store, meeting, &error))
        die ("adding a meeting", error);
      seed->meeting_ids[i] = rp_meeting_get_id (meeting);
      seed->meeting_days[i] = day;
    }
}

static void
add_readings (Seed *seed)
{
  for (guint i = 0; i < N_READINGS; i++)
    {
      g_autoptr(RpReading) reading = rp_reading_new (RP_READING_KIND_TEXT);
      g_autoptr(GError) error = NULL;
      g_autofree char *title = g_strdup_printf ("Generated Reading %u", i + 1);

      rp_reading_set_title (reading, title);
      rp_reading_set_body (reading, "Words for one day, generated for a benchmark.");
      if (!rp_store_add_reading (seed->store, reading, &error))
        die ("adding a reading", error);
      seed->reading_ids[i] = rp_reading_get_id (reading);
    }
}

/* --- plain SQL ------------------------------------------------------------ */

static void
add_contacts (Seed *seed)
{
  g_autoptr(sqlite3_stmt) stmt =
    prepare (seed, "INSERT INTO contact (display_name, role, primary_sponsor, position, created,"
                   " updated) VALUES (?1, ?2, ?3, ?4, '2016-01-01T00:00:00Z',"
                   " '2016-01-01T00:00:00Z') RETURNING id");

  for (guint i = 0; i < N_CONTACTS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Friend %c.", 'A' + i);

      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      /* The first is the sponsor; the others friends in the program. */
      sqlite3_bind_int (stmt, 2, i == 0 ? 0 : 3);
      sqlite3_bind_int (stmt, 3, i == 0 ? 1 : 0);
      sqlite3_bind_int (stmt, 4, (int) i);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        die ("adding a contact", NULL);
      seed->contact_ids[i] = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      seed->n_rows++;
    }
}

static void
add_recovery (Seed *seed)
{
  g_autoptr(sqlite3_stmt) recovery = NULL;
  g_autoptr(sqlite3_stmt) period = NULL;
  g_autofree char *start = NULL;
  gint64 recovery_id;
  GDate day;

  first_day (seed, seed->years, &day);
  start = date_text (&day);
  recovery = prepare (seed, "INSERT INTO recovery (label, start_date, start_minute, cost_cents,"
                            " position, created, updated) VALUES ('alcohol', ?1, 540, 1500, 0,"
                            " '2016-01-01T00:00:00Z', '2016-01-01T00:00:00Z') RETURNING id");
  sqlite3_bind_text (recovery, 1, start, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (recovery) != SQLITE_ROW)
    die ("adding the recovery date", NULL);
  recovery_id = sqlite3_column_int64 (recovery, 0);
  seed->n_rows++;

  /* Three earlier periods, each ended by a slip: the last ends on the
   * current start. */
  period = prepare (seed, "INSERT INTO recovery_period (recovery_id, start_date, end_date, note,"
                          " created) VALUES (?1, ?2, ?3, ?4, '2016-01-01T00:00:00Z')");
  for (guint i = 0; i < 3; i++)
    {
      GDate period_start = day;
      g_autofree char *from = NULL;
      g_autofree char *until = date_text (&day);

      g_date_subtract_days (&period_start, 90 + 120 * i);
      from = date_text (&period_start);
      sqlite3_bind_int64 (period, 1, recovery_id);
      sqlite3_bind_text (period, 2, from, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (period, 3, until, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (period, 4, "A generated note about a slip.", -1, SQLITE_STATIC);
      step (seed, period);
      g_date_subtract_days (&day, 90 + 120 * i + 1);
    }
}

static void
add_goals (Seed *seed)
{
  static const struct {
    const char *title;
    int         kind;      /* 0 daily, 1 weekly */
    int         target;
    int         source;
  } goals[] = {
    { "Pray or meditate", 0, 0, 0 },
    { "Go to meetings", 1, 3, 1 },
    { "Call someone in the program", 1, 5, 2 },
    { "Call my sponsor", 1, 2, 3 },
    { "Read the daily reading", 0, 0, 4 },
    { "Write my inventory", 0, 0, 5 },
  };
  g_autoptr(sqlite3_stmt) goal = NULL;
  g_autoptr(sqlite3_stmt) check_in = NULL;
  g_autofree char *start = NULL;
  GDate first;

  first_day (seed, seed->years, &first);
  start = date_text (&first);
  goal = prepare (seed, "INSERT INTO goal (title, kind, weekly_target, source, start_date,"
                        " position, created, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                        " '2016-01-01T00:00:00Z', '2016-01-01T00:00:00Z') RETURNING id");
  check_in = prepare (seed, "INSERT INTO goal_check_in (goal_id, day, count) VALUES (?1, ?2, 1)");

  for (guint i = 0; i < G_N_ELEMENTS (goals); i++)
    {
      gint64 goal_id;

      sqlite3_bind_text (goal, 1, goals[i].title, -1, SQLITE_STATIC);
      sqlite3_bind_int (goal, 2, goals[i].kind);
      if (goals[i].kind == 1)
        sqlite3_bind_int (goal, 3, goals[i].target);
      else
        sqlite3_bind_null (goal, 3);
      sqlite3_bind_int (goal, 4, goals[i].source);
      sqlite3_bind_text (goal, 5, start, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (goal, 6, (int) i);
      if (sqlite3_step (goal) != SQLITE_ROW)
        die ("adding a goal", NULL);
      goal_id = sqlite3_column_int64 (goal, 0);
      sqlite3_reset (goal);
      seed->n_rows++;

      /* Manual check-ins on most days, missed days included so that
       * streaks break now and then. */
      for (GDate day = first; g_date_compare (&day, &seed->today) <= 0; g_date_add_days (&day, 1))
        {
          g_autofree char *text = NULL;

          if (g_rand_int_range (seed->rand, 0, 100) >= 85)
            continue;
          text = date_text (&day);
          sqlite3_bind_int64 (check_in, 1, goal_id);
          sqlite3_bind_text (check_in, 2, text, -1, SQLITE_TRANSIENT);
          step (seed, check_in);
        }
    }
}

static char *
make_notes (Seed *seed)
{
  GString *notes = g_string_new (NULL);

  while (notes->len < 300)
    {
      if (notes->len > 0)
        g_string_append_c (notes, ' ');
      g_string_append (notes, words[g_rand_int_range (seed->rand, 0, G_N_ELEMENTS (words))]);
    }
  g_string_append_c (notes, '.');

  return g_string_free (notes, FALSE);
}

static void
add_inventory (Seed *seed)
{
  g_autoptr(sqlite3_stmt) entry = NULL;
  g_autoptr(sqlite3_stmt) trigger = NULL;
  GDate day;

  entry = prepare (seed, "INSERT INTO inventory (day, mood, craving, gratitude, notes, created,"
                         " updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) RETURNING id");
  trigger = prepare (seed, "INSERT OR IGNORE INTO inventory_trigger (inventory_id, tag)"
                           " VALUES (?1, ?2)");

  /* 3,650 entries over ten years: one a day, up to today. */
  day = seed->today;
  g_date_subtract_days (&day, 365 * seed->years - 1);
  for (; g_date_compare (&day, &seed->today) <= 0; g_date_add_days (&day, 1))
    {
      g_autofree char *text = date_text (&day);
      g_autofree char *at = time_on (seed, &day);
      g_autofree char *notes = make_notes (seed);
      g_autofree char *thanks = NULL;
      gint64 entry_id;
      int n_triggers;

      thanks = g_strdup_printf ("%s\n%s\n%s",
                                gratitude[g_rand_int_range (seed->rand, 0, G_N_ELEMENTS (gratitude))],
                                gratitude[g_rand_int_range (seed->rand, 0, G_N_ELEMENTS (gratitude))],
                                gratitude[g_rand_int_range (seed->rand, 0, G_N_ELEMENTS (gratitude))]);
      sqlite3_bind_text (entry, 1, text, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (entry, 2, g_rand_int_range (seed->rand, 1, 6));
      sqlite3_bind_int (entry, 3, g_rand_int_range (seed->rand, 0, 11));
      sqlite3_bind_text (entry, 4, thanks, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (entry, 5, notes, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (entry, 6, at, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (entry) != SQLITE_ROW)
        die ("adding an inventory entry", NULL);
      entry_id = sqlite3_column_int64 (entry, 0);
      sqlite3_reset (entry);
      seed->n_rows++;

      n_triggers = g_rand_int_range (seed->rand, 0, 4);
      for (int i = 0; i < n_triggers; i++)
        {
          g_autofree char *tag = g_strdup_printf ("trigger %02d",
                                                  g_rand_int_range (seed->rand, 1, N_TRIGGERS + 1));

          sqlite3_bind_int64 (trigger, 1, entry_id);
          sqlite3_bind_text (trigger, 2, tag, -1, SQLITE_TRANSIENT);
          step (seed, trigger);
        }
    }
}

static void
add_attendance (Seed *seed)
{
  g_autoptr(sqlite3_stmt) stmt =
    prepare (seed, "INSERT INTO attendance (meeting_id, date, status, note, recorded)"
                   " VALUES (?1, ?2, ?3, NULL, ?4)");
  GDate start;

  first_day (seed, seed->years, &start);
  for (guint i = 0; i < N_MEETINGS; i++)
    {
      GDate day = start;

      while (g_date_get_weekday (&day) != seed->meeting_days[i])
        g_date_add_days (&day, 1);
      for (; g_date_compare (&day, &seed->today) < 0; g_date_add_days (&day, 7))
        {
          g_autofree char *text = date_text (&day);
          g_autofree char *at = time_on (seed, &day);

          sqlite3_bind_int64 (stmt, 1, seed->meeting_ids[i]);
          sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int (stmt, 3, g_rand_int_range (seed->rand, 0, 100) < 80 ? 1 : 0);
          sqlite3_bind_text (stmt, 4, at, -1, SQLITE_TRANSIENT);
          step (seed, stmt);
        }
    }
}

/* @per_year rows of a log table, at random days and times. */
static void
add_log (Seed         *seed,
         const char   *sql,
         guint         per_year,
         const gint64 *ids,
         guint         n_ids,
         gboolean      with_kind)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (seed, sql);
  guint n_days = 365 * seed->years;
  guint n = per_year * seed->years;

  for (guint i = 0; i < n; i++)
    {
      GDate day = seed->today;
      g_autofree char *at = NULL;

      g_date_subtract_days (&day, (guint) g_rand_int_range (seed->rand, 0, (gint32) n_days));
      at = time_on (seed, &day);
      sqlite3_bind_int64 (stmt, 1, ids[g_rand_int_range (seed->rand, 0, (gint32) n_ids)]);
      sqlite3_bind_text (stmt, 2, at, -1, SQLITE_TRANSIENT);
      if (with_kind)
        sqlite3_bind_int (stmt, 3, g_rand_int_range (seed->rand, 0, 3));
      step (seed, stmt);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("PATH");
  g_autoptr(GError) error = NULL;
  g_autofree char *today_text = NULL;
  int years = 10;
  GOptionEntry entries[] = {
    { "years", 0, 0, G_OPTION_ARG_INT, &years, "Years of data (default 10)", "N" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, "The last day (default: today)",
      "YYYY-MM-DD" },
    { NULL, 0, 0, 0, NULL, NULL, NULL },
  };
  Seed seed = { 0, };
  gint64 started;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, "Fills a new Reprieve database with generated years of "
                                         "goals, inventory, attendance, calls and readings.");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    die ("options", error);
  if (argc != 2 || years < 1 || years > 50)
    {
      g_printerr ("usage: rp-progress-seed [--years N] [--today YYYY-MM-DD] PATH\n");
      return 2;
    }

  g_date_clear (&seed.today, 1);
  if (today_text != NULL)
    {
      if (!rp_schedule_parse_storage_date (today_text, &seed.today, &error))
        die ("--today", error);
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (&seed.today, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }
  seed.years = (guint) years;
  seed.rand = g_rand_new_with_seed (SEED);

  started = g_get_monotonic_time ();
  seed.database = rp_database_open (argv[1], &error);
  if (seed.database == NULL)
    die ("opening the database", error);
  seed.store = rp_store_new (seed.database);

  {
    g_autoptr(sqlite3_stmt) stmt = prepare (&seed, "SELECT (SELECT count(*) FROM meeting)"
                                                   " + (SELECT count(*) FROM inventory)");

    if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_int64 (stmt, 0) != 0)
      {
        g_printerr ("rp-progress-seed: %s already holds data; give a new file\n", argv[1]);
        return 1;
      }
  }

  add_meetings (&seed);
  add_readings (&seed);

  exec (&seed, "BEGIN IMMEDIATE");
  add_contacts (&seed);
  add_recovery (&seed);
  add_goals (&seed);
  add_inventory (&seed);
  add_attendance (&seed);
  add_log (&seed, "INSERT INTO call_log (contact_id, at, kind) VALUES (?1, ?2, ?3)", 500,
           seed.contact_ids, N_CONTACTS, TRUE);
  add_log (&seed, "INSERT INTO reading_log (reading_id, at) VALUES (?1, ?2)", 300,
           seed.reading_ids, N_READINGS, FALSE);
  exec (&seed, "COMMIT");

  g_printerr ("rp-progress-seed: %u rows (%u years up to %04d-%02d-%02d) in %.1f s\n",
              seed.n_rows + N_MEETINGS + N_READINGS, seed.years, g_date_get_year (&seed.today),
              g_date_get_month (&seed.today), g_date_get_day (&seed.today),
              (double) (g_get_monotonic_time () - started) / G_USEC_PER_SEC);

  g_clear_object (&seed.store);
  g_clear_object (&seed.database);
  g_rand_free (seed.rand);

  return 0;
}
