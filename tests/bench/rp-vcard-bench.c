/* rp-vcard-bench.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The vCard import's benchmark: a generated address book of 1,000 cards
 * (3.0 and 2.1 quoted-printable, the same bytes every run) parsed
 * (the first parse loads the rp-vcard module: shown apart), imported into a
 * fresh database in a throw-away folder, and imported again unchanged.
 *
 *   rp-vcard-bench [--cards N] [--runs N]
 *
 * The module comes from REPRIEVE_MODULE_DIR (`ninja bench` sets it). */

#define G_LOG_DOMAIN "rp-vcard-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "rp-database.h"
#include "rp-import-vcard.h"
#include "rp-store.h"
#include "rp-test-util.h"

static GBytes *
generate (int n_cards)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (int i = 0; i < n_cards; i++)
    {
      if (i % 4 == 3)
        g_string_append_printf (text,
                                "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                                "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller %d;J=C3=BCrgen;;;\r\n"
                                "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=\r\n=C3=BCller %d\r\n"
                                "TEL;CELL;PREF:+49 170 %07d\r\nEND:VCARD\r\n",
                                i, i, i);
      else
        g_string_append_printf (text,
                                "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bench-%d\r\nFN:Person Number %d\r\n"
                                "N:Number %d;Person;;;\r\nTEL;TYPE=CELL:+1 555 %07d\r\n"
                                "TEL;TYPE=HOME,VOICE:+1 555 %07d\r\nEMAIL;TYPE=INTERNET:person%d@example.org\r\n"
                                "NOTE:Met at the Tuesday night meeting\\, happy to take calls after\r\n"
                                " six.\r\nEND:VCARD\r\n",
                                i, i, i, i, i + 1, i);
    }

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static GPtrArray *
parse_or_die (GBytes *data)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *contacts = rp_import_vcard_parse (data, NULL, &error);

  if (contacts == NULL)
    {
      fprintf (stderr, "rp-vcard-bench: parse failed: %s\n", error->message);
      exit (1);
    }

  return contacts;
}

static double
import_ms (RpStore   *store,
           GPtrArray *contacts,
           guint     *out_imported,
           guint     *out_skipped)
{
  g_autoptr(GError) error = NULL;
  guint updated = 0;
  gint64 start = g_get_monotonic_time ();

  if (!rp_store_import_contacts (store, contacts, out_imported, &updated, out_skipped, &error))
    {
      fprintf (stderr, "rp-vcard-bench: import failed: %s\n", error->message);
      exit (1);
    }

  return elapsed_ms (start);
}

int
main (int   argc,
      char *argv[])
{
  int n_cards = 1000;
  int runs = 5;
  GOptionEntry entries[] = {
    { "cards", 0, 0, G_OPTION_ARG_INT, &n_cards, "Cards in the generated file", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Parse runs", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(RpDatabase) database = NULL;
  g_autoptr(RpStore) store = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  double first_ms, best_ms = G_MAXDOUBLE, import_first, import_again;
  guint imported = 0, skipped = 0;
  gint64 start;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || n_cards < 1 || runs < 1)
    {
      fprintf (stderr, "rp-vcard-bench: %s\n", error != NULL ? error->message : "bad numbers");
      return 2;
    }

  data = generate (n_cards);
  printf ("vCard benchmark: a generated file of %d cards, %.1f KB, %d runs\n",
          n_cards, g_bytes_get_size (data) / 1024.0, runs);

  start = g_get_monotonic_time ();
  contacts = parse_or_die (data);
  first_ms = elapsed_ms (start);
  for (int i = 0; i < runs; i++)
    {
      g_autoptr(GPtrArray) again = NULL;

      start = g_get_monotonic_time ();
      again = parse_or_die (data);
      best_ms = MIN (best_ms, elapsed_ms (start));
    }
  printf ("  first parse (loads the module) %8.1f ms  (%u contacts)\n", first_ms, contacts->len);
  printf ("  parse                     best %8.1f ms\n", best_ms);

  dir = g_dir_make_tmp ("rp-vcard-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "reprieve.db", NULL);
  database = rp_database_open (path, &error);
  g_assert_no_error (error);
  store = rp_store_new (database);

  import_first = import_ms (store, contacts, &imported, &skipped);
  printf ("  import into a new database     %8.1f ms  (%u imported)\n", import_first, imported);
  import_again = import_ms (store, contacts, &imported, &skipped);
  printf ("  import again, unchanged        %8.1f ms  (%u skipped)\n", import_again, skipped);

  g_clear_object (&store);
  g_clear_object (&database);
  rp_test_remove_tree (dir);

  return 0;
}
