/* test-database-migrations.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-database-migrations"

#include "config.h"

#include <glib/gstdio.h>

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "rp-database.h"
#include "rp-database-private.h"
#include "rp-test-database.h"
#include "rp-test-util.h"

/* RpDatabase's migrations and the checks its schema makes: apart from
 * test-database.c, which opens and refuses files, so that each program
 * stays short. */

/* Raw SQLite, to set up and inspect files behind RpDatabase's back. */
static int
raw_query_int (sqlite3    *db,
               const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int (stmt, 0);
}

static int
raw_file_query_int (const char *path,
                    const char *sql)
{
  sqlite3 *db = rp_test_database_raw_open (path, SQLITE_OPEN_READONLY);
  int value = raw_query_int (db, sql);

  sqlite3_close (db);

  return value;
}

/* A step of some later Reprieve, on top of this build's: versions need not
 * be consecutive, so it stays after every real step this build adds. */
#define FUTURE_VERSION 1000

static const RpMigration upgraded_migrations[] = {
  {
    1,
    "CREATE TABLE app_meta ("
    "  key   TEXT PRIMARY KEY NOT NULL,"
    "  value TEXT NOT NULL"
    ") STRICT;"
    "INSERT INTO app_meta (key, value)"
    "  VALUES ('created', strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'));"
  },
  {
    FUTURE_VERSION,
    "CREATE TABLE upgraded_step_table (id INTEGER PRIMARY KEY) STRICT;"
  },
};

static const RpMigration broken_migrations[] = {
  {
    1,
    "CREATE TABLE app_meta ("
    "  key   TEXT PRIMARY KEY NOT NULL,"
    "  value TEXT NOT NULL"
    ") STRICT;"
    "INSERT INTO app_meta (key, value)"
    "  VALUES ('created', strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'));"
  },
  {
    FUTURE_VERSION,
    "CREATE TABLE broken_step_table (id INTEGER PRIMARY KEY) STRICT;"
    "INSERT INTO no_such_table VALUES (1);"
  },
};

static void
test_migration_upgrades (RpTestDatabase *f,
                         gconstpointer   user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *created_before = NULL;
  g_autofree char *created_after = NULL;
  RpDatabase *db;

  g_assert_cmpint (rp_database_get_latest_version (), <, FUTURE_VERSION);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  created_before = rp_test_database_query_meta (db, "created");
  g_assert_finalize_object (db);

  db = rp_database_open_with_migrations (f->path, upgraded_migrations,
                                         G_N_ELEMENTS (upgraded_migrations), &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, FUTURE_VERSION);
  g_assert_cmpint (rp_test_database_query_int (db, "PRAGMA user_version"), ==, FUTURE_VERSION);
  g_assert_cmpint (rp_test_database_query_int (db, "PRAGMA application_id"), ==, RP_DATABASE_APPLICATION_ID);
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM upgraded_step_table"), ==, 0);
  created_after = rp_test_database_query_meta (db, "created");
  g_assert_cmpstr (created_after, ==, created_before);
  g_assert_finalize_object (db);

  /* This build does not know the future step: the file is now too new. */
  db = rp_database_open (f->path, &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NEWER_VERSION);
  g_assert_null (db);
}

static void
test_migration_rolls_back (RpTestDatabase *f,
                           gconstpointer   user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *schema_before = NULL;
  g_autofree char *schema_after = NULL;
  RpDatabase *db;

  rp_test_database_create (f->path);
  g_assert_cmpint (raw_file_query_int (f->path, "PRAGMA user_version"), ==, rp_database_get_latest_version ());
  schema_before = rp_test_database_raw_schema_dump (f->path);

  db = rp_database_open_with_migrations (f->path, broken_migrations,
                                         G_N_ELEMENTS (broken_migrations), &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_MIGRATION);
  g_assert_null (db);
  g_test_message ("Migration error: %s", error->message);
  g_clear_error (&error);

  g_assert_cmpint (raw_file_query_int (f->path, "PRAGMA user_version"), ==, rp_database_get_latest_version ());
  g_assert_cmpint (raw_file_query_int (f->path,
                                       "SELECT count(*) FROM sqlite_master"
                                       " WHERE name = 'broken_step_table'"), ==, 0);
  schema_after = rp_test_database_raw_schema_dump (f->path);
  g_assert_cmpstr (schema_after, ==, schema_before);

  /* Still a good database for this version. */
  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
  g_assert_finalize_object (db);
}

