/* rp-store-reminders.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include "rp-store-private.h"

/* RpStore's records of fired reminders: what keeps a reminder from firing
 * twice, across restarts and between two Reprieve processes on one file.
 * Claiming a reminder is one statement in a write transaction, so of two
 * processes that plan the same reminder only one shows it. Every time
 * comes from the caller's clock, never SQLite's. */

#define COLUMNS "kind, source_id, occurrence, event_start, fired_at, late, state, snoozed_until"

/* The stored form of a moment: UTC, to the second, as the CHECK
 * constraints want it. The call log stores its times the same way. */
char *
rp_store_format_time (GDateTime *moment)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (moment);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static GDateTime *
parse_time (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = rp_database_column_text (stmt, column);

  if (text == NULL)
    return NULL;

  return g_date_time_new_from_iso8601 (text, NULL);
}

/* Reads the rows of a statement that selects COLUMNS. */
static GPtrArray *
read_records (RpStore       *self,
              sqlite3_stmt  *stmt,
              GError       **error)
{
  g_autoptr(GPtrArray) records = NULL;
  int rc;

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_fired_reminder_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(RpFiredReminder) record = g_new0 (RpFiredReminder, 1);
      RpReminderKind kind;

      /* The CHECK constraints hold every column to what we write; a row
       * a newer Reprieve wrote with a kind we do not know is left alone. */
      if (!rp_reminder_kind_from_string (rp_database_column_text (stmt, 0), &kind))
        continue;

      record->kind = kind;
      record->source_id = sqlite3_column_int64 (stmt, 1);
      record->occurrence = g_strdup (rp_database_column_text (stmt, 2));
      record->event_start = parse_time (stmt, 3);
      record->fired_at = parse_time (stmt, 4);
      record->late = sqlite3_column_int (stmt, 5) != 0;
      record->state = (RpFiredReminderState) sqlite3_column_int (stmt, 6);
      record->snoozed_until = parse_time (stmt, 7);

      if (record->event_start == NULL || record->fired_at == NULL)
        continue;

      g_ptr_array_add (records, g_steal_pointer (&record));
    }

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&records);
}

