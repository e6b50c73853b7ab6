/* test-crash.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Killed processes: rp-crash-writer commits numbered transactions and is
 * killed with SIGKILL at a random moment; then the database must open
 * (recovering its -wal), pass integrity_check, and hold every transaction
 * whole or not at all, with every transaction the writer acknowledged
 * present. (A kill stops the process, not the machine: what the kernel was
 * given survives, so this tests crash recovery, not a power cut.)
 *
 * RP_CRASH_ITERATIONS sets the number of kills (200 by default; the
 * bench-crash target runs 1,000). RP_CRASH_WRITER names the writer. */

#define G_LOG_DOMAIN "test-crash"

#include "config.h"

#include <glib/gstdio.h>

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rp-database.h"
#include "rp-test-util.h"

/* 20 rows of ~250 bytes: each transaction spans a few pages of the table
 * and of its index, so a kill can fall between two of its page writes. */
#define ROWS_PER_TRANSACTION 20
#define MAX_KILL_DELAY_US (50 * 1000)
/* A fresh file now and then, so that some kills land in the first open's
 * migrations; the others find a -wal left by the previous kill. */
#define ITERATIONS_PER_FILE 25

typedef struct
{
  char *dir;
} Fixture;

typedef struct
{
  gint64 reported;   /* the last number the writer printed, 0 if none */
  gboolean signalled;
} WriterRun;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("reprieve-test-crash-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  rp_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static char *
writer_path (void)
{
  const char *path = g_getenv ("RP_CRASH_WRITER");

  if (path != NULL)
    return g_strdup (path);

  return g_test_build_filename (G_TEST_BUILT, "rp-crash-writer", NULL);
}

static guint
iterations (void)
{
  const char *value = g_getenv ("RP_CRASH_ITERATIONS");
  guint64 n = 200;

  if (value != NULL && !g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &n, NULL))
    g_error ("RP_CRASH_ITERATIONS must be a positive number, not “%s”", value);

  return (guint)n;
}

static GPid
spawn_writer (const char *db_path,
              int        *out_stdout)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *writer = writer_path ();
  g_autofree char *rows = g_strdup_printf ("%d", ROWS_PER_TRANSACTION);
  const char *argv[] = { writer, db_path, rows, NULL };
  GPid pid = 0;

  g_spawn_async_with_pipes (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                            NULL, NULL, &pid, NULL, out_stdout, NULL, &error);
  g_assert_no_error (error);

  return pid;
}

/* The highest complete line in @text; a line cut by the kill does not
 * count, as the parent of a real writer would not have seen it either. */
static gint64
last_reported (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n_lines = g_strv_length (lines);
  gint64 last = 0;

  /* The piece after the last newline is incomplete (or empty). */
  for (guint i = 0; i + 1 < n_lines; i++)
    {
      gint64 value = g_ascii_strtoll (lines[i], NULL, 10);

      g_assert_cmpint (value, >, last);
      last = value;
    }

  return last;
}

static void
read_all (int      fd,
          GString *out)
{
  char buffer[4096];
  gssize n;

  while ((n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >, 0);
      g_string_append_len (out, buffer, n);
    }
}

/* Appends what is left on @fd to @output; returns whether the process
 * died of the kill (rather than ending on its own before it). */
static gboolean
kill_and_reap (GPid     pid,
               int      fd,
               GString *output)
{
  int status = 0;

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);

  /* The process is dead, so this ends at what it had written. */
  read_all (fd, output);
  g_close (fd, NULL);

  return WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL;
}

/* Runs the writer for @delay_us, kills it. */
static void
run_and_kill (const char *db_path,
              gulong      delay_us,
              WriterRun  *run)
{
  g_autoptr(GString) output = g_string_new (NULL);
  int fd = -1;
  GPid pid = spawn_writer (db_path, &fd);

  g_usleep (delay_us);
  run->signalled = kill_and_reap (pid, fd, output);
  run->reported = last_reported (output->str);
}

static char *
integrity_check (RpDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) result = g_string_new (NULL);

  stmt = rp_database_prepare (db, "PRAGMA integrity_check", &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (result->len > 0)
        g_string_append_c (result, '\n');
      g_string_append (result, rp_database_column_text (stmt, 0));
    }

  return g_string_free (g_steal_pointer (&result), FALSE);
}