static void
test_migration_rolls_back_fresh (RpTestDatabase *f,
                                 gconstpointer   user_data)
{
  static const RpMigration broken_first[] = {
    {
      1,
      "CREATE TABLE first_table (id INTEGER PRIMARY KEY) STRICT;"
      "INSERT INTO no_such_table VALUES (1);"
    },
  };
  g_autoptr(GError) error = NULL;
  RpDatabase *db;

  db = rp_database_open_with_migrations (f->path, broken_first,
                                         G_N_ELEMENTS (broken_first), &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_MIGRATION);
  g_assert_null (db);
  g_clear_error (&error);

  /* The application id is set inside the failed step, so it went too. */
  g_assert_cmpint (raw_file_query_int (f->path, "PRAGMA user_version"), ==, 0);
  g_assert_cmpint (raw_file_query_int (f->path, "PRAGMA application_id"), ==, 0);
  g_assert_cmpint (raw_file_query_int (f->path, "SELECT count(*) FROM sqlite_master"), ==, 0);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
  g_assert_finalize_object (db);
}

/* A database written by the first release, before meetings existed. */
static void
test_migration_adds_meetings (RpTestDatabase *f,
                              gconstpointer   user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *created_before = NULL;
  g_autofree char *created_after = NULL;
  RpDatabase *db;

  db = rp_database_open_with_migrations (f->path, upgraded_migrations, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, 1);
  created_before = rp_test_database_query_meta (db, "created");
  g_assert_finalize_object (db);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
  g_assert_cmpint (rp_test_database_query_int (db,
                                               "SELECT count(*) FROM sqlite_master"
                                               " WHERE name IN ('meeting', 'attendance',"
                                               " 'attendance_by_date', 'meeting_directory',"
                                               " 'directory_feed', 'directory_meeting',"
                                               " 'meeting_import_uid')"), ==, 7);
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM meeting"), ==, 0);
  created_after = rp_test_database_query_meta (db, "created");
  g_assert_cmpstr (created_after, ==, created_before);
  g_assert_finalize_object (db);
}

/* A database of schema 2 with a meeting and its attendance: schema 3 adds
 * the Directory and two columns to meeting, and keeps what was there. */
