/* test-gui-contact-editor.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The contact editor under a real (Xvfb) display: numbers and email
 * addresses checked as the user types, with the message next to the row
 * and Save insensitive until it is right; the shorter name offered for
 * anonymity; and a second primary sponsor asked about, then saved with the
 * previous one kept as a sponsor — without a GTK warning. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-contact-editor.h"
#include "rp-test-contacts.h"
#include "rp-test-gui.h"

typedef RpTestContactsFixture Fixture;

static GtkWidget *
field (RpContactEditor *editor,
       const char      *name)
{
  GtkWidget *widget = rp_test_find_named (GTK_WIDGET (editor), name);

  if (widget == NULL)
    g_error ("No widget named %s", name);

  return widget;
}

static void
set_field (RpContactEditor *editor,
           const char      *name,
           const char      *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (editor, name)), text);
}

static gboolean
can_save (RpContactEditor *editor)
{
  return gtk_widget_is_sensitive (field (editor, "save"));
}

/* The message under a row, or NULL. */
static const char *
problem (RpContactEditor *editor,
         const char      *name)
{
  GtkWidget *widget = field (editor, name);

  if (!gtk_widget_get_visible (widget))
    return NULL;

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
}

static RpContactEditor *
open_editor (RpStore       *store,
             RpContactRole  role)
{
  RpContactEditor *editor = rp_contact_editor_new_for_role (store, role);

  rp_contact_editor_present (editor, NULL);
  rp_test_gui_iterate (50);

  return editor;
}

static void
close_editor (RpContactEditor *editor)
{
  gtk_window_destroy (GTK_WINDOW (editor));
  rp_test_gui_iterate (50);
}

static void
test_phone_validation (Fixture       *f,
                       gconstpointer  user_data)
{
  RpContactEditor *editor = open_editor (f->store, RP_CONTACT_ROLE_FRIEND);
  const char * const bad[] = { "555 12a4", "555;1234", "555?1234", "tel:5551234" };

  /* A new, empty form is not in red, and cannot be saved. */
  g_assert_false (can_save (editor));
  g_assert_false (gtk_widget_has_css_class (field (editor, "phone-0"), "error"));

  set_field (editor, "name", "Ann A.");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      set_field (editor, "phone-0", bad[i]);
      g_assert_nonnull (problem (editor, "phone-problem-0"));
      g_assert_nonnull (strstr (problem (editor, "phone-problem-0"), "only digits"));
      g_assert_true (gtk_widget_has_css_class (field (editor, "phone-0"), "error"));
      g_assert_false (can_save (editor));
    }

  set_field (editor, "phone-0", "+1 (555) 010-0101");
  g_assert_null (problem (editor, "phone-problem-0"));
  g_assert_false (gtk_widget_has_css_class (field (editor, "phone-0"), "error"));
  g_assert_true (can_save (editor));

  /* Too few digits says how many it needs. */
  set_field (editor, "phone-0", "12");
  g_assert_nonnull (strstr (problem (editor, "phone-problem-0"), "digits"));
  g_assert_false (can_save (editor));

  /* A second number: the same rules, row by row. */
  set_field (editor, "phone-0", "555 0101");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-phone", NULL));
  set_field (editor, "phone-1", "call me");
  g_assert_null (problem (editor, "phone-problem-0"));
  g_assert_nonnull (problem (editor, "phone-problem-1"));
  g_assert_false (can_save (editor));
  set_field (editor, "phone-1", "");
  g_assert_true (can_save (editor));

  close_editor (editor);
}

