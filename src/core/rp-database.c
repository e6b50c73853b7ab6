/* rp-database.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-database"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rp-database.h"
#include "rp-database-private.h"
#include "rp-backups.h"

/* RpDatabase owns Reprieve's one SQLite connection: it makes the file
 * private, refuses files it must not touch (another program's, a newer
 * Reprieve's, damaged ones) before writing a single byte, sets the
 * connection up and brings the schema up to date. RpStore owns the
 * RpDatabase; nothing else in the application holds SQL. */

struct _RpDatabase
{
  GObject  parent_instance;

  sqlite3 *db;
  char    *path;
  int      schema_version;
};

G_DEFINE_FINAL_TYPE (RpDatabase, rp_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (rp-database-error-quark, rp_database_error)

/* Append only: a released step never changes, because databases out there
 * already carry it. */
static const RpMigration builtin_migrations[] = {
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
    /* My meetings and their attendance. The length caps are those of
     * rp-meeting.h, so that a bug that skips rp_meeting_validate() still
     * cannot store what the editor could not show. The schedule columns are
     * the rp_schedule storage strings; last_date repeats the rule's UNTIL
     * so that queries can skip meetings that ended without parsing rules.
     * date (x, '+0 days') IS x rejects 2026-02-30, which plain date() keeps,
     * and 2026-13-01, for which it gives NULL (and "= x" would pass it). */
    2,
    "CREATE TABLE meeting ("
    "  id               INTEGER PRIMARY KEY,"
    "  name             TEXT NOT NULL"
    "                   CHECK (length (trim (name)) >= 1 AND length (name) <= 200),"
    "  group_name       TEXT CHECK (length (group_name) <= 200),"
    "  program          TEXT CHECK (length (program) <= 100),"
    "  rrule            TEXT CHECK (length (rrule) BETWEEN 1 AND 200),"
    "  first_date       TEXT NOT NULL"
    "                   CHECK (first_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    "                          AND date (first_date, '+0 days') IS first_date),"
    "  last_date        TEXT"
    "                   CHECK (last_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    "                          AND date (last_date, '+0 days') IS last_date"
    "                          AND last_date >= first_date),"
    "  start_time       TEXT NOT NULL"
    "                   CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'"
    "                          AND start_time <= '23:59'),"
    "  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),"
    "  time_zone        TEXT NOT NULL CHECK (length (time_zone) BETWEEN 1 AND 100),"
    "  excluded_dates   TEXT"
    "                   CHECK (length (excluded_dates) BETWEEN 10 AND 20000"
    "                          AND excluded_dates NOT GLOB '*[^0-9,-]*'),"
    "  location         TEXT CHECK (length (location) <= 200),"
    "  address          TEXT CHECK (length (address) <= 500),"
    "  online_url       TEXT CHECK (length (online_url) <= 2048),"
    "  conference_phone TEXT CHECK (length (conference_phone) <= 40),"
    "  types            TEXT NOT NULL DEFAULT '' CHECK (length (types) <= 500),"
    "  tags             TEXT NOT NULL DEFAULT '' CHECK (length (tags) <= 1000),"
    "  notes            TEXT CHECK (length (notes) <= 10000),"
    "  home_group       INTEGER NOT NULL DEFAULT 0 CHECK (home_group IN (0, 1)),"
    /* -1: the default lead time, -2: off, else minutes before the start. */
    "  reminder         INTEGER NOT NULL DEFAULT -1 CHECK (reminder BETWEEN -2 AND 10080),"
    "  archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
    "  directory_feed   TEXT CHECK (length (directory_feed) <= 2048),"
    "  directory_slug   TEXT CHECK (length (directory_slug) <= 200),"
    "  created          TEXT NOT NULL,"
    "  updated          TEXT NOT NULL"
    ") STRICT;"
    /* Re-importing a feed finds its meetings by slug. */
    "CREATE INDEX meeting_directory ON meeting (directory_feed, directory_slug)"
    "  WHERE directory_slug IS NOT NULL;"
    "CREATE TABLE attendance ("
    "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
    "  date       TEXT NOT NULL"
    "             CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    "                    AND date (date, '+0 days') IS date),"
    "  status     INTEGER NOT NULL CHECK (status IN (0, 1)),"
    "  note       TEXT CHECK (length (note) <= 2000),"
    "  recorded   TEXT NOT NULL,"
    "  PRIMARY KEY (meeting_id, date)"
    ") STRICT, WITHOUT ROWID;"
    /* The progress counts go by date range across all meetings. */
    "CREATE INDEX attendance_by_date ON attendance (date, status);"
  },
  {
    /* The Directory: meetings imported from Meeting Guide feeds, and what
     * My meetings need to stay linked to them and to .ics files.
     *
     * A feed is recognised again on re-import by feed_key (see
     * rp-directory-import.c): "site:HOST" from its entity_url or its
     * meetings' page links, or "entity:NAME"; only a feed naming no
     * publisher falls back to "file:BASENAME", matched by the meetings
     * (same ID and name) it shares with a feed imported before. Re-importing updates rows by
     * (feed_id, slug), inserts new ones and deletes those gone from the
     * feed, all in one transaction.
     *
     * Caps are the parser's (rp-import-meeting-guide.h), except slug: 200,
     * the cap of meeting.directory_slug, so that every row can be linked;
     * the importer replaces a longer ID by "rp-" and its SHA-256. A
     * meeting is by appointment exactly when it has no weekday, and then
     * it has no start either. Types are the spec's codes joined by ",";
     * custom tags may hold commas, so they are joined by newlines (the
     * parser turns those into spaces). fingerprint is the SHA-256 of every
     * column above it: equal fingerprints, equal entries. */
    3,
    "CREATE TABLE directory_feed ("
    "  id         INTEGER PRIMARY KEY,"
    "  feed_key   TEXT NOT NULL UNIQUE CHECK (length (feed_key) BETWEEN 6 AND 2048),"
    "  name       TEXT NOT NULL"
    "             CHECK (length (trim (name)) >= 1 AND length (name) <= 255),"
    "  file_name  TEXT CHECK (length (file_name) BETWEEN 1 AND 255),"
    "  entity     TEXT CHECK (length (entity) BETWEEN 1 AND 255),"
    "  entity_url TEXT CHECK (length (entity_url) BETWEEN 1 AND 2048),"
    "  imported   TEXT NOT NULL"
    "             CHECK (imported GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z')"
    ") STRICT;"
    "CREATE TABLE directory_meeting ("
    "  id               INTEGER PRIMARY KEY,"
    "  feed_id          INTEGER NOT NULL REFERENCES directory_feed (id) ON DELETE CASCADE,"
    "  slug             TEXT NOT NULL CHECK (length (slug) BETWEEN 1 AND 200),"
    "  name             TEXT CHECK (length (name) BETWEEN 1 AND 255),"
    "  group_name       TEXT CHECK (length (group_name) BETWEEN 1 AND 255),"
    /* RpWeekdays: bit N for GDateWeekday N, bit 0 never set. */
    "  weekdays         INTEGER NOT NULL"
    "                   CHECK (weekdays BETWEEN 0 AND 254 AND weekdays % 2 = 0),"
    "  start_minute     INTEGER CHECK (start_minute BETWEEN 0 AND 1439),"
    "  end_minute       INTEGER CHECK (end_minute BETWEEN 0 AND 1439),"
    "  time_zone        TEXT CHECK (length (time_zone) BETWEEN 1 AND 64),"
    "  location         TEXT CHECK (length (location) BETWEEN 1 AND 255),"
    "  address          TEXT CHECK (length (address) BETWEEN 1 AND 512),"
    "  approximate      INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),"
    "  region           TEXT CHECK (length (region) BETWEEN 1 AND 255),"
    "  conference_url   TEXT CHECK (length (conference_url) BETWEEN 1 AND 2048),"
    "  conference_phone TEXT CHECK (length (conference_phone) BETWEEN 1 AND 64),"
    "  types            TEXT NOT NULL DEFAULT '' CHECK (length (types) <= 1000),"
    "  custom_tags      TEXT NOT NULL DEFAULT '' CHECK (length (custom_tags) <= 5000),"
    "  notes            TEXT CHECK (length (notes) BETWEEN 1 AND 4000),"
    "  entity           TEXT CHECK (length (entity) BETWEEN 1 AND 255),"
    "  entity_url       TEXT CHECK (length (entity_url) BETWEEN 1 AND 2048),"
    "  url              TEXT CHECK (length (url) BETWEEN 1 AND 2048),"
    "  fingerprint      TEXT NOT NULL"
    "                   CHECK (length (fingerprint) = 64 AND fingerprint NOT GLOB '*[^0-9a-f]*'),"
    "  CHECK ((weekdays = 0) = (start_minute IS NULL)),"
    "  CHECK (end_minute IS NULL OR start_minute IS NOT NULL),"
    "  UNIQUE (feed_id, slug)"
    ") STRICT;"
    /* import_uid: the iCalendar UID an .ics import upserts by. Not UNIQUE:
     * a user may keep a copy of an imported meeting; the importer updates
     * the oldest. directory_fingerprint: the directory entry's
     * fingerprint when the meeting was added from it, so a re-import can
     * tell the user that the entry changed. */
    "ALTER TABLE meeting ADD COLUMN import_uid TEXT"
    "  CHECK (length (import_uid) BETWEEN 1 AND 500);"
    "ALTER TABLE meeting ADD COLUMN directory_fingerprint TEXT"
    "  CHECK (length (directory_fingerprint) = 64"
    "         AND directory_fingerprint NOT GLOB '*[^0-9a-f]*');"
    "CREATE INDEX meeting_import_uid ON meeting (import_uid)"
    "  WHERE import_uid IS NOT NULL;"
    /* Meetings made before get the UID new ones get when first saved. */
    "UPDATE meeting SET import_uid = lower (hex (randomblob (16))) || '@reprieve';"
  },
  {
    /* The reminders that fired, so that none fires twice, whichever
     * process (or restart) plans it. kind is rp_reminder_kind_to_string();
     * source_id means a meeting, a reading or a recovery date depending on
     * kind, hence no foreign key: records are pruned by age instead.
     * occurrence is the event's local date and wall time on its own clock.
     * Times are UTC, to the second. state: 0 shown, 1 pending (no
     * notification server: the window shows it), 2 snoozed until
     * snoozed_until, which only a snoozed record has. */
    4,
    "CREATE TABLE fired_reminder ("
    "  kind          TEXT NOT NULL"
    "                CHECK (kind IN ('meeting', 'reading', 'check-in', 'milestone')),"
    "  source_id     INTEGER NOT NULL,"
    "  occurrence    TEXT NOT NULL"
    "                CHECK (occurrence GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-2][0-9]:[0-5][0-9]'),"
    "  event_start   TEXT NOT NULL"
    "                CHECK (event_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),"
    "  fired_at      TEXT NOT NULL"
    "                CHECK (fired_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),"
    "  late          INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),"
    "  state         INTEGER NOT NULL CHECK (state IN (0, 1, 2)),"
    "  snoozed_until TEXT"
    "                CHECK (snoozed_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),"
    "  CHECK ((state = 2) = (snoozed_until IS NOT NULL)),"
    "  PRIMARY KEY (kind, source_id, occurrence)"
    ") STRICT, WITHOUT ROWID;"
    "CREATE INDEX fired_reminder_by_time ON fired_reminder (fired_at);"
  },
  {
    /* The support network. role is RpContactRole; at most one contact is
     * the primary sponsor (the partial unique index), and only a sponsor
     * can be. position is the user's order; it is not unique, because a
     * reorder rewrites several rows in one transaction, and ties fall
     * back to the id. Phones are rows of their own, in order: the first
     * is the one "Call" dials.
     *
     * call_log records each call, text or email started from Reprieve
     * for the progress goals. contact_id has no foreign key on purpose:
     * removing a contact must not change last week's count, and Undo
     * restores the contact under the same id. */
    5,
    "CREATE TABLE contact ("
    "  id              INTEGER PRIMARY KEY,"
    "  display_name    TEXT NOT NULL"
    "                  CHECK (length (trim (display_name)) >= 1 AND length (display_name) <= 200),"
    "  role            INTEGER NOT NULL CHECK (role BETWEEN 0 AND 5),"
    "  primary_sponsor INTEGER NOT NULL DEFAULT 0"
    "                  CHECK (primary_sponsor IN (0, 1) AND (primary_sponsor = 0 OR role = 0)),"
    "  email           TEXT CHECK (length (email) BETWEEN 3 AND 254),"
    "  call_hours      TEXT CHECK (length (call_hours) <= 200),"
    "  notes           TEXT CHECK (length (notes) <= 10000),"
    "  position        INTEGER NOT NULL CHECK (position >= 0),"
    "  import_uid      TEXT CHECK (length (import_uid) <= 500),"
    "  created         TEXT NOT NULL,"
    "  updated         TEXT NOT NULL"
    ") STRICT;"
    "CREATE UNIQUE INDEX contact_one_primary_sponsor ON contact (primary_sponsor)"
    "  WHERE primary_sponsor = 1;"
    "CREATE INDEX contact_by_import_uid ON contact (import_uid) WHERE import_uid IS NOT NULL;"
    "CREATE TABLE contact_phone ("
    "  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,"
    "  position   INTEGER NOT NULL CHECK (position BETWEEN 0 AND 9),"
    "  label      TEXT CHECK (length (label) <= 50),"
    "  number     TEXT NOT NULL CHECK (length (number) BETWEEN 1 AND 40),"
    "  PRIMARY KEY (contact_id, position)"
    ") STRICT, WITHOUT ROWID;"
    "CREATE TABLE call_log ("
    "  id         INTEGER PRIMARY KEY,"
    "  contact_id INTEGER NOT NULL,"
    "  kind       INTEGER NOT NULL CHECK (kind IN (0, 1, 2)),"
    "  at         TEXT NOT NULL"
    "             CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z')"
    ") STRICT;"
    "CREATE INDEX call_log_by_time ON call_log (at);"
  },
  {
    /* Reading. reading_collection kind: 0 the starter library, 1 the
     * user's own ("My Readings"), 2 a collection the user made or imported;
     * there is one of each of the first two, made here. reading kind: 0 a
     * text (Markdown or plain, in body), 1 a link (uri: https or file). An
     * entry of a dated collection carries its month and day.
     * reading_log.reading_id has no foreign key, like call_log: deleting a
     * reading does not change last week's counts.
     *
     * reading_fts is an external-content FTS5 index of title, description
     * and body. It is kept in sync by RpStore inside each writing
     * transaction (rp-store-readings.c), not by triggers: with
     * trusted_schema=OFF, which guards against a crafted database file,
     * SQLite refuses triggers that write to a virtual table ("unsafe use of
     * virtual table"), and turning it on would reopen the fts3_tokenizer()
     * hole that Debian's SQLite is built with. The prefix indexes serve
     * the search as the user types (the last word is a prefix): without
     * them a one- or two-letter prefix merges the lists of every word it
     * starts, several times slower over a large library. */
    6,
    "CREATE TABLE reading_collection ("
    "  id         INTEGER PRIMARY KEY,"
    "  kind       INTEGER NOT NULL CHECK (kind IN (0, 1, 2)),"
    "  name       TEXT NOT NULL"
    "             CHECK (length (trim (name)) >= 1 AND length (name) <= 100),"
    "  position   INTEGER NOT NULL CHECK (position >= 0),"
    "  import_key TEXT CHECK (length (import_key) BETWEEN 1 AND 500),"
    "  created    TEXT NOT NULL,"
    "  updated    TEXT NOT NULL"
    ") STRICT;"
    "CREATE UNIQUE INDEX reading_collection_one_builtin ON reading_collection (kind)"
    "  WHERE kind IN (0, 1);"
    "INSERT INTO reading_collection (kind, name, position, created, updated)"
    "  VALUES (0, 'Starter Library', 0,"
    "          strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),"
    "         (1, 'My Readings', 1,"
    "          strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'));"
    "CREATE TABLE reading ("
    "  id               INTEGER PRIMARY KEY,"
    "  collection_id    INTEGER NOT NULL"
    "                   REFERENCES reading_collection (id) ON DELETE CASCADE,"
    "  kind             INTEGER NOT NULL CHECK (kind IN (0, 1)),"
    "  origin           INTEGER NOT NULL CHECK (origin IN (0, 1, 2)),"
    "  format           INTEGER NOT NULL DEFAULT 0 CHECK (format IN (0, 1)),"
    "  title            TEXT NOT NULL"
    "                   CHECK (length (trim (title)) >= 1 AND length (title) <= 200),"
    "  description      TEXT CHECK (length (description) <= 1000),"
    "  source_note      TEXT CHECK (length (source_note) <= 1000),"
    "  uri              TEXT CHECK (length (uri) <= 2000"
    "                              AND (uri GLOB 'https://?*' OR uri GLOB 'file:///?*')),"
    "  entry_month      INTEGER CHECK (entry_month BETWEEN 1 AND 12),"
    "  entry_day        INTEGER CHECK (entry_day BETWEEN 1 AND 31),"
    "  position         INTEGER NOT NULL CHECK (position >= 0),"
    "  favourite        INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1)),"
    "  read_offset      INTEGER NOT NULL DEFAULT 0 CHECK (read_offset >= 0),"
    "  progress_page    INTEGER CHECK (progress_page >= 0),"
    "  progress_pages   INTEGER CHECK (progress_pages >= 1),"
    "  progress_percent INTEGER CHECK (progress_percent BETWEEN 0 AND 100),"
    "  import_key       TEXT CHECK (length (import_key) BETWEEN 1 AND 500),"
    "  created          TEXT NOT NULL,"
    "  updated          TEXT NOT NULL,"
    /* Last, so that listing readings (every column but this one) never
     * walks the overflow pages of a long body: 2.5 times faster over 2,000
     * texts of 2,000 words. */
    "  body             TEXT NOT NULL DEFAULT '' CHECK (length (CAST (body AS BLOB)) <= 2097152),"
    "  CHECK ((kind = 1) = (uri IS NOT NULL)),"
    "  CHECK ((entry_month IS NULL) = (entry_day IS NULL))"
    ") STRICT;"
    "CREATE INDEX reading_by_collection ON reading (collection_id, position);"
    "CREATE UNIQUE INDEX reading_by_import_key ON reading (collection_id, import_key)"
    "  WHERE import_key IS NOT NULL;"
    "CREATE INDEX reading_favourites ON reading (favourite) WHERE favourite = 1;"
    "CREATE TABLE reading_log ("
    "  id         INTEGER PRIMARY KEY,"
    "  reading_id INTEGER NOT NULL,"
    "  at         TEXT NOT NULL"
    "             CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z')"
    ") STRICT;"
    "CREATE INDEX reading_log_by_time ON reading_log (at);"
    "CREATE INDEX reading_log_by_reading ON reading_log (reading_id, at);"
    "CREATE VIRTUAL TABLE reading_fts USING fts5 ("
    "  title, description, body,"
    "  content = 'reading', content_rowid = 'id',"
    "  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"
    ");"
  },
  {
    /* Progress. Dates are local calendar days, "YYYY-MM-DD".
     *
     * recovery: one clean date each ("alcohol", "gambling"…): start_date
     * is day 0; start_minute (minutes after local midnight) is set when
     * the user gave a time, for the hours shown during the first days.
     * cost_cents is what the habit cost per day, for "money saved".
     * recovery_period keeps each period a reset ("I had a slip") ended:
     * its start, the day of the slip (end_date, the new start) and the
     * user's note. Past periods are shown, never hidden.
     *
     * goal kind: 0 a daily habit, 1 a weekly target (weekly_target times a
     * week), 2 one-time (optional due_date, completed_date once done).
     * source: what counts for it besides manual check-ins: 0 nothing,
     * 1 meetings attended, 2 calls/texts/emails to the support network,
     * 3 the same to the sponsor only, 4 readings marked read, 5 daily
     * inventories written. Automatic counts are read from attendance,
     * call_log, reading_log and inventory when needed, never copied here,
     * so an edited rule recounts the whole history. goal_check_in holds
     * the manual check-ins, one row per goal and day.
     *
     * inventory: one step-10 entry per local day; gratitude is one item
     * per line; its triggers (the user's own tags) are rows of
     * inventory_trigger, so earlier tags can be suggested.
     *
     * step_work: a row once the user touched a step (no row: not
     * started); status 0 not started, 1 working, 2 done. */
    7,
    "CREATE TABLE recovery ("
    "  id           INTEGER PRIMARY KEY,"
    "  label        TEXT NOT NULL"
    "               CHECK (length (trim (label)) >= 1 AND length (label) <= 100),"
    "  start_date   TEXT NOT NULL"
    "             CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    "                    AND date (start_date, '+0 days') IS start_date),"
    "  start_minute INTEGER CHECK (start_minute BETWEEN 0 AND 1439),"
    "  cost_cents   INTEGER CHECK (cost_cents BETWEEN 1 AND 100000000),"
    "  position     INTEGER NOT NULL CHECK (position >= 0),"
    "  created      TEXT NOT NULL,"
    "  updated      TEXT NOT NULL"
    ") STRICT;"
    "CREATE TABLE recovery_period ("
    "  id           INTEGER PRIMARY KEY,"
    "  recovery_id  INTEGER NOT NULL REFERENCES recovery (id) ON DELETE CASCADE,"
    "  start_date   TEXT NOT NULL"
    "             CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    "                    AND date (start_date, '+0 days') IS start_date),"
    "  start_minute INTEGER CHECK (start_minute BETWEEN 0 AND 1439),"
    "  end_date     TEXT NOT NULL"
    "             CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    "                    AND date (end_date, '+0 days') IS end_date),"
    "  note         TEXT CHECK (length (note) <= 2000),"
    "  created      TEXT NOT NULL,"
    "  CHECK (end_date >= start_date)"
    ") STRICT;"
    "CREATE INDEX recovery_period_by_recovery ON recovery_period (recovery_id, start_date);"
    "CREATE TABLE goal ("
    "  id             INTEGER PRIMARY KEY,"
    "  title          TEXT NOT NULL"
    "                 CHECK (length (trim (title)) >= 1 AND length (title) <= 200),"
    "  kind           INTEGER NOT NULL CHECK (kind IN (0, 1, 2)),"
    "  weekly_target  INTEGER CHECK (weekly_target BETWEEN 1 AND 99),"
    "  source         INTEGER NOT NULL DEFAULT 0 CHECK (source BETWEEN 0 AND 5),"
    "  start_date     TEXT NOT NULL"
    "             CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    "                    AND date (start_date, '+0 days') IS start_date),"
    "  due_date       TEXT"
    "             CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    "                    AND date (due_date, '+0 days') IS due_date),"
    "  completed_date TEXT"
    "             CHECK (completed_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    "                    AND date (completed_date, '+0 days') IS completed_date),"
    "  archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
    "  position       INTEGER NOT NULL CHECK (position >= 0),"
    "  created        TEXT NOT NULL,"
    "  updated        TEXT NOT NULL,"
    "  CHECK ((kind = 1) = (weekly_target IS NOT NULL)),"
    "  CHECK (kind = 2 OR (due_date IS NULL AND completed_date IS NULL))"
    ") STRICT;"
    "CREATE TABLE goal_check_in ("
    "  goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,"
    "  day     TEXT NOT NULL"
    "             CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    "                    AND date (day, '+0 days') IS day),"
    "  count   INTEGER NOT NULL DEFAULT 1 CHECK (count BETWEEN 1 AND 99),"
    "  PRIMARY KEY (goal_id, day)"
    ") STRICT, WITHOUT ROWID;"
    "CREATE TABLE inventory ("
    "  id        INTEGER PRIMARY KEY,"
    "  day       TEXT NOT NULL UNIQUE"
    "             CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    "                    AND date (day, '+0 days') IS day),"
    "  mood      INTEGER CHECK (mood BETWEEN 1 AND 5),"
    "  craving   INTEGER CHECK (craving BETWEEN 0 AND 10),"
    "  gratitude TEXT CHECK (length (gratitude) <= 2100),"
    "  notes     TEXT CHECK (length (notes) <= 20000),"
    "  created   TEXT NOT NULL,"
    "  updated   TEXT NOT NULL"
    ") STRICT;"
    "CREATE TABLE inventory_trigger ("
    "  inventory_id INTEGER NOT NULL REFERENCES inventory (id) ON DELETE CASCADE,"
    "  tag          TEXT NOT NULL"
    "               CHECK (length (trim (tag)) >= 1 AND length (tag) <= 50),"
    "  PRIMARY KEY (inventory_id, tag)"
    ") STRICT, WITHOUT ROWID;"
    "CREATE INDEX inventory_trigger_by_tag ON inventory_trigger (tag);"
    "CREATE TABLE step_work ("
    "  step     INTEGER PRIMARY KEY CHECK (step BETWEEN 1 AND 12),"
    "  status   INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1, 2)),"
    "  started  TEXT"
    "             CHECK (started GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    "                    AND date (started, '+0 days') IS started),"
    "  finished TEXT"
    "             CHECK (finished GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    "                    AND date (finished, '+0 days') IS finished),"
    "  notes    TEXT CHECK (length (notes) <= 100000),"
    "  updated  TEXT NOT NULL,"
    "  CHECK (status = 2 OR finished IS NULL),"
    "  CHECK (status > 0 OR started IS NULL)"
    ") STRICT;"
  },
};