static void
test_migration_adds_directory (RpTestDatabase *f,
                               gconstpointer   user_data)
{
  g_autoptr(GError) error = NULL;
  const RpMigration *builtin;
  guint n_builtin = 0;
  RpDatabase *db;

  builtin = rp_database_get_builtin_migrations (&n_builtin);
  g_assert_cmpuint (n_builtin, >=, 3);
  g_assert_cmpint (builtin[1].version, ==, 2);
  g_assert_cmpint (builtin[2].version, ==, 3);

  db = rp_database_open_with_migrations (f->path, builtin, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, 2);
  rp_database_exec (db,
                    "INSERT INTO meeting (name, rrule, first_date, start_time, duration_minutes,"
                    " time_zone, directory_feed, directory_slug, created, updated)"
                    " VALUES ('Kept', 'FREQ=WEEKLY;BYDAY=MO', '2026-01-05', '19:00', 60, 'UTC',"
                    " 'site:example.org', '12', 'c', 'u');"
                    "INSERT INTO attendance (meeting_id, date, status, recorded)"
                    " VALUES (1, '2026-01-05', 1, 'r');",
                    &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  db = rp_database_open_with_migrations (f->path, builtin, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, 3);
  g_assert_cmpint (rp_test_database_query_int (db,
                                               "SELECT count(*) FROM meeting WHERE name = 'Kept'"
                                               " AND directory_slug = '12'"
                                               " AND import_uid GLOB '*@reprieve'"
                                               " AND length (import_uid) = 41"
                                               " AND directory_fingerprint IS NULL"), ==, 1);
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM attendance"), ==, 1);
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM directory_feed"), ==, 0);
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM directory_meeting"), ==, 0);
  g_assert_finalize_object (db);
}

/* The Directory's tables refuse what the importer never writes. */
static void
test_directory_schema_checks (RpTestDatabase *f,
                              gconstpointer   user_data)
{
#define FEED "INSERT INTO directory_feed (feed_key, name, file_name, entity, entity_url, imported) VALUES "
#define ROW "INSERT INTO directory_meeting (feed_id, slug, name, weekdays, start_minute," \
            " end_minute, time_zone, approximate, types, custom_tags, fingerprint) VALUES "
#define PRINT "printf ('%.64c', 'a')"
  static const char * const bad_rows[] = {
    FEED "('x', 'Feed', NULL, NULL, NULL, '2026-01-05T10:00:00Z')",
    FEED "('site:example.org', 'Other', NULL, NULL, NULL, '2026-01-05T10:00:00Z')",
    FEED "('file:b.json', '  ', NULL, NULL, NULL, '2026-01-05T10:00:00Z')",
    FEED "('file:b.json', printf ('%.256c', 'x'), NULL, NULL, NULL, '2026-01-05T10:00:00Z')",
    FEED "('file:b.json', 'B', '', NULL, NULL, '2026-01-05T10:00:00Z')",
    FEED "('file:b.json', 'B', NULL, NULL, NULL, '5 Jan 2026')",
    ROW "(1, '', 'N', 2, 600, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, printf ('%.201c', 's'), 'N', 2, 600, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 3, 600, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 256, 600, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 2, NULL, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 0, 600, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 0, NULL, 660, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 2, 1440, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 2, 600, -1, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', '', 2, 600, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 2, 600, NULL, printf ('%.65c', 'z'), 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 2, 600, NULL, NULL, 2, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 2, 600, NULL, NULL, 0, '', '', 'abc')",
    ROW "(1, 'b', 'N', 2, 600, NULL, NULL, 0, '', '', printf ('%.64c', 'G'))",
    ROW "(1, 'a', 'N', 2, 600, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(2, 'b', 'N', 2, 600, NULL, NULL, 0, '', '', " PRINT ")",
    "INSERT INTO meeting (name, first_date, start_time, duration_minutes, time_zone, created, updated, import_uid)"
    " VALUES ('N', '2026-01-05', '19:00', 60, 'UTC', 'c', 'u', printf ('%.501c', 'u'))",
    "INSERT INTO meeting (name, first_date, start_time, duration_minutes, time_zone, created, updated, directory_fingerprint)"
    " VALUES ('N', '2026-01-05', '19:00', 60, 'UTC', 'c', 'u', 'abc')",
  };
  g_autoptr(GError) error = NULL;
  RpDatabase *db;

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);

  rp_database_exec (db,
                    FEED "('site:example.org', 'Feed', 'a.json', 'E', 'https://example.org',"
                    " '2026-01-05T10:00:00Z');"
                    ROW "(1, 'a', 'N', 2, 600, 660, 'UTC', 0, 'O,D', 'x\ny', " PRINT ");"
                    ROW "(1, 'by-appointment', NULL, 0, NULL, NULL, NULL, 1, '', '', " PRINT ");",
                    &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bad_rows); i++)
    {
      g_test_message ("bad row %u", i);
      g_assert_false (rp_database_exec (db, bad_rows[i], &error));
      g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED);
      g_clear_error (&error);
    }

  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM directory_feed"), ==, 1);
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM directory_meeting"), ==, 2);

  /* Removing a feed takes its meetings along. */
  rp_database_exec (db, "DELETE FROM directory_feed", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM directory_meeting"), ==, 0);

  g_assert_finalize_object (db);
#undef FEED
#undef ROW
#undef PRINT
}

#define GOOD_MEETING_COLUMNS \
  "name, rrule, first_date, last_date, start_time, duration_minutes, time_zone," \
  " excluded_dates, home_group, reminder, archived, created, updated"
#define GOOD_MEETING_VALUES \
  "'Name', 'FREQ=WEEKLY;BYDAY=MO', '2026-01-05', NULL, '19:00', 60, 'UTC'," \
  " NULL, 0, -1, 0, 'c', 'u'"

/* Even if a bug skipped rp_meeting_validate(), SQLite refuses rows the
 * rest of Reprieve could not handle. */
