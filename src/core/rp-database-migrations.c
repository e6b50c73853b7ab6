/* rp-database-migrations.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-database"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-database.h"
#include "rp-database-private.h"
#include "rp-backups.h"

/* Reprieve's schema, as the list of steps that build it, and the runner
 * that brings an open RpDatabase up to date with them. It lives apart
 * from rp-database.c, which opens and checks the file, because the schema
 * only ever grows: a new table is a new step here, never a change to how
 * the file is opened. */

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
      return rp_database_set_error_from_sqlite (NULL, rc, error);

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
  sqlite3 *db = rp_database_get_handle (self);
  g_autofree char *version_sql = NULL;
  int current_version = 0;
  int rc;

  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return set_migration_error (step->version, rc, error);

  /* Read again under the write lock: another process may have upgraded
   * the file since we looked. */
  rc = rp_database_sqlite_query_int (db, "PRAGMA user_version", &current_version);
  if (rc != SQLITE_OK)
    goto failed;

  if (current_version >= step->version)
    {
      rp_database_rollback (self);
      return TRUE;
    }

  rc = sqlite3_exec (db, step->sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  /* PRAGMA takes no bound parameters; these are our own integers. */
  if (current_version == 0)
    version_sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                                   RP_DATABASE_APPLICATION_ID, step->version);
  else
    version_sql = g_strdup_printf ("PRAGMA user_version = %d;", step->version);

  rc = sqlite3_exec (db, version_sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  return TRUE;

failed:
  rp_database_rollback (self);
  return set_migration_error (step->version, rc, error);
}

gboolean
rp_database_migrate (RpDatabase         *self,
                     int                 from_version,
                     const RpMigration  *migrations,
                     guint               n_migrations,
                     gboolean            back_up_first,
                     int                *out_schema_version,
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

  rc = rp_database_sqlite_query_int (rp_database_get_handle (self), "PRAGMA user_version",
                                     out_schema_version);
  if (rc != SQLITE_OK)
    return rp_database_set_error_from_sqlite (self, rc, error);

  return TRUE;
}

gboolean
rp_database_migrations_are_valid (const RpMigration *migrations,
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