static void
rp_database_finalize (GObject *object)
{
  RpDatabase *self = (RpDatabase *)object;

  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (rp_database_parent_class)->finalize (object);
}

static void
rp_database_class_init (RpDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rp_database_finalize;
}

static void
rp_database_init (RpDatabase *self)
{
}

/* Maps an SQLite result code to our error domain. The message carries
 * sqlite3_errstr() only: sqlite3_errmsg() may quote SQL or values. */
static gboolean
set_error_from_code (int      rc,
                     GError **error)
{
  const char *detail = sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_BUSY,
                   _("Reprieve’s data is in use by another program; try again (%s)."),
                   detail);
      break;

    case SQLITE_FULL:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FULL,
                   _("The disk is full. Free some space and try again; nothing was saved (%s)."),
                   detail);
      break;

    case SQLITE_IOERR:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_IO,
                   _("The system could not read or write Reprieve’s data (%s). Check the disk and try again."),
                   detail);
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT,
                   _("Reprieve’s data file is damaged (%s). Restart Reprieve to check it and restore a backup."),
                   detail);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Reprieve may not read or write its data (%s). Check the permissions of its data folder."),
                   detail);
      break;

    default:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED,
                   _("Reprieve could not use its data (%s). Try again, and report the problem if it persists."),
                   detail);
      break;
    }

  return FALSE;
}

