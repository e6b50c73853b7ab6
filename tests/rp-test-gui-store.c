/* rp-test-gui-store.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-database.h"
#include "rp-test-gui.h"
#include "rp-test-gui-store.h"
#include "rp-test-util.h"

void
rp_test_gui_store_open (RpTestGuiStore *data,
                        const char     *name,
                        GDateTime      *now)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = rp_test_gui_get_data_home ();
  g_autofree char *folder = g_strdup_printf ("%s-%d", name, g_random_int ());
  g_autofree char *path = NULL;

  data->dir = g_build_filename (data_home, folder, NULL);
  g_assert_cmpint (g_mkdir_with_parents (data->dir, 0700), ==, 0);
  path = g_build_filename (data->dir, "reprieve.db", NULL);
  data->database = rp_database_open (path, &error);
  g_assert_no_error (error);
  data->store = rp_store_new (data->database);
  data->clock = rp_clock_new_fixed (now);
  data->watch = rp_day_watch_new (data->clock);
}

void
rp_test_gui_store_close (RpTestGuiStore *data)
{
  g_assert_finalize_object (data->watch);
  g_assert_finalize_object (data->store);
  g_assert_finalize_object (data->database);
  g_assert_finalize_object (data->clock);
  rp_test_remove_tree (data->dir);
  g_clear_pointer (&data->dir, g_free);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}
