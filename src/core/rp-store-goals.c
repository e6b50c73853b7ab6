/* rp-store-goals.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-schedule.h"
#include "rp-store-private.h"

/* RpStore's goals: the goal rows and their manual check-ins (one row per
 * goal and day, goal_check_in). The counts of each day, and the streaks,
 * are in rp-store-goal-counts.c. */

#define SELECT_GOAL_COLUMNS \
  "SELECT id, title, kind, weekly_target, source, start_date, due_date," \
  " completed_date, archived, position FROM goal"

static gboolean
set_goal_not_found (GError **error)
{
  g_set_error_literal (error, RP_GOAL_ERROR, RP_GOAL_ERROR_NOT_FOUND,
                       _("The goal no longer exists. It may have been deleted."));
  return FALSE;
}

static void
bind_date (sqlite3_stmt *stmt,
           int           column,
           const GDate  *date)
{
  if (date == NULL || !g_date_valid (date))
    {
      sqlite3_bind_null (stmt, column);
      return;
    }

  sqlite3_bind_text (stmt, column, rp_schedule_format_storage_date (date), -1, g_free);
}

static void
column_date (sqlite3_stmt *stmt,
             int           column,
             GDate        *out_date)
{
  const char *text = rp_database_column_text (stmt, column);

  g_date_clear (out_date, 1);
  if (text != NULL)
    rp_schedule_parse_storage_date (text, out_date, NULL);
}

static RpGoal *
goal_from_row (sqlite3_stmt *stmt)
{
  RpGoal *goal;
  GDate date;

  column_date (stmt, 5, &date);
  goal = rp_goal_new (rp_database_column_text (stmt, 1), sqlite3_column_int (stmt, 2), &date);
  rp_goal_set_id (goal, sqlite3_column_int64 (stmt, 0));
  if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    rp_goal_set_weekly_target (goal, (guint) sqlite3_column_int (stmt, 3));
  rp_goal_set_source (goal, sqlite3_column_int (stmt, 4));
  column_date (stmt, 6, &date);
  rp_goal_set_due_date (goal, &date);
  column_date (stmt, 7, &date);
  rp_goal_set_completed_date (goal, &date);
  rp_goal_set_archived (goal, sqlite3_column_int (stmt, 8) != 0);
  rp_goal_set_position (goal, sqlite3_column_int (stmt, 9));

  return goal;
}

static GPtrArray *
read_goals (RpStore  *self,
            GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  stmt = rp_database_prepare (self->database,
                              SELECT_GOAL_COLUMNS " ORDER BY archived, position, id", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (goals, goal_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&goals);
}

static gint64
goal_id_of (gpointer item)
{
  return rp_goal_get_id (item);
}

static gboolean
same_goal (gpointer old_item,
           gpointer new_item)
{
  return rp_goal_equal (old_item, new_item);
}

/* Reads the goals again into the model, when it has been read. */
gboolean
rp_store_refresh_goals (RpStore   *self,
                        gboolean  *out_changed,
                        GError   **error)
{
  g_autoptr(GPtrArray) goals = NULL;
  gboolean changed;

  if (out_changed != NULL)
    *out_changed = FALSE;
  if (!self->goals_loaded)
    return TRUE;

  goals = read_goals (self, error);
  if (goals == NULL)
    return FALSE;

  changed = rp_store_update_model (self->goals, goals, goal_id_of, same_goal);
  if (out_changed != NULL)
    *out_changed = changed;

  return TRUE;
}

/**
 * rp_store_get_goals:
 *
 * Returns: (transfer none): the goals model (RpGoal), read on first use
 */
GListModel *
rp_store_get_goals (RpStore *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  if (!self->goals_loaded)
    {
      self->goals_loaded = TRUE;
      if (!rp_store_refresh_goals (self, NULL, &error))
        g_warning ("Could not read the goals: %s", error->message);
    }

  return G_LIST_MODEL (self->goals);
}

/**
 * rp_store_find_goal:
 *
 * Returns: (transfer none) (nullable): the model's goal with @goal_id
 */
RpGoal *
rp_store_find_goal (RpStore *self,
                    gint64   goal_id)
{
  GListModel *goals;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  goals = rp_store_get_goals (self);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(RpGoal) goal = g_list_model_get_item (goals, i);

      if (rp_goal_get_id (goal) == goal_id)
        return goal;
    }

  return NULL;
}