/* Errors while opening name the file, and say that it was left alone:
 * nothing is written until every check has passed. */
static gboolean
set_open_error (const char  *path,
                int          rc,
                GError     **error)
{
  g_autofree char *display_path = g_filename_display_name (path);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT,
                   _("The data file “%s” is damaged (%s); it has not been changed. Keep it and restore a backup."),
                   display_path, sqlite3_errstr (rc));
      return FALSE;

    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not open the data file “%s” (%s). Check that you may read and write it."),
                   display_path, sqlite3_errstr (rc));
      return FALSE;

    default:
      return set_error_from_code (rc, error);
    }
}

gboolean
rp_database_make_private_folder (const char  *folder,
                                 GError     **error)
{
  g_autofree char *display_folder = g_filename_display_name (folder);
  struct stat st;
  int saved_errno;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      saved_errno = errno;
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not create the folder “%s” for Reprieve’s data: %s. Check that you may write there."),
                   display_folder, g_strerror (saved_errno));
      return FALSE;
    }

  /* g_mkdir_with_parents() leaves an existing folder as it is. */
  if (stat (folder, &st) != 0)
    {
      saved_errno = errno;
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not read the folder “%s” for Reprieve’s data: %s. Check its permissions."),
                   display_folder, g_strerror (saved_errno));
      return FALSE;
    }

  if ((st.st_mode & 07777) != 0700 && chmod (folder, 0700) != 0)
    {
      saved_errno = errno;
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not make the folder “%s” private: %s. Check that it belongs to you."),
                   display_folder, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* The file is created here, not by SQLite, so that it is 0600 from its
 * first byte; SQLite gives -wal and -shm the mode of the main file. */
static gboolean
make_private_file (const char  *path,
                   gboolean    *out_empty,
                   GError     **error)
{
  g_autofree char *display_path = g_filename_display_name (path);
  struct stat st;
  int saved_errno;
  int fd;

  fd = open (path, O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not create the data file “%s”: %s. Check that you may write to its folder, and that it is not a link."),
                   display_path, g_strerror (saved_errno));
      return FALSE;
    }

  if (fstat (fd, &st) != 0)
    {
      saved_errno = errno;
      g_close (fd, NULL);
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not read the data file “%s”: %s. Check its permissions."),
                   display_path, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_close (fd, NULL);
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("The data file “%s” is not a regular file. Move it away and try again."),
                   display_path);
      return FALSE;
    }

  if ((st.st_mode & 07777) != 0600 && fchmod (fd, 0600) != 0)
    {
      saved_errno = errno;
      g_close (fd, NULL);
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not make the data file “%s” private: %s. Check that it belongs to you."),
                   display_path, g_strerror (saved_errno));
      return FALSE;
    }

  /* Closed before SQLite takes any lock: closing any descriptor of a file
   * drops all of this process's POSIX locks on it, SQLite's included. */
  g_close (fd, NULL);

  *out_empty = st.st_size == 0;

  return TRUE;
}