static void
bind_key (sqlite3_stmt     *stmt,
          const RpReminder *reminder)
{
  sqlite3_bind_text (stmt, 1, rp_reminder_kind_to_string (reminder->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, reminder->source_id);
  sqlite3_bind_text (stmt, 3, reminder->occurrence, -1, SQLITE_TRANSIENT);
}

/* Runs one write statement in its own write transaction; the number of
 * rows it changed goes to @out_changes. */
static gboolean
run_write (RpStore       *self,
           sqlite3_stmt  *stmt,
           int           *out_changes,
           GError       **error)
{
  int n_changes;

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!rp_database_step_done (self->database, stmt, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  n_changes = sqlite3_changes (sqlite3_db_handle (stmt));

  if (!rp_database_commit (self->database, error))
    return FALSE;

  if (out_changes != NULL)
    *out_changes = n_changes;

  return TRUE;
}

/**
 * rp_store_claim_reminder:
 * @self: a #RpStore
 * @reminder: the reminder about to be shown
 * @state: %RP_FIRED_REMINDER_SHOWN when a notification is shown,
 *   %RP_FIRED_REMINDER_PENDING when no notification server is running
 * @now: the current time
 * @out_claimed: (out): whether this caller may show it
 * @error: return location for a #RpDatabaseError
 *
 * Records that @reminder fired, unless it already did: only the caller
 * that gets @out_claimed set shows it, whatever other process plans it
 * too. A reminder with no record is claimed; so is a snoozed one whose
 * snooze has ended (at @now), and a pending one claimed as shown (the
 * notification server came back). Emits `changed::reminder` when a
 * pending record was written, for a window to show it.
 *
 * Returns: %TRUE on success, even when not claimed
 */
gboolean
rp_store_claim_reminder (RpStore              *self,
                         const RpReminder     *reminder,
                         RpFiredReminderState  state,
                         GDateTime            *now,
                         gboolean             *out_claimed,
                         GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *event_start = NULL;
  g_autofree char *now_text = NULL;
  int n_changes = 0;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (reminder != NULL && reminder->occurrence != NULL, FALSE);
  g_return_val_if_fail (state == RP_FIRED_REMINDER_SHOWN || state == RP_FIRED_REMINDER_PENDING,
                        FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (out_claimed != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *out_claimed = FALSE;

  /* One statement: SQLite's write lock makes it atomic between processes,
   * and the upsert's WHERE decides whether an existing record may be
   * claimed again. */
  stmt = rp_database_prepare (self->database,
                              "INSERT INTO fired_reminder (" COLUMNS ")"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL)"
                              " ON CONFLICT (kind, source_id, occurrence) DO UPDATE SET"
                              " state = excluded.state, fired_at = excluded.fired_at,"
                              " late = excluded.late, snoozed_until = NULL"
                              " WHERE (fired_reminder.state = 2"
                              "        AND fired_reminder.snoozed_until <= excluded.fired_at)"
                              "    OR (fired_reminder.state = 1 AND excluded.state = 0)",
                              error);
  if (stmt == NULL)
    return FALSE;

  event_start = rp_store_format_time (reminder->event_start);
  now_text = rp_store_format_time (now);
  bind_key (stmt, reminder);
  sqlite3_bind_text (stmt, 4, event_start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, now_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 6, reminder->late ? 1 : 0);
  sqlite3_bind_int (stmt, 7, state);

  if (!run_write (self, stmt, &n_changes, error))
    return FALSE;

  *out_claimed = n_changes == 1;

  if (*out_claimed && state == RP_FIRED_REMINDER_PENDING)
    rp_store_emit_changed (self, "reminder");

  return TRUE;
}

/**
 * rp_store_snooze_reminder:
 * @self: a #RpStore
 * @reminder: a reminder that was shown
 * @until: when to show it again
 * @error: return location for a #RpDatabaseError
 *
 * Marks @reminder snoozed until @until; the planner makes it due then.
 * Its record normally exists (it was claimed); if not, it is made, as
 * fired at @reminder's due moment.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_snooze_reminder (RpStore           *self,
                          const RpReminder  *reminder,
                          GDateTime         *until,
                          GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *event_start = NULL;
  g_autofree char *fired_at = NULL;
  g_autofree char *until_text = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (reminder != NULL && reminder->occurrence != NULL, FALSE);
  g_return_val_if_fail (until != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database,
                              "INSERT INTO fired_reminder (" COLUMNS ")"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 2, ?7)"
                              " ON CONFLICT (kind, source_id, occurrence) DO UPDATE SET"
                              " state = 2, snoozed_until = excluded.snoozed_until",
                              error);
  if (stmt == NULL)
    return FALSE;

  event_start = rp_store_format_time (reminder->event_start);
  fired_at = rp_store_format_time (reminder->due);
  until_text = rp_store_format_time (until);
  bind_key (stmt, reminder);
  sqlite3_bind_text (stmt, 4, event_start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, fired_at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 6, reminder->late ? 1 : 0);
  sqlite3_bind_text (stmt, 7, until_text, -1, SQLITE_TRANSIENT);

  return run_write (self, stmt, NULL, error);
}

/**
 * rp_store_list_fired_reminders:
 * @self: a #RpStore
 * @since: the oldest firing that counts
 * @error: return location for a #RpDatabaseError
 *
 * What the planner needs to know about fired reminders: every record
 * fired at or after @since, and every snoozed one whatever its age.
 *
 * Returns: (transfer container) (element-type RpFiredReminder): the
 *   records, or %NULL with @error set
 */
GPtrArray *
rp_store_list_fired_reminders (RpStore    *self,
                               GDateTime  *since,
                               GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *since_text = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (since != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = rp_database_prepare (self->database,
                              "SELECT " COLUMNS " FROM fired_reminder"
                              " WHERE fired_at >= ?1 OR state = 2"
                              " ORDER BY kind, source_id, occurrence",
                              error);
  if (stmt == NULL)
    return NULL;

  since_text = rp_store_format_time (since);
  sqlite3_bind_text (stmt, 1, since_text, -1, SQLITE_TRANSIENT);

  return read_records (self, stmt, error);
}

/**
 * rp_store_take_pending_reminders:
 * @self: a #RpStore
 * @now: the current time
 * @error: return location for a #RpDatabaseError
 *
 * The reminders that could not be shown for want of a notification
 * server, for the window to show when it opens; they are marked shown
 * (at @now) in the same transaction, so each is handed out once. The
 * records come as they were: pending, fired when found undeliverable.
 *
 * Returns: (transfer container) (element-type RpFiredReminder): the
 *   records, earliest event first, or %NULL with @error set
 */
GPtrArray *
rp_store_take_pending_reminders (RpStore    *self,
                                 GDateTime  *now,
                                 GError    **error)
{
  g_autoptr(sqlite3_stmt) select = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *now_text = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  select = rp_database_prepare (self->database,
                                "SELECT " COLUMNS " FROM fired_reminder WHERE state = 1"
                                " ORDER BY event_start, kind, source_id, occurrence",
                                error);
  if (select == NULL)
    return NULL;

  update = rp_database_prepare (self->database,
                                "UPDATE fired_reminder SET state = 0, fired_at = ?1"
                                " WHERE state = 1",
                                error);
  if (update == NULL)
    return NULL;

  now_text = rp_store_format_time (now);
  sqlite3_bind_text (update, 1, now_text, -1, SQLITE_TRANSIENT);

  if (!rp_database_begin_write (self->database, error))
    return NULL;

  records = read_records (self, select, error);
  if (records == NULL || !rp_database_step_done (self->database, update, error))
    {
      rp_database_rollback (self->database);
      return NULL;
    }

  if (!rp_database_commit (self->database, error))
    return NULL;

  return g_steal_pointer (&records);
}

/**
 * rp_store_forget_fired_reminders:
 * @self: a #RpStore
 * @before: records fired before this are deleted
 * @error: return location for a #RpDatabaseError
 *
 * Prunes old records; snoozed ones are kept whatever their age. Call it
 * with a moment well before anything the planner still looks at (the
 * reminders timer uses 30 days before now).
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_forget_fired_reminders (RpStore    *self,
                                 GDateTime  *before,
                                 GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *before_text = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (before != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database,
                              "DELETE FROM fired_reminder WHERE fired_at < ?1 AND state != 2",
                              error);
  if (stmt == NULL)
    return FALSE;

  before_text = rp_store_format_time (before);
  sqlite3_bind_text (stmt, 1, before_text, -1, SQLITE_TRANSIENT);

  return run_write (self, stmt, NULL, error);
}

/**
 * rp_store_set_reminder_pending:
 * @self: a #RpStore
 * @reminder: a reminder this process claimed as shown
 * @now: the current time
 * @error: return location for a #RpDatabaseError
 *
 * Turns a claimed reminder into a pending one: showing it failed (no
 * notification server answered), so the window shows it when it opens,
 * or it is shown when a server appears. Emits `changed::reminder`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_set_reminder_pending (RpStore           *self,
                               const RpReminder  *reminder,
                               GDateTime         *now,
                               GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *fired_at = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (reminder != NULL && reminder->occurrence != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database,
                              "UPDATE fired_reminder SET state = 1, snoozed_until = NULL,"
                              " fired_at = ?4"
                              " WHERE kind = ?1 AND source_id = ?2 AND occurrence = ?3",
                              error);
  if (stmt == NULL)
    return FALSE;

  fired_at = rp_store_format_time (now);
  bind_key (stmt, reminder);
  sqlite3_bind_text (stmt, 4, fired_at, -1, SQLITE_TRANSIENT);

  if (!run_write (self, stmt, NULL, error))
    return FALSE;

  rp_store_emit_changed (self, "reminder");

  return TRUE;
}
