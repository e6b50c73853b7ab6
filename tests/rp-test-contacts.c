/* rp-test-contacts.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-test-contacts.h"
#include "rp-test-gui.h"

void
rp_test_contacts_set_up (RpTestContactsFixture *f,
                         gconstpointer          user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = rp_test_gui_get_data_home ();
  g_autofree char *name = g_strdup_printf ("contacts-%u.db", g_random_int ());
  g_autofree char *path = g_build_filename (data_home, name, NULL);

  g_mkdir_with_parents (data_home, 0700);
  f->database = rp_database_open (path, &error);
  g_assert_no_error (error);
  f->store = rp_store_new (f->database);
}

void
rp_test_contacts_tear_down (RpTestContactsFixture *f,
                            gconstpointer          user_data)
{
  /* Idle refreshes and closed windows let go of the store. */
  rp_test_gui_iterate (50);
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->database);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

/* Returns: (transfer full): the saved contact, with its id */
RpContact *
rp_test_contacts_add (RpStore       *store,
                      const char    *name,
                      RpContactRole  role,
                      gboolean       primary_sponsor,
                      const char    *number,
                      const char    *email)
{
  g_autoptr(RpContact) contact = rp_contact_new ();
  g_autoptr(GError) error = NULL;

  rp_contact_set_display_name (contact, name);
  rp_contact_set_role (contact, role);
  rp_contact_set_primary_sponsor (contact, primary_sponsor);
  if (number != NULL)
    rp_contact_add_phone (contact, NULL, number);
  rp_contact_set_email (contact, email);
  rp_store_add_contact (store, contact, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_contact_get_id (contact), >, 0);

  return g_steal_pointer (&contact);
}

GtkWidget *
rp_test_find_named (GtkWidget  *root,
                    const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = rp_test_find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_titles (GtkWidget *root,
                GPtrArray *titles)
{
  if (ADW_IS_ACTION_ROW (root) && gtk_widget_get_visible (root))
    {
      g_ptr_array_add (titles,
                       g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root))));
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_titles (child, titles);
}

/* The titles of the visible action rows under @root, in order. */
GPtrArray *
rp_test_row_titles (GtkWidget *root)
{
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  collect_titles (root, titles);

  return titles;
}

/* The same, joined with "|": easy to compare. */
char *
rp_test_join_titles (GtkWidget *root)
{
  g_autoptr(GPtrArray) titles = rp_test_row_titles (root);

  g_ptr_array_add (titles, NULL);

  return g_strjoinv ("|", (char **) titles->pdata);
}
