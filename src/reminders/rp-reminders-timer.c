/* rp-reminders-timer.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReminders' one timer: a CLOCK_REALTIME timerfd on Linux, which the
 * kernel cancels when the wall clock is set, and a plain timeout
 * elsewhere. Apart from rp-reminders.c because it is the only code of
 * RpReminders that differs between systems. */

#define G_LOG_DOMAIN "rp-reminders"

#include "config.h"

#include <errno.h>
#include <unistd.h>

#ifdef __linux__
#include <glib-unix.h>
#include <sys/timerfd.h>
#endif

#include "rp-reminders-private.h"

#ifdef __linux__
static gboolean
timer_fd_cb (int          fd,
             GIOCondition condition,
             gpointer     user_data)
{
  RpReminders *self = user_data;
  guint64 expirations = 0;

  /* ECANCELED: the wall clock was set. Either way, plan again: that also
   * arms the timer anew. */
  if (read (fd, &expirations, sizeof expirations) < 0 && errno == ECANCELED)
    g_debug ("The wall clock was set; planning again");

  rp_reminders_plan (self);

  return G_SOURCE_CONTINUE;
}

static gboolean
arm_timer_fd (RpReminders *self,
              gint64       system_usec)
{
  struct itimerspec spec = { 0 };

  if (self->timer_fd < 0)
    {
      self->timer_fd = timerfd_create (CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
      if (self->timer_fd < 0)
        return FALSE;
      self->timer_source_id = g_unix_fd_add (self->timer_fd, G_IO_IN, timer_fd_cb, self);
    }

  /* 0 would disarm it: a moment already past fires at once instead. */
  system_usec = MAX (system_usec, 1);
  spec.it_value.tv_sec = system_usec / G_USEC_PER_SEC;
  spec.it_value.tv_nsec = (system_usec % G_USEC_PER_SEC) * 1000;

  if (timerfd_settime (self->timer_fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET,
                       &spec, NULL) == 0)
    return TRUE;

  /* The clock was set between planning and arming: plan again. */
  if (errno == ECANCELED)
    {
      spec.it_value.tv_sec = 0;
      spec.it_value.tv_nsec = 1;
      return timerfd_settime (self->timer_fd, TFD_TIMER_ABSTIME, &spec, NULL) == 0;
    }

  return FALSE;
}
#endif

static gboolean
timeout_cb (gpointer user_data)
{
  RpReminders *self = user_data;

  self->timer_source_id = 0;
  rp_reminders_plan (self);

  return G_SOURCE_REMOVE;
}

void
rp_reminders_arm_timer (RpReminders *self)
{
  gint64 system_usec;
  gint64 delay_ms;

  /* A fixed clock (tests) moves only when told, and says so. */
  if (rp_clock_is_fixed (self->clock))
    return;

  system_usec = rp_clock_to_system_time (self->clock, self->wake_up);

#ifdef __linux__
  if (arm_timer_fd (self, system_usec))
    return;
  g_debug ("No real-time timer (%s); using a timeout", g_strerror (errno));
#endif

  /* Elsewhere a monotonic timeout, which suspend and clock changes can
   * delay; resume and time-zone signals still plan again. */
  g_clear_handle_id (&self->timer_source_id, g_source_remove);
  delay_ms = MAX (0, (system_usec - g_get_real_time ()) / 1000);
  self->timer_source_id = g_timeout_add_full (G_PRIORITY_DEFAULT,
                                              (guint) MIN (delay_ms, G_MAXUINT),
                                              timeout_cb, self, NULL);
}
