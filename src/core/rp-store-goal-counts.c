/* rp-store-goal-counts.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include "rp-schedule.h"
#include "rp-store-private.h"

/* RpStore's counts of a goal's days, merged from its manual check-ins and
 * what it counts by itself, and its streaks. The automatic counts are
 * read from their own tables over the whole range with one query each,
 * never stored, so an edited rule recounts everything and 10 years of a
 * daily goal stay one query per source.
 *
 * Sponsor calls are the call log's entries to a contact whose role is
 * sponsor NOW: a call to a contact who was later deleted (or is no longer
 * a sponsor) no longer counts as a sponsor call, though it still counts as
 * a call to the support network. */

#define SELECT_SPONSOR_CALL_TIMES \
  "SELECT call_log.at FROM call_log JOIN contact ON contact.id = call_log.contact_id" \
  " WHERE contact.role = 0 AND call_log.at >= ?1 AND call_log.at < ?2"

/* Adds the per-day counts (from @first_day on) of one source. */
static void
add_day_counts (guint        *counts,
                guint         n_days,
                const GArray *per_day)
{
  for (guint i = 0; i < n_days && i < per_day->len; i++)
    counts[i] += g_array_index (per_day, guint, i);
}

static void
add_check_ins (guint        *counts,
               guint         n_days,
               const GDate  *first_day,
               const GArray *check_ins)
{
  for (guint i = 0; i < check_ins->len; i++)
    {
      const RpGoalCheckIn *check_in = &g_array_index (check_ins, RpGoalCheckIn, i);
      int offset = g_date_days_between (first_day, &check_in->day);

      if (offset >= 0 && (guint) offset < n_days)
        counts[offset] += check_in->count;
    }
}

/* One a day with an entry (at most one entry a day, by the schema). */
static gboolean
add_inventory_days (RpStore      *self,
                    guint        *counts,
                    guint         n_days,
                    const GDate  *first_day,
                    const GDate  *last_day,
                    GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT day FROM inventory WHERE day BETWEEN ?1 AND ?2", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, rp_schedule_format_storage_date (first_day), -1, g_free);
  sqlite3_bind_text (stmt, 2, rp_schedule_format_storage_date (last_day), -1, g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GDate day;
      int offset;

      /* The schema's CHECK has made sure it is a date. */
      if (!rp_schedule_parse_storage_date (rp_database_column_text (stmt, 0), &day, NULL))
        continue;
      offset = g_date_days_between (first_day, &day);
      if (offset >= 0 && (guint) offset < n_days)
        counts[offset]++;
    }
  if (rc != SQLITE_DONE)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  return TRUE;
}

static gboolean
add_automatic (RpStore      *self,
               RpGoalSource  source,
               guint        *counts,
               guint         n_days,
               const GDate  *first_day,
               const GDate  *last_day,
               GTimeZone    *time_zone,
               GError      **error)
{
  g_autoptr(GArray) per_day = NULL;

  switch (source)
    {
    case RP_GOAL_SOURCE_MANUAL:
      return TRUE;

    case RP_GOAL_SOURCE_MEETINGS:
      /* Attendance dates are already days (in the meeting's zone). */
      per_day = rp_store_get_attended (self, first_day, last_day, error);
      if (per_day == NULL)
        return FALSE;
      for (guint i = 0; i < per_day->len; i++)
        {
          const RpAttendanceKey *key = &g_array_index (per_day, RpAttendanceKey, i);
          int offset = g_date_days_between (first_day, &key->date);

          if (offset >= 0 && (guint) offset < n_days)
            counts[offset]++;
        }
      return TRUE;

    case RP_GOAL_SOURCE_CALLS:
      per_day = rp_store_count_calls_per_day (self, first_day, n_days, time_zone, error);
      break;

    case RP_GOAL_SOURCE_SPONSOR_CALLS:
      per_day = rp_store_count_times_by_days (self, SELECT_SPONSOR_CALL_TIMES, first_day, n_days,
                                              1, time_zone, error);
      break;

    case RP_GOAL_SOURCE_READINGS:
      per_day = rp_store_count_readings_read_per_day (self, first_day, n_days, time_zone, error);
      break;

    case RP_GOAL_SOURCE_INVENTORY:
      return add_inventory_days (self, counts, n_days, first_day, last_day, error);

    default:
      return TRUE;
    }

  if (per_day == NULL)
    return FALSE;

  add_day_counts (counts, n_days, per_day);
  return TRUE;
}

/**
 * rp_store_get_goal_days:
 * @goal: a saved goal (its id and source are used)
 * @first_day: the first local day
 * @last_day: the last local day (inclusive)
 * @time_zone: the zone the days are in (the user's)
 *
 * The goal's count of each day: its manual check-ins plus what its source
 * counts that local day (meetings attended, calls, readings marked read,
 * inventories written). A day is a local calendar day in @time_zone, 23
 * or 25 hours long when the clocks change.
 *
 * Returns: (transfer full) (element-type RpGoalCheckIn): the days with a
 *   count, oldest first, or %NULL with @error set
 */
