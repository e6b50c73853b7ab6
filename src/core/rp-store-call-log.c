/* rp-store-call-log.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-store-private.h"

/* RpStore's call log: each call, text or email started from Reprieve,
 * and the counts the progress goals read, by local day and week. Every
 * time comes from the caller's clock. The counting by local day is shared
 * with the reading log (rp-store-reading-log.c). */

/**
 * rp_store_log_call:
 * @contact_id: the contact reached
 * @kind: call, text or email
 * @when: when it was started (the caller's clock)
 *
 * Records a call, text or email started from Reprieve. Emits
 * `changed::call-log`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_log_call (RpStore     *self,
                   gint64       contact_id,
                   RpCallKind   kind,
                   GDateTime   *when,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *at = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind <= RP_CALL_KIND_EMAIL, FALSE);
  g_return_val_if_fail (when != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database,
                              "INSERT INTO call_log (contact_id, kind, at) VALUES (?1, ?2, ?3)",
                              error);
  if (stmt == NULL)
    return FALSE;

  at = rp_store_format_time (when);
  sqlite3_bind_int64 (stmt, 1, contact_id);
  sqlite3_bind_int (stmt, 2, kind);
  sqlite3_bind_text (stmt, 3, at, -1, SQLITE_TRANSIENT);
  if (!rp_database_step_done (self->database, stmt, error))
    return FALSE;

  rp_store_emit_changed (self, "call-log");
  return TRUE;
}

#define SELECT_CALL_TIMES "SELECT at FROM call_log WHERE at >= ?1 AND at < ?2"

/* Calls @func with each time @select_sql gives in [from, until). */
gboolean
rp_store_foreach_time (RpStore          *self,
                       const char       *select_sql,
                       GDateTime        *from,
                       GDateTime        *until,
                       RpStoreTimeFunc   func,
                       gpointer          user_data,
                       GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *from_text = rp_store_format_time (from);
  g_autofree char *until_text = rp_store_format_time (until);
  int rc;

  stmt = rp_database_prepare (self->database, select_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, from_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, until_text, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (rp_database_column_text (stmt, 0), NULL);

      if (at != NULL)
        func (at, user_data);
    }
  if (rc != SQLITE_DONE)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  return TRUE;
}

static void
count_one (GDateTime *at,
           gpointer   user_data)
{
  (*(guint *) user_data)++;
}

/**
 * rp_store_count_calls:
 * @from: the first moment counted
 * @until: the first moment not counted
 * @out_count: (out): calls, texts and emails started in [@from, @until)
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_count_calls (RpStore    *self,
                      GDateTime  *from,
                      GDateTime  *until,
                      guint      *out_count,
                      GError    **error)
{
  guint count = 0;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (from != NULL && until != NULL && out_count != NULL, FALSE);

  if (!rp_store_foreach_time (self, SELECT_CALL_TIMES, from, until, count_one, &count, error))
    return FALSE;

  *out_count = count;
  return TRUE;
}

typedef struct
{
  GTimeZone *time_zone;
  GDate      first_day;
  guint      days_per_bucket;
  GArray    *counts;
} Buckets;

static GDateTime *
local_midnight (const GDate *date,
                GTimeZone   *time_zone)
{
  return g_date_time_new (time_zone,
                          g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                          0, 0, 0);
}

/* Each time goes to the bucket of its local day: on the day the clocks
 * change, the day is 23 or 25 hours long and still one day. */
static void
count_into_bucket (GDateTime *at,
                   gpointer   user_data)
{
  Buckets *buckets = user_data;
  g_autoptr(GDateTime) local = g_date_time_to_timezone (at, buckets->time_zone);
  g_autoptr(GDate) day = g_date_new_dmy (g_date_time_get_day_of_month (local),
                                         g_date_time_get_month (local),
                                         g_date_time_get_year (local));
  int offset = g_date_days_between (&buckets->first_day, day);
  guint index;

  if (offset < 0)
    return;

  index = (guint) offset / buckets->days_per_bucket;
  if (index < buckets->counts->len)
    g_array_index (buckets->counts, guint, index)++;
}

/* @n_buckets counts of the times @select_sql gives, each bucket
 * @days_per_bucket local days from @first_day on. */
GArray *
rp_store_count_times_by_days (RpStore      *self,
                              const char   *select_sql,
                              const GDate  *first_day,
                              guint         n_buckets,
                              guint         days_per_bucket,
                              GTimeZone    *time_zone,
                              GError      **error)
{
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) until = NULL;
  GDate last_day = *first_day;
  Buckets buckets = { time_zone, *first_day, days_per_bucket, NULL };

  g_array_set_size (counts, n_buckets);
  buckets.counts = counts;

  g_date_add_days (&last_day, n_buckets * days_per_bucket);
  from = local_midnight (first_day, time_zone);
  until = local_midnight (&last_day, time_zone);
  if (from == NULL || until == NULL)
    {
      g_set_error_literal (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED,
                           _("The dates to count over are out of range."));
      return NULL;
    }

  if (!rp_store_foreach_time (self, select_sql, from, until, count_into_bucket, &buckets, error))
    return NULL;

  return g_steal_pointer (&counts);
}

/**
 * rp_store_count_calls_per_day:
 * @first_day: the first local day counted
 * @n_days: how many days
 * @time_zone: the zone the days are in (the user's)
 *
 * Returns: (transfer full) (element-type guint): @n_days counts, one per
 *   local day, or %NULL with @error set
 */
GArray *
rp_store_count_calls_per_day (RpStore      *self,
                              const GDate  *first_day,
                              guint         n_days,
                              GTimeZone    *time_zone,
                              GError      **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (first_day != NULL && g_date_valid (first_day), NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);

  return rp_store_count_times_by_days (self, SELECT_CALL_TIMES, first_day, n_days, 1,
                                       time_zone, error);
}

/**
 * rp_store_count_calls_per_week:
 * @first_day: the first day of the first week (the caller picks the
 *   weekday weeks start on)
 *
 * Returns: (transfer full) (element-type guint): @n_weeks counts, one per
 *   run of seven local days, or %NULL with @error set
 */
GArray *
rp_store_count_calls_per_week (RpStore      *self,
                               const GDate  *first_day,
                               guint         n_weeks,
                               GTimeZone    *time_zone,
                               GError      **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (first_day != NULL && g_date_valid (first_day), NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);

  return rp_store_count_times_by_days (self, SELECT_CALL_TIMES, first_day, n_weeks, 7,
                                       time_zone, error);
}
