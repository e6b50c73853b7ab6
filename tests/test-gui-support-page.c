/* test-gui-support-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Support page under a real (Xvfb) display: the network grouped by
 * role in the user's order with the primary sponsor in the card, Move
 * Up/Down saved in the store, Delete and Undo giving back the same id at
 * the same place, the sponsor card's buttons, the "Add your sponsor"
 * prompt, and 360 px — without a GTK warning. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-support-page.h"
#include "rp-test-contacts.h"
#include "rp-test-gui.h"

typedef RpTestContactsFixture Fixture;

typedef struct
{
  GtkWindow     *window;
  RpSupportPage *page;
} Page;

static Page
open_page (RpStore *store,
           int      width)
{
  Page page;
  GtkWidget *overlay = adw_toast_overlay_new ();

  page.window = GTK_WINDOW (adw_window_new ());
  page.page = g_object_new (RP_TYPE_SUPPORT_PAGE, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (page.page));
  adw_window_set_content (ADW_WINDOW (page.window), overlay);
  gtk_window_set_default_size (page.window, width, 700);
  rp_support_page_set_store (page.page, store);
  gtk_window_present (page.window);
  rp_test_gui_iterate (100);

  return page;
}

static void
close_page (Page *page)
{
  gtk_window_destroy (page->window);
  rp_test_gui_iterate (50);
}

static char *
group_titles (Page       *page,
              const char *group_name)
{
  GtkWidget *group = rp_test_find_named (GTK_WIDGET (page->page), group_name);

  return group != NULL ? rp_test_join_titles (group) : NULL;
}

static void
activate (Page       *page,
          const char *action,
          gint64      id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page->page), action, "x", id));
  rp_test_gui_iterate (50);
}

static char *
model_names (RpStore *store)
{
  GListModel *contacts = rp_store_get_contacts (store);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(RpContact) contact = g_list_model_get_item (contacts, i);

      g_ptr_array_add (names, (gpointer) rp_contact_get_display_name (contact));
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv ("|", (char **) names->pdata);
}

static void
test_groups (Fixture       *f,
             gconstpointer  user_data)
{
  g_autoptr(RpContact) ann = rp_test_contacts_add (f->store, "Ann A.", RP_CONTACT_ROLE_FRIEND, FALSE, "555 0101", NULL);
  g_autoptr(RpContact) line = rp_test_contacts_add (f->store, "Local Line", RP_CONTACT_ROLE_CRISIS_LINE, FALSE, "555 0199", NULL);
  g_autoptr(RpContact) bo = rp_test_contacts_add (f->store, "Bo B.", RP_CONTACT_ROLE_SPONSEE, FALSE, "555 0102", NULL);
  g_autoptr(RpContact) sam = rp_test_contacts_add (f->store, "Sam S.", RP_CONTACT_ROLE_SPONSOR, TRUE, "555 0100", NULL);
  g_autoptr(RpContact) cy = rp_test_contacts_add (f->store, "Cy C.", RP_CONTACT_ROLE_FRIEND, FALSE, NULL, "cy@example.org");
  g_autoptr(RpContact) dee = rp_test_contacts_add (f->store, "Dee D.", RP_CONTACT_ROLE_SPONSOR, FALSE, "555 0103", NULL);
  Page page = open_page (f->store, 600);
  GtkWidget *groups_box;
  g_autofree char *sponsors = NULL;
  g_autofree char *friends = NULL;
  g_autofree char *order = NULL;
  GtkWidget *call;
  GtkWidget *row;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *ann_row = g_strdup_printf ("contact-%" G_GINT64_FORMAT, rp_contact_get_id (ann));
  g_autofree char *cy_row = g_strdup_printf ("contact-%" G_GINT64_FORMAT, rp_contact_get_id (cy));

  /* The primary sponsor is in the card, the other sponsor in its group. */
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (page.page), "Sam S."));
  sponsors = group_titles (&page, "group-sponsor");
  g_assert_cmpstr (sponsors, ==, "Dee D.");
  friends = group_titles (&page, "group-friend");
  g_assert_cmpstr (friends, ==, "Ann A.|Cy C.");

  /* Groups in the roles' order, whatever the contacts' order. */
  groups_box = gtk_widget_get_parent (rp_test_find_named (GTK_WIDGET (page.page), "group-sponsor"));
  for (GtkWidget *child = gtk_widget_get_first_child (groups_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (names, (gpointer) gtk_widget_get_name (child));
  g_ptr_array_add (names, NULL);
  order = g_strjoinv (",", (char **) names->pdata);
  g_assert_cmpstr (order, ==, "group-sponsor,group-sponsee,group-friend,group-crisis-line");

  /* Each row's call button says whom it calls; without a number it cannot. */
  row = rp_test_find_named (GTK_WIDGET (page.page), ann_row);
  call = rp_test_gui_find_descendant (row, GTK_TYPE_BUTTON);
  g_assert_true (gtk_widget_get_sensitive (call));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (call), ==, "Call Ann A.");
  row = rp_test_find_named (GTK_WIDGET (page.page), cy_row);
  call = rp_test_gui_find_descendant (row, GTK_TYPE_BUTTON);
  g_assert_false (gtk_widget_get_sensitive (call));

  close_page (&page);
}

