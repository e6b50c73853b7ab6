/* test-store-steps.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store-steps"

#include "config.h"

#include "rp-test-store.h"
#include "rp-test-util.h"

/* RpStore's step work: twelve steps not started on an empty database; the
 * dates a change of status sets (and only a change); validation refusals
 * that write nothing and emit nothing; notes up to the cap, kept across
 * status changes; a second store on the same file (another process)
 * reads it all back, and rp_store_reload() tells. */

static GDateTime *
local_noon (int year,
            int month,
            int day)
{
  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

static RpStepWork *
load (RpTestStore *f,
      guint        step)
{
  g_autoptr(GError) error = NULL;
  RpStepWork *work = rp_store_load_step (f->store, step, &error);

  g_assert_no_error (error);
  g_assert_nonnull (work);

  return work;
}

static void
save (RpTestStore *f,
      RpStepWork  *work,
      GDateTime   *now)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_store_save_step_work (f->store, work, now, &error));
  g_assert_no_error (error);
}

static void
assert_date (const GDate *date,
             int          year,
             int          month,
             int          day)
{
  GDate expected = rp_test_make_date (year, month, day);

  g_assert_nonnull (date);
  g_assert_cmpint (g_date_compare (date, &expected), ==, 0);
}

static void
test_defaults (RpTestStore   *f,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = rp_store_load_step_work (f->store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 12);
  for (guint i = 0; i < steps->len; i++)
    {
      RpStepWork *work = g_ptr_array_index (steps, i);

      g_assert_cmpuint (rp_step_work_get_step (work), ==, i + 1);
      g_assert_cmpint (rp_step_work_get_status (work), ==, RP_STEP_STATUS_NOT_STARTED);
      g_assert_null (rp_step_work_get_started (work));
      g_assert_null (rp_step_work_get_finished (work));
      g_assert_null (rp_step_work_get_notes (work));
    }
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM step_work"), ==, 0);
}

static void
test_transitions (RpTestStore   *f,
                  gconstpointer  user_data)
{
  g_autoptr(GDateTime) march_3 = local_noon (2026, 3, 3);
  g_autoptr(GDateTime) april_9 = local_noon (2026, 4, 9);
  g_autoptr(GDateTime) june_1 = local_noon (2026, 6, 1);
  g_autoptr(GDateTime) june_2 = local_noon (2026, 6, 2);
  g_autoptr(RpStepWork) work = load (f, 4);
  g_autoptr(RpStepWork) loaded = NULL;
  g_autoptr(RpStepWork) direct = NULL;
  GDate earlier = rp_test_make_date (2026, 2, 20);
  guint changed = 0;

  g_signal_connect_swapped (f->store, "changed::step", G_CALLBACK (rp_test_count_signal), &changed);

  /* Working: started today. */
  rp_step_work_set_status (work, RP_STEP_STATUS_WORKING);
  save (f, work, march_3);
  g_assert_cmpuint (changed, ==, 1);
  assert_date (rp_step_work_get_started (work), 2026, 3, 3);
  g_assert_null (rp_step_work_get_finished (work));
  g_assert_nonnull (rp_step_work_get_updated (work));

  loaded = load (f, 4);
  g_assert_cmpint (rp_step_work_get_status (loaded), ==, RP_STEP_STATUS_WORKING);
  assert_date (rp_step_work_get_started (loaded), 2026, 3, 3);
  g_clear_object (&loaded);

  /* Saving again without a change of status keeps what the user set,
   * even no start date. */
  rp_step_work_set_started (work, &earlier);
  save (f, work, april_9);
  assert_date (rp_step_work_get_started (work), 2026, 2, 20);
  rp_step_work_set_started (work, NULL);
  save (f, work, april_9);
  g_assert_null (rp_step_work_get_started (work));
  rp_step_work_set_started (work, &earlier);
  save (f, work, april_9);

  /* Done: finished today, the start kept. */
  rp_step_work_set_status (work, RP_STEP_STATUS_DONE);
  save (f, work, june_1);
  assert_date (rp_step_work_get_started (work), 2026, 2, 20);
  assert_date (rp_step_work_get_finished (work), 2026, 6, 1);
  loaded = load (f, 4);
  assert_date (rp_step_work_get_finished (loaded), 2026, 6, 1);
  g_clear_object (&loaded);

  /* Back to Working: no finish date, the start kept. */
  rp_step_work_set_status (work, RP_STEP_STATUS_WORKING);
  save (f, work, june_2);
  assert_date (rp_step_work_get_started (work), 2026, 2, 20);
  g_assert_null (rp_step_work_get_finished (work));

  /* Done with a finish date given: kept. */
  rp_step_work_set_status (work, RP_STEP_STATUS_DONE);
  rp_step_work_set_finished (work, &earlier);
  save (f, work, june_2);
  assert_date (rp_step_work_get_finished (work), 2026, 2, 20);

  /* Not Started: both dates cleared. */
  rp_step_work_set_status (work, RP_STEP_STATUS_NOT_STARTED);
  save (f, work, june_2);
  g_assert_null (rp_step_work_get_started (work));
  g_assert_null (rp_step_work_get_finished (work));
  loaded = load (f, 4);
  g_assert_cmpint (rp_step_work_get_status (loaded), ==, RP_STEP_STATUS_NOT_STARTED);
  g_assert_null (rp_step_work_get_started (loaded));
  g_assert_null (rp_step_work_get_finished (loaded));

  /* Straight from Not Started to Done: only the finish date. */
  direct = load (f, 1);
  rp_step_work_set_status (direct, RP_STEP_STATUS_DONE);
  save (f, direct, june_2);
  g_assert_null (rp_step_work_get_started (direct));
  assert_date (rp_step_work_get_finished (direct), 2026, 6, 2);

  g_assert_cmpuint (changed, ==, 9);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM step_work"), ==, 2);
}

