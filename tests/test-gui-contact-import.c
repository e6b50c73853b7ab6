/* test-gui-contact-import.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-gui-contact-import"

#include "config.h"

#include "rp-contact-import-dialog.h"
#include "rp-import-dialog.h"
#include "rp-test-gui.h"
#include "rp-test-import.h"

/* The contacts import dialog: a .vcf file's preview (count, names, role,
 * skipped cards) at 360 px, Import saving them with a toast, a refused
 * file writing nothing, and the meetings import handing a .vcf over. */

static const char vcf_file[] =
  "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:c1\r\nFN:Anna Smith\r\nTEL;TYPE=CELL:555 0101\r\nEND:VCARD\r\n"
  "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen & M=\r\n"
  "=C3=BCller\r\nTEL;HOME:555 0102\r\nEND:VCARD\r\n"
  "BEGIN:VCARD\nVERSION:4.0\nFN:Carol\nTEL;VALUE=uri:tel:+1-555-0103\nEND:VCARD\n"
  "BEGIN:VCARD\nVERSION:3.0\nFN:Nobody\nORG:Example\nEND:VCARD\n";

typedef RpTestImportFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  rp_test_import_set_up (f, RP_TYPE_CONTACT_IMPORT_DIALOG);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  rp_test_import_tear_down (f);
}

static void
test_preview_and_import (Fixture       *f,
                         gconstpointer  user_data)
{
  g_autoptr(GFile) file = rp_test_import_write_file (f, "contacts.vcf", vcf_file, -1);
  GListModel *contacts = rp_store_get_contacts (f->store);
  GtkWidget *overlay;
  GtkWidget *dialog;

  rp_contact_import_dialog_run_for_file (f->window, f->store, file);
  dialog = rp_test_import_wait_for_label (f, "3 contacts to import");
  /* As narrow as a phone. */
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 640);
  rp_test_gui_iterate (100);

  g_assert_nonnull (rp_test_gui_find_row (dialog, "Anna Smith"));
  /* The name is markup-escaped for the row, and shown as given. */
  g_assert_nonnull (rp_test_gui_find_row (dialog, "Jürgen &amp; Müller"));
  g_assert_nonnull (rp_test_gui_find_row (dialog, "Carol"));
  g_assert_null (rp_test_gui_find_row (dialog, "Nobody"));
  g_assert_nonnull (rp_test_gui_find_label_containing (dialog, "Friend in the program"));
  g_assert_nonnull (rp_test_gui_find_label_containing (dialog, "1 card skipped"));
  g_assert_nonnull (rp_test_gui_find_label_containing (dialog, "Card 4 has no phone number"));

  /* Nothing is saved before Import. */
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 0);

  g_assert_true (gtk_widget_activate_action (dialog, "contact-import.confirm", NULL));
  rp_test_gui_iterate (100);

  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(RpContact) contact = g_list_model_get_item (contacts, i);

      g_assert_cmpint (rp_contact_get_role (contact), ==, RP_CONTACT_ROLE_FRIEND);
    }
  g_assert_null (rp_test_gui_find_toplevel (RP_TYPE_CONTACT_IMPORT_DIALOG));
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (f->window), "Imported 3 contacts"));

  /* The same file again: nothing new, and the toast says so (in a new
   * overlay: the first toast would hold this one in the queue). */
  overlay = adw_toast_overlay_new ();
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  rp_contact_import_dialog_run_for_file (f->window, f->store, file);
  dialog = rp_test_import_wait_for_label (f, "3 contacts to import");
  gtk_widget_activate_action (dialog, "contact-import.confirm", NULL);
  rp_test_gui_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 3);
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (f->window),
                                                       "already in your support network"));
}

static void
test_refused (Fixture       *f,
              gconstpointer  user_data)
{
  g_autoptr(GFile) file = rp_test_import_write_file (f, "garbage.vcf", "hello\n\0\1\2", 9);
  GtkWidget *dialog;

  rp_contact_import_dialog_run_for_file (f->window, f->store, file);
  dialog = rp_test_import_wait_for_label (f, "binary data");

  /* Import does nothing: there is nothing to import. */
  gtk_widget_activate_action (dialog, "contact-import.confirm", NULL);
  rp_test_gui_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_contacts (f->store)), ==, 0);
  g_assert_nonnull (rp_test_gui_find_toplevel (RP_TYPE_CONTACT_IMPORT_DIALOG));

  gtk_widget_activate_action (dialog, "contact-import.cancel", NULL);
  rp_test_gui_iterate (50);
  g_assert_null (rp_test_gui_find_toplevel (RP_TYPE_CONTACT_IMPORT_DIALOG));
}

static void
test_from_meetings_import (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(GFile) file = rp_test_import_write_file (f, "contacts.vcf", vcf_file, -1);
  RpImportDialog *meetings = rp_import_dialog_new (f->window, f->store);
  GtkWidget *dialog;

  /* A .vcf given to the meetings import (chosen or dropped) goes on to
   * the contacts import instead of failing. */
  gtk_window_present (GTK_WINDOW (meetings));
  rp_import_dialog_load_file (meetings, file);
  dialog = rp_test_import_wait_for_label (f, "3 contacts to import");
  g_assert_null (rp_test_gui_find_toplevel (RP_TYPE_IMPORT_DIALOG));

  gtk_widget_activate_action (dialog, "contact-import.confirm", NULL);
  rp_test_gui_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_contacts (f->store)), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add ("/contact-import/preview-and-import", Fixture, NULL,
              fixture_set_up, test_preview_and_import, fixture_tear_down);
  g_test_add ("/contact-import/refused", Fixture, NULL,
              fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/contact-import/from-meetings-import", Fixture, NULL,
              fixture_set_up, test_from_meetings_import, fixture_tear_down);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
