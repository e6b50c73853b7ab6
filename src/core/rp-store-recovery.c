/* rp-store-recovery.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-clean-time.h"
#include "rp-schedule.h"
#include "rp-store-private.h"

/* RpStore's clean time: the recovery dates in the user's order and the
 * periods each reset ended. The table is tiny (a few dates), so it is read
 * the first time someone asks, and after each write the model is brought
 * up to date from the database. A reset writes the ended period and moves
 * the start in one transaction: the history is never lost half-way. */

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
#define RECOVERY_COLUMNS "id, label, start_date, start_minute, cost_cents, position"

/* --- reading ----------------------------------------------------------- */

static void
column_date (sqlite3_stmt *stmt,
             int           column,
             GDate        *out_date)
{
  g_date_clear (out_date, 1);
  /* The schema checks the form, so this only fails on a broken file. */
  if (!rp_schedule_parse_storage_date (rp_database_column_text (stmt, column), out_date, NULL))
    g_date_clear (out_date, 1);
}

static int
column_minute (sqlite3_stmt *stmt,
               int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return RP_CLEAN_TIME_NO_START_MINUTE;

  return sqlite3_column_int (stmt, column);
}

static void
bind_minute (sqlite3_stmt *stmt,
             int           index,
             int           minute)
{
  if (minute == RP_CLEAN_TIME_NO_START_MINUTE)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, minute);
}

static void
bind_date (sqlite3_stmt *stmt,
           int           index,
           const GDate  *date)
{
  sqlite3_bind_text (stmt, index, rp_schedule_format_storage_date (date), -1, g_free);
}

static RpRecovery *
row_to_recovery (sqlite3_stmt *stmt)
{
  GDate start_date;
  RpRecovery *recovery;

  column_date (stmt, 2, &start_date);
  recovery = rp_recovery_new (rp_database_column_text (stmt, 1), &start_date,
                              column_minute (stmt, 3));
  rp_recovery_set_id (recovery, sqlite3_column_int64 (stmt, 0));
  rp_recovery_set_cost_cents (recovery, sqlite3_column_int64 (stmt, 4));
  rp_recovery_set_position (recovery, sqlite3_column_int (stmt, 5));

  return recovery;
}

static GPtrArray *
read_recoveries (RpStore  *self,
                 GError  **error)
{
  g_autoptr(GPtrArray) recoveries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT " RECOVERY_COLUMNS " FROM recovery ORDER BY position, id",
                              error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (recoveries, row_to_recovery (stmt));
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&recoveries);
}

static gint64
recovery_get_id (gpointer item)
{
  return rp_recovery_get_id (item);
}

static gboolean
recovery_same (gpointer old_item,
               gpointer new_item)
{
  return rp_recovery_equal (old_item, new_item);
}

static gboolean
load (RpStore  *self,
      GError  **error)
{
  g_autoptr(GPtrArray) recoveries = read_recoveries (self, error);

  if (recoveries == NULL)
    return FALSE;

  rp_store_update_model (self->recoveries, recoveries, recovery_get_id, recovery_same);
  return TRUE;
}

/* For rp_store_reload(): nothing to do until someone asked for them. */
gboolean
rp_store_refresh_recoveries (RpStore  *self,
                             GError  **error)
{
  if (!self->recoveries_loaded)
    return TRUE;

  return load (self, error);
}

static void
ensure_loaded (RpStore *self)
{
  g_autoptr(GError) error = NULL;

  if (self->recoveries_loaded)
    return;

  self->recoveries_loaded = TRUE;
  if (!load (self, &error))
    g_warning ("Could not load the recovery dates: %s", error->message);
}

/**
 * rp_store_get_recoveries:
 * @self: a #RpStore
 *
 * The recovery dates, in the user's order. Read on the first call, then
 * kept up to date; a saved date is a new object.
 *
 * Returns: (transfer none): a #GListModel of #RpRecovery
 */
GListModel *
rp_store_get_recoveries (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  ensure_loaded (self);

  return G_LIST_MODEL (self->recoveries);
}

/**
 * rp_store_find_recovery:
 *
 * Returns: (transfer full) (nullable): the saved recovery date with this id
 */
RpRecovery *
rp_store_find_recovery (RpStore *self,
                        gint64   recovery_id)
{
  GListModel *model;
  guint n_items;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  model = rp_store_get_recoveries (self);
  n_items = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RpRecovery) recovery = g_list_model_get_item (model, i);

      if (rp_recovery_get_id (recovery) == recovery_id)
        return g_steal_pointer (&recovery);
    }

  return NULL;
}

/**
 * rp_store_list_recovery_periods:
 * @recovery_id: a recovery date's id
 *
 * Returns: (transfer full) (element-type RpRecoveryPeriod): its past
 *   periods, the newest first; empty for an unknown id
 */