int
rp_database_sqlite_query_int (sqlite3    *db,
                              const char *sql,
                              int        *out_value)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v3 (db, sql, -1, 0, &stmt, NULL);
  if (rc != SQLITE_OK)
    return rc;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return SQLITE_ERROR;
  if (rc != SQLITE_ROW)
    return rc;

  *out_value = sqlite3_column_int (stmt, 0);

  return SQLITE_OK;
}

int
rp_database_sqlite_quick_check (sqlite3  *db,
                                gboolean *out_intact)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean first_row_ok = FALSE;
  guint n_rows = 0;
  int rc;

  rc = sqlite3_prepare_v3 (db, "PRAGMA quick_check", -1, 0, &stmt, NULL);
  if (rc != SQLITE_OK)
    return rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (n_rows == 0)
        first_row_ok = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") == 0;
      n_rows++;
    }

  if (rc != SQLITE_DONE)
    return rc;

  *out_intact = first_row_ok && n_rows == 1;

  return SQLITE_OK;
}

/* Reads only: every file we refuse must be left exactly as we found it. */
static gboolean
check_before_changing (sqlite3     *db,
                       const char  *path,
                       int          latest_version,
                       int         *out_version,
                       GError     **error)
{
  g_autofree char *display_path = g_filename_display_name (path);
  int application_id = 0;
  int user_version = 0;
  gboolean intact = FALSE;
  int rc;

  rc = rp_database_sqlite_query_int (db, "PRAGMA application_id", &application_id);
  if (rc == SQLITE_OK)
    rc = rp_database_sqlite_query_int (db, "PRAGMA user_version", &user_version);
  if (rc != SQLITE_OK)
    return set_open_error (path, rc, error);

  if (application_id != RP_DATABASE_APPLICATION_ID)
    {
      int n_schema_rows = 0;

      /* Migration step 1 sets the id in the same transaction that creates
       * the first table, so only a database without any schema can be a new
       * one of ours; anything else belongs to some other program. */
      if (application_id == 0 && user_version == 0)
        {
          rc = rp_database_sqlite_query_int (db, "SELECT count(*) FROM sqlite_master", &n_schema_rows);
          if (rc != SQLITE_OK)
            return set_open_error (path, rc, error);
        }

      if (application_id != 0 || user_version != 0 || n_schema_rows != 0)
        {
          g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NOT_REPRIEVE,
                       _("“%s” is a database of another program, not Reprieve’s; it has not been changed. Move it away and start Reprieve again."),
                       display_path);
          return FALSE;
        }
    }

  if (user_version > latest_version)
    {
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NEWER_VERSION,
                   _("This data was written by a newer version of Reprieve (schema %d). Update Reprieve to open it; the file has not been changed."),
                   user_version);
      return FALSE;
    }

  rc = rp_database_sqlite_quick_check (db, &intact);
  if (rc != SQLITE_OK)
    return set_open_error (path, rc, error);

  if (!intact)
    {
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT,
                   _("The data file “%s” is damaged; it has not been changed. Keep it and restore a backup."),
                   display_path);
      return FALSE;
    }

  *out_version = user_version;

  return TRUE;
}

