/* rp-time-watch.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpTimeWatch says when what the reminders were planned against may have
 * changed outside Reprieve: the computer resumed from suspend (logind's
 * PrepareForSleep, on the system bus), or the time zone changed
 * (/etc/localtime, watched with inotify, or timedated's property). All of
 * it is signals: nothing here wakes the process up on its own. A wall clock
 * that is set is the reminder timer's own business (its timerfd is
 * cancelled on a jump). */

#define G_LOG_DOMAIN "rp-reminders"

#include "config.h"

#include "rp-time-watch.h"

struct _RpTimeWatch
{
  GObject          parent_instance;

  GDBusConnection *system_bus;
  GCancellable    *cancellable;
  guint            sleep_subscription;
  guint            timedate_subscription;
  GFileMonitor    *localtime_monitor;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RpTimeWatch, rp_time_watch, G_TYPE_OBJECT)

static void
emit_changed (RpTimeWatch *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
prepare_for_sleep_cb (GDBusConnection *connection,
                      const char      *sender,
                      const char      *path,
                      const char      *interface,
                      const char      *signal,
                      GVariant        *parameters,
                      gpointer         user_data)
{
  gboolean going_to_sleep = TRUE;

  if (g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    g_variant_get (parameters, "(b)", &going_to_sleep);

  /* On the way back: the timer may be late, and what was due meanwhile
   * is shown now (late, if still useful). */
  if (!going_to_sleep)
    emit_changed (RP_TIME_WATCH (user_data));
}

static void
time_zone_changed_cb (RpTimeWatch *self)
{
  g_debug ("The time zone may have changed");
  emit_changed (self);
}

static void
timedate_changed_cb (GDBusConnection *connection,
                     const char      *sender,
                     const char      *path,
                     const char      *interface,
                     const char      *signal,
                     GVariant        *parameters,
                     gpointer         user_data)
{
  time_zone_changed_cb (RP_TIME_WATCH (user_data));
}

static void
localtime_changed_cb (GFileMonitor      *monitor,
                      GFile             *file,
                      GFile             *other_file,
                      GFileMonitorEvent  event,
                      gpointer           user_data)
{
  if (event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT ||
      event == G_FILE_MONITOR_EVENT_CREATED ||
      event == G_FILE_MONITOR_EVENT_RENAMED ||
      event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    time_zone_changed_cb (RP_TIME_WATCH (user_data));
}

static void
system_bus_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *bus = g_bus_get_finish (result, &error);
  RpTimeWatch *self;

  if (bus == NULL)
    {
      /* No system bus (a container, a test): /etc/localtime is still
       * watched; a resume shows as a late timer. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No system bus: %s", error->message);
      return;
    }

  self = RP_TIME_WATCH (user_data);
  self->system_bus = bus;
  self->sleep_subscription =
    g_dbus_connection_signal_subscribe (bus, "org.freedesktop.login1",
                                        "org.freedesktop.login1.Manager", "PrepareForSleep",
                                        "/org/freedesktop/login1", NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE,
                                        prepare_for_sleep_cb, self, NULL);
  self->timedate_subscription =
    g_dbus_connection_signal_subscribe (bus, "org.freedesktop.timedate1",
                                        "org.freedesktop.DBus.Properties", "PropertiesChanged",
                                        "/org/freedesktop/timedate1",
                                        "org.freedesktop.timedate1",
                                        G_DBUS_SIGNAL_FLAGS_NONE,
                                        timedate_changed_cb, self, NULL);
}

static void
rp_time_watch_init (RpTimeWatch *self)
{
  g_autoptr(GFile) localtime = g_file_new_for_path ("/etc/localtime");

  self->cancellable = g_cancellable_new ();
  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, system_bus_cb, self);

  /* inotify underneath: no polling. Missing on some systems; then
   * timedated's signal is what tells. */
  self->localtime_monitor = g_file_monitor_file (localtime, G_FILE_MONITOR_WATCH_HARD_LINKS,
                                                 NULL, NULL);
  if (self->localtime_monitor != NULL)
    g_signal_connect (self->localtime_monitor, "changed",
                      G_CALLBACK (localtime_changed_cb), self);
}

/**
 * rp_time_watch_new:
 *
 * Returns: (transfer full): a watch; connect to ::changed
 */
RpTimeWatch *
rp_time_watch_new (void)
{
  return g_object_new (RP_TYPE_TIME_WATCH, NULL);
}

static void
rp_time_watch_dispose (GObject *object)
{
  RpTimeWatch *self = RP_TIME_WATCH (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->system_bus != NULL)
    {
      g_dbus_connection_signal_unsubscribe (self->system_bus, self->sleep_subscription);
      g_dbus_connection_signal_unsubscribe (self->system_bus, self->timedate_subscription);
      g_clear_object (&self->system_bus);
    }
  if (self->localtime_monitor != NULL)
    {
      g_file_monitor_cancel (self->localtime_monitor);
      g_clear_object (&self->localtime_monitor);
    }

  G_OBJECT_CLASS (rp_time_watch_parent_class)->dispose (object);
}

static void
rp_time_watch_class_init (RpTimeWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rp_time_watch_dispose;

  /**
   * RpTimeWatch::changed:
   *
   * The computer resumed, or the time zone may have changed: plan again.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}
