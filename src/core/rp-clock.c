/* rp-clock.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpClock answers "what time is it" for everything that plans ahead (the
 * reminders), so that tests can set the time instead of sleeping.
 *
 * Three kinds: the system clock (what the app uses); the system clock
 * shifted by a fixed offset (what the integration test uses, through
 * REPRIEVE_TEST_CLOCK_OFFSET, to make a reminder due seconds after start
 * without waiting for a real minute boundary); and a fixed clock that only
 * moves when told to (unit tests). Moving a fixed clock emits ::jumped,
 * exactly as the system clock being set does for the reminder timer.
 */

#define G_LOG_DOMAIN "rp-clock"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-clock.h"

struct _RpClock
{
  GObject    parent_instance;

  GDateTime *fixed;   /* NULL: the system clock plus offset */
  GTimeSpan  offset;
};

enum {
  JUMPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RpClock, rp_clock, G_TYPE_OBJECT)

/* Only the test suite sets it; a user never has a reason to. */
#define OFFSET_VARIABLE "REPRIEVE_TEST_CLOCK_OFFSET"

/* A year either way is more than any test needs, and keeps a typo from
 * sending the planner into another century. */
#define MAX_OFFSET_SECONDS (366 * 24 * 3600)

static void
rp_clock_finalize (GObject *object)
{
  RpClock *self = RP_CLOCK (object);

  g_clear_pointer (&self->fixed, g_date_time_unref);

  G_OBJECT_CLASS (rp_clock_parent_class)->finalize (object);
}

static void
rp_clock_class_init (RpClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rp_clock_finalize;

  /**
   * RpClock::jumped:
   *
   * A fixed clock was set or advanced: what was planned against the old
   * time must be planned again.
   */
  signals[JUMPED] = g_signal_new ("jumped",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);
}

static void
rp_clock_init (RpClock *self)
{
}

/**
 * rp_clock_new_system:
 *
 * Returns: (transfer full): the system's clock
 */
RpClock *
rp_clock_new_system (void)
{
  return g_object_new (RP_TYPE_CLOCK, NULL);
}

/**
 * rp_clock_new_with_offset:
 * @offset: how far ahead of the system clock this one runs (negative:
 *   behind)
 *
 * Returns: (transfer full): the system clock shifted by @offset
 */
RpClock *
rp_clock_new_with_offset (GTimeSpan offset)
{
  RpClock *self = g_object_new (RP_TYPE_CLOCK, NULL);

  self->offset = offset;

  return self;
}

/**
 * rp_clock_new_fixed:
 * @now: the time it shows until rp_clock_set_now() or rp_clock_advance()
 *
 * Returns: (transfer full): a clock that stands still
 */
RpClock *
rp_clock_new_fixed (GDateTime *now)
{
  RpClock *self;

  g_return_val_if_fail (now != NULL, NULL);

  self = g_object_new (RP_TYPE_CLOCK, NULL);
  self->fixed = g_date_time_ref (now);

  return self;
}

/**
 * rp_clock_new_from_environment:
 * @error: return location for a %G_IO_ERROR_INVALID_ARGUMENT
 *
 * The system clock, shifted by `REPRIEVE_TEST_CLOCK_OFFSET` seconds when
 * the test suite sets that variable.
 *
 * Returns: (transfer full) (nullable): the clock, or %NULL when the
 *   variable is not a number of seconds within a year
 */
RpClock *
rp_clock_new_from_environment (GError **error)
{
  const char *text = g_getenv (OFFSET_VARIABLE);
  gint64 seconds = 0;

  if (text == NULL || text[0] == '\0')
    return rp_clock_new_system ();

  if (!g_ascii_string_to_signed (text, 10, -MAX_OFFSET_SECONDS, MAX_OFFSET_SECONDS,
                                 &seconds, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %s is the name of an environment variable */
                   _("%s must be a number of seconds within a year"), OFFSET_VARIABLE);
      return NULL;
    }

  return rp_clock_new_with_offset (seconds * G_TIME_SPAN_SECOND);
}

/**
 * rp_clock_now:
 *
 * Returns: (transfer full): the current time, in UTC
 */
GDateTime *
rp_clock_now (RpClock *self)
{
  g_autoptr(GDateTime) system_now = NULL;

  g_return_val_if_fail (RP_IS_CLOCK (self), NULL);

  if (self->fixed != NULL)
    return g_date_time_ref (self->fixed);

  system_now = g_date_time_new_now_utc ();
  if (self->offset == 0)
    return g_steal_pointer (&system_now);

  return g_date_time_add (system_now, self->offset);
}

/**
 * rp_clock_is_fixed:
 *
 * Returns: whether the clock only moves when told to, so no real timer
 *   should be armed against it
 */
gboolean
rp_clock_is_fixed (RpClock *self)
{
  g_return_val_if_fail (RP_IS_CLOCK (self), FALSE);

  return self->fixed != NULL;
}

/**
 * rp_clock_get_offset:
 *
 * Returns: how far ahead of the system clock this clock runs
 */
GTimeSpan
rp_clock_get_offset (RpClock *self)
{
  g_return_val_if_fail (RP_IS_CLOCK (self), 0);

  return self->offset;
}

/**
 * rp_clock_to_system_time:
 * @moment: a moment on this clock
 *
 * Where @moment falls on the system's real-time clock, to arm a timer.
 *
 * Returns: microseconds since the Unix epoch
 */
gint64
rp_clock_to_system_time (RpClock   *self,
                         GDateTime *moment)
{
  g_return_val_if_fail (RP_IS_CLOCK (self), 0);
  g_return_val_if_fail (moment != NULL, 0);

  return g_date_time_to_unix (moment) * G_USEC_PER_SEC
         + g_date_time_get_microsecond (moment) - self->offset;
}

/**
 * rp_clock_set_now:
 * @now: the new time
 *
 * Sets a fixed clock and emits #RpClock::jumped.
 */
void
rp_clock_set_now (RpClock   *self,
                  GDateTime *now)
{
  g_return_if_fail (RP_IS_CLOCK (self));
  g_return_if_fail (self->fixed != NULL);
  g_return_if_fail (now != NULL);

  g_date_time_unref (self->fixed);
  self->fixed = g_date_time_ref (now);
  g_signal_emit (self, signals[JUMPED], 0);
}

/**
 * rp_clock_advance:
 * @span: how far to move a fixed clock
 *
 * Moves a fixed clock and emits #RpClock::jumped.
 */
void
rp_clock_advance (RpClock   *self,
                  GTimeSpan  span)
{
  g_autoptr(GDateTime) later = NULL;

  g_return_if_fail (RP_IS_CLOCK (self));
  g_return_if_fail (self->fixed != NULL);

  later = g_date_time_add (self->fixed, span);
  rp_clock_set_now (self, later);
}