/* Ends a write: commits when @ok, rolls back otherwise; on success the
 * model follows and `changed::goal` is emitted. */
static gboolean
finish_write (RpStore   *self,
              gboolean   ok,
              GError   **error)
{
  g_autoptr(GError) refresh_error = NULL;

  if (!ok || !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  if (!rp_store_refresh_goals (self, NULL, &refresh_error))
    g_warning ("Could not read the goals again: %s", refresh_error->message);
  rp_store_emit_changed (self, "goal");

  return TRUE;
}

static void
bind_rule (sqlite3_stmt *stmt,
           RpGoal       *goal)
{
  RpGoalKind kind = rp_goal_get_kind (goal);

  sqlite3_bind_text (stmt, 2, rp_goal_get_title (goal), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, kind);
  if (kind == RP_GOAL_WEEKLY)
    sqlite3_bind_int (stmt, 4, (int) rp_goal_get_weekly_target (goal));
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_int (stmt, 5, rp_goal_get_source (goal));
  bind_date (stmt, 6, rp_goal_get_start_date (goal));
  /* The schema keeps dates of done and due for one-time goals only. */
  bind_date (stmt, 7, kind == RP_GOAL_ONCE ? rp_goal_get_due_date (goal) : NULL);
  bind_date (stmt, 8, kind == RP_GOAL_ONCE ? rp_goal_get_completed_date (goal) : NULL);
}

static gboolean
insert_goal (RpStore  *self,
             RpGoal   *goal,
             gboolean  keep_id,
             GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = NULL;
  int position = rp_goal_get_position (goal);
  int rc;

  if (!keep_id || position < 0)
    {
      g_autoptr(sqlite3_stmt) max = rp_database_prepare (self->database,
                                                         "SELECT coalesce (max (position) + 1, 0)"
                                                         " FROM goal",
                                                         error);
      if (max == NULL)
        return FALSE;
      rc = sqlite3_step (max);
      if (rc != SQLITE_ROW)
        return rp_database_set_error_from_sqlite (self->database, rc, error);
      position = sqlite3_column_int (max, 0);
    }

  stmt = rp_database_prepare (self->database,
                              "INSERT INTO goal (id, title, kind, weekly_target, source, start_date,"
                              " due_date, completed_date, archived, position, created, updated)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)"
                              " RETURNING id",
                              error);
  if (stmt == NULL)
    return FALSE;

  {
    g_autoptr(GDateTime) moment = g_date_time_new_now_utc ();

    now = rp_store_format_time (moment);
  }
  if (keep_id)
    sqlite3_bind_int64 (stmt, 1, rp_goal_get_id (goal));
  else
    sqlite3_bind_null (stmt, 1);
  bind_rule (stmt, goal);
  sqlite3_bind_int (stmt, 9, keep_id && rp_goal_get_archived (goal));
  sqlite3_bind_int (stmt, 10, position);
  sqlite3_bind_text (stmt, 11, now, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  rp_goal_set_id (goal, sqlite3_column_int64 (stmt, 0));
  rp_goal_set_position (goal, position);
  sqlite3_reset (stmt);

  return TRUE;
}

/**
 * rp_store_add_goal:
 * @goal: a valid goal (see rp_goal_validate())
 *
 * Saves @goal after the others, sets its id and position, and emits
 * `changed::goal`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_add_goal (RpStore  *self,
                   RpGoal   *goal,
                   GError  **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_GOAL (goal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_goal_validate (goal, NULL, error) || !rp_database_begin_write (self->database, error))
    return FALSE;

  if (!finish_write (self, insert_goal (self, goal, FALSE, error), error))
    {
      /* Rolled back (a full disk at the COMMIT, say): the goal is new again. */
      rp_goal_set_id (goal, 0);
      rp_goal_set_position (goal, -1);
      return FALSE;
    }

  return TRUE;
}