static void
test_email_validation (Fixture       *f,
                       gconstpointer  user_data)
{
  RpContactEditor *editor = open_editor (f->store, RP_CONTACT_ROLE_FRIEND);

  set_field (editor, "name", "Ann A.");
  set_field (editor, "email", "ann@");
  g_assert_nonnull (problem (editor, "email-problem"));
  g_assert_nonnull (strstr (problem (editor, "email-problem"), "name@example.org"));
  g_assert_true (gtk_widget_has_css_class (field (editor, "email"), "error"));
  g_assert_false (can_save (editor));

  set_field (editor, "email", "ann@example.org");
  g_assert_null (problem (editor, "email-problem"));
  g_assert_true (can_save (editor));

  /* An email address alone is a way to reach them: saved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  rp_test_gui_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_contacts (f->store)), ==, 1);
}

static void
test_short_name (Fixture       *f,
                 gconstpointer  user_data)
{
  RpContactEditor *editor = open_editor (f->store, RP_CONTACT_ROLE_FRIEND);
  GtkWidget *offer = field (editor, "short-name");
  GtkWidget *button = field (editor, "short-name-button");

  set_field (editor, "name", "Jane");
  g_assert_false (gtk_widget_get_visible (offer));

  set_field (editor, "name", "Jane Doe");
  g_assert_true (gtk_widget_get_visible (offer));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Use “Jane D.”");

  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "name"))), ==, "Jane D.");
  g_assert_false (gtk_widget_get_visible (offer));

  close_editor (editor);
}

static void
test_second_sponsor (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autoptr(RpContact) sam = rp_test_contacts_add (f->store, "Sam S.", RP_CONTACT_ROLE_SPONSOR, TRUE, "555 0100", NULL);
  g_autoptr(RpContact) old = NULL;
  g_autoptr(RpContact) sponsor = NULL;
  RpContactEditor *editor = open_editor (f->store, RP_CONTACT_ROLE_SPONSOR);
  GtkWindow *dialog;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);

  /* A sponsor exists: a new one is not the primary one unless asked. */
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (field (editor, "primary-sponsor"))));
  gtk_switch_set_active (GTK_SWITCH (field (editor, "primary-sponsor")), TRUE);
  set_field (editor, "name", "Pat P.");
  set_field (editor, "phone-0", "555 0105");
  g_assert_true (can_save (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  rp_test_gui_iterate (50);

  /* Nothing saved yet: the question first. */
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_contacts (f->store)), ==, 1);
  dialog = rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Make Pat P. your sponsor?");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Sam S. will stay in your network as a sponsor.");

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "replace");
  rp_test_gui_iterate (100);

  g_assert_null (editor);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_contacts (f->store)), ==, 2);
  sponsor = rp_store_get_sponsor (f->store);
  g_assert_cmpstr (rp_contact_get_display_name (sponsor), ==, "Pat P.");
  old = rp_store_find_contact (f->store, rp_contact_get_id (sam));
  g_assert_nonnull (old);
  g_assert_cmpint (rp_contact_get_role (old), ==, RP_CONTACT_ROLE_SPONSOR);
  g_assert_false (rp_contact_get_primary_sponsor (old));
}

static void
test_second_sponsor_declined (Fixture       *f,
                              gconstpointer  user_data)
{
  g_autoptr(RpContact) sam = rp_test_contacts_add (f->store, "Sam S.", RP_CONTACT_ROLE_SPONSOR, TRUE, "555 0100", NULL);
  g_autoptr(RpContact) sponsor = NULL;
  RpContactEditor *editor = open_editor (f->store, RP_CONTACT_ROLE_SPONSOR);
  GtkWindow *dialog;

  gtk_switch_set_active (GTK_SWITCH (field (editor, "primary-sponsor")), TRUE);
  set_field (editor, "name", "Pat P.");
  set_field (editor, "phone-0", "555 0105");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  rp_test_gui_iterate (50);

  dialog = rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  rp_test_gui_iterate (50);

  /* Nothing changed, and the editor is still there with what was typed. */
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_contacts (f->store)), ==, 1);
  sponsor = rp_store_get_sponsor (f->store);
  g_assert_cmpint (rp_contact_get_id (sponsor), ==, rp_contact_get_id (sam));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "name"))), ==, "Pat P.");

  close_editor (editor);
}

static void
test_edit (Fixture       *f,
           gconstpointer  user_data)
{
  g_autoptr(RpContact) ann = rp_test_contacts_add (f->store, "Ann A.", RP_CONTACT_ROLE_SPONSEE, FALSE, "555 0101", "ann@example.org");
  g_autoptr(RpContact) saved = NULL;
  RpContactEditor *editor = rp_contact_editor_new (f->store, ann);

  rp_contact_editor_present (editor, NULL);
  rp_test_gui_iterate (50);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "phone-0"))), ==, "555 0101");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (editor, "role"))), ==,
                    RP_CONTACT_ROLE_SPONSEE);
  g_assert_false (gtk_widget_get_visible (field (editor, "primary-sponsor-row")));

  set_field (editor, "call-hours", "Evenings");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  rp_test_gui_iterate (50);

  saved = rp_store_find_contact (f->store, rp_contact_get_id (ann));
  g_assert_cmpstr (rp_contact_get_call_hours (saved), ==, "Evenings");
  g_assert_cmpstr (rp_contact_get_email (saved), ==, "ann@example.org");
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

  g_test_add ("/contact-editor/phone-validation", Fixture, NULL,
              rp_test_contacts_set_up, test_phone_validation, rp_test_contacts_tear_down);
  g_test_add ("/contact-editor/email-validation", Fixture, NULL,
              rp_test_contacts_set_up, test_email_validation, rp_test_contacts_tear_down);
  g_test_add ("/contact-editor/short-name", Fixture, NULL,
              rp_test_contacts_set_up, test_short_name, rp_test_contacts_tear_down);
  g_test_add ("/contact-editor/second-sponsor", Fixture, NULL,
              rp_test_contacts_set_up, test_second_sponsor, rp_test_contacts_tear_down);
  g_test_add ("/contact-editor/second-sponsor-declined", Fixture, NULL,
              rp_test_contacts_set_up, test_second_sponsor_declined, rp_test_contacts_tear_down);
  g_test_add ("/contact-editor/edit", Fixture, NULL,
              rp_test_contacts_set_up, test_edit, rp_test_contacts_tear_down);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