static void
assert_refused (RpTestStore *f,
                RpStepWork  *work,
                GDateTime   *now)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = rp_test_query_text (f->database,
                                                "SELECT group_concat (step || status || ifnull (started, '')"
                                                " || ifnull (finished, '') || ifnull (notes, ''), '|')"
                                                " FROM step_work");
  g_autofree char *after = NULL;

  g_assert_false (rp_store_save_step_work (f->store, work, now, &error));
  g_assert_error (error, RP_STEP_WORK_ERROR, RP_STEP_WORK_ERROR_INVALID);
  after = rp_test_query_text (f->database,
                              "SELECT group_concat (step || status || ifnull (started, '')"
                              " || ifnull (finished, '') || ifnull (notes, ''), '|')"
                              " FROM step_work");
  g_assert_cmpstr (before, ==, after);
}

static void
test_refusals (RpTestStore   *f,
               gconstpointer  user_data)
{
  g_autoptr(GDateTime) june_1 = local_noon (2026, 6, 1);
  g_autoptr(RpStepWork) work = load (f, 2);
  g_autoptr(RpStepWork) other = load (f, 3);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GDate tomorrow = rp_test_make_date (2026, 6, 2);
  GDate before = rp_test_make_date (2026, 1, 1);
  GDate day_before = rp_test_make_date (2025, 12, 31);
  GDate may_1 = rp_test_make_date (2026, 5, 1);
  guint changed = 0;

  rp_step_work_set_status (work, RP_STEP_STATUS_WORKING);
  rp_step_work_set_notes (work, "kept");
  save (f, work, june_1);

  g_signal_connect_swapped (f->store, "changed::step", G_CALLBACK (rp_test_count_signal), &changed);

  /* A start in the future. */
  rp_step_work_set_started (work, &tomorrow);
  rp_step_work_set_notes (work, "not saved");
  assert_refused (f, work, june_1);
  /* The object is left as the user had it. */
  assert_date (rp_step_work_get_started (work), 2026, 6, 2);
  rp_step_work_set_started (work, &before);

  /* Done before it started. */
  rp_step_work_set_status (work, RP_STEP_STATUS_DONE);
  rp_step_work_set_finished (work, &day_before);
  assert_refused (f, work, june_1);

  /* A finish date on a step being worked on (no change of status). */
  rp_step_work_set_status (work, RP_STEP_STATUS_WORKING);
  rp_step_work_set_finished (work, &may_1);
  assert_refused (f, work, june_1);

  /* A new step started in the future: nothing written, no row. */
  rp_step_work_set_status (other, RP_STEP_STATUS_WORKING);
  rp_step_work_set_started (other, &tomorrow);
  assert_refused (f, other, june_1);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM step_work WHERE step = 3"), ==, 0);

  /* Notes over the cap, through either call. */
  for (guint i = 0; i <= RP_STEP_WORK_MAX_NOTES_LENGTH; i++)
    g_string_append_c (notes, 'x');
  rp_step_work_set_finished (work, NULL);
  rp_step_work_set_started (work, NULL);
  rp_step_work_set_notes (work, notes->str);
  assert_refused (f, work, june_1);
  g_assert_false (rp_store_save_step_notes (f->store, 2, notes->str, june_1, &error));
  g_assert_error (error, RP_STEP_WORK_ERROR, RP_STEP_WORK_ERROR_INVALID);

  g_assert_cmpuint (changed, ==, 0);
  g_clear_object (&work);
  work = load (f, 2);
  g_assert_cmpint (rp_step_work_get_status (work), ==, RP_STEP_STATUS_WORKING);
  assert_date (rp_step_work_get_started (work), 2026, 6, 1);
  g_assert_null (rp_step_work_get_finished (work));
  g_assert_cmpstr (rp_step_work_get_notes (work), ==, "kept");
}