static void
test_schema_checks (RpTestDatabase *f,
                    gconstpointer   user_data)
{
  static const char * const bad_rows[] = {
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('', 'FREQ=WEEKLY', '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('   ', 'FREQ=WEEKLY', '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES (printf ('%.201c', 'x'), NULL, '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-02-30', NULL, '19:00', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '5 Jan 2026', NULL, '19:00', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', '2026-01-04', '19:00', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '24:00', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '7pm', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 0, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 1441, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', '60 min', 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 60, '', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 60, 'UTC', '2026-01-12;x', 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 2, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 0, -3, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 0, 10081, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 0, -1, 5, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 0, -1, 0, NULL, 'u')",
    "INSERT INTO meeting (name, first_date, start_time, duration_minutes, time_zone, created, updated, online_url)"
    " VALUES ('N', '2026-01-05', '19:00', 60, 'UTC', 'c', 'u', printf ('https://%.2041c', 'x'))",
    "INSERT INTO meeting (name, first_date, start_time, duration_minutes, time_zone, created, updated, conference_phone)"
    " VALUES ('N', '2026-01-05', '19:00', 60, 'UTC', 'c', 'u', printf ('%.41c', '1'))",
    "INSERT INTO attendance (meeting_id, date, status, recorded) VALUES (1, '2026-01-05', 2, 'r')",
    "INSERT INTO attendance (meeting_id, date, status, recorded) VALUES (1, '2026-13-01', 1, 'r')",
    "INSERT INTO attendance (meeting_id, date, status, recorded) VALUES (99, '2026-01-05', 1, 'r')",
    "INSERT INTO attendance (meeting_id, date, status, note, recorded) VALUES (1, '2026-01-05', 1, printf ('%.2001c', 'x'), 'r')",
    "INSERT INTO attendance (meeting_id, date, status, recorded) VALUES (1, '2026-01-05', 1, 'r'),"
    " (1, '2026-01-05', 0, 'r')",
  };
  g_autoptr(GError) error = NULL;
  RpDatabase *db;

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);

  /* The good row goes in, so each bad one differs from it in one way. */
  rp_database_exec (db, "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES (" GOOD_MEETING_VALUES ")", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bad_rows); i++)
    {
      g_test_message ("bad row %u", i);
      g_assert_false (rp_database_exec (db, bad_rows[i], &error));
      g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED);
      g_clear_error (&error);
    }

  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM meeting"), ==, 1);
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM attendance"), ==, 0);

  /* Deleting a meeting takes its attendance along. */
  rp_database_exec (db, "INSERT INTO attendance (meeting_id, date, status, recorded)"
                        " VALUES (1, '2026-01-05', 1, 'r')", &error);
  g_assert_no_error (error);
  rp_database_exec (db, "DELETE FROM meeting", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM attendance"), ==, 0);

  g_assert_finalize_object (db);
}

/* Schema 7 (progress): each bad row differs from a good one in one way and
 * is refused; deleting a recovery date or a goal or an inventory entry
 * takes its dependent rows along. */
