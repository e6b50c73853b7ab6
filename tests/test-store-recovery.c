/* test-store-recovery.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store-recovery"

#include "config.h"

#include "rp-clean-time.h"
#include "rp-test-store.h"
#include "rp-test-util.h"

/* RpStore's clean time: recovery dates added, edited, reordered, deleted
 * and put back by Undo with their history; a reset keeps the period it
 * ended and refuses (writing nothing) a start before the old one or in
 * the future; the model follows another connection's writes on reload.
 * "Now" is given: 2026-03-10 12:00 in New York. */

static GDateTime *
now_new (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/New_York");

  g_assert_nonnull (zone);
  return g_date_time_new (zone, 2026, 3, 10, 12, 0, 0);
}

static gint64
add (RpStore    *store,
     const char *label,
     int         year,
     int         month,
     int         day,
     int         minute)
{
  g_autoptr(GDateTime) now = now_new ();
  GDate start = rp_test_make_date (year, month, day);
  g_autoptr(RpRecovery) recovery = rp_recovery_new (label, &start, minute);
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_store_add_recovery (store, recovery, now, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rp_recovery_get_id (recovery), >, 0);

  return rp_recovery_get_id (recovery);
}

/* "label@YYYY-MM-DD" for each date in the model, joined by ",". */
static char *
describe (RpStore *store)
{
  GListModel *model = rp_store_get_recoveries (store);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RpRecovery) recovery = g_list_model_get_item (model, i);
      g_autofree char *date = rp_schedule_format_storage_date (rp_recovery_get_start_date (recovery));

      g_assert_cmpint (rp_recovery_get_position (recovery), ==, (int) i);
      g_string_append_printf (text, "%s%s@%s", i > 0 ? "," : "",
                              rp_recovery_get_label (recovery), date);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_model (RpStore    *store,
              const char *expected)
{
  g_autofree char *text = describe (store);

  g_assert_cmpstr (text, ==, expected);
}