/* Closing the last connection normally checkpoints the write-ahead log into
 * the main file. When we refuse a file whose -wal was already there, that
 * log may hold another version's committed work: leave it in place, so the
 * main file stays byte for byte as we found it. A -wal that we created
 * ourselves is empty, and a normal close removes it again. */
static void
close_untouched (sqlite3  *db,
                 gboolean  had_wal)
{
  if (had_wal)
    sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);

  sqlite3_close_v2 (db);
}

static gboolean
configure_connection (RpDatabase  *self,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *mode;
  int rc;

  /* Changes the file header, which is why it waits until the checks pass. */
  rc = sqlite3_prepare_v3 (self->db, "PRAGMA journal_mode = WAL", -1, 0, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return set_open_error (self->path, rc, error);

  mode = (const char *)sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (mode, "wal") != 0)
    {
      g_autofree char *display_path = g_filename_display_name (self->path);

      /* SQLite keeps the old mode where the file system offers no shared
       * memory, typically network shares. */
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED,
                   _("Reprieve could not turn on safe writing for “%s”. Keep its data on a local disk and try again."),
                   display_path);
      return FALSE;
    }

  return rp_database_exec (self,
                           "PRAGMA synchronous = FULL;"
                           "PRAGMA foreign_keys = ON;"
                           "PRAGMA trusted_schema = OFF;",
                           error);
}

