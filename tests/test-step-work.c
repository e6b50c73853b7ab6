/* test-step-work.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-step-work"

#include "config.h"

#include <string.h>

#include "rp-starter-library.h"
#include "rp-step-work.h"
#include "rp-test-util.h"
#include "rp-twelve-steps.h"

/* The twelve steps' wording as the starter library ships it (the 1939
 * first printing, step 12's "spiritual experience"), their names and
 * first words; RpStepWork's fields and every rule of its validation
 * against an injected today. */

static RpReading *
find_twelve_steps_reading (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) readings = rp_starter_library_load (&error);

  g_assert_no_error (error);
  for (guint i = 0; i < readings->len; i++)
    {
      RpReading *reading = g_ptr_array_index (readings, i);

      if (strstr (rp_reading_get_import_key (reading), "twelve-steps") != NULL)
        return g_object_ref (reading);
    }

  g_assert_not_reached ();
}

static void
test_texts (void)
{
  g_autoptr(RpReading) reading = find_twelve_steps_reading ();
  const char *body = rp_reading_get_body (reading);

  for (guint step = 1; step <= RP_TWELVE_STEPS_COUNT; step++)
    {
      const char *text = rp_twelve_steps_get_text (step);
      g_autofree char *line = NULL;

      g_assert_nonnull (text);
      g_assert_cmpuint (strlen (text), >, 20);
      /* The step's own line of the reading, whole. */
      line = g_strdup_printf ("\n%u. %s\n", step, text);
      g_assert_nonnull (strstr (body, line));
      /* Read once: the same string every time. */
      g_assert_true (rp_twelve_steps_get_text (step) == text);
    }

  g_assert_true (g_str_has_prefix (rp_twelve_steps_get_text (1), "We admitted we were powerless"));
  g_assert_nonnull (strstr (rp_twelve_steps_get_text (12), "spiritual experience"));
  g_assert_null (strstr (rp_twelve_steps_get_text (12), "spiritual awakening"));
  g_assert_true (g_str_has_suffix (rp_twelve_steps_get_text (12), "in all our affairs."));
}

static void
test_names (void)
{
  g_autofree char *beginning = NULL;

  g_assert_cmpstr (rp_twelve_steps_get_name (1), ==, "Step 1");
  g_assert_cmpstr (rp_twelve_steps_get_name (12), ==, "Step 12");

  beginning = rp_twelve_steps_dup_beginning (4, 5);
  g_assert_cmpstr (beginning, ==, "Made a searching and fearless…");
  g_clear_pointer (&beginning, g_free);

  /* No comma before the ellipsis. */
  beginning = rp_twelve_steps_dup_beginning (5, 4);
  g_assert_cmpstr (beginning, ==, "Admitted to God, to…");
  g_clear_pointer (&beginning, g_free);
  beginning = rp_twelve_steps_dup_beginning (5, 3);
  g_assert_cmpstr (beginning, ==, "Admitted to God…");
  g_clear_pointer (&beginning, g_free);

  /* Short enough: whole, no ellipsis. */
  beginning = rp_twelve_steps_dup_beginning (7, 50);
  g_assert_cmpstr (beginning, ==, rp_twelve_steps_get_text (7));
}

static void
assert_invalid (RpStepWork      *work,
                const GDate     *today,
                RpStepWorkField  expected)
{
  g_autoptr(GError) error = NULL;
  RpStepWorkField field = RP_STEP_WORK_FIELD_NONE;

  g_assert_false (rp_step_work_validate (work, today, &field, &error));
  g_assert_error (error, RP_STEP_WORK_ERROR, RP_STEP_WORK_ERROR_INVALID);
  g_assert_cmpint (field, ==, expected);
  g_assert_cmpuint (strlen (error->message), >, 10);
}

static void
assert_valid (RpStepWork  *work,
              const GDate *today)
{
  g_autoptr(GError) error = NULL;
  RpStepWorkField field = RP_STEP_WORK_FIELD_STEP;

  g_assert_true (rp_step_work_validate (work, today, &field, &error));
  g_assert_no_error (error);
  g_assert_cmpint (field, ==, RP_STEP_WORK_FIELD_NONE);
}

static void
test_fields (void)
{
  g_autoptr(RpStepWork) work = rp_step_work_new (3);
  g_autoptr(RpStepWork) copy = NULL;
  GDate day = rp_test_make_date (2026, 3, 3);
  guint notified = 0;
  GDate *started = NULL;

  g_assert_cmpuint (rp_step_work_get_step (work), ==, 3);
  g_assert_cmpint (rp_step_work_get_status (work), ==, RP_STEP_STATUS_NOT_STARTED);
  g_assert_null (rp_step_work_get_started (work));
  g_assert_null (rp_step_work_get_finished (work));
  g_assert_null (rp_step_work_get_notes (work));

  g_signal_connect_swapped (work, "notify", G_CALLBACK (rp_test_count_signal), &notified);
  rp_step_work_set_status (work, RP_STEP_STATUS_WORKING);
  rp_step_work_set_status (work, RP_STEP_STATUS_WORKING);
  rp_step_work_set_started (work, &day);
  rp_step_work_set_started (work, &day);
  rp_step_work_set_notes (work, "Some notes");
  rp_step_work_set_notes (work, "Some notes");
  g_assert_cmpuint (notified, ==, 3);

  /* "" is no notes. */
  rp_step_work_set_notes (work, "");
  g_assert_null (rp_step_work_get_notes (work));
  rp_step_work_set_notes (work, "Some notes");

  g_object_get (work, "started", &started, NULL);
  g_assert_cmpint (g_date_compare (started, &day), ==, 0);
  g_date_free (started);

  copy = rp_step_work_copy (work);
  g_assert_cmpuint (rp_step_work_get_step (copy), ==, 3);
  g_assert_cmpint (rp_step_work_get_status (copy), ==, RP_STEP_STATUS_WORKING);
  g_assert_cmpint (g_date_compare (rp_step_work_get_started (copy), &day), ==, 0);
  g_assert_cmpstr (rp_step_work_get_notes (copy), ==, "Some notes");

  rp_step_work_set_started (work, NULL);
  g_assert_null (rp_step_work_get_started (work));
  g_assert_nonnull (rp_step_work_get_started (copy));
}