GPtrArray *
rp_store_list_recovery_periods (RpStore  *self,
                                gint64    recovery_id,
                                GError  **error)
{
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = rp_database_prepare (self->database,
                              "SELECT id, start_date, start_minute, end_date, note"
                              " FROM recovery_period WHERE recovery_id = ?1"
                              " ORDER BY start_date DESC, id DESC",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, recovery_id);
  periods = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_recovery_period_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RpRecoveryPeriod *period = g_new0 (RpRecoveryPeriod, 1);

      period->id = sqlite3_column_int64 (stmt, 0);
      column_date (stmt, 1, &period->start_date);
      period->start_minute = column_minute (stmt, 2);
      column_date (stmt, 3, &period->end_date);
      period->note = g_strdup (rp_database_column_text (stmt, 4));
      g_ptr_array_add (periods, period);
    }
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&periods);
}

/* --- writing ----------------------------------------------------------- */

static gboolean
set_not_found (GError **error)
{
  g_set_error_literal (error, RP_RECOVERY_ERROR, RP_RECOVERY_ERROR_NOT_FOUND,
                       _("This clean date has been removed. Look on the Progress page."));
  return FALSE;
}

static gboolean
finish_write (RpStore   *self,
              gboolean   ok,
              GError   **error)
{
  g_autoptr(GError) load_error = NULL;

  if (!ok || !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  /* The write stood even if reading it back fails. */
  self->recoveries_loaded = TRUE;
  if (!load (self, &load_error))
    g_warning ("Could not read the recovery dates again: %s", load_error->message);
  rp_store_emit_changed (self, "recovery");

  return TRUE;
}

/* Binds ?1..?4: the fields the user edits. */
static void
bind_fields (sqlite3_stmt *stmt,
             RpRecovery   *recovery)
{
  g_autofree char *label = g_strstrip (g_strdup (rp_recovery_get_label (recovery)));
  gint64 cost = rp_recovery_get_cost_cents (recovery);

  sqlite3_bind_text (stmt, 1, label, -1, SQLITE_TRANSIENT);
  bind_date (stmt, 2, rp_recovery_get_start_date (recovery));
  bind_minute (stmt, 3, rp_recovery_get_start_minute (recovery));
  if (cost > 0)
    sqlite3_bind_int64 (stmt, 4, cost);
  else
    sqlite3_bind_null (stmt, 4);
}

/* Inserts at the end, or with its own id and position when @keep (Undo). */
static gboolean
insert_row (RpStore     *self,
            RpRecovery  *recovery,
            gboolean     keep,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) shift = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (keep)
    {
      shift = rp_database_prepare (self->database,
                                   "UPDATE recovery SET position = position + 1 WHERE position >= ?1",
                                   error);
      if (shift == NULL)
        return FALSE;
      sqlite3_bind_int (shift, 1, MAX (rp_recovery_get_position (recovery), 0));
      if (!rp_database_step_done (self->database, shift, error))
        return FALSE;
    }

  stmt = rp_database_prepare (self->database,
                              "INSERT INTO recovery (label, start_date, start_minute, cost_cents,"
                              " position, id, created, updated)"
                              " VALUES (?1, ?2, ?3, ?4,"
                              "  coalesce (?5, (SELECT coalesce (max (position) + 1, 0) FROM recovery)),"
                              "  ?6, " NOW_SQL ", " NOW_SQL ")"
                              " RETURNING id, position",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_fields (stmt, recovery);
  if (keep)
    {
      sqlite3_bind_int (stmt, 5, MAX (rp_recovery_get_position (recovery), 0));
      sqlite3_bind_int64 (stmt, 6, rp_recovery_get_id (recovery));
    }

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  rp_recovery_set_id (recovery, sqlite3_column_int64 (stmt, 0));
  rp_recovery_set_position (recovery, sqlite3_column_int (stmt, 1));
  sqlite3_reset (stmt);

  return TRUE;
}

/**
 * rp_store_add_recovery:
 * @recovery: a new recovery date (id 0); gets its id and place
 * @now: now, in the user's zone: a start after it is refused
 * @error: an #RpRecoveryError, #RpCleanTimeError or #RpDatabaseError
 *
 * Saves @recovery after the others. Emits `changed::recovery`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_add_recovery (RpStore     *self,
                       RpRecovery  *recovery,
                       GDateTime   *now,
                       GError     **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_RECOVERY (recovery), FALSE);
  g_return_val_if_fail (rp_recovery_get_id (recovery) == 0, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_recovery_validate (recovery, now, NULL, error) ||
      !rp_database_begin_write (self->database, error))
    return FALSE;

  if (!finish_write (self, insert_row (self, recovery, FALSE, error), error))
    {
      /* Rolled back (a full disk at the COMMIT, say): the id named a row
       * that is gone, and the date must be new again to be retried. */
      rp_recovery_set_id (recovery, 0);
      rp_recovery_set_position (recovery, -1);
      return FALSE;
    }

  return TRUE;
}