static void
rollback_if_active (sqlite3 *db)
{
  int rc;

  /* SQLite rolls back by itself after some errors (full disk, I/O). */
  if (sqlite3_get_autocommit (db))
    return;

  rc = sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    g_debug ("Rollback failed: %s", sqlite3_errstr (rc));
}

/* Transient failures keep their own codes so that the user is told to
 * retry; anything else is a broken step. Either way the step was rolled
 * back. */
static gboolean
set_migration_error (int      version,
                     int      rc,
                     GError **error)
{
  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return set_error_from_code (rc, error);

    default:
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_MIGRATION,
                   _("Reprieve could not upgrade its data to schema %d (%s). Your data has not been changed; please report this problem."),
                   version, sqlite3_errstr (rc));
      return FALSE;
    }
}

/* DESIGN asks for a verified copy of an existing database before any
 * migration step touches it. Without one, the upgrade is refused: the
 * file is still as it was, and the next start tries again. */
static gboolean
back_up_before_migrating (RpDatabase  *self,
                          int          from_version,
                          int          to_version,
                          GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) local_error = NULL;

  if (rp_backups_write_pre_migration (self, from_version, to_version, now, NULL, &local_error))
    return TRUE;

  g_set_error (error, RP_DATABASE_ERROR, local_error->code,
               _("Reprieve must upgrade its data, but could not back it up first, so nothing was changed. %s"),
               local_error->message);
  return FALSE;
}

