/* test-store-contacts.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store-contacts"

#include "config.h"

#include "rp-database-private.h"
#include "rp-test-store.h"
#include "rp-test-util.h"

/* RpStore's support network: saving and the user's order, the single
 * primary sponsor, delete and Undo, reordering, imports found again, a
 * reload after another process wrote, and the call log's counts by
 * local day and week across a DST change. */

static RpContact *
make_contact (const char    *name,
              RpContactRole  role,
              const char    *number)
{
  RpContact *contact = rp_contact_new ();

  rp_contact_set_display_name (contact, name);
  rp_contact_set_role (contact, role);
  if (number != NULL)
    rp_contact_add_phone (contact, "Mobile", number);

  return contact;
}

static gint64
add (RpStore       *store,
     const char    *name,
     RpContactRole  role,
     const char    *number)
{
  g_autoptr(RpContact) contact = make_contact (name, role, number);
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_store_add_contact (store, contact, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rp_contact_get_id (contact), >, 0);

  return rp_contact_get_id (contact);
}

/* The names in the model, joined by ",". */
static char *
names (RpStore *store)
{
  GListModel *model = rp_store_get_contacts (store);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RpContact) contact = g_list_model_get_item (model, i);

      g_assert_cmpint (rp_contact_get_position (contact), ==, i);
      g_string_append_printf (text, "%s%s", i > 0 ? "," : "", rp_contact_get_display_name (contact));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_names (RpStore    *store,
              const char *expected)
{
  g_autofree char *actual = names (store);

  g_assert_cmpstr (actual, ==, expected);
}

