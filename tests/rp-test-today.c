/* rp-test-today.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-database.h"
#include "rp-test-gui.h"
#include "rp-test-today.h"
#include "rp-test-util.h"

void
rp_test_today_set_up (RpTestToday  *today,
                      GDateTime    *now,
                      int           height,
                      GActionGroup *win_actions)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = rp_test_gui_get_data_home ();
  g_autofree char *name = g_strdup_printf ("today-%d", g_random_int ());
  g_autofree char *path = NULL;
  GtkWidget *overlay;

  today->dir = g_build_filename (data_home, name, NULL);
  g_assert_cmpint (g_mkdir_with_parents (today->dir, 0700), ==, 0);
  path = g_build_filename (today->dir, "reprieve.db", NULL);
  today->database = rp_database_open (path, &error);
  g_assert_no_error (error);
  today->store = rp_store_new (today->database);

  today->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (today->settings, "daily-reading-collection");
  g_settings_reset (today->settings, "daily-reading-order");
  g_settings_reset (today->settings, "daily-reading-start");
  today->clock = rp_clock_new_fixed (now);

  today->window = GTK_WINDOW (adw_window_new ());
  if (win_actions != NULL)
    gtk_widget_insert_action_group (GTK_WIDGET (today->window), "win", win_actions);
  today->page = g_object_new (RP_TYPE_TODAY_PAGE, NULL);
  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (today->page));
  adw_window_set_content (ADW_WINDOW (today->window), overlay);
  gtk_window_set_default_size (today->window, 360, height);
  gtk_window_present (today->window);
  rp_test_gui_iterate (50);
}

void
rp_test_today_tear_down (RpTestToday *today)
{
  gtk_window_destroy (today->window);
  rp_test_gui_iterate (50);

  g_assert_finalize_object (today->store);
  g_assert_finalize_object (today->database);
  if (today->watch != NULL)
    g_assert_finalize_object (today->watch);
  g_assert_finalize_object (today->clock);
  g_clear_object (&today->settings);
  rp_test_remove_tree (today->dir);
  g_free (today->dir);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

void
rp_test_today_bind (RpTestToday *today,
                    RpClock     *clock)
{
  g_clear_object (&today->watch);
  today->watch = rp_day_watch_new (clock);
  rp_today_page_bind (today->page, today->store, today->watch, today->settings);
  rp_test_gui_iterate (50);
}