static gboolean
apply_migration (RpDatabase         *self,
                 const RpMigration  *step,
                 GError            **error)
{
  g_autofree char *version_sql = NULL;
  int current_version = 0;
  int rc;

  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return set_migration_error (step->version, rc, error);

  /* Read again under the write lock: another process may have upgraded
   * the file since we looked. */
  rc = rp_database_sqlite_query_int (self->db, "PRAGMA user_version", &current_version);
  if (rc != SQLITE_OK)
    goto failed;

  if (current_version >= step->version)
    {
      rollback_if_active (self->db);
      return TRUE;
    }

  rc = sqlite3_exec (self->db, step->sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  /* PRAGMA takes no bound parameters; these are our own integers. */
  if (current_version == 0)
    version_sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                                   RP_DATABASE_APPLICATION_ID, step->version);
  else
    version_sql = g_strdup_printf ("PRAGMA user_version = %d;", step->version);

  rc = sqlite3_exec (self->db, version_sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  return TRUE;

failed:
  rollback_if_active (self->db);
  return set_migration_error (step->version, rc, error);
}

static gboolean
migrate (RpDatabase         *self,
         int                 from_version,
         const RpMigration  *migrations,
         guint               n_migrations,
         gboolean            back_up_first,
         GError            **error)
{
  int rc;

  if (back_up_first && from_version > 0 && from_version < migrations[n_migrations - 1].version &&
      !back_up_before_migrating (self, from_version,
                                 migrations[n_migrations - 1].version, error))
    return FALSE;

  for (guint i = 0; i < n_migrations; i++)
    {
      if (migrations[i].version <= from_version)
        continue;

      if (!apply_migration (self, &migrations[i], error))
        return FALSE;
    }

  rc = rp_database_sqlite_query_int (self->db, "PRAGMA user_version", &self->schema_version);
  if (rc != SQLITE_OK)
    return set_error_from_code (rc, error);

  return TRUE;
}

static gboolean
migrations_are_valid (const RpMigration *migrations,
                      guint              n_migrations)
{
  int previous = 0;

  for (guint i = 0; i < n_migrations; i++)
    {
      if (migrations[i].version <= previous || migrations[i].sql == NULL)
        return FALSE;
      previous = migrations[i].version;
    }

  return TRUE;
}

static RpDatabase *
open_database (const char         *path,
               const RpMigration  *migrations,
               guint               n_migrations,
               gboolean            back_up_first,
               GError            **error)
{
  g_autoptr(RpDatabase) self = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *wal_path = NULL;
  sqlite3 *db = NULL;
  gboolean was_empty = FALSE;
  gboolean had_wal;
  int from_version = 0;
  int flags;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (migrations != NULL && n_migrations > 0, NULL);
  g_return_val_if_fail (migrations_are_valid (migrations, n_migrations), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  folder = g_path_get_dirname (path);
  if (!rp_database_make_private_folder (folder, error))
    return NULL;

  if (!make_private_file (path, &was_empty, error))
    return NULL;

  wal_path = g_strconcat (path, "-wal", NULL);
  had_wal = g_file_test (wal_path, G_FILE_TEST_EXISTS);

  flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE;
  if (was_empty)
    flags |= SQLITE_OPEN_CREATE;

  rc = sqlite3_open_v2 (path, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      close_untouched (db, had_wal);
      set_open_error (path, rc, error);
      return NULL;
    }

  sqlite3_busy_timeout (db, 5000);

  /* Keeps SQL from damaging the file on purpose (writable_schema and the
   * like); nothing in Reprieve needs those. */
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);

  if (!check_before_changing (db, path, migrations[n_migrations - 1].version,
                              &from_version, error))
    {
      close_untouched (db, had_wal);
      return NULL;
    }

  self = g_object_new (RP_TYPE_DATABASE, NULL);
  self->db = db;
  self->path = g_strdup (path);

  if (!configure_connection (self, error))
    return NULL;

  if (!migrate (self, from_version, migrations, n_migrations, back_up_first, error))
    return NULL;

  return g_steal_pointer (&self);
}

RpDatabase *
rp_database_open_with_migrations (const char         *path,
                                  const RpMigration  *migrations,
                                  guint               n_migrations,
                                  GError            **error)
{
  return open_database (path, migrations, n_migrations, TRUE, error);
}

/* A copy that is being restored is upgraded without a pre-migration
 * backup of its own: the backup it was copied from stays as it was. */
RpDatabase *
rp_database_open_copy (const char  *path,
                       GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_database (path, builtin_migrations, G_N_ELEMENTS (builtin_migrations),
                        FALSE, error);
}

/**
 * rp_database_get_default_path:
 *
 * Returns: (transfer full) (type filename): where Reprieve keeps its data:
 *   `$XDG_DATA_HOME/io.github.reprieve.Reprieve/reprieve.db`
 */
char *
rp_database_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "reprieve.db", NULL);
}

/**
 * rp_database_get_latest_version:
 *
 * Returns: the schema version this build of Reprieve writes
 */
int
rp_database_get_latest_version (void)
{
  return builtin_migrations[G_N_ELEMENTS (builtin_migrations) - 1].version;
}

const RpMigration *
rp_database_get_builtin_migrations (guint *out_n_migrations)
{
  *out_n_migrations = G_N_ELEMENTS (builtin_migrations);

  return builtin_migrations;
}

/**
 * rp_database_open:
 * @path: (type filename): the database file; its folder is created if
 *   needed and made private (0700), so give the file a folder of its own
 * @error: return location for a #RpDatabaseError
 *
 * Opens or creates Reprieve's database and brings its schema up to date.
 * A file of another program, of a newer Reprieve, or a damaged one is
 * refused and left unchanged.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
RpDatabase *
rp_database_open (const char  *path,
                  GError     **error)
{
  return rp_database_open_with_migrations (path,
                                           builtin_migrations,
                                           G_N_ELEMENTS (builtin_migrations),
                                           error);
}

/**
 * rp_database_open_for_thread:
 * @self: the open database
 * @error: return location for a #RpDatabaseError
 *
 * Opens a second connection to the file of @self, for a worker thread
 * (an import) that must not share the main thread's connection: SQLite
 * transactions belong to a connection, so a write on the main thread
 * while the worker's transaction is open would join it. The two
 * connections take turns writing through SQLite's own locking, as two
 * processes do, and the main thread keeps reading the last committed
 * state meanwhile (WAL). Open it on the main thread and hand it to the
 * worker, which alone uses and drops it. It runs no migration: the file
 * must have the schema of @self.
 *
 * Returns: (transfer full): the new connection, or %NULL with @error set
 */
