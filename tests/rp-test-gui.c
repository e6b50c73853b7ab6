/* rp-test-gui.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "rp-test-gui.h"
#include "rp-test-util.h"

static guint n_warnings;
static char *scratch_dir;
static char *opened_path;       /* what the fake browser writes */

static GLogWriterOutput
counting_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    n_warnings++;

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

guint
rp_test_gui_get_n_warnings (void)
{
  return n_warnings;
}

/* Runs the main loop for a while so that mapping, allocation and drawing
 * happen (and any warning they cause is logged). */
void
rp_test_gui_iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

char *
rp_test_gui_get_data_home (void)
{
  return g_build_filename (scratch_dir, "data", NULL);
}

/* Xvfb serves every test of a parallel run on one thread, and one CI run
 * saw a test fail to connect to it once. GTK cannot try to open a display
 * twice in one process, so the test starts again, a few times at most,
 * and says so in its output. Returns only when it will not try again. */
static void
retry_without_display (char **original_argv)
{
  const char *tries_text = g_getenv ("RP_TEST_DISPLAY_TRIES");
  guint tries = tries_text != NULL ? (guint) g_ascii_strtoull (tries_text, NULL, 10) : 0;
  g_autofree char *next = NULL;

  if (g_getenv ("DISPLAY") == NULL || tries >= 4)
    return;

  next = g_strdup_printf ("%u", tries + 1);
  g_setenv ("RP_TEST_DISPLAY_TRIES", next, TRUE);
  printf ("# Could not open the display %s; starting again (try %u)\n",
          g_getenv ("DISPLAY"), tries + 1);
  fflush (stdout);
  g_rmdir (scratch_dir);
  g_usleep (300 * G_TIME_SPAN_MILLISECOND);
  execv ("/proc/self/exe", original_argv);
}

/* Returns FALSE when there is no display and none is required: the caller
 * then reports the whole program as skipped. */
gboolean
rp_test_gui_init (int    *argc,
                  char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *config_home = NULL;

  g_auto(GStrv) original_argv = g_strdupv (*argv);

  g_log_set_writer_func (counting_writer, NULL, NULL);

  /* Before anything asks GLib for the user folders (it caches them). */
  scratch_dir = g_dir_make_tmp ("reprieve-gui-test-XXXXXX", &error);
  g_assert_no_error (error);
  data_home = g_build_filename (scratch_dir, "data", NULL);
  config_home = g_build_filename (scratch_dir, "config", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    {
      if (g_getenv ("RP_TEST_REQUIRE_DISPLAY") != NULL)
        {
          retry_without_display (original_argv);
          g_error ("No display, but RP_TEST_REQUIRE_DISPLAY is set: run under Xvfb");
        }
      return FALSE;
    }

  return TRUE;
}

GtkWidget *
rp_test_gui_find_descendant (GtkWidget *root,
                             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = rp_test_gui_find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* @label as given to the button, mnemonic underscore included. */
GtkWidget *
rp_test_gui_find_button_by_label (GtkWidget  *root,
                                  const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = rp_test_gui_find_button_by_label (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
rp_test_gui_find_label_containing (GtkWidget  *root,
                                   const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = rp_test_gui_find_label_containing (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The preferences or list row whose title is @title. */
GtkWidget *
rp_test_gui_find_row (GtkWidget  *root,
                      const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = rp_test_gui_find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first toplevel window of @type that is shown, or %NULL. */
GtkWindow *
rp_test_gui_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

void
rp_test_gui_cleanup (void)
{
  if (scratch_dir != NULL)
    rp_test_remove_tree (scratch_dir);
  g_clear_pointer (&scratch_dir, g_free);
  g_clear_pointer (&opened_path, g_free);
}

/* A browser that only writes down what it was asked to open, registered
 * for https and http in the test's own XDG folders (rp_test_gui_init()),
 * so that no real browser is ever started. */
void
rp_test_gui_install_fake_browser (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = rp_test_gui_get_data_home ();
  g_autofree char *applications = g_build_filename (data_home, "applications", NULL);
  g_autofree char *desktop_path = g_build_filename (applications, "rp-fake-browser.desktop", NULL);
  g_autofree char *config_home = g_build_filename (g_get_user_config_dir (), NULL);
  g_autofree char *mimeapps = g_build_filename (config_home, "mimeapps.list", NULL);
  g_autofree char *desktop = NULL;

  g_free (opened_path);
  opened_path = g_build_filename (data_home, "opened.txt", NULL);
  desktop = g_strdup_printf ("[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=Fake Browser\n"
                             "Exec=sh -c 'echo \"$1\" >> %s' sh %%u\n"
                             "MimeType=x-scheme-handler/https;x-scheme-handler/http;\n"
                             "NoDisplay=true\n",
                             opened_path);

  g_mkdir_with_parents (applications, 0700);
  g_mkdir_with_parents (config_home, 0700);
  g_file_set_contents (desktop_path, desktop, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (mimeapps,
                       "[Default Applications]\n"
                       "x-scheme-handler/https=rp-fake-browser.desktop\n"
                       "x-scheme-handler/http=rp-fake-browser.desktop\n",
                       -1, &error);
  g_assert_no_error (error);
}

/* Waits (5 s at most) for the fake browser to write a line, and returns
 * it; %NULL if it wrote none. */
char *
rp_test_gui_wait_for_opened (void)
{
  g_assert_nonnull (opened_path);

  for (guint i = 0; i < 250; i++)
    {
      g_autofree char *contents = NULL;

      rp_test_gui_iterate (20);
      if (g_file_get_contents (opened_path, &contents, NULL, NULL) && strchr (contents, '\n') != NULL)
        {
          g_remove (opened_path);
          return g_strstrip (g_steal_pointer (&contents));
        }
    }

  return NULL;
}

/* Whether the fake browser was asked to open anything not yet waited for. */
gboolean
rp_test_gui_was_opened (void)
{
  g_assert_nonnull (opened_path);

  return g_file_test (opened_path, G_FILE_TEST_EXISTS);
}