static void
test_progress_schema_checks (RpTestDatabase *f,
                             gconstpointer   user_data)
{
  static const char * const good_rows[] = {
    "INSERT INTO recovery (id, label, start_date, start_minute, cost_cents, position, created, updated)"
    " VALUES (1, 'alcohol', '2024-02-29', 1439, 1250, 0, 'c', 'u')",
    "INSERT INTO recovery_period (recovery_id, start_date, end_date, note, created)"
    " VALUES (1, '2020-01-01', '2024-02-29', 'n', 'c')",
    "INSERT INTO goal (id, title, kind, weekly_target, source, start_date, position, created, updated)"
    " VALUES (1, 'Meetings', 1, 3, 1, '2026-01-05', 0, 'c', 'u')",
    "INSERT INTO goal (id, title, kind, start_date, due_date, completed_date, position, created, updated)"
    " VALUES (2, 'Call', 2, '2026-01-05', '2026-02-01', '2026-01-20', 1, 'c', 'u')",
    "INSERT INTO goal_check_in (goal_id, day, count) VALUES (1, '2026-01-06', 2)",
    "INSERT INTO inventory (id, day, mood, craving, gratitude, notes, created, updated)"
    " VALUES (1, '2026-01-06', 5, 0, 'sun', 'n', 'c', 'u')",
    "INSERT INTO inventory_trigger (inventory_id, tag) VALUES (1, 'work')",
    "INSERT INTO step_work (step, status, started, finished, notes, updated)"
    " VALUES (12, 2, '2026-01-01', '2026-01-02', 'n', 'u')",
  };
  static const char * const bad_rows[] = {
    "INSERT INTO recovery (label, start_date, position, created, updated) VALUES (' ', '2024-01-01', 0, 'c', 'u')",
    "INSERT INTO recovery (label, start_date, position, created, updated) VALUES ('x', '2023-02-29', 0, 'c', 'u')",
    "INSERT INTO recovery (label, start_date, start_minute, position, created, updated) VALUES ('x', '2024-01-01', 1440, 0, 'c', 'u')",
    "INSERT INTO recovery (label, start_date, cost_cents, position, created, updated) VALUES ('x', '2024-01-01', 0, 0, 'c', 'u')",
    "INSERT INTO recovery_period (recovery_id, start_date, end_date, created) VALUES (1, '2024-01-02', '2024-01-01', 'c')",
    "INSERT INTO recovery_period (recovery_id, start_date, end_date, created) VALUES (99, '2024-01-01', '2024-01-02', 'c')",
    "INSERT INTO goal (title, kind, start_date, position, created, updated) VALUES ('W', 1, '2026-01-05', 0, 'c', 'u')",
    "INSERT INTO goal (title, kind, weekly_target, start_date, position, created, updated) VALUES ('D', 0, 3, '2026-01-05', 0, 'c', 'u')",
    "INSERT INTO goal (title, kind, start_date, due_date, position, created, updated) VALUES ('D', 0, '2026-01-05', '2026-02-01', 0, 'c', 'u')",
    "INSERT INTO goal (title, kind, source, start_date, position, created, updated) VALUES ('D', 0, 6, '2026-01-05', 0, 'c', 'u')",
    "INSERT INTO goal_check_in (goal_id, day, count) VALUES (1, '2026-01-07', 0)",
    "INSERT INTO goal_check_in (goal_id, day) VALUES (1, '2026-01-06')",
    "INSERT INTO inventory (day, mood, created, updated) VALUES ('2026-01-07', 6, 'c', 'u')",
    "INSERT INTO inventory (day, craving, created, updated) VALUES ('2026-01-07', 11, 'c', 'u')",
    "INSERT INTO inventory (day, created, updated) VALUES ('2026-01-06', 'c', 'u')",
    "INSERT INTO inventory_trigger (inventory_id, tag) VALUES (1, '  ')",
    "INSERT INTO step_work (step, updated) VALUES (13, 'u')",
    "INSERT INTO step_work (step, status, started, updated) VALUES (1, 0, '2026-01-01', 'u')",
    "INSERT INTO step_work (step, status, finished, updated) VALUES (1, 1, '2026-01-01', 'u')",
  };
  g_autoptr(GError) error = NULL;
  RpDatabase *db;

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (good_rows); i++)
    {
      g_test_message ("good row %u", i);
      rp_database_exec (db, good_rows[i], &error);
      g_assert_no_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad_rows); i++)
    {
      g_test_message ("bad row %u", i);
      g_assert_false (rp_database_exec (db, bad_rows[i], &error));
      g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED);
      g_clear_error (&error);
    }

  rp_database_exec (db, "DELETE FROM recovery; DELETE FROM goal; DELETE FROM inventory", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM recovery_period"), ==, 0);
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM goal_check_in"), ==, 0);
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM inventory_trigger"), ==, 0);

  g_assert_finalize_object (db);
}

static void
test_migration_busy (RpTestDatabase *f,
                     gconstpointer   user_data)
{
  g_autoptr(GError) error = NULL;
  RpDatabase *db;
  sqlite3 *other;
  gint64 start;

  rp_test_database_create (f->path);

  /* Another process holds the write lock past our busy timeout: a
   * transient error to retry, not a broken migration. */
  other = rp_test_database_raw_open (f->path, SQLITE_OPEN_READWRITE);
  rp_test_database_raw_exec (other, "BEGIN IMMEDIATE");

  start = g_get_monotonic_time ();
  db = rp_database_open_with_migrations (f->path, upgraded_migrations,
                                         G_N_ELEMENTS (upgraded_migrations), &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_BUSY);
  g_assert_null (db);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 4 * G_TIME_SPAN_SECOND);
  g_clear_error (&error);

  rp_test_database_raw_exec (other, "ROLLBACK");
  sqlite3_close (other);

  g_assert_cmpint (raw_file_query_int (f->path, "PRAGMA user_version"), ==, rp_database_get_latest_version ());

  db = rp_database_open_with_migrations (f->path, upgraded_migrations,
                                         G_N_ELEMENTS (upgraded_migrations), &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, FUTURE_VERSION);
  g_assert_finalize_object (db);
}