RpDatabase *
rp_database_open_for_thread (RpDatabase  *self,
                             GError     **error)
{
  g_autoptr(RpDatabase) other = NULL;
  sqlite3 *db = NULL;
  int application_id = 0;
  int user_version = 0;
  int rc;

  g_return_val_if_fail (RP_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rc = sqlite3_open_v2 (self->path, &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc != SQLITE_OK)
    {
      sqlite3_close_v2 (db);
      set_open_error (self->path, rc, error);
      return NULL;
    }

  sqlite3_busy_timeout (db, 5000);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);

  other = g_object_new (RP_TYPE_DATABASE, NULL);
  other->db = db;
  other->path = g_strdup (self->path);

  rc = rp_database_sqlite_query_int (db, "PRAGMA application_id", &application_id);
  if (rc == SQLITE_OK)
    rc = rp_database_sqlite_query_int (db, "PRAGMA user_version", &user_version);
  if (rc != SQLITE_OK)
    {
      set_open_error (self->path, rc, error);
      return NULL;
    }

  /* Replaced or upgraded by another process since @self opened it. */
  if (application_id != RP_DATABASE_APPLICATION_ID || user_version != self->schema_version)
    {
      g_set_error_literal (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED,
                           _("Reprieve’s data file was changed by another program. Restart Reprieve and try again."));
      return NULL;
    }

  other->schema_version = user_version;

  /* WAL is a property of the file, set by the first connection. */
  if (!configure_connection (other, error))
    return NULL;

  return g_steal_pointer (&other);
}

sqlite3 *
rp_database_get_handle (RpDatabase *self)
{
  g_return_val_if_fail (RP_IS_DATABASE (self), NULL);

  return self->db;
}

/**
 * rp_database_get_path:
 * @self: a #RpDatabase
 *
 * Returns: (type filename): the file this database was opened from
 */
const char *
rp_database_get_path (RpDatabase *self)
{
  g_return_val_if_fail (RP_IS_DATABASE (self), NULL);

  return self->path;
}

/**
 * rp_database_get_schema_version:
 * @self: a #RpDatabase
 *
 * Returns: the schema version of the open database, once migrated
 */
int
rp_database_get_schema_version (RpDatabase *self)
{
  g_return_val_if_fail (RP_IS_DATABASE (self), 0);

  return self->schema_version;
}

/**
 * rp_database_prepare:
 * @self: a #RpDatabase
 * @sql: one fixed SQL statement; values go in as bound parameters
 * @error: return location for a #RpDatabaseError
 *
 * Returns: (transfer full): a statement that the caller finalizes (use
 *   `g_autoptr(sqlite3_stmt)`), or %NULL with @error set
 */
sqlite3_stmt *
rp_database_prepare (RpDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rc = sqlite3_prepare_v3 (self->db, sql, -1, 0, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rp_database_set_error_from_sqlite (self, rc, error);
      return NULL;
    }

  if (stmt == NULL)
    {
      g_warning ("rp_database_prepare() was given SQL without a statement");
      set_error_from_code (SQLITE_MISUSE, error);
      return NULL;
    }

  return stmt;
}

/**
 * rp_database_step_done:
 * @self: a #RpDatabase
 * @stmt: a statement of @self that returns no rows
 * @error: return location for a #RpDatabaseError
 *
 * Runs @stmt to completion and resets it, so that it can be bound and run
 * again. Its bindings are kept.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_database_step_done (RpDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc;

  g_return_val_if_fail (RP_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (stmt != NULL, FALSE);
  g_return_val_if_fail (sqlite3_db_handle (stmt) == self->db, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    return TRUE;

  if (rc == SQLITE_ROW)
    {
      g_warning ("rp_database_step_done() was given a statement that returns rows");
      return set_error_from_code (SQLITE_MISUSE, error);
    }

  return rp_database_set_error_from_sqlite (self, rc, error);
}

/**
 * rp_database_exec:
 * @self: a #RpDatabase
 * @sql: fixed SQL, possibly several statements; never built from user data
 * @error: return location for a #RpDatabaseError
 *
 * Returns: %TRUE on success
 */
gboolean
rp_database_exec (RpDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  int rc;

  g_return_val_if_fail (RP_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return rp_database_set_error_from_sqlite (self, rc, error);

  return TRUE;
}

/**
 * rp_database_begin_write:
 * @self: a #RpDatabase
 * @error: return location for a #RpDatabaseError
 *
 * Starts a write transaction, taking the write lock right away so that it
 * cannot fail halfway for being busy. End it with rp_database_commit() or
 * rp_database_rollback(); transactions do not nest.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_database_begin_write (RpDatabase  *self,
                         GError     **error)
{
  g_return_val_if_fail (RP_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sqlite3_get_autocommit (self->db), FALSE);

  return rp_database_exec (self, "BEGIN IMMEDIATE", error);
}

/**
 * rp_database_commit:
 * @self: a #RpDatabase
 * @error: return location for a #RpDatabaseError
 *
 * Ends the write transaction. If that fails, the transaction has been
 * rolled back: none of it was saved.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_database_commit (RpDatabase  *self,
                    GError     **error)
{
  int rc;

  g_return_val_if_fail (RP_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      rollback_if_active (self->db);
      return rp_database_set_error_from_sqlite (self, rc, error);
    }

  return TRUE;
}

/**
 * rp_database_rollback:
 * @self: a #RpDatabase
 *
 * Ends the write transaction, dropping its changes. Does nothing when no
 * transaction is open, so error paths may call it unconditionally.
 */
void
rp_database_rollback (RpDatabase *self)
{
  g_return_if_fail (RP_IS_DATABASE (self));

  rollback_if_active (self->db);
}

/**
 * rp_database_set_error_from_sqlite:
 * @self: (nullable): the #RpDatabase that reported @rc
 * @rc: an SQLite result code other than %SQLITE_OK, extended or primary
 * @error: return location for a #RpDatabaseError
 *
 * Sets @error to the #RpDatabaseError matching @rc, with a message a user
 * can act on. The message never includes SQL or values.
 *
 * Returns: %FALSE, so that callers can `return` it
 */
gboolean
rp_database_set_error_from_sqlite (RpDatabase  *self,
                                   int          rc,
                                   GError     **error)
{
  g_return_val_if_fail (self == NULL || RP_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (rc != SQLITE_OK, FALSE);

  return set_error_from_code (rc, error);
}