/**
 * rp_store_update_recovery:
 * @recovery: a saved recovery date (an rp_recovery_copy() the editor
 *   changed)
 * @now: now, in the user's zone
 *
 * Saves the changes; its place and its past periods stay. Editing the
 * start corrects it (a typo); a slip is rp_store_reset_recovery(). Emits
 * `changed::recovery`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_update_recovery (RpStore     *self,
                          RpRecovery  *recovery,
                          GDateTime   *now,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_RECOVERY (recovery), FALSE);
  g_return_val_if_fail (rp_recovery_get_id (recovery) > 0, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_recovery_validate (recovery, now, NULL, error) ||
      !rp_database_begin_write (self->database, error))
    return FALSE;

  stmt = rp_database_prepare (self->database,
                              "UPDATE recovery SET label = ?1, start_date = ?2, start_minute = ?3,"
                              " cost_cents = ?4, updated = " NOW_SQL
                              " WHERE id = ?5 RETURNING position",
                              error);
  ok = stmt != NULL;
  if (ok)
    {
      bind_fields (stmt, recovery);
      sqlite3_bind_int64 (stmt, 5, rp_recovery_get_id (recovery));
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        rp_recovery_set_position (recovery, sqlite3_column_int (stmt, 0));
      else if (rc == SQLITE_DONE)
        ok = set_not_found (error);
      else
        ok = rp_database_set_error_from_sqlite (self->database, rc, error);
      sqlite3_reset (stmt);
    }

  return finish_write (self, ok, error);
}

static gboolean
delete_row (RpStore  *self,
            gint64    recovery_id,
            GError  **error)
{
  gboolean found;

  if (!rp_store_delete_positioned (self, "recovery", recovery_id, &found, error))
    return FALSE;

  return found || set_not_found (error);
}

/**
 * rp_store_delete_recovery:
 *
 * Removes a recovery date and its past periods. For Undo, keep an
 * rp_recovery_copy() and rp_store_list_recovery_periods() from before,
 * and give them to rp_store_restore_recovery(). Emits
 * `changed::recovery`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_delete_recovery (RpStore  *self,
                          gint64    recovery_id,
                          GError  **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  return finish_write (self, delete_row (self, recovery_id, error), error);
}

static gboolean
insert_period (RpStore                 *self,
               gint64                   recovery_id,
               const RpRecoveryPeriod  *period,
               gboolean                 keep_id,
               GError                 **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (self->database,
                              "INSERT INTO recovery_period (id, recovery_id, start_date,"
                              " start_minute, end_date, note, created)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, " NOW_SQL ")",
                              error);
  if (stmt == NULL)
    return FALSE;

  if (keep_id && period->id > 0)
    sqlite3_bind_int64 (stmt, 1, period->id);
  sqlite3_bind_int64 (stmt, 2, recovery_id);
  bind_date (stmt, 3, &period->start_date);
  bind_minute (stmt, 4, period->start_minute);
  bind_date (stmt, 5, &period->end_date);
  if (period->note != NULL && period->note[0] != '\0')
    sqlite3_bind_text (stmt, 6, period->note, -1, SQLITE_TRANSIENT);

  return rp_database_step_done (self->database, stmt, error);
}

/**
 * rp_store_restore_recovery:
 * @recovery: a removed recovery date, as it was saved (id and position)
 * @periods: (nullable) (element-type RpRecoveryPeriod): its past periods,
 *   from rp_store_list_recovery_periods() before the delete
 *
 * Undo for rp_store_delete_recovery(): puts it back under the same id at
 * the same place, with its history. Emits `changed::recovery`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_restore_recovery (RpStore     *self,
                           RpRecovery  *recovery,
                           GPtrArray   *periods,
                           GError     **error)
{
  g_autoptr(RpRecovery) restored = NULL;
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_RECOVERY (recovery), FALSE);
  g_return_val_if_fail (rp_recovery_get_id (recovery) > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ensure_loaded (self);
  restored = rp_recovery_copy (recovery);
  rp_recovery_set_position (restored,
                            CLAMP (rp_recovery_get_position (restored), 0,
                                   (int) g_list_model_get_n_items (G_LIST_MODEL (self->recoveries))));

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  ok = insert_row (self, restored, TRUE, error);
  for (guint i = 0; ok && periods != NULL && i < periods->len; i++)
    ok = insert_period (self, rp_recovery_get_id (restored), g_ptr_array_index (periods, i),
                        TRUE, error);

  return finish_write (self, ok, error);
}

/**
 * rp_store_reorder_recoveries:
 * @recovery_ids: (array length=n_recovery_ids): ids in their new order
 *
 * Puts the listed dates first, in this order; the others keep their
 * relative place after them. Unknown ids are ignored. The first date is
 * the one the Today page shows large. Emits `changed::recovery`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_reorder_recoveries (RpStore       *self,
                             const gint64  *recovery_ids,
                             guint          n_recovery_ids,
                             GError       **error)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GListModel *model;
  guint n_items;
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (recovery_ids != NULL || n_recovery_ids == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  model = rp_store_get_recoveries (self);
  n_items = g_list_model_get_n_items (model);

  /* The listed ones that exist, once each, then the rest in order. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < (pass == 0 ? n_recovery_ids : n_items); i++)
      {
        gint64 id;
        gboolean known = FALSE;
        gboolean placed = FALSE;

        if (pass == 0)
          id = recovery_ids[i];
        else
          {
            g_autoptr(RpRecovery) recovery = g_list_model_get_item (model, i);
            id = rp_recovery_get_id (recovery);
          }

        for (guint j = 0; j < n_items && !known; j++)
          {
            g_autoptr(RpRecovery) recovery = g_list_model_get_item (model, j);
            known = rp_recovery_get_id (recovery) == id;
          }
        for (guint j = 0; j < order->len && !placed; j++)
          placed = g_array_index (order, gint64, j) == id;

        if (known && !placed)
          g_array_append_val (order, id);
      }

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  stmt = rp_database_prepare (self->database,
                              "UPDATE recovery SET position = ?1 WHERE id = ?2", error);
  ok = stmt != NULL;
  for (guint i = 0; ok && i < order->len; i++)
    {
      sqlite3_bind_int (stmt, 1, i);
      sqlite3_bind_int64 (stmt, 2, g_array_index (order, gint64, i));
      ok = rp_database_step_done (self->database, stmt, error);
    }

  return finish_write (self, ok, error);
}

/**
 * rp_store_reset_recovery:
 * @recovery_id: the recovery date that had a slip
 * @new_start_date: the day counting starts again (the slip's day, or a
 *   later one)
 * @new_start_minute: its time of day, or %RP_CLEAN_TIME_NO_START_MINUTE
 * @note: (nullable): what the user wants to remember of it
 * @now: now, in the user's zone: a new start after it is refused
 * @error: an #RpRecoveryError, #RpCleanTimeError or #RpDatabaseError
 *
 * "I had a slip": in one transaction, keeps the period that ended (the
 * old start to @new_start_date, with @note) and moves the start. A new
 * start before the old one, or in the future, is refused and nothing is
 * written. Emits `changed::recovery`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_reset_recovery (RpStore      *self,
                         gint64        recovery_id,
                         const GDate  *new_start_date,
                         int           new_start_minute,
                         const char   *note,
                         GDateTime    *now,
                         GError      **error)
{
  g_autoptr(RpRecovery) recovery = NULL;
  g_autoptr(RpRecoveryPeriod) period = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *stripped_note = NULL;
  const GDate *old_start;
  int order;
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (new_start_date != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  recovery = rp_store_find_recovery (self, recovery_id);
  if (recovery == NULL)
    return set_not_found (error);

  if (!rp_clean_time_validate_start (new_start_date, new_start_minute, now,
                                     g_date_time_get_timezone (now), error))
    return FALSE;

  old_start = rp_recovery_get_start_date (recovery);
  order = g_date_compare (new_start_date, old_start);
  if (order < 0 ||
      (order == 0 && new_start_minute != RP_CLEAN_TIME_NO_START_MINUTE &&
       new_start_minute < rp_recovery_get_start_minute (recovery)))
    {
      g_set_error_literal (error, RP_RECOVERY_ERROR, RP_RECOVERY_ERROR_INVALID,
                           _("The new start is before the current one. Choose the day of the slip or a later day."));
      return FALSE;
    }

  stripped_note = g_strstrip (g_strdup (note != NULL ? note : ""));
  if (!rp_recovery_validate_note (stripped_note, error))
    return FALSE;

  period = rp_recovery_period_new (old_start, rp_recovery_get_start_minute (recovery),
                                   new_start_date, stripped_note);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  ok = insert_period (self, recovery_id, period, FALSE, error);
  if (ok)
    {
      stmt = rp_database_prepare (self->database,
                                  "UPDATE recovery SET start_date = ?1, start_minute = ?2,"
                                  " updated = " NOW_SQL " WHERE id = ?3",
                                  error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      bind_date (stmt, 1, new_start_date);
      bind_minute (stmt, 2, new_start_minute);
      sqlite3_bind_int64 (stmt, 3, recovery_id);
      ok = rp_database_step_done (self->database, stmt, error);
    }

  return finish_write (self, ok, error);
}