static char *
describe_periods (RpStore *store,
                  gint64   recovery_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) periods = rp_store_list_recovery_periods (store, recovery_id, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < periods->len; i++)
    {
      RpRecoveryPeriod *period = g_ptr_array_index (periods, i);
      g_autofree char *start = rp_schedule_format_storage_date (&period->start_date);
      g_autofree char *end = rp_schedule_format_storage_date (&period->end_date);

      g_string_append_printf (text, "%s%s/%d..%s:%u:%s", i > 0 ? "," : "", start,
                              period->start_minute, end, rp_recovery_period_get_days (period),
                              period->note != NULL ? period->note : "-");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_periods (RpStore    *store,
                gint64      recovery_id,
                const char *expected)
{
  g_autofree char *text = describe_periods (store, recovery_id);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_add_update (RpTestStore   *f,
                 gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = now_new ();
  g_autoptr(RpRecovery) edited = NULL;
  g_autoptr(RpRecovery) future = NULL;
  g_autoptr(RpRecovery) blank = NULL;
  g_autoptr(RpRecovery) found = NULL;
  g_autoptr(GError) error = NULL;
  GDate tomorrow = rp_test_make_date (2026, 3, 11);
  GDate today = rp_test_make_date (2026, 3, 10);
  guint n_changed = 0;
  RpRecoveryField field;
  gint64 gambling;

  g_signal_connect_swapped (f->store, "changed::recovery",
                            G_CALLBACK (rp_test_count_signal), &n_changed);
  assert_model (f->store, "");

  add (f->store, "  Alcohol ", 2025, 1, 31, RP_CLEAN_TIME_NO_START_MINUTE);
  gambling = add (f->store, "Gambling", 2026, 3, 10, 9 * 60);
  g_assert_cmpuint (n_changed, ==, 2);
  assert_model (f->store, "Alcohol@2025-01-31,Gambling@2026-03-10");
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM recovery"
                                      " WHERE cost_cents IS NULL"), ==, 2);

  /* The editor saves a copy; the model gets a new object. */
  found = rp_store_find_recovery (f->store, gambling);
  g_assert_nonnull (found);
  g_assert_cmpint (rp_recovery_get_start_minute (found), ==, 9 * 60);
  edited = rp_recovery_copy (found);
  rp_recovery_set_label (edited, "Betting");
  rp_recovery_set_cost_cents (edited, 2550);
  rp_recovery_set_start (edited, &today, RP_CLEAN_TIME_NO_START_MINUTE);
  g_assert_true (rp_store_update_recovery (f->store, edited, now, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 3);
  g_clear_object (&found);
  found = rp_store_find_recovery (f->store, gambling);
  g_assert_cmpint (rp_recovery_get_cost_cents (found), ==, 2550);
  g_assert_cmpint (rp_recovery_get_start_minute (found), ==, RP_CLEAN_TIME_NO_START_MINUTE);
  assert_model (f->store, "Alcohol@2025-01-31,Betting@2026-03-10");

  /* Refused: nothing written, no signal. */
  future = rp_recovery_new ("Sugar", &tomorrow, RP_CLEAN_TIME_NO_START_MINUTE);
  g_assert_false (rp_store_add_recovery (f->store, future, now, &error));
  g_assert_error (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_IN_FUTURE);
  g_clear_error (&error);
  g_assert_false (rp_recovery_validate (future, now, &field, NULL));
  g_assert_cmpint (field, ==, RP_RECOVERY_FIELD_START);

  /* Today, but at a time still to come (12:00 now). */
  rp_recovery_set_start (future, &today, 13 * 60);
  g_assert_false (rp_store_add_recovery (f->store, future, now, &error));
  g_assert_error (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_IN_FUTURE);
  g_clear_error (&error);

  blank = rp_recovery_new ("   ", &today, RP_CLEAN_TIME_NO_START_MINUTE);
  g_assert_false (rp_store_add_recovery (f->store, blank, now, &error));
  g_assert_error (error, RP_RECOVERY_ERROR, RP_RECOVERY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (rp_recovery_validate (blank, now, &field, NULL));
  g_assert_cmpint (field, ==, RP_RECOVERY_FIELD_LABEL);

  rp_recovery_set_label (blank, "Cost");
  rp_recovery_set_cost_cents (blank, RP_RECOVERY_MAX_COST_CENTS + 1);
  g_assert_false (rp_recovery_validate (blank, now, &field, &error));
  g_assert_error (error, RP_RECOVERY_ERROR, RP_RECOVERY_ERROR_INVALID);
  g_assert_cmpint (field, ==, RP_RECOVERY_FIELD_COST);
  g_clear_error (&error);
  rp_recovery_set_cost_cents (blank, RP_RECOVERY_MAX_COST_CENTS);
  g_assert_true (rp_recovery_validate (blank, now, &field, NULL));

  rp_recovery_set_label (blank, "0123456789012345678901234567890123456789012345678901234567890"
                                "12345678901234567890123456789012345678901");
  g_assert_false (rp_recovery_validate (blank, now, &field, NULL));
  g_assert_cmpint (field, ==, RP_RECOVERY_FIELD_LABEL);

  g_assert_cmpuint (n_changed, ==, 3);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM recovery"), ==, 2);
}

static void
test_reset_keeps_history (RpTestStore   *f,
                          gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = now_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RpRecovery) recovery = NULL;
  GDate slip = rp_test_make_date (2025, 8, 31);
  GDate second = rp_test_make_date (2026, 3, 10);
  guint n_changed = 0;
  gint64 id = add (f->store, "Alcohol", 2025, 1, 31, 22 * 60);

  g_signal_connect_swapped (f->store, "changed::recovery",
                            G_CALLBACK (rp_test_count_signal), &n_changed);

  g_assert_true (rp_store_reset_recovery (f->store, id, &slip, RP_CLEAN_TIME_NO_START_MINUTE,
                                          "  A hard weekend.  ", now, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  assert_model (f->store, "Alcohol@2025-08-31");
  recovery = rp_store_find_recovery (f->store, id);
  g_assert_cmpint (rp_recovery_get_start_minute (recovery), ==, RP_CLEAN_TIME_NO_START_MINUTE);

  /* The same day again (a second slip that day), with a time, no note. */
  g_assert_true (rp_store_reset_recovery (f->store, id, &second, 8 * 60, NULL, now, &error));
  g_assert_no_error (error);

  /* Newest first, lengths in calendar days, never dropped. */
  assert_periods (f->store, id,
                  "2025-08-31/-1..2026-03-10:191:-,"
                  "2025-01-31/1320..2025-08-31:212:A hard weekend.");
  assert_model (f->store, "Alcohol@2026-03-10");
  g_assert_cmpuint (n_changed, ==, 2);
}

static void
test_reset_refusals (RpTestStore   *f,
                     gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = now_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *long_note = g_strnfill (RP_RECOVERY_MAX_NOTE_LENGTH + 1, 'a');
  GDate before = rp_test_make_date (2025, 1, 30);
  GDate start = rp_test_make_date (2025, 1, 31);
  GDate tomorrow = rp_test_make_date (2026, 3, 11);
  GDate today = rp_test_make_date (2026, 3, 10);
  guint n_changed = 0;
  gint64 id = add (f->store, "Alcohol", 2025, 1, 31, 10 * 60);

  g_signal_connect_swapped (f->store, "changed::recovery",
                            G_CALLBACK (rp_test_count_signal), &n_changed);

  g_assert_false (rp_store_reset_recovery (f->store, id, &before, -1, NULL, now, &error));
  g_assert_error (error, RP_RECOVERY_ERROR, RP_RECOVERY_ERROR_INVALID);
  g_clear_error (&error);

  /* The start's own day, but earlier than its time. */
  g_assert_false (rp_store_reset_recovery (f->store, id, &start, 9 * 60, NULL, now, &error));
  g_assert_error (error, RP_RECOVERY_ERROR, RP_RECOVERY_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (rp_store_reset_recovery (f->store, id, &tomorrow, -1, NULL, now, &error));
  g_assert_error (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_IN_FUTURE);
  g_clear_error (&error);

  g_assert_false (rp_store_reset_recovery (f->store, id, &today, 18 * 60, NULL, now, &error));
  g_assert_error (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_IN_FUTURE);
  g_clear_error (&error);

  g_assert_false (rp_store_reset_recovery (f->store, id, &today, -1, long_note, now, &error));
  g_assert_error (error, RP_RECOVERY_ERROR, RP_RECOVERY_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (rp_store_reset_recovery (f->store, id + 100, &today, -1, NULL, now, &error));
  g_assert_error (error, RP_RECOVERY_ERROR, RP_RECOVERY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM recovery_period"), ==, 0);
  assert_model (f->store, "Alcohol@2025-01-31");
}

static void
test_delete_undo (RpTestStore   *f,
                  gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = now_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RpRecovery) kept = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(RpRecovery) deleted = NULL;
  GDate slip = rp_test_make_date (2025, 6, 1);
  gint64 b;

  add (f->store, "A", 2024, 1, 1, -1);
  b = add (f->store, "B", 2025, 1, 1, -1);
  add (f->store, "C", 2025, 2, 1, -1);
  g_assert_true (rp_store_reset_recovery (f->store, b, &slip, -1, "note", now, &error));
  g_assert_no_error (error);

  deleted = rp_store_find_recovery (f->store, b);
  kept = rp_recovery_copy (deleted);
  periods = rp_store_list_recovery_periods (f->store, b, &error);
  g_assert_no_error (error);
  g_assert_true (rp_store_delete_recovery (f->store, b, &error));
  g_assert_no_error (error);
  assert_model (f->store, "A@2024-01-01,C@2025-02-01");
  /* Its history went with it. */
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM recovery_period"), ==, 0);

  g_assert_false (rp_store_delete_recovery (f->store, b, &error));
  g_assert_error (error, RP_RECOVERY_ERROR, RP_RECOVERY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Undo: same id, same place, same history. */
  g_assert_true (rp_store_restore_recovery (f->store, kept, periods, &error));
  g_assert_no_error (error);
  assert_model (f->store, "A@2024-01-01,B@2025-06-01,C@2025-02-01");
  g_clear_object (&deleted);
  deleted = rp_store_find_recovery (f->store, b);
  g_assert_nonnull (deleted);
  assert_periods (f->store, b, "2025-01-01/-1..2025-06-01:151:note");

  /* Reorder: the listed first. */
  g_assert_true (rp_store_reorder_recoveries (f->store, (gint64[]) { b, b, 999 }, 3, &error));
  g_assert_no_error (error);
  assert_model (f->store, "B@2025-06-01,A@2024-01-01,C@2025-02-01");
}

static void
test_reload (RpTestStore   *f,
             gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = now_new ();
  g_autoptr(RpDatabase) other = NULL;
  g_autoptr(RpStore) other_store = NULL;
  g_autoptr(GError) error = NULL;
  GDate slip = rp_test_make_date (2026, 1, 1);
  guint n_changed = 0;
  gint64 id;

  add (f->store, "A", 2024, 1, 1, -1);
  assert_model (f->store, "A@2024-01-01");

  /* Another process (the command line, a second window) writes. */
  other = rp_database_open (rp_database_get_path (f->database), &error);
  g_assert_no_error (error);
  other_store = rp_store_new (other);
  id = add (other_store, "B", 2025, 5, 5, -1);
  g_assert_true (rp_store_reset_recovery (other_store, id, &slip, -1, NULL, now, &error));
  g_assert_no_error (error);

  g_signal_connect_swapped (f->store, "changed::recovery",
                            G_CALLBACK (rp_test_count_signal), &n_changed);
  g_assert_true (rp_store_reload (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  assert_model (f->store, "A@2024-01-01,B@2026-01-01");
  assert_periods (f->store, id, "2025-05-05/-1..2026-01-01:241:-");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, RpTestStore, NULL, rp_test_store_set_up, func, rp_test_store_tear_down)

  ADD ("/store/recovery/add-update", test_add_update);
  ADD ("/store/recovery/reset-keeps-history", test_reset_keeps_history);
  ADD ("/store/recovery/reset-refusals", test_reset_refusals);
  ADD ("/store/recovery/delete-undo", test_delete_undo);
  ADD ("/store/recovery/reload", test_reload);

  return g_test_run ();
}