static void
test_move (Fixture       *f,
           gconstpointer  user_data)
{
  g_autoptr(RpContact) ann = rp_test_contacts_add (f->store, "Ann A.", RP_CONTACT_ROLE_FRIEND, FALSE, "555 0101", NULL);
  g_autoptr(RpContact) bo = rp_test_contacts_add (f->store, "Bo B.", RP_CONTACT_ROLE_SPONSEE, FALSE, "555 0102", NULL);
  g_autoptr(RpContact) cy = rp_test_contacts_add (f->store, "Cy C.", RP_CONTACT_ROLE_FRIEND, FALSE, "555 0103", NULL);
  g_autoptr(RpContact) eve = rp_test_contacts_add (f->store, "Eve E.", RP_CONTACT_ROLE_FRIEND, FALSE, "555 0104", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpStore) reloaded = NULL;
  Page page = open_page (f->store, 600);
  g_autofree char *friends = NULL;
  g_autofree char *after_up = NULL;
  g_autofree char *saved = NULL;

  /* Down skips the sponsee in between: it moves within its group. */
  activate (&page, "support.move-down", rp_contact_get_id (ann));
  friends = group_titles (&page, "group-friend");
  g_assert_cmpstr (friends, ==, "Cy C.|Ann A.|Eve E.");

  activate (&page, "support.move-up", rp_contact_get_id (eve));
  after_up = group_titles (&page, "group-friend");
  g_assert_cmpstr (after_up, ==, "Cy C.|Eve E.|Ann A.");

  /* The first cannot go further up. */
  activate (&page, "support.move-up", rp_contact_get_id (cy));
  g_clear_pointer (&after_up, g_free);
  after_up = group_titles (&page, "group-friend");
  g_assert_cmpstr (after_up, ==, "Cy C.|Eve E.|Ann A.");

  /* Saved: another store on the same database reads the same order. */
  reloaded = rp_store_new (f->database);
  saved = model_names (reloaded);
  g_assert_cmpstr (saved, ==, "Cy C.|Bo B.|Eve E.|Ann A.");
  g_assert_no_error (error);

  close_page (&page);
  g_assert_finalize_object (g_steal_pointer (&reloaded));
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autoptr(RpContact) ann = rp_test_contacts_add (f->store, "Ann A.", RP_CONTACT_ROLE_FRIEND, FALSE, "555 0101", NULL);
  g_autoptr(RpContact) bo = rp_test_contacts_add (f->store, "Bo B.", RP_CONTACT_ROLE_FRIEND, FALSE, "555 0102", NULL);
  g_autoptr(RpContact) cy = rp_test_contacts_add (f->store, "Cy C.", RP_CONTACT_ROLE_FRIEND, FALSE, "555 0103", NULL);
  g_autoptr(RpContact) back = NULL;
  Page page = open_page (f->store, 600);
  g_autofree char *after_delete = NULL;
  g_autofree char *after_undo = NULL;
  g_autofree char *names = NULL;
  gint64 id = rp_contact_get_id (bo);

  activate (&page, "support.delete", id);
  g_assert_null (rp_store_find_contact (f->store, id));
  after_delete = group_titles (&page, "group-friend");
  g_assert_cmpstr (after_delete, ==, "Ann A.|Cy C.");
  /* The toast says who went. */
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (page.window), "Bo B. removed"));

  activate (&page, "support.undo-delete", id);
  back = rp_store_find_contact (f->store, id);
  g_assert_nonnull (back);
  g_assert_cmpstr (rp_contact_get_display_name (back), ==, "Bo B.");
  names = model_names (f->store);
  g_assert_cmpstr (names, ==, "Ann A.|Bo B.|Cy C.");
  after_undo = group_titles (&page, "group-friend");
  g_assert_cmpstr (after_undo, ==, "Ann A.|Bo B.|Cy C.");

  close_page (&page);
}