static gboolean
step_changes_one (RpStore       *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  if (!rp_database_step_done (self->database, stmt, error))
    return FALSE;
  if (sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    return set_goal_not_found (error);

  return TRUE;
}

/**
 * rp_store_update_goal:
 *
 * Saves @goal's title and rule (not its place or archived state). Its
 * counts follow the new rule over the whole history. Emits `changed::goal`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_update_goal (RpStore  *self,
                      RpGoal   *goal,
                      GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) moment = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_GOAL (goal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_goal_validate (goal, NULL, error))
    return FALSE;

  stmt = rp_database_prepare (self->database,
                              "UPDATE goal SET title = ?2, kind = ?3, weekly_target = ?4,"
                              " source = ?5, start_date = ?6, due_date = ?7, completed_date = ?8,"
                              " updated = ?9 WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;

  moment = g_date_time_new_now_utc ();
  now = rp_store_format_time (moment);
  sqlite3_bind_int64 (stmt, 1, rp_goal_get_id (goal));
  bind_rule (stmt, goal);
  sqlite3_bind_text (stmt, 9, now, -1, SQLITE_TRANSIENT);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  return finish_write (self, step_changes_one (self, stmt, error), error);
}

/* The manual check-ins of [@first_day, @last_day] (NULL: no bound), by
 * day; shared with rp-store-goal-counts.c. */
GArray *
rp_store_read_goal_check_ins (RpStore      *self,
                              gint64        goal_id,
                              const GDate  *first_day,
                              const GDate  *last_day,
                              GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) check_ins = g_array_new (FALSE, TRUE, sizeof (RpGoalCheckIn));
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT day, count FROM goal_check_in WHERE goal_id = ?1"
                              " AND day BETWEEN coalesce (?2, '0000-00-00')"
                              " AND coalesce (?3, '9999-99-99') ORDER BY day",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, goal_id);
  bind_date (stmt, 2, first_day);
  bind_date (stmt, 3, last_day);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RpGoalCheckIn check_in;

      column_date (stmt, 0, &check_in.day);
      check_in.count = (guint) sqlite3_column_int (stmt, 1);
      g_array_append_val (check_ins, check_in);
    }
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&check_ins);
}

