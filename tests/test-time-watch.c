/* test-time-watch.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpTimeWatch on a private bus standing in for the system bus: logind's
 * PrepareForSleep(false) (a resume) and timedated's Timezone change each
 * make it say "changed"; going to sleep, or the same signals from a
 * sender that is not logind or timedated, do not. */

#include "config.h"

#include "rp-time-watch.h"

typedef struct
{
  GTestDBus       *bus;
  GDBusConnection *login1;     /* owns org.freedesktop.login1 */
  GDBusConnection *timedate1;  /* owns org.freedesktop.timedate1 */
  GDBusConnection *stranger;
  RpTimeWatch     *watch;
  guint            n_changed;
} Fixture;

static GDBusConnection *
connect_owning (const char *address,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  GDBusConnection *connection;

  connection = g_dbus_connection_new_for_address_sync (address,
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                       G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);
  if (name != NULL)
    {
      reply = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus",
                                           "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                           "RequestName", g_variant_new ("(su)", name, 0),
                                           G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE,
                                           -1, NULL, &error);
      g_assert_no_error (error);
    }

  return connection;
}

static void
changed_cb (RpTimeWatch *watch,
            Fixture     *f)
{
  f->n_changed++;
}

/* Lets the watch's subscriptions see what was sent: a round trip through
 * the bus, then the main loop until it is idle. */
static void
settle (Fixture *f)
{
  for (guint i = 0; i < 20; i++)
    {
      g_dbus_connection_flush_sync (f->login1, NULL, NULL);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10 * 1000);
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  const char *address;

  f->bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (f->bus);
  address = g_test_dbus_get_bus_address (f->bus);
  /* The watch asks for the system bus: this one. */
  g_setenv ("DBUS_SYSTEM_BUS_ADDRESS", address, TRUE);

  f->login1 = connect_owning (address, "org.freedesktop.login1");
  f->timedate1 = connect_owning (address, "org.freedesktop.timedate1");
  f->stranger = connect_owning (address, NULL);

  f->watch = rp_time_watch_new ();
  g_signal_connect (f->watch, "changed", G_CALLBACK (changed_cb), f);
  settle (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  g_clear_object (&f->watch);
  g_clear_object (&f->stranger);
  g_clear_object (&f->timedate1);
  g_clear_object (&f->login1);
  g_test_dbus_down (f->bus);
  g_clear_object (&f->bus);
}

static void
emit_sleep (GDBusConnection *connection,
            gboolean         going_to_sleep)
{
  g_autoptr(GError) error = NULL;

  g_dbus_connection_emit_signal (connection, NULL, "/org/freedesktop/login1",
                                 "org.freedesktop.login1.Manager", "PrepareForSleep",
                                 g_variant_new ("(b)", going_to_sleep), &error);
  g_assert_no_error (error);
}

static void
test_resume (Fixture       *f,
             gconstpointer  user_data)
{
  emit_sleep (f->login1, TRUE);
  settle (f);
  g_assert_cmpuint (f->n_changed, ==, 0);

  emit_sleep (f->login1, FALSE);
  settle (f);
  g_assert_cmpuint (f->n_changed, ==, 1);

  /* Only logind speaks for logind. */
  emit_sleep (f->stranger, FALSE);
  settle (f);
  g_assert_cmpuint (f->n_changed, ==, 1);
}

static void
test_time_zone (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  GVariantBuilder changed;

  g_variant_builder_init (&changed, G_VARIANT_TYPE ("a{sv}"));
  g_variant_builder_add (&changed, "{sv}", "Timezone", g_variant_new_string ("Europe/Madrid"));
  g_dbus_connection_emit_signal (f->timedate1, NULL, "/org/freedesktop/timedate1",
                                 "org.freedesktop.DBus.Properties", "PropertiesChanged",
                                 g_variant_new ("(sa{sv}as)", "org.freedesktop.timedate1",
                                                &changed, NULL),
                                 &error);
  g_assert_no_error (error);
  settle (f);
  g_assert_cmpuint (f->n_changed, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/time-watch/resume", Fixture, NULL,
              fixture_set_up, test_resume, fixture_tear_down);
  g_test_add ("/time-watch/time-zone", Fixture, NULL,
              fixture_set_up, test_time_zone, fixture_tear_down);

  return g_test_run ();
}
