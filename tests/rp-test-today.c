/* rp-test-today.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-test-gui.h"
#include "rp-test-today.h"

void
rp_test_today_set_up (RpTestToday  *today,
                      GDateTime    *now,
                      int           height,
                      GActionGroup *win_actions)
{
  GtkWidget *overlay;

  rp_test_gui_store_open (&today->data, "today", now);

  today->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (today->settings, "daily-reading-collection");
  g_settings_reset (today->settings, "daily-reading-order");
  g_settings_reset (today->settings, "daily-reading-start");

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

  g_clear_object (&today->settings);
  rp_test_gui_store_close (&today->data);
}

void
rp_test_today_bind (RpTestToday *today,
                    RpClock     *clock)
{
  g_clear_object (&today->data.watch);
  today->data.watch = rp_day_watch_new (clock);
  rp_today_page_bind (today->page, today->data.store, today->data.watch, today->settings);
  rp_test_gui_iterate (50);
}