/**
 * rp_store_delete_goal:
 * @out_check_ins: (out) (optional) (transfer full) (element-type RpGoalCheckIn):
 *   its manual check-ins, for Undo
 *
 * Deletes the goal and its check-ins. Keep a copy of the goal (its id and
 * position set) and @out_check_ins for rp_store_restore_goal(). Emits
 * `changed::goal`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_delete_goal (RpStore  *self,
                      gint64    goal_id,
                      GArray  **out_check_ins,
                      GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) check_ins = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database, "DELETE FROM goal WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, goal_id);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  check_ins = rp_store_read_goal_check_ins (self, goal_id, NULL, NULL, error);
  if (!finish_write (self, check_ins != NULL && step_changes_one (self, stmt, error), error))
    return FALSE;

  if (out_check_ins != NULL)
    *out_check_ins = g_steal_pointer (&check_ins);

  return TRUE;
}

static gboolean
write_check_in (RpStore      *self,
                gint64        goal_id,
                const GDate  *day,
                guint         count,
                GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (count == 0)
    stmt = rp_database_prepare (self->database,
                                "DELETE FROM goal_check_in WHERE goal_id = ?1 AND day = ?2", error);
  else
    stmt = rp_database_prepare (self->database,
                                "INSERT INTO goal_check_in (goal_id, day, count) VALUES (?1, ?2, ?3)"
                                " ON CONFLICT (goal_id, day) DO UPDATE SET count = excluded.count",
                                error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, goal_id);
  bind_date (stmt, 2, day);
  if (count > 0)
    sqlite3_bind_int (stmt, 3, (int) MIN (count, 99));

  return rp_database_step_done (self->database, stmt, error);
}

/**
 * rp_store_restore_goal:
 * @goal: a deleted goal, as it was saved (id and position set)
 * @check_ins: (nullable) (element-type RpGoalCheckIn): its check-ins, from
 *   rp_store_delete_goal()
 *
 * Undo for rp_store_delete_goal(). Emits `changed::goal`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_restore_goal (RpStore  *self,
                       RpGoal   *goal,
                       GArray   *check_ins,
                       GError  **error)
{
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_GOAL (goal), FALSE);
  g_return_val_if_fail (rp_goal_get_id (goal) > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_goal_validate (goal, NULL, error) || !rp_database_begin_write (self->database, error))
    return FALSE;

  ok = insert_goal (self, goal, TRUE, error);
  for (guint i = 0; ok && check_ins != NULL && i < check_ins->len; i++)
    {
      const RpGoalCheckIn *check_in = &g_array_index (check_ins, RpGoalCheckIn, i);

      ok = write_check_in (self, rp_goal_get_id (goal), &check_in->day, check_in->count, error);
    }

  return finish_write (self, ok, error);
}

/**
 * rp_store_set_goal_archived:
 *
 * An archived goal leaves the Progress and Today pages, with its history
 * kept. Emits `changed::goal`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_set_goal_archived (RpStore  *self,
                            gint64    goal_id,
                            gboolean  archived,
                            GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database,
                              "UPDATE goal SET archived = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, goal_id);
  sqlite3_bind_int (stmt, 2, archived ? 1 : 0);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  return finish_write (self, step_changes_one (self, stmt, error), error);
}

/* The goal's kind, and its manual count on @day. */
static gboolean
read_kind_and_count (RpStore      *self,
                     gint64        goal_id,
                     const GDate  *day,
                     RpGoalKind   *out_kind,
                     guint        *out_count,
                     GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT kind, (SELECT count FROM goal_check_in"
                              "              WHERE goal_id = goal.id AND day = ?2)"
                              " FROM goal WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, goal_id);
  bind_date (stmt, 2, day);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return set_goal_not_found (error);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  *out_kind = sqlite3_column_int (stmt, 0);
  *out_count = (guint) sqlite3_column_int (stmt, 1);
  return TRUE;
}

static gboolean
change_check_in (RpStore      *self,
                 gint64        goal_id,
                 const GDate  *day,
                 int           delta,
                 GError      **error)
{
  RpGoalKind kind = RP_GOAL_DAILY;
  guint count = 0;
  guint new_count;
  gboolean ok;

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  ok = read_kind_and_count (self, goal_id, day, &kind, &count, error);
  if (ok && kind == RP_GOAL_ONCE)
    {
      g_set_error_literal (error, RP_GOAL_ERROR, RP_GOAL_ERROR_INVALID,
                           _("A one-time goal is marked as done, not checked in."));
      ok = FALSE;
    }
  if (!ok)
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  /* A daily habit is done or not; a weekly target counts each time, up
   * to what the schema allows. */
  if (delta < 0)
    new_count = kind == RP_GOAL_DAILY || count == 0 ? 0 : count - 1;
  else
    new_count = kind == RP_GOAL_DAILY ? 1 : MIN (count + 1, 99);

  if (new_count == count)
    {
      rp_database_rollback (self->database);
      return TRUE;
    }

  return finish_write (self, write_check_in (self, goal_id, day, new_count, error), error);
}

/**
 * rp_store_goal_check_in:
 * @day: the local day checked in
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_goal_check_in (RpStore      *self,
                        gint64        goal_id,
                        const GDate  *day,
                        GError      **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_check_in (self, goal_id, day, 1, error);
}

/**
 * rp_store_goal_undo_check_in:
 * @day: the local day
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_goal_undo_check_in (RpStore      *self,
                             gint64        goal_id,
                             const GDate  *day,
                             GError      **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_check_in (self, goal_id, day, -1, error);
}

/**
 * rp_store_get_goal_check_ins:
 *
 * Returns: (transfer full) (element-type RpGoalCheckIn): the manual
 *   check-ins from @first_day to @last_day, oldest first, or %NULL with
 *   @error set
 */
GArray *
rp_store_get_goal_check_ins (RpStore      *self,
                             gint64        goal_id,
                             const GDate  *first_day,
                             const GDate  *last_day,
                             GError      **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (first_day != NULL && g_date_valid (first_day), NULL);
  g_return_val_if_fail (last_day != NULL && g_date_valid (last_day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return rp_store_read_goal_check_ins (self, goal_id, first_day, last_day, error);
}

/**
 * rp_store_set_goal_completed:
 * @day: (nullable): the day a one-time goal was done; %NULL: not done
 *
 * Returns: %TRUE on success; RP_GOAL_ERROR_INVALID for a goal that is not
 *   one-time
 */
gboolean
rp_store_set_goal_completed (RpStore      *self,
                             gint64        goal_id,
                             const GDate  *day,
                             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database,
                              "UPDATE goal SET completed_date = ?2 WHERE id = ?1 AND kind = 2",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, goal_id);
  bind_date (stmt, 2, day);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!rp_database_step_done (self->database, stmt, error))
    return finish_write (self, FALSE, error);
  if (sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    {
      rp_database_rollback (self->database);
      if (rp_store_find_goal (self, goal_id) == NULL)
        return set_goal_not_found (error);
      g_set_error_literal (error, RP_GOAL_ERROR, RP_GOAL_ERROR_INVALID,
                           _("Only a one-time goal can be marked as done."));
      return FALSE;
    }

  return finish_write (self, TRUE, error);
}