static gboolean
has_crash_table (RpDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (db, "SELECT 1 FROM sqlite_master WHERE name = 'crash_rows'", &error);
  g_assert_no_error (error);

  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* Checks that transactions 1..N are each present with all their rows and
 * nothing else is there; returns N, or -1 with @out_problem set. */
static gint64
whole_transactions (RpDatabase  *db,
                    char       **out_problem)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 expected = 1;

  if (!has_crash_table (db))
    return 0;

  stmt = rp_database_prepare (db,
                              "SELECT seq, count(*) FROM crash_rows GROUP BY seq ORDER BY seq",
                              &error);
  g_assert_no_error (error);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 seq = sqlite3_column_int64 (stmt, 0);
      int count = sqlite3_column_int (stmt, 1);

      if (seq != expected)
        {
          *out_problem = g_strdup_printf ("transaction %" G_GINT64_FORMAT " is missing", expected);
          return -1;
        }
      if (count != ROWS_PER_TRANSACTION)
        {
          *out_problem = g_strdup_printf ("transaction %" G_GINT64_FORMAT " has %d of %d rows",
                                          seq, count, ROWS_PER_TRANSACTION);
          return -1;
        }
      expected++;
    }

  return expected - 1;
}

/* Opens the killed writer's file as Reprieve would and judges it. @before
 * is how many transactions the file held before the writer started.
 * Returns the number it holds now, or -1 with @out_problem set. */
static gint64
check_after_kill (const char       *db_path,
                  gint64            before,
                  const WriterRun  *run,
                  char            **out_problem)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDatabase) db = NULL;
  g_autofree char *integrity = NULL;
  gint64 acknowledged = MAX (before, run->reported);
  gint64 present;

  if (!run->signalled)
    {
      *out_problem = g_strdup ("the writer stopped before it was killed");
      return -1;
    }

  db = rp_database_open (db_path, &error);
  if (db == NULL)
    {
      *out_problem = g_strdup_printf ("the database did not open: %s", error->message);
      return -1;
    }

  integrity = integrity_check (db);
  if (g_strcmp0 (integrity, "ok") != 0)
    {
      *out_problem = g_strdup_printf ("integrity_check: %s", integrity);
      return -1;
    }

  present = whole_transactions (db, out_problem);
  if (present < 0)
    return -1;

  /* Every acknowledged commit is durable; at most one more, committed
   * but killed before it could say so. */
  if (present < acknowledged)
    {
      *out_problem = g_strdup_printf ("%" G_GINT64_FORMAT " transactions acknowledged, %"
                                      G_GINT64_FORMAT " present",
                                      acknowledged, present);
      return -1;
    }
  if (present > acknowledged + 1)
    {
      *out_problem = g_strdup_printf ("%" G_GINT64_FORMAT " transactions present, only %"
                                      G_GINT64_FORMAT " acknowledged",
                                      present, acknowledged);
      return -1;
    }

  return present;
}

static void
test_kill_writes (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autofree char *db_path = NULL;
  guint n_iterations = iterations ();
  guint n_failures = 0;
  guint n_unacknowledged = 0;
  gint64 before = 0;
  gint64 total = 0;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  for (guint i = 0; i < n_iterations; i++)
    {
      g_autofree char *problem = NULL;
      WriterRun run = { 0, FALSE };
      gint64 present;

      if (i % ITERATIONS_PER_FILE == 0)
        {
          g_autofree char *name = g_strdup_printf ("file-%u", i / ITERATIONS_PER_FILE);

          g_free (db_path);
          db_path = g_build_filename (f->dir, name, "reprieve.db", NULL);
          before = 0;
        }

      run_and_kill (db_path, g_test_rand_int_range (0, MAX_KILL_DELAY_US), &run);
      present = check_after_kill (db_path, before, &run, &problem);
      if (present < 0)
        {
          n_failures++;
          g_test_message ("kill %u: %s", i + 1, problem);
          continue;
        }

      if (present > MAX (before, run.reported))
        n_unacknowledged++;
      total += present - before;
      before = present;
    }

  seconds = (g_get_monotonic_time () - start) / (double)G_TIME_SPAN_SECOND;
  g_test_message ("crash: %u kills, %u failures, %.1f s (%.1f ms per kill), "
                  "%" G_GINT64_FORMAT " transactions of %d rows committed, "
                  "%u committed but not yet acknowledged when killed",
                  n_iterations, n_failures, seconds, seconds * 1000 / n_iterations,
                  total, ROWS_PER_TRANSACTION, n_unacknowledged);

  g_assert_cmpuint (n_failures, ==, 0);
  /* Kills that never let a transaction through would test nothing. */
  g_assert_cmpint (total, >, 0);
}

