/* rp-day-watch.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpDayWatch says when the local day turns, for everything that shows
 * "today" (the Today page, the clean-time counters, the goals' check-ins,
 * the inventory): one timer for the next local midnight, plus the clock's
 * ::jumped (a test moving its fixed clock, or the system clock set), plus
 * rp_day_watch_check() for the moments a timer sleeps through (a suspend:
 * the page calls it when its window becomes active again).
 *
 * ::day-changed is emitted once per change of the local date, whichever
 * way it was noticed. A fixed clock arms no timer: it moves only when told.
 */

#define G_LOG_DOMAIN "rp-day-watch"

#include "config.h"

#include "rp-agenda.h"
#include "rp-day-watch.h"

struct _RpDayWatch
{
  GObject  parent_instance;

  RpClock *clock;
  gulong   jumped_handler;
  guint    midnight_source;
  GDate    day;
};

enum {
  DAY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RpDayWatch, rp_day_watch, G_TYPE_OBJECT)

static void schedule_midnight (RpDayWatch *self);

static void
local_today (RpDayWatch *self,
             GDate      *out_today)
{
  g_autoptr(GDateTime) now = rp_day_watch_dup_now (self);

  g_date_clear (out_today, 1);
  g_date_set_dmy (out_today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
}

static gboolean
midnight_cb (gpointer user_data)
{
  RpDayWatch *self = RP_DAY_WATCH (user_data);

  self->midnight_source = 0;
  rp_day_watch_check (self);
  /* check() re-arms only when the day changed; a timer that fired a
   * little early (a suspended system, a clock set back) tries again. */
  if (self->midnight_source == 0)
    schedule_midnight (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_midnight (RpDayWatch *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GTimeZone) local_zone = NULL;
  GTimeSpan span;
  guint seconds;

  g_clear_handle_id (&self->midnight_source, g_source_remove);
  if (rp_clock_is_fixed (self->clock))
    return;

  now = rp_day_watch_dup_now (self);
  local_zone = g_time_zone_new_local ();
  midnight = rp_agenda_day_start (now, local_zone, 1);
  span = g_date_time_difference (midnight, now);
  /* Whole seconds let the system group wakeups; one more second makes sure
   * the day has turned when the timer fires. */
  seconds = span <= 0 ? 1 : (guint) MIN (span / G_TIME_SPAN_SECOND + 1, G_MAXUINT / 1000);

  self->midnight_source = g_timeout_add_seconds (seconds, midnight_cb, self);
  g_source_set_name_by_id (self->midnight_source, "[reprieve] day watch midnight");
}

static void
jumped_cb (RpDayWatch *self)
{
  rp_day_watch_check (self);
  schedule_midnight (self);
}

static void
rp_day_watch_dispose (GObject *object)
{
  RpDayWatch *self = RP_DAY_WATCH (object);

  g_clear_handle_id (&self->midnight_source, g_source_remove);
  g_clear_signal_handler (&self->jumped_handler, self->clock);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (rp_day_watch_parent_class)->dispose (object);
}

static void
rp_day_watch_class_init (RpDayWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rp_day_watch_dispose;

  /**
   * RpDayWatch::day-changed:
   *
   * The local date is no longer the one last seen.
   */
  signals[DAY_CHANGED] = g_signal_new ("day-changed",
                                       G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 0);
}

static void
rp_day_watch_init (RpDayWatch *self)
{
  g_date_clear (&self->day, 1);
}

/**
 * rp_day_watch_new:
 * @clock: the clock "today" is read from
 *
 * Returns: (transfer full): a watch on the local date of @clock
 */
RpDayWatch *
rp_day_watch_new (RpClock *clock)
{
  RpDayWatch *self;

  g_return_val_if_fail (RP_IS_CLOCK (clock), NULL);

  self = g_object_new (RP_TYPE_DAY_WATCH, NULL);
  self->clock = g_object_ref (clock);
  self->jumped_handler = g_signal_connect_swapped (clock, "jumped",
                                                   G_CALLBACK (jumped_cb), self);
  local_today (self, &self->day);
  schedule_midnight (self);

  return self;
}

/**
 * rp_day_watch_get_clock:
 *
 * Returns: (transfer none): the clock
 */
RpClock *
rp_day_watch_get_clock (RpDayWatch *self)
{
  g_return_val_if_fail (RP_IS_DAY_WATCH (self), NULL);

  return self->clock;
}

/**
 * rp_day_watch_dup_now:
 *
 * Returns: (transfer full): the clock's time, in the local time zone
 */
GDateTime *
rp_day_watch_dup_now (RpDayWatch *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (RP_IS_DAY_WATCH (self), NULL);

  now = rp_clock_now (self->clock);

  return g_date_time_to_local (now);
}

/**
 * rp_day_watch_get_today:
 * @out_today: (out caller-allocates): the local date now
 *
 * The date is read from the clock now, not the one last seen, so it is
 * right even before ::day-changed has been emitted.
 */
void
rp_day_watch_get_today (RpDayWatch *self,
                        GDate      *out_today)
{
  g_return_if_fail (RP_IS_DAY_WATCH (self));
  g_return_if_fail (out_today != NULL);

  local_today (self, out_today);
}

/**
 * rp_day_watch_check:
 *
 * Looks at the clock now, and emits ::day-changed if the local date moved
 * (either way) since it was last seen.
 */
void
rp_day_watch_check (RpDayWatch *self)
{
  GDate today;

  g_return_if_fail (RP_IS_DAY_WATCH (self));

  local_today (self, &today);
  if (g_date_compare (&today, &self->day) == 0)
    return;

  self->day = today;
  schedule_midnight (self);
  g_signal_emit (self, signals[DAY_CHANGED], 0);
}
