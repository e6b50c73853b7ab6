/* test-store.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include <glib/gstdio.h>

#include "rp-store.h"
#include "rp-test-util.h"

typedef struct
{
  char       *dir;
  RpDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("reprieve-test-store-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "data", "reprieve.db", NULL);
  f->database = rp_database_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  /* The store must not keep the database alive. */
  g_assert_finalize_object (f->database);
  rp_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static void
test_store_properties (Fixture       *f,
                       gconstpointer  user_data)
{
  g_autoptr(RpDatabase) database = NULL;
  RpStore *store;
  gboolean has_sponsor = TRUE;

  store = rp_store_new (f->database);
  g_assert_true (RP_IS_STORE (store));
  g_assert_true (rp_store_get_database (store) == f->database);
  g_assert_false (rp_store_get_has_sponsor (store));

  g_object_get (store,
                "database", &database,
                "has-sponsor", &has_sponsor,
                NULL);
  g_assert_true (database == f->database);
  g_assert_false (has_sponsor);
  g_clear_object (&database);

  g_assert_finalize_object (store);
}

static void
test_store_property_flags (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (RP_TYPE_STORE);
  GParamSpec *pspec;

  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "database");
  g_assert_nonnull (pspec);
  g_assert_true (pspec->value_type == RP_TYPE_DATABASE);
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

  /* The header bar binds to it, so it must be readable and never settable. */
  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "has-sponsor");
  g_assert_nonnull (pspec);
  g_assert_true (pspec->value_type == G_TYPE_BOOLEAN);
  g_assert_true (pspec->flags & G_PARAM_READABLE);
  g_assert_false (pspec->flags & G_PARAM_WRITABLE);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
}

static void
changed_cb (RpStore    *store,
            const char *kind,
            GPtrArray  *kinds)
{
  g_ptr_array_add (kinds, g_strdup (kind));
}

static void
test_store_changed_signal (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);
  GSignalQuery query;
  RpStore *store;

  store = rp_store_new (f->database);

  g_signal_query (g_signal_lookup ("changed", RP_TYPE_STORE), &query);
  g_assert_cmpuint (query.signal_id, !=, 0);
  g_assert_true (query.signal_flags & G_SIGNAL_DETAILED);
  g_assert_cmpuint (query.n_params, ==, 1);
  g_assert_true ((query.param_types[0] & ~G_SIGNAL_TYPE_STATIC_SCOPE) == G_TYPE_STRING);

  /* Listeners may follow one kind of record only. */
  g_signal_connect (store, "changed::meeting", G_CALLBACK (changed_cb), kinds);
  g_signal_emit_by_name (store, "changed::contact", "contact");
  g_signal_emit_by_name (store, "changed::meeting", "meeting");
  g_assert_cmpuint (kinds->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (kinds, 0), ==, "meeting");

  g_assert_finalize_object (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/properties", Fixture, NULL,
              fixture_set_up, test_store_properties, fixture_tear_down);
  g_test_add_func ("/store/property-flags", test_store_property_flags);
  g_test_add ("/store/changed-signal", Fixture, NULL,
              fixture_set_up, test_store_changed_signal, fixture_tear_down);

  return g_test_run ();
}