static gint64
raw_max_sequence (const char *path)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *raw = NULL;
  gint64 max_seq;

  g_assert_cmpint (sqlite3_open_v2 (path, &raw, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT max(seq) FROM crash_rows", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  max_seq = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_close (raw);

  return max_seq;
}

/* A kill right after acknowledged commits leaves them in the -wal alone:
 * the main file does not have them until the next open recovers the log. */
static void
test_wal_recovered (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autofree char *db_path = g_build_filename (f->dir, "data", "reprieve.db", NULL);
  g_autofree char *wal_path = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *copy_path = g_build_filename (f->dir, "main-file-only.db", NULL);
  g_autofree char *writer = writer_path ();
  g_autofree char *rows = g_strdup_printf ("%d", ROWS_PER_TRANSACTION);
  const char *argv[] = { writer, db_path, rows, "1", NULL };
  g_autofree char *contents = NULL;
  g_autofree char *first_output = NULL;
  g_autofree char *problem = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) output = g_string_new (NULL);
  WriterRun run = { 0, FALSE };
  GStatBuf st;
  gsize length = 0;
  int wait_status = 0;
  gint64 present;
  int fd = -1;
  GPid pid;

  /* One transaction, then a clean exit: the main file holds it and the
   * -wal is gone. */
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &first_output, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (wait_status, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first_output, ==, "1\n");
  g_assert_false (g_file_test (wal_path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (raw_max_sequence (db_path), ==, 1);

  pid = spawn_writer (db_path, &fd);

  /* Wait for three acknowledged commits, then kill at once. */
  while (last_reported (output->str) < 4)
    {
      char buffer[64];
      gssize n = read (fd, buffer, sizeof buffer);

      g_assert_cmpint (n, >, 0);
      g_string_append_len (output, buffer, n);
    }
  run.signalled = kill_and_reap (pid, fd, output);
  run.reported = last_reported (output->str);
  g_assert_true (run.signalled);
  g_assert_cmpint (run.reported, >=, 4);

  g_assert_cmpint (g_stat (wal_path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);

  /* The main file on its own still ends at the first transaction: the
   * acknowledged ones are only in the log. */
  g_file_get_contents (db_path, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (copy_path, contents, length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (raw_max_sequence (copy_path), ==, 1);

  present = check_after_kill (db_path, 1, &run, &problem);
  g_assert_cmpstr (problem, ==, NULL);
  g_assert_cmpint (present, >=, run.reported);
}

/* --- `reprieve --import` of a large feed, killed mid-way --------------- */

#define FEED_MEETINGS 5000
#define IMPORT_KILLS 20

static char *
reprieve_path (void)
{
  return g_test_build_filename (G_TEST_BUILT, "..", "src", "reprieve", NULL);
}

/* Plain generated meetings, all valid: one import transaction of 5,000. */
static char *
write_feed (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = g_string_new ("[\n");
  char *path = g_build_filename (dir, "feed.json", NULL);

  for (guint i = 0; i < FEED_MEETINGS; i++)
    g_string_append_printf (json,
                            "%s{\"slug\": \"m%u\", \"name\": \"Generated meeting %u\","
                            " \"day\": %u, \"time\": \"%02u:%02u\", \"location\": \"Hall %u\","
                            " \"address\": \"%u Main Street\", \"city\": \"Springfield\","
                            " \"state\": \"IL\", \"types\": [\"O\", \"D\"]}",
                            i > 0 ? ",\n" : "", i, i, i % 7, 6 + i % 16, (i % 4) * 15, i % 97, 1 + i);
  g_string_append (json, "\n]\n");

  g_file_set_contents (path, json->str, json->len, &error);
  g_assert_no_error (error);

  return path;
}

/* A throw-away home for one run; no display, no session bus. */
static char **
import_environment (const char *home)
{
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *cache = g_build_filename (home, "cache", NULL);
  char **envp = g_get_environ ();

  envp = g_environ_setenv (envp, "HOME", home, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data, TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", config, TRUE);
  envp = g_environ_setenv (envp, "XDG_CACHE_HOME", cache, TRUE);
  envp = g_environ_unsetenv (envp, "DBUS_SESSION_BUS_ADDRESS");
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  return envp;
}

static GPid
spawn_import (const char *reprieve,
              const char *feed,
              const char *home,
              int        *out_stdout)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = import_environment (home);
  const char *argv[] = { reprieve, "--import", feed, NULL };
  GPid pid = 0;

  g_spawn_async_with_pipes (NULL, (char **)argv, envp, G_SPAWN_DO_NOT_REAP_CHILD,
                            NULL, NULL, &pid, NULL, out_stdout, NULL, &error);
  g_assert_no_error (error);

  return pid;
}

/* -1 when the file is not there: killed before it was created. */
static int
count_directory_meetings (const char *home)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDatabase) db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *db_path = g_build_filename (home, "data", "io.github.reprieve.Reprieve",
                                               "reprieve.db", NULL);
  g_autofree char *integrity = NULL;

  if (!g_file_test (db_path, G_FILE_TEST_EXISTS))
    return -1;

  db = rp_database_open (db_path, &error);
  g_assert_no_error (error);
  integrity = integrity_check (db);
  g_assert_cmpstr (integrity, ==, "ok");

  stmt = rp_database_prepare (db, "SELECT count(*) FROM directory_meeting", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int (stmt, 0);
}

static void
test_kill_import (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autofree char *reprieve = reprieve_path ();
  g_autofree char *feed = NULL;
  g_autofree char *home = NULL;
  g_autoptr(GString) output = g_string_new (NULL);
  guint n_no_file = 0;
  guint n_none = 0;
  guint n_all = 0;
  gint64 start;
  gint64 duration;
  int status = 0;
  int fd = -1;
  GPid pid;

  if (!g_file_test (reprieve, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("reprieve is not built next to the tests");
      return;
    }

  feed = write_feed (f->dir);

  /* Once uncut, to know how long the import takes and that it passes. */
  home = g_build_filename (f->dir, "uncut", NULL);
  start = g_get_monotonic_time ();
  pid = spawn_import (reprieve, feed, home, &fd);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  duration = g_get_monotonic_time () - start;
  g_spawn_close_pid (pid);
  read_all (fd, output);
  g_close (fd, NULL);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_true (g_str_has_prefix (output->str, "imported 5000, "));
  g_assert_cmpint (count_directory_meetings (home), ==, FEED_MEETINGS);

  for (guint i = 0; i < IMPORT_KILLS; i++)
    {
      g_autofree char *name = g_strdup_printf ("kill-%u", i);
      g_autoptr(GString) ignored = g_string_new (NULL);
      int count;

      g_free (home);
      home = g_build_filename (f->dir, name, NULL);
      pid = spawn_import (reprieve, feed, home, &fd);
      g_usleep (g_test_rand_int_range (0, (gint32)duration));
      kill_and_reap (pid, fd, ignored);

      /* All of the import or none of it. */
      count = count_directory_meetings (home);
      if (count == FEED_MEETINGS)
        n_all++;
      else if (count == 0)
        n_none++;
      else if (count < 0)
        n_no_file++;
      else
        g_error ("kill %u left %d of %d meetings", i + 1, count, FEED_MEETINGS);
    }

  g_test_message ("import: %d meetings imported in %.2f s uncut; %d kills: "
                  "%u before the file was created, %u left none, %u all",
                  FEED_MEETINGS, duration / (double)G_TIME_SPAN_SECOND, IMPORT_KILLS,
                  n_no_file, n_none, n_all);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/crash/wal-recovered", Fixture, NULL,
              fixture_set_up, test_wal_recovered, fixture_tear_down);
  g_test_add ("/crash/kill-writes", Fixture, NULL,
              fixture_set_up, test_kill_writes, fixture_tear_down);
  g_test_add ("/crash/kill-import", Fixture, NULL,
              fixture_set_up, test_kill_import, fixture_tear_down);

  return g_test_run ();
}