static void
test_sponsor_card (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autoptr(RpContact) sam = rp_test_contacts_add (f->store, "Sam S.", RP_CONTACT_ROLE_SPONSOR, TRUE, "555 0100", NULL);
  g_autoptr(RpContact) edited = NULL;
  g_autoptr(GError) error = NULL;
  Page page = open_page (f->store, 600);
  GtkWidget *call = rp_test_find_named (GTK_WIDGET (page.page), "sponsor-call");
  GtkWidget *text = rp_test_find_named (GTK_WIDGET (page.page), "sponsor-text");
  GtkWidget *email = rp_test_find_named (GTK_WIDGET (page.page), "sponsor-email");

  g_assert_true (gtk_widget_get_sensitive (call));
  g_assert_true (gtk_widget_get_sensitive (text));
  g_assert_false (gtk_widget_get_sensitive (email));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (email), "email address"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (call), ==, "Call Sam S.");

  /* An email address and no number: the other way round. */
  edited = rp_contact_copy (sam);
  rp_contact_set_phones (edited, NULL);
  rp_contact_set_email (edited, "sam@example.org");
  g_assert_true (rp_store_update_contact (f->store, edited, FALSE, &error));
  g_assert_no_error (error);
  rp_test_gui_iterate (50);
  g_assert_false (gtk_widget_get_sensitive (call));
  g_assert_false (gtk_widget_get_sensitive (text));
  g_assert_true (gtk_widget_get_sensitive (email));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (call), "phone number"));

  close_page (&page);
}

static void
test_prompt (Fixture       *f,
             gconstpointer  user_data)
{
  g_autoptr(RpContact) ann = NULL;
  Page page = open_page (f->store, 600);
  GtkWidget *card;

  /* Nobody saved: the empty state's button. */
  rp_support_page_prompt_sponsor (page.page);
  g_assert_true (gtk_window_get_focus (page.window) ==
                 rp_test_find_named (GTK_WIDGET (page.page), "empty-add-sponsor"));
  close_page (&page);

  /* Friends but no sponsor: the card, highlighted. */
  ann = rp_test_contacts_add (f->store, "Ann A.", RP_CONTACT_ROLE_FRIEND, FALSE, "555 0101", NULL);
  page = open_page (f->store, 600);
  card = rp_test_find_named (GTK_WIDGET (page.page), "add-sponsor-card");
  g_assert_true (gtk_widget_get_mapped (card));
  g_assert_false (gtk_widget_has_css_class (card, "prompt"));
  rp_support_page_prompt_sponsor (page.page);
  g_assert_true (gtk_widget_has_css_class (card, "prompt"));
  g_assert_true (gtk_window_get_focus (page.window) ==
                 rp_test_find_named (GTK_WIDGET (page.page), "add-sponsor"));
  close_page (&page);
}

static void
test_narrow (Fixture       *f,
             gconstpointer  user_data)
{
  g_autoptr(RpContact) sam = rp_test_contacts_add (f->store, "Samantha Longname-Example", RP_CONTACT_ROLE_SPONSOR, TRUE, "+1 (555) 010-0100", "sam@example.org");
  g_autoptr(RpContact) ann = rp_test_contacts_add (f->store, "Ann A.", RP_CONTACT_ROLE_FRIEND, FALSE, "555 0101", NULL);
  Page page = open_page (f->store, 360);
  int natural = 0;
  int minimum = 0;

  gtk_widget_measure (GTK_WIDGET (page.page), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page.window)), <=, 360);

  close_page (&page);
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

  g_test_add ("/support-page/groups", Fixture, NULL,
              rp_test_contacts_set_up, test_groups, rp_test_contacts_tear_down);
  g_test_add ("/support-page/move", Fixture, NULL,
              rp_test_contacts_set_up, test_move, rp_test_contacts_tear_down);
  g_test_add ("/support-page/delete-undo", Fixture, NULL,
              rp_test_contacts_set_up, test_delete_undo, rp_test_contacts_tear_down);
  g_test_add ("/support-page/sponsor-card", Fixture, NULL,
              rp_test_contacts_set_up, test_sponsor_card, rp_test_contacts_tear_down);
  g_test_add ("/support-page/prompt", Fixture, NULL,
              rp_test_contacts_set_up, test_prompt, rp_test_contacts_tear_down);
  g_test_add ("/support-page/narrow", Fixture, NULL,
              rp_test_contacts_set_up, test_narrow, rp_test_contacts_tear_down);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
