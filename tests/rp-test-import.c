/* rp-test-import.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-test-gui.h"
#include "rp-test-import.h"
#include "rp-test-util.h"

#define WAIT_USEC (10 * G_USEC_PER_SEC)

/**
 * rp_test_import_set_up:
 * @f: the fixture
 * @dialog_type: the import dialog's type, found by tear-down and
 *   rp_test_import_wait_for_label()
 *
 * A store in a folder of its own, and a shown window whose content is a
 * toast overlay around @f->anchor.
 */
void
rp_test_import_set_up (RpTestImportFixture *f,
                       GType                dialog_type)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = rp_test_gui_get_data_home ();
  g_autofree char *name = g_strdup_printf ("%s-%d", g_type_name (dialog_type), g_random_int ());
  g_autofree char *path = NULL;
  GtkWidget *overlay;

  f->dialog_type = dialog_type;
  f->dir = g_build_filename (data_home, name, NULL);
  g_assert_cmpint (g_mkdir_with_parents (f->dir, 0700), ==, 0);
  path = g_build_filename (f->dir, "reprieve.db", NULL);
  f->database = rp_database_open (path, &error);
  g_assert_no_error (error);
  f->store = rp_store_new (f->database);

  f->window = GTK_WINDOW (adw_window_new ());
  overlay = adw_toast_overlay_new ();
  f->anchor = gtk_label_new ("");
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), f->anchor);
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  gtk_window_present (f->window);
  rp_test_gui_iterate (50);
}

/* Destroys the dialogs and the window; the store must then be freed, and
 * nothing have warned. */
void
rp_test_import_tear_down (RpTestImportFixture *f)
{
  GtkWindow *dialog;

  while ((dialog = rp_test_gui_find_toplevel (f->dialog_type)) != NULL)
    gtk_window_destroy (dialog);
  gtk_window_destroy (f->window);
  rp_test_gui_iterate (50);

  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->database);
  rp_test_remove_tree (f->dir);
  g_free (f->dir);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

/* Returns: (transfer full): the file @name in the fixture's folder, holding
 * @contents */
GFile *
rp_test_import_write_file (RpTestImportFixture *f,
                           const char          *name,
                           const char          *contents,
                           gssize               length)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* Iterates until @text shows (mapped) in the dialog, which is returned;
 * fails the test after ten seconds. */
GtkWidget *
rp_test_import_wait_for_label (RpTestImportFixture *f,
                               const char          *text)
{
  gint64 end = g_get_monotonic_time () + WAIT_USEC;

  while (g_get_monotonic_time () < end)
    {
      GtkWindow *dialog = rp_test_gui_find_toplevel (f->dialog_type);
      GtkWidget *label = NULL;

      if (dialog != NULL)
        label = rp_test_gui_find_label_containing (GTK_WIDGET (dialog), text);
      if (label != NULL && gtk_widget_get_mapped (label))
        return GTK_WIDGET (dialog);
      rp_test_gui_iterate (20);
    }

  g_error ("“%s” never showed", text);
}
