/* test-gui-talk-now.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "I need to talk to someone now" under a real (Xvfb) display: the
 * sponsor first, then the network in the user's order, crisis lines last;
 * with none saved, the United States suggestions, labelled as such, which
 * add crisis-line contacts with their real numbers — without a GTK
 * warning. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-crisis-lines-group.h"
#include "rp-talk-now-dialog.h"
#include "rp-test-contacts.h"
#include "rp-test-gui.h"

typedef RpTestContactsFixture Fixture;

static RpTalkNowDialog *
open_dialog (RpStore *store)
{
  RpTalkNowDialog *dialog = rp_talk_now_dialog_present (NULL, store);

  rp_test_gui_iterate (100);

  return dialog;
}

static void
test_order (Fixture       *f,
            gconstpointer  user_data)
{
  g_autoptr(RpContact) ann = rp_test_contacts_add (f->store, "Ann A.", RP_CONTACT_ROLE_FRIEND, FALSE, "555 0101", NULL);
  g_autoptr(RpContact) line = rp_test_contacts_add (f->store, "Local Line", RP_CONTACT_ROLE_CRISIS_LINE, FALSE, "555 0199", NULL);
  g_autoptr(RpContact) bo = rp_test_contacts_add (f->store, "Bo B.", RP_CONTACT_ROLE_SPONSEE, FALSE, "555 0102", NULL);
  g_autoptr(RpContact) sam = rp_test_contacts_add (f->store, "Sam S.", RP_CONTACT_ROLE_SPONSOR, TRUE, "555 0100", NULL);
  RpTalkNowDialog *dialog = open_dialog (f->store);
  g_autofree char *all = rp_test_join_titles (GTK_WIDGET (dialog));
  GtkWidget *crisis = rp_test_gui_find_descendant (GTK_WIDGET (dialog), RP_TYPE_CRISIS_LINES_GROUP);
  g_autofree char *lines = rp_test_join_titles (crisis);

  g_assert_cmpstr (all, ==, "Sam S.|Ann A.|Bo B.|Local Line");
  g_assert_cmpstr (lines, ==, "Local Line");
  /* A saved line: no suggestions. */
  g_assert_null (rp_test_find_named (GTK_WIDGET (dialog), "add-suggestion-0"));
  /* Reprieve never passes for an emergency service. */
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (dialog),
                                                       "not an emergency service"));
  /* Each person has Call and Text, named for them. */
  g_assert_nonnull (rp_test_gui_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_BUTTON));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_suggestions (Fixture       *f,
                  gconstpointer  user_data)
{
  RpTalkNowDialog *dialog = open_dialog (f->store);
  GListModel *contacts = rp_store_get_contacts (f->store);
  GtkWidget *crisis = rp_test_gui_find_descendant (GTK_WIDGET (dialog), RP_TYPE_CRISIS_LINES_GROUP);
  g_autofree char *offered = rp_test_join_titles (crisis);
  g_autofree char *saved = NULL;
  const char *numbers[2];

  g_assert_nonnull (strstr (offered, "Add Your Local Crisis Line"));
  g_assert_nonnull (strstr (offered, "988 Suicide & Crisis Lifeline (United States only)"));
  g_assert_nonnull (strstr (offered, "SAMHSA National Helpline (United States only)"));

  g_signal_emit_by_name (rp_test_find_named (GTK_WIDGET (dialog), "add-suggestion-0"), "clicked");
  g_signal_emit_by_name (rp_test_find_named (GTK_WIDGET (dialog), "add-suggestion-1"), "clicked");
  rp_test_gui_iterate (100);

  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(RpContact) contact = g_list_model_get_item (contacts, i);

      g_assert_cmpint (rp_contact_get_role (contact), ==, RP_CONTACT_ROLE_CRISIS_LINE);
      numbers[i] = rp_contact_get_phone_number (contact);
    }
  g_assert_cmpstr (numbers[0], ==, "988");
  g_assert_cmpstr (numbers[1], ==, "1-800-662-4357");

  /* Now saved lines, with Call and Text, and no more suggestions. */
  saved = rp_test_join_titles (crisis);
  g_assert_cmpstr (saved, ==, "988 Suicide & Crisis Lifeline|SAMHSA National Helpline");
  g_assert_null (rp_test_find_named (GTK_WIDGET (dialog), "add-suggestion-0"));

  gtk_window_destroy (GTK_WINDOW (dialog));
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

  g_test_add ("/talk-now/order", Fixture, NULL,
              rp_test_contacts_set_up, test_order, rp_test_contacts_tear_down);
  g_test_add ("/talk-now/suggestions", Fixture, NULL,
              rp_test_contacts_set_up, test_suggestions, rp_test_contacts_tear_down);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