static void
test_refuse_newer_version (RpTestDatabase *f,
                           gconstpointer   user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (f->path);
  g_autofree char *newer_sql = NULL;
  g_autofree char *expected_schema = NULL;
  g_autofree char *checksum_before = NULL;
  g_autofree char *checksum_after = NULL;
  g_autofree char *listing_before = NULL;
  g_autofree char *listing_after = NULL;
  int newer = rp_database_get_latest_version () + 5;
  RpDatabase *db;
  sqlite3 *raw;

  rp_test_database_create (f->path);

  /* Rollback journal mode: reading it creates no side file at all. */
  raw = rp_test_database_raw_open (f->path, SQLITE_OPEN_READWRITE);
  rp_test_database_raw_exec (raw, "PRAGMA journal_mode = DELETE");
  newer_sql = g_strdup_printf ("PRAGMA user_version = %d", newer);
  rp_test_database_raw_exec (raw, newer_sql);
  sqlite3_close (raw);

  checksum_before = rp_test_database_file_checksum (f->path);
  listing_before = rp_test_database_list_folder (folder);

  db = rp_database_open (f->path, &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NEWER_VERSION);
  g_assert_null (db);
  expected_schema = g_strdup_printf ("(schema %d)", newer);
  g_assert_nonnull (strstr (error->message, expected_schema));

  checksum_after = rp_test_database_file_checksum (f->path);
  g_assert_cmpstr (checksum_after, ==, checksum_before);
  listing_after = rp_test_database_list_folder (folder);
  g_assert_cmpstr (listing_after, ==, listing_before);
  g_assert_cmpuint (rp_test_database_file_mode (f->path), ==, 0600);
}

static void
test_refuse_newer_version_wal (RpTestDatabase *f,
                               gconstpointer   user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = rp_test_database_sidecar_path (f->path, "-wal");
  g_autofree char *newer_sql = NULL;
  g_autofree char *checksum_before = NULL;
  g_autofree char *checksum_after = NULL;
  g_autofree char *wal_checksum_before = NULL;
  g_autofree char *wal_checksum_after = NULL;
  RpDatabase *db;
  sqlite3 *raw;

  rp_test_database_create (f->path);
  g_assert_false (rp_test_database_file_exists (wal));

  /* A newer Reprieve that stopped before checkpointing: its last
   * transactions, the version bump included, are only in the -wal. */
  raw = rp_test_database_raw_open (f->path, SQLITE_OPEN_READWRITE);
  newer_sql = g_strdup_printf ("PRAGMA user_version = %d;"
                               "INSERT INTO app_meta VALUES ('newer', 'x');",
                               rp_database_get_latest_version () + 1);
  rp_test_database_raw_exec (raw, newer_sql);
  sqlite3_db_config (raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  sqlite3_close (raw);
  g_assert_true (rp_test_database_file_exists (wal));

  checksum_before = rp_test_database_file_checksum (f->path);
  wal_checksum_before = rp_test_database_file_checksum (wal);

  db = rp_database_open (f->path, &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NEWER_VERSION);
  g_assert_null (db);

  /* A normal close would have checkpointed the log into the main file. */
  checksum_after = rp_test_database_file_checksum (f->path);
  g_assert_cmpstr (checksum_after, ==, checksum_before);
  g_assert_true (rp_test_database_file_exists (wal));
  wal_checksum_after = rp_test_database_file_checksum (wal);
  g_assert_cmpstr (wal_checksum_after, ==, wal_checksum_before);
}

int
main (int   argc,
      char *argv[])
{
  rp_test_database_init (&argc, &argv);

  RP_TEST_DATABASE_ADD ("/database/migration/upgrades", test_migration_upgrades);
  RP_TEST_DATABASE_ADD ("/database/migration/rolls-back", test_migration_rolls_back);
  RP_TEST_DATABASE_ADD ("/database/migration/rolls-back-fresh", test_migration_rolls_back_fresh);
  RP_TEST_DATABASE_ADD ("/database/migration/busy", test_migration_busy);
  RP_TEST_DATABASE_ADD ("/database/migration/adds-meetings", test_migration_adds_meetings);
  RP_TEST_DATABASE_ADD ("/database/migration/adds-directory", test_migration_adds_directory);
  RP_TEST_DATABASE_ADD ("/database/schema-checks", test_schema_checks);
  RP_TEST_DATABASE_ADD ("/database/directory-schema-checks", test_directory_schema_checks);
  RP_TEST_DATABASE_ADD ("/database/progress-schema-checks", test_progress_schema_checks);
  RP_TEST_DATABASE_ADD ("/database/refuse/newer-version", test_refuse_newer_version);
  RP_TEST_DATABASE_ADD ("/database/refuse/newer-version-wal", test_refuse_newer_version_wal);

  return g_test_run ();
}
