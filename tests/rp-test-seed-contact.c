/* rp-test-seed-contact.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Saves one contact in the default database ($XDG_DATA_HOME), for the
 * command-line tests: rp-test-seed-contact [--sponsor] NAME [NUMBER].
 * Prints nothing on success: the test's output never shows contact data. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-database.h"
#include "rp-store.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDatabase) database = NULL;
  g_autoptr(RpStore) store = NULL;
  g_autoptr(RpContact) contact = NULL;
  g_autofree char *path = NULL;
  gboolean sponsor = FALSE;
  int first = 1;

  if (argc > 1 && g_str_equal (argv[1], "--sponsor"))
    {
      sponsor = TRUE;
      first = 2;
    }
  if (argc - first < 1 || argc - first > 2)
    {
      g_printerr ("usage: rp-test-seed-contact [--sponsor] NAME [NUMBER]\n");
      return 2;
    }

  path = rp_database_get_default_path ();
  database = rp_database_open (path, &error);
  if (database == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  store = rp_store_new (database);

  contact = rp_contact_new ();
  rp_contact_set_display_name (contact, argv[first]);
  rp_contact_set_role (contact, sponsor ? RP_CONTACT_ROLE_SPONSOR : RP_CONTACT_ROLE_FRIEND);
  rp_contact_set_primary_sponsor (contact, sponsor);
  if (argc - first == 2)
    rp_contact_add_phone (contact, NULL, argv[first + 1]);

  if (!rp_store_add_contact (store, contact, FALSE, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