static void
test_validate (void)
{
  g_autoptr(RpStepWork) work = rp_step_work_new (4);
  GDate today = rp_test_make_date (2026, 6, 1);
  GDate march = rp_test_make_date (2026, 3, 3);
  GDate february = rp_test_make_date (2026, 2, 1);
  GDate tomorrow = rp_test_make_date (2026, 6, 2);
  g_autoptr(GString) notes = g_string_new (NULL);

  assert_valid (work, &today);

  /* A start date needs a started step. */
  rp_step_work_set_started (work, &march);
  assert_invalid (work, &today, RP_STEP_WORK_FIELD_STARTED);
  rp_step_work_set_status (work, RP_STEP_STATUS_WORKING);
  assert_valid (work, &today);

  /* Not in the future; today is fine. */
  rp_step_work_set_started (work, &tomorrow);
  assert_invalid (work, &today, RP_STEP_WORK_FIELD_STARTED);
  rp_step_work_set_started (work, &today);
  assert_valid (work, &today);
  rp_step_work_set_started (work, &march);

  /* A finish date only when done. */
  rp_step_work_set_finished (work, &today);
  assert_invalid (work, &today, RP_STEP_WORK_FIELD_FINISHED);
  rp_step_work_set_status (work, RP_STEP_STATUS_DONE);
  assert_valid (work, &today);

  /* Not before the start, not in the future. */
  rp_step_work_set_finished (work, &february);
  assert_invalid (work, &today, RP_STEP_WORK_FIELD_FINISHED);
  rp_step_work_set_finished (work, &march);
  assert_valid (work, &today);
  rp_step_work_set_finished (work, &tomorrow);
  assert_invalid (work, &today, RP_STEP_WORK_FIELD_FINISHED);

  /* Done without a start date is fine (gone straight to Done). */
  rp_step_work_set_started (work, NULL);
  rp_step_work_set_finished (work, &february);
  assert_valid (work, &today);

  /* A status out of range. */
  rp_step_work_set_status (work, 3);
  assert_invalid (work, &today, RP_STEP_WORK_FIELD_STATUS);
  rp_step_work_set_status (work, RP_STEP_STATUS_DONE);

  /* Notes: up to 100,000 characters (not bytes), newlines and tabs. */
  for (guint i = 0; i < RP_STEP_WORK_MAX_NOTES_LENGTH / 2; i++)
    g_string_append (notes, i % 100 == 0 ? "\n" : "é");
  g_string_append (notes, notes->str);
  g_assert_cmpint (g_utf8_strlen (notes->str, -1), ==, RP_STEP_WORK_MAX_NOTES_LENGTH);
  rp_step_work_set_notes (work, notes->str);
  assert_valid (work, &today);
  g_string_append (notes, "\t");
  rp_step_work_set_notes (work, notes->str);
  assert_invalid (work, &today, RP_STEP_WORK_FIELD_NOTES);
  rp_step_work_set_notes (work, "A stray \x1b escape");
  assert_invalid (work, &today, RP_STEP_WORK_FIELD_NOTES);
  rp_step_work_set_notes (work, "Line one\n\tLine two");
  assert_valid (work, &today);
}

static void
test_progress (void)
{
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;

  for (guint step = 1; step <= RP_TWELVE_STEPS_COUNT; step++)
    g_ptr_array_add (steps, rp_step_work_new (step));

  text = rp_step_work_format_progress (steps);
  g_assert_cmpstr (text, ==, "0 of 12 done");
  g_clear_pointer (&text, g_free);

  for (guint i = 0; i < 3; i++)
    rp_step_work_set_status (g_ptr_array_index (steps, i), RP_STEP_STATUS_DONE);
  rp_step_work_set_status (g_ptr_array_index (steps, 3), RP_STEP_STATUS_WORKING);
  text = rp_step_work_format_progress (steps);
  g_assert_cmpstr (text, ==, "3 of 12 done · working on Step 4");
  g_clear_pointer (&text, g_free);

  rp_step_work_set_status (g_ptr_array_index (steps, 9), RP_STEP_STATUS_WORKING);
  text = rp_step_work_format_progress (steps);
  g_assert_cmpstr (text, ==, "3 of 12 done · working on 2 steps");
  g_clear_pointer (&text, g_free);

  for (guint i = 0; i < steps->len; i++)
    rp_step_work_set_status (g_ptr_array_index (steps, i), RP_STEP_STATUS_DONE);
  text = rp_step_work_format_progress (steps);
  g_assert_cmpstr (text, ==, "All twelve steps done");

  g_assert_cmpstr (rp_step_status_get_label (RP_STEP_STATUS_NOT_STARTED), ==, "Not Started");
  g_assert_cmpstr (rp_step_status_get_label (RP_STEP_STATUS_WORKING), ==, "Working");
  g_assert_cmpstr (rp_step_status_get_label (RP_STEP_STATUS_DONE), ==, "Done");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/twelve-steps/texts", test_texts);
  g_test_add_func ("/twelve-steps/names", test_names);
  g_test_add_func ("/step-work/fields", test_fields);
  g_test_add_func ("/step-work/validate", test_validate);
  g_test_add_func ("/step-work/progress", test_progress);

  return g_test_run ();
}