static void
test_notes (RpTestStore   *f,
            gconstpointer  user_data)
{
  g_autoptr(GDateTime) june_1 = local_noon (2026, 6, 1);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(RpStepWork) work = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  g_signal_connect_swapped (f->store, "changed::step", G_CALLBACK (rp_test_count_signal), &changed);

  /* Notes on a step never touched: it stays not started. */
  g_assert_true (rp_store_save_step_notes (f->store, 5, "First thoughts\non step five", june_1,
                                           &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  work = load (f, 5);
  g_assert_cmpint (rp_step_work_get_status (work), ==, RP_STEP_STATUS_NOT_STARTED);
  g_assert_cmpstr (rp_step_work_get_notes (work), ==, "First thoughts\non step five");

  /* A change of status keeps them. */
  rp_step_work_set_status (work, RP_STEP_STATUS_WORKING);
  save (f, work, june_1);
  g_clear_object (&work);
  work = load (f, 5);
  g_assert_cmpstr (rp_step_work_get_notes (work), ==, "First thoughts\non step five");

  /* And notes keep the status and dates. Exactly the cap, in two-byte
   * characters: the database counts characters too. */
  for (guint i = 0; i < RP_STEP_WORK_MAX_NOTES_LENGTH; i++)
    g_string_append (notes, "ß");
  g_assert_true (rp_store_save_step_notes (f->store, 5, notes->str, june_1, &error));
  g_assert_no_error (error);
  g_clear_object (&work);
  work = load (f, 5);
  g_assert_cmpint (rp_step_work_get_status (work), ==, RP_STEP_STATUS_WORKING);
  assert_date (rp_step_work_get_started (work), 2026, 6, 1);
  g_assert_cmpstr (rp_step_work_get_notes (work), ==, notes->str);

  /* Emptied: no notes. */
  g_assert_true (rp_store_save_step_notes (f->store, 5, "", june_1, &error));
  g_assert_no_error (error);
  g_clear_object (&work);
  work = load (f, 5);
  g_assert_null (rp_step_work_get_notes (work));
  g_assert_cmpint (rp_test_query_int (f->database,
                                      "SELECT count(*) FROM step_work WHERE notes IS NULL"), ==, 1);
  g_assert_cmpuint (changed, ==, 4);
}

static void
test_reload (RpTestStore   *f,
             gconstpointer  user_data)
{
  g_autoptr(GDateTime) june_1 = local_noon (2026, 6, 1);
  g_autoptr(RpDatabase) other_database = NULL;
  g_autoptr(RpStore) other = NULL;
  g_autoptr(RpStepWork) work = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  /* Another process writes... */
  other_database = rp_database_open (rp_database_get_path (f->database), &error);
  g_assert_no_error (error);
  other = rp_store_new (other_database);
  work = rp_step_work_new (12);
  rp_step_work_set_status (work, RP_STEP_STATUS_DONE);
  rp_step_work_set_notes (work, "Carried the message");
  g_assert_true (rp_store_save_step_work (other, work, june_1, &error));
  g_assert_no_error (error);

  /* ...this store is told to read again, and reads it. */
  g_signal_connect_swapped (f->store, "changed::step", G_CALLBACK (rp_test_count_signal), &changed);
  g_assert_true (rp_store_reload (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);

  steps = rp_store_load_step_work (f->store, &error);
  g_assert_no_error (error);
  g_clear_object (&work);
  work = g_object_ref (g_ptr_array_index (steps, 11));
  g_assert_cmpuint (rp_step_work_get_step (work), ==, 12);
  g_assert_cmpint (rp_step_work_get_status (work), ==, RP_STEP_STATUS_DONE);
  assert_date (rp_step_work_get_finished (work), 2026, 6, 1);
  g_assert_cmpstr (rp_step_work_get_notes (work), ==, "Carried the message");
  g_assert_cmpint (rp_step_work_get_status (g_ptr_array_index (steps, 10)), ==,
                   RP_STEP_STATUS_NOT_STARTED);

  g_clear_object (&other);
  g_clear_object (&other_database);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Madrid", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, RpTestStore, NULL, rp_test_store_set_up, func, rp_test_store_tear_down)

  ADD ("/store/steps/defaults", test_defaults);
  ADD ("/store/steps/transitions", test_transitions);
  ADD ("/store/steps/refusals", test_refusals);
  ADD ("/store/steps/notes", test_notes);
  ADD ("/store/steps/reload", test_reload);

  return g_test_run ();
}