GArray *
rp_store_get_goal_days (RpStore      *self,
                        RpGoal       *goal,
                        const GDate  *first_day,
                        const GDate  *last_day,
                        GTimeZone    *time_zone,
                        GError      **error)
{
  g_autoptr(GArray) check_ins = NULL;
  g_autoptr(GArray) days = NULL;
  g_autofree guint *counts = NULL;
  int span;
  guint n_days;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (RP_IS_GOAL (goal), NULL);
  g_return_val_if_fail (first_day != NULL && g_date_valid (first_day), NULL);
  g_return_val_if_fail (last_day != NULL && g_date_valid (last_day), NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  days = g_array_new (FALSE, TRUE, sizeof (RpGoalCheckIn));
  span = g_date_days_between (first_day, last_day);
  if (span < 0)
    return g_steal_pointer (&days);

  n_days = (guint) span + 1;
  counts = g_new0 (guint, n_days);

  check_ins = rp_store_read_goal_check_ins (self, rp_goal_get_id (goal), first_day, last_day, error);
  if (check_ins == NULL)
    return NULL;
  add_check_ins (counts, n_days, first_day, check_ins);

  if (!add_automatic (self, rp_goal_get_source (goal), counts, n_days, first_day, last_day,
                      time_zone, error))
    return NULL;

  for (guint i = 0; i < n_days; i++)
    {
      RpGoalCheckIn day;

      if (counts[i] == 0)
        continue;
      day.day = *first_day;
      g_date_add_days (&day.day, i);
      day.count = counts[i];
      g_array_append_val (days, day);
    }

  return g_steal_pointer (&days);
}

/**
 * rp_store_get_goal_streak:
 * @today: the user's local day
 * @week_start: the weekday weeks start on (rp_week_locale_first_day())
 * @out_streak: (out): the streaks, in days (daily) or weeks (weekly)
 *
 * Works out the goal's streaks over its whole history, from its start
 * date to @today, by rp_goal_streak_compute(). A one-time goal has no
 * streak: its period is done once it is completed.
 *
 * Returns: %TRUE on success
 */
/* A streak computed before answers the same question: the same goal rule
 * (the object asked about may be an edited copy), day, week and zone.
 * Whatever the data, rp_store_emit_changed() has emptied the cache since
 * it changed. */
typedef struct
{
  GDate         today;
  GDateWeekday  week_start;
  char         *zone;
  RpGoalKind    kind;
  guint         target;
  RpGoalSource  source;
  GDate         start;
  RpGoalStreak  streak;
} CachedStreak;

void
rp_store_cached_streak_free (gpointer data)
{
  CachedStreak *cached = data;

  g_free (cached->zone);
  g_free (cached);
}

static gboolean
same_question (const CachedStreak *cached,
               RpGoal             *goal,
               const GDate        *today,
               GDateWeekday        week_start,
               GTimeZone          *time_zone)
{
  return g_date_compare (&cached->today, today) == 0 &&
         cached->week_start == week_start &&
         g_strcmp0 (cached->zone, g_time_zone_get_identifier (time_zone)) == 0 &&
         cached->kind == rp_goal_get_kind (goal) &&
         cached->target == rp_goal_get_weekly_target (goal) &&
         cached->source == rp_goal_get_source (goal) &&
         g_date_compare (&cached->start, rp_goal_get_start_date (goal)) == 0;
}

gboolean
rp_store_get_goal_streak (RpStore       *self,
                          RpGoal        *goal,
                          const GDate   *today,
                          GDateWeekday   week_start,
                          GTimeZone     *time_zone,
                          RpGoalStreak  *out_streak,
                          GError       **error)
{
  g_autoptr(GArray) days = NULL;
  const GDate *start;
  RpGoalStreakRule rule = { RP_GOAL_STREAK_DAILY, 1, week_start };
  CachedStreak *cached;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_GOAL (goal), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (g_date_valid_weekday (week_start), FALSE);
  g_return_val_if_fail (out_streak != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  start = rp_goal_get_start_date (goal);
  if (rp_goal_get_kind (goal) == RP_GOAL_ONCE || start == NULL)
    {
      RpGoalStreak once = { 0, 0, 0, 1, FALSE };

      once.this_period_done = rp_goal_get_completed_date (goal) != NULL;
      once.this_period_count = once.this_period_done ? 1 : 0;
      *out_streak = once;
      return TRUE;
    }

  if (rp_goal_get_kind (goal) == RP_GOAL_WEEKLY)
    {
      rule.kind = RP_GOAL_STREAK_WEEKLY;
      rule.weekly_target = MAX (rp_goal_get_weekly_target (goal), 1);
    }

  cached = g_hash_table_lookup (self->goal_streaks, &(gint64) { rp_goal_get_id (goal) });
  if (cached != NULL && same_question (cached, goal, today, week_start, time_zone))
    {
      *out_streak = cached->streak;
      return TRUE;
    }

  if (g_date_compare (start, today) > 0)
    days = g_array_new (FALSE, TRUE, sizeof (RpGoalCheckIn));
  else
    days = rp_store_get_goal_days (self, goal, start, today, time_zone, error);
  if (days == NULL)
    return FALSE;

  *out_streak = rp_goal_streak_compute (&rule, start, today,
                                        (const RpGoalCheckIn *) (gpointer) days->data, days->len);

  if (rp_goal_get_id (goal) > 0)
    {
      CachedStreak *entry = g_new0 (CachedStreak, 1);

      entry->today = *today;
      entry->week_start = week_start;
      entry->zone = g_strdup (g_time_zone_get_identifier (time_zone));
      entry->kind = rp_goal_get_kind (goal);
      entry->target = rp_goal_get_weekly_target (goal);
      entry->source = rp_goal_get_source (goal);
      entry->start = *start;
      entry->streak = *out_streak;
      g_hash_table_insert (self->goal_streaks, g_memdup2 (&(gint64) { rp_goal_get_id (goal) }, sizeof (gint64)),
                           entry);
    }

  return TRUE;
}

/* Called by rp_store_emit_changed(): whatever changed may count. */
void
rp_store_forget_goal_streaks (RpStore *self)
{
  if (self->goal_streaks != NULL)
    g_hash_table_remove_all (self->goal_streaks);
}