static void
test_add_update (RpTestStore   *f,
                 gconstpointer  user_data)
{
  g_autoptr(RpContact) saved = NULL;
  g_autoptr(RpContact) edited = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  guint n_changed = 0;

  g_signal_connect_swapped (f->store, "changed::contact", G_CALLBACK (rp_test_count_signal), &n_changed);

  id = add (f->store, "Sam K.", RP_CONTACT_ROLE_FRIEND, "+1 (555) 123-4567");
  add (f->store, "Alex", RP_CONTACT_ROLE_HOME_GROUP, "555 2222");
  assert_names (f->store, "Sam K.,Alex");
  g_assert_cmpuint (n_changed, ==, 2);

  saved = rp_store_find_contact (f->store, id);
  g_assert_nonnull (saved);
  g_assert_cmpstr (rp_contact_get_phone_number (saved), ==, "+1 (555) 123-4567");
  g_assert_nonnull (rp_contact_get_created (saved));

  edited = rp_contact_copy (saved);
  rp_contact_set_display_name (edited, "Sam");
  rp_contact_add_phone (edited, "Work", "555 3333");
  rp_contact_set_email (edited, "sam@example.org");
  rp_contact_set_call_hours (edited, "Evenings");
  g_assert_true (rp_store_update_contact (f->store, edited, FALSE, &error));
  g_assert_no_error (error);
  assert_names (f->store, "Sam,Alex");

  g_clear_object (&saved);
  saved = rp_store_find_contact (f->store, id);
  g_assert_cmpuint (rp_contact_get_phones (saved)->len, ==, 2);
  g_assert_cmpstr (((RpContactPhone *) g_ptr_array_index (rp_contact_get_phones (saved), 1))->label, ==, "Work");
  g_assert_cmpstr (rp_contact_get_email (saved), ==, "sam@example.org");

  /* An invalid contact writes nothing. */
  rp_contact_add_phone (edited, NULL, "call me");
  g_assert_false (rp_store_update_contact (f->store, edited, FALSE, &error));
  g_assert_error (error, RP_CONTACT_ERROR, RP_CONTACT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM contact_phone"), ==, 3);

  /* A contact removed meanwhile. */
  g_assert_true (rp_store_delete_contact (f->store, id, &error));
  g_clear_object (&edited);
  edited = rp_contact_copy (saved);
  g_assert_false (rp_store_update_contact (f->store, edited, FALSE, &error));
  g_assert_error (error, RP_CONTACT_ERROR, RP_CONTACT_ERROR_NOT_FOUND);
}

static void
test_single_sponsor (RpTestStore   *f,
                     gconstpointer  user_data)
{
  g_autoptr(RpContact) first = make_contact ("Pat", RP_CONTACT_ROLE_SPONSOR, "555 1000");
  g_autoptr(RpContact) second = make_contact ("Chris", RP_CONTACT_ROLE_SPONSOR, "555 2000");
  g_autoptr(RpContact) sponsor = NULL;
  g_autoptr(GError) error = NULL;
  guint n_notify = 0;

  g_signal_connect_swapped (f->store, "notify::has-sponsor", G_CALLBACK (rp_test_count_signal), &n_notify);
  g_assert_false (rp_store_get_has_sponsor (f->store));
  g_assert_null (rp_store_get_sponsor (f->store));

  rp_contact_set_primary_sponsor (first, TRUE);
  g_assert_true (rp_store_add_contact (f->store, first, FALSE, &error));
  g_assert_true (rp_store_get_has_sponsor (f->store));
  g_assert_cmpuint (n_notify, ==, 1);

  /* A second primary sponsor: refused until the user agrees. */
  rp_contact_set_primary_sponsor (second, TRUE);
  g_assert_false (rp_store_add_contact (f->store, second, FALSE, &error));
  g_assert_error (error, RP_CONTACT_ERROR, RP_CONTACT_ERROR_SPONSOR_TAKEN);
  g_clear_error (&error);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM contact"), ==, 1);
  g_assert_cmpint (rp_contact_get_id (second), ==, 0);

  g_assert_true (rp_store_add_contact (f->store, second, TRUE, &error));
  g_assert_no_error (error);
  sponsor = rp_store_get_sponsor (f->store);
  g_assert_cmpstr (rp_contact_get_display_name (sponsor), ==, "Chris");
  g_assert_cmpint (rp_test_query_int (f->database,
                                      "SELECT count(*) FROM contact WHERE primary_sponsor = 1"), ==, 1);
  /* The first stays in the network, as a sponsor. */
  g_assert_cmpint (rp_test_query_int (f->database,
                                      "SELECT role FROM contact WHERE display_name = 'Pat'"), ==,
                   RP_CONTACT_ROLE_SPONSOR);
  g_assert_true (rp_store_get_has_sponsor (f->store));
  g_assert_cmpuint (n_notify, ==, 1);

  /* The database itself refuses two, whoever writes. */
  g_assert_false (rp_database_exec (f->database,
                                    "UPDATE contact SET primary_sponsor = 1", &error));
  g_clear_error (&error);
  g_assert_false (rp_database_exec (f->database,
                                    "UPDATE contact SET role = 3 WHERE primary_sponsor = 1", &error));
  g_clear_error (&error);

  /* Removing the sponsor: no sponsor any more. */
  g_assert_true (rp_store_delete_contact (f->store, rp_contact_get_id (sponsor), &error));
  g_assert_false (rp_store_get_has_sponsor (f->store));
  g_assert_cmpuint (n_notify, ==, 2);
}

static void
test_delete_undo (RpTestStore   *f,
                  gconstpointer  user_data)
{
  g_autoptr(RpContact) removed = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 20, 18, 0, 0);
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 11, 1, 0, 0, 0);
  g_autoptr(GDateTime) until = g_date_time_new_utc (2026, 12, 1, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  gint64 id;
  guint count = 0;

  add (f->store, "A", RP_CONTACT_ROLE_FRIEND, "555 1001");
  id = add (f->store, "B", RP_CONTACT_ROLE_SPONSOR, "555 1002");
  add (f->store, "C", RP_CONTACT_ROLE_FRIEND, "555 1003");
  {
    g_autoptr(RpContact) b = rp_store_find_contact (f->store, id);

    rp_contact_add_phone (b, "Home", "555 1004");
    rp_contact_set_primary_sponsor (b, TRUE);
    g_assert_true (rp_store_update_contact (f->store, b, FALSE, &error));
  }
  g_assert_true (rp_store_log_call (f->store, id, RP_CALL_KIND_CALL, now, &error));

  removed = rp_store_find_contact (f->store, id);
  g_assert_true (rp_store_delete_contact (f->store, id, &error));
  g_assert_no_error (error);
  assert_names (f->store, "A,C");
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM contact_phone"), ==, 2);
  g_assert_false (rp_store_get_has_sponsor (f->store));

  /* The call still counts. */
  g_assert_true (rp_store_count_calls (f->store, from, until, &count, &error));
  g_assert_cmpuint (count, ==, 1);

  g_assert_true (rp_store_restore_contact (f->store, removed, &error));
  g_assert_no_error (error);
  assert_names (f->store, "A,B,C");
  {
    g_autoptr(RpContact) back = rp_store_find_contact (f->store, id);

    g_assert_nonnull (back);
    g_assert_cmpuint (rp_contact_get_phones (back)->len, ==, 2);
    g_assert_cmpstr (rp_contact_get_created (back), ==, rp_contact_get_created (removed));
    g_assert_true (rp_contact_get_primary_sponsor (back));
  }
  g_assert_true (rp_store_get_has_sponsor (f->store));

  /* Restoring twice fails cleanly. */
  g_assert_false (rp_store_restore_contact (f->store, removed, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_names (f->store, "A,B,C");

  /* Another sponsor named meanwhile: the restored one is not primary. */
  g_assert_true (rp_store_delete_contact (f->store, id, &error));
  {
    g_autoptr(RpContact) other = make_contact ("D", RP_CONTACT_ROLE_SPONSOR, "555 1005");

    rp_contact_set_primary_sponsor (other, TRUE);
    g_assert_true (rp_store_add_contact (f->store, other, FALSE, &error));
  }
  g_assert_true (rp_store_restore_contact (f->store, removed, &error));
  g_assert_no_error (error);
  assert_names (f->store, "A,B,C,D");
  {
    g_autoptr(RpContact) sponsor = rp_store_get_sponsor (f->store);

    g_assert_cmpstr (rp_contact_get_display_name (sponsor), ==, "D");
  }
}

static void
test_reorder (RpTestStore   *f,
              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  gint64 a = add (f->store, "A", RP_CONTACT_ROLE_FRIEND, "555 1001");
  gint64 b = add (f->store, "B", RP_CONTACT_ROLE_FRIEND, "555 1002");
  gint64 c = add (f->store, "C", RP_CONTACT_ROLE_FRIEND, "555 1003");
  gint64 order[] = { c, a, b };
  gint64 partial[] = { b, 9999, b };

  g_assert_true (rp_store_reorder_contacts (f->store, order, G_N_ELEMENTS (order), &error));
  g_assert_no_error (error);
  assert_names (f->store, "C,A,B");

  /* Unknown and repeated ids are ignored; the others keep their order. */
  g_assert_true (rp_store_reorder_contacts (f->store, partial, G_N_ELEMENTS (partial), &error));
  assert_names (f->store, "B,C,A");

  /* The order is the database's, not only the model's. */
  g_assert_true (rp_store_reload (f->store, &error));
  assert_names (f->store, "B,C,A");
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT position FROM contact WHERE display_name = 'A'"),
                   ==, 2);
}

static void
test_import (RpTestStore   *f,
             gconstpointer  user_data)
{
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint imported = 0, updated = 0, skipped = 0;
  RpContact *with_uid;
  RpContact *without_uid;
  gint64 sam_id;

  with_uid = make_contact ("Sam Kelly", RP_CONTACT_ROLE_FRIEND, "+1 555 123 4567");
  rp_contact_set_import_uid (with_uid, "uid-1");
  g_ptr_array_add (contacts, with_uid);
  without_uid = make_contact ("Alex", RP_CONTACT_ROLE_FRIEND, "555-2222");
  g_ptr_array_add (contacts, without_uid);
  g_ptr_array_add (contacts, make_contact ("No way to reach", RP_CONTACT_ROLE_FRIEND, NULL));
  /* The same person twice in one file. */
  g_ptr_array_add (contacts, make_contact ("Alex", RP_CONTACT_ROLE_FRIEND, "(555) 2222"));

  g_assert_true (rp_store_import_contacts (f->store, contacts, &imported, &updated, &skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (imported, ==, 2);
  g_assert_cmpuint (updated, ==, 0);
  g_assert_cmpuint (skipped, ==, 2);
  assert_names (f->store, "Sam Kelly,Alex");
  /* The parsed objects are not the saved ones. */
  g_assert_cmpint (rp_contact_get_id (with_uid), ==, 0);

  /* The user shortens the name and sets the role; the file changes a
   * number later. */
  {
    g_autoptr(RpContact) sam = g_list_model_get_item (rp_store_get_contacts (f->store), 0);
    g_autoptr(RpContact) edited = rp_contact_copy (sam);

    sam_id = rp_contact_get_id (sam);
    rp_contact_set_display_name (edited, "Sam K.");
    rp_contact_set_role (edited, RP_CONTACT_ROLE_SPONSEE);
    g_assert_true (rp_store_update_contact (f->store, edited, FALSE, &error));
  }

  g_assert_true (rp_store_import_contacts (f->store, contacts, &imported, &updated, &skipped, &error));
  g_assert_cmpuint (imported, ==, 0);
  g_assert_cmpuint (updated, ==, 0);
  g_assert_cmpuint (skipped, ==, 4);

  {
    g_autoptr(GPtrArray) phones = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_contact_phone_free);

    g_ptr_array_add (phones, rp_contact_phone_new ("Mobile", "+1 555 999 0000"));
    rp_contact_set_phones (with_uid, phones);
  }
  g_assert_true (rp_store_import_contacts (f->store, contacts, &imported, &updated, &skipped, &error));
  g_assert_cmpuint (imported, ==, 0);
  g_assert_cmpuint (updated, ==, 1);
  g_assert_cmpuint (skipped, ==, 3);
  {
    g_autoptr(RpContact) sam = rp_store_find_contact (f->store, sam_id);

    g_assert_cmpstr (rp_contact_get_display_name (sam), ==, "Sam K.");
    g_assert_cmpint (rp_contact_get_role (sam), ==, RP_CONTACT_ROLE_SPONSEE);
    g_assert_cmpstr (rp_contact_get_phone_number (sam), ==, "+1 555 999 0000");
  }

  /* All or nothing: a failure part-way writes nothing. */
  rp_test_exec (f->database,
                "CREATE TRIGGER fail_third AFTER INSERT ON contact"
                " WHEN (SELECT count(*) FROM contact) > 3"
                " BEGIN SELECT RAISE (ABORT, 'injected'); END;");
  {
    g_autoptr(GPtrArray) more = g_ptr_array_new_with_free_func (g_object_unref);

    g_autoptr(RpContact) sam = rp_store_find_contact (f->store, sam_id);
    RpContact *sam_again = make_contact ("Sam Kelly", RP_CONTACT_ROLE_FRIEND, "+1 555 000 1111");

    /* An update, then two inserts, the second of which fails. */
    rp_contact_set_import_uid (sam_again, "uid-1");
    g_ptr_array_add (more, sam_again);
    g_ptr_array_add (more, make_contact ("E", RP_CONTACT_ROLE_FRIEND, "555 3001"));
    g_ptr_array_add (more, make_contact ("F", RP_CONTACT_ROLE_FRIEND, "555 3002"));
    g_assert_false (rp_store_import_contacts (f->store, more, &imported, &updated, &skipped, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);

    /* The model's object was not changed on the way. */
    g_assert_cmpstr (rp_contact_get_phone_number (sam), ==, "+1 555 999 0000");
  }
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM contact"), ==, 2);
  assert_names (f->store, "Sam K.,Alex");
}

static void
test_reload (RpTestStore   *f,
             gconstpointer  user_data)
{
  g_autoptr(RpDatabase) other = NULL;
  g_autoptr(RpStore) other_store = NULL;
  g_autoptr(RpContact) sponsor = make_contact ("Pat", RP_CONTACT_ROLE_SPONSOR, "555 1000");
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  add (f->store, "A", RP_CONTACT_ROLE_FRIEND, "555 1001");

  /* Another process (the command line) adds the sponsor. */
  other = rp_database_open (rp_database_get_path (f->database), &error);
  g_assert_no_error (error);
  other_store = rp_store_new (other);
  rp_contact_set_primary_sponsor (sponsor, TRUE);
  g_assert_true (rp_store_add_contact (other_store, sponsor, FALSE, &error));

  g_assert_false (rp_store_get_has_sponsor (f->store));
  g_signal_connect_swapped (f->store, "changed::contact", G_CALLBACK (rp_test_count_signal), &n_changed);
  g_assert_true (rp_store_reload (f->store, &error));
  g_assert_no_error (error);
  g_assert_true (rp_store_get_has_sponsor (f->store));
  g_assert_cmpuint (n_changed, ==, 1);
  assert_names (f->store, "A,Pat");

  /* Nothing new: no signal. */
  g_assert_true (rp_store_reload (f->store, &error));
  g_assert_cmpuint (n_changed, ==, 1);
}

static void
log_at (RpStore    *store,
        const char *iso8601)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (iso8601, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (when);
  g_assert_true (rp_store_log_call (store, 1, RP_CALL_KIND_CALL, when, &error));
  g_assert_no_error (error);
}

static void
test_call_counts (RpTestStore   *f,
                  gconstpointer  user_data)
{
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GDate) first = g_date_new_dmy (31, G_DATE_OCTOBER, 2026);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;
  /* Oct 31, then Nov 1 (the clocks go back: 25 hours), … Nov 7. */
  const guint expected_days[] = { 1, 4, 0, 0, 0, 0, 0, 1 };

  g_assert_nonnull (new_york);
  g_signal_connect_swapped (f->store, "changed::call-log", G_CALLBACK (rp_test_count_signal), &n_changed);

  /* 31 Oct, 23:30 EDT. */
  log_at (f->store, "2026-11-01T03:30:00Z");
  /* 1 Nov: 00:30 EDT, 01:30 EDT, 01:30 EST (the hour again), and 23:30
   * EST, which is already 2 Nov in UTC. */
  log_at (f->store, "2026-11-01T04:30:00Z");
  log_at (f->store, "2026-11-01T05:30:00Z");
  log_at (f->store, "2026-11-01T06:30:00Z");
  log_at (f->store, "2026-11-02T04:30:00Z");
  /* 7 Nov, 23:59 EST. */
  log_at (f->store, "2026-11-08T04:59:00Z");
  /* 30 Oct: before the range. */
  log_at (f->store, "2026-10-31T03:00:00Z");
  g_assert_cmpuint (n_changed, ==, 7);

  days = rp_store_count_calls_per_day (f->store, first, 8, new_york, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 8);
  for (guint i = 0; i < 8; i++)
    g_assert_cmpuint (g_array_index (days, guint, i), ==, expected_days[i]);

  weeks = rp_store_count_calls_per_week (f->store, first, 2, new_york, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_array_index (weeks, guint, 0), ==, 5);
  g_assert_cmpuint (g_array_index (weeks, guint, 1), ==, 1);

  {
    g_autoptr(GDateTime) from = g_date_time_new_from_iso8601 ("2026-11-01T00:00:00Z", NULL);
    g_autoptr(GDateTime) until = g_date_time_new_from_iso8601 ("2026-11-01T05:30:00Z", NULL);
    guint count = 0;

    /* [from, until): the call at exactly until is not counted. */
    g_assert_true (rp_store_count_calls (f->store, from, until, &count, &error));
    g_assert_cmpuint (count, ==, 2);
  }

  /* The log refuses malformed rows whoever writes them. */
  g_assert_false (rp_database_exec (f->database,
                                    "INSERT INTO call_log (contact_id, kind, at) VALUES (1, 7, '2026-11-01T00:00:00Z')",
                                    &error));
  g_clear_error (&error);
  g_assert_false (rp_database_exec (f->database,
                                    "INSERT INTO call_log (contact_id, kind, at) VALUES (1, 0, 'yesterday')",
                                    &error));
}

/* Schema 4 → 5 keeps what was there and adds the network, empty. */
static void
test_migration (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("reprieve-contacts-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "reprieve.db", NULL);
  const RpMigration *builtin;
  guint n_builtin = 0;
  RpDatabase *db;

  g_assert_no_error (error);
  builtin = rp_database_get_builtin_migrations (&n_builtin);
  g_assert_cmpuint (n_builtin, >=, 5);
  g_assert_cmpint (builtin[4].version, ==, 5);

  db = rp_database_open_with_migrations (path, builtin, 4, &error);
  g_assert_no_error (error);
  rp_test_exec (db,
                "INSERT INTO meeting (name, rrule, first_date, start_time, duration_minutes,"
                " time_zone, created, updated)"
                " VALUES ('Kept', 'FREQ=WEEKLY;BYDAY=MO', '2026-01-05', '19:00', 60, 'UTC', 'c', 'u');");
  g_assert_finalize_object (db);

  db = rp_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM meeting WHERE name = 'Kept'"), ==, 1);
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM contact"), ==, 0);
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM contact_phone"), ==, 0);
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM call_log"), ==, 0);
  g_assert_finalize_object (db);

  rp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, RpTestStore, NULL, rp_test_store_set_up, func, rp_test_store_tear_down)

  ADD ("/store/contacts/add-update", test_add_update);
  ADD ("/store/contacts/single-sponsor", test_single_sponsor);
  ADD ("/store/contacts/delete-undo", test_delete_undo);
  ADD ("/store/contacts/reorder", test_reorder);
  ADD ("/store/contacts/import", test_import);
  ADD ("/store/contacts/reload", test_reload);
  ADD ("/store/contacts/call-counts", test_call_counts);
  g_test_add_func ("/store/contacts/migration", test_migration);

  return g_test_run ();
}
