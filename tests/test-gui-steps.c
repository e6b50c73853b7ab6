/* test-gui-steps.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Step work under a real (Xvfb) display, in a Progress page bound to a
 * throw-away store and a fixed clock: the section's twelve rows with
 * their status and the line of progress, read only once shown; a step's
 * page with its wording; Working and Done setting the dates of the
 * injected day; Not Started asking first (Cancel keeps everything);
 * notes saved after a pause, when the page is left and when it is
 * destroyed; Previous and Next. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-progress-page.h"
#include "rp-step-page.h"
#include "rp-steps-section.h"
#include "rp-test-gui.h"
#include "rp-test-gui-store.h"
#include "rp-test-util.h"

typedef struct
{
  RpTestGuiStore  data;
  GtkWindow      *window;
  RpProgressPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 3, 10, 0, 0);

  rp_test_gui_store_open (&f->data, "steps", now);

  f->window = GTK_WINDOW (adw_window_new ());
  f->page = g_object_new (RP_TYPE_PROGRESS_PAGE, NULL);
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_set_default_size (f->window, 360, 720);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  gtk_window_destroy (f->window);
  rp_test_gui_iterate (50);

  rp_test_gui_store_close (&f->data);
}

static void
show (Fixture *f)
{
  rp_progress_page_bind (f->page, f->data.store, f->data.watch, NULL);
  gtk_window_present (f->window);
  rp_test_gui_iterate (50);
}

static void
set_status (Fixture      *f,
            guint         step,
            RpStepStatus  status)
{
  g_autoptr(GDateTime) now = rp_clock_now (f->data.clock);
  g_autoptr(RpStepWork) work = rp_step_work_new (step);
  g_autoptr(GError) error = NULL;

  rp_step_work_set_status (work, status);
  g_assert_true (rp_store_save_step_work (f->data.store, work, now, &error));
  g_assert_no_error (error);
}

static RpStepWork *
load (Fixture *f,
      guint    step)
{
  g_autoptr(GError) error = NULL;
  RpStepWork *work = rp_store_load_step (f->data.store, step, &error);

  g_assert_no_error (error);
  return work;
}

static void
move_clock (Fixture *f,
            int      year,
            int      month,
            int      day)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (year, month, day, 10, 0, 0);

  rp_clock_set_now (f->data.clock, now);
  rp_test_gui_iterate (20);
}

static RpStepPage *
open_step (Fixture *f,
           guint    step)
{
  GtkWidget *section = rp_test_gui_find_descendant (GTK_WIDGET (f->page), RP_TYPE_STEPS_SECTION);
  g_autofree char *title = g_strdup_printf ("Step %u", step);
  GtkWidget *row = rp_test_gui_find_row (section, title);
  GtkWidget *step_page;

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (row));
  rp_test_gui_iterate (50);

  step_page = rp_test_gui_find_descendant (GTK_WIDGET (f->page), RP_TYPE_STEP_PAGE);
  g_assert_nonnull (step_page);
  g_assert_true (gtk_widget_get_mapped (step_page));
  g_assert_cmpuint (rp_step_page_get_step (RP_STEP_PAGE (step_page)), ==, step);

  return RP_STEP_PAGE (step_page);
}

static const char *
subpage_title (Fixture *f)
{
  GtkWidget *title = rp_test_gui_find_descendant (GTK_WIDGET (f->page), ADW_TYPE_WINDOW_TITLE);

  g_assert_nonnull (title);
  return adw_window_title_get_title (ADW_WINDOW_TITLE (title));
}

static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  GtkWidget *label = rp_test_gui_find_label_containing (root, text);

  return label != NULL && gtk_widget_get_mapped (label);
}

/* Typing pauses: what is saved after it shows. */
static void
wait_for_label (RpStepPage *page,
                const char *text)
{
  gint64 end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

  while (!shows_label (GTK_WIDGET (page), text) && g_get_monotonic_time () < end)
    rp_test_gui_iterate (50);
  g_assert_true (shows_label (GTK_WIDGET (page), text));
}

static void
click_status (RpStepPage *page,
              const char *label)
{
  GtkWidget *button = rp_test_gui_find_button_by_label (GTK_WIDGET (page), label);

  g_assert_nonnull (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  rp_test_gui_iterate (20);
}

static gboolean
status_shown (RpStepPage *page,
              const char *label)
{
  GtkWidget *button = rp_test_gui_find_button_by_label (GTK_WIDGET (page), label);

  g_assert_nonnull (button);
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button));
}

static GtkTextBuffer *
notes_buffer (RpStepPage *page)
{
  GtkWidget *view = rp_test_gui_find_descendant (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

static void
test_rows (Fixture       *f,
           gconstpointer  user_data)
{
  GtkWidget *section = rp_test_gui_find_descendant (GTK_WIDGET (f->page), RP_TYPE_STEPS_SECTION);
  GtkWidget *row;

  set_status (f, 1, RP_STEP_STATUS_DONE);
  set_status (f, 2, RP_STEP_STATUS_DONE);
  set_status (f, 3, RP_STEP_STATUS_DONE);
  set_status (f, 4, RP_STEP_STATUS_WORKING);

  /* Nothing is read before the section is shown. */
  g_assert_nonnull (section);
  g_assert_null (rp_test_gui_find_row (section, "Step 1"));
  rp_steps_section_bind (RP_STEPS_SECTION (section), f->data.store, f->data.watch, NULL);
  g_assert_null (rp_test_gui_find_row (section, "Step 1"));

  show (f);
  for (guint step = 1; step <= 12; step++)
    {
      g_autofree char *title = g_strdup_printf ("Step %u", step);

      row = rp_test_gui_find_row (section, title);
      g_assert_nonnull (row);
      g_assert_true (gtk_widget_get_mapped (row));
      /* Words and an icon for the status, never colour alone. */
      g_assert_nonnull (rp_test_gui_find_descendant (row, GTK_TYPE_IMAGE));
      g_assert_true (shows_label (row, step <= 3 ? "Done" : step == 4 ? "Working" : "Not Started"));
    }

  row = rp_test_gui_find_row (section, "Step 4");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Made a searching and fearless moral…");
  g_assert_true (shows_label (section, "3 of 12 done · working on Step 4"));

  /* A change elsewhere shows at once. */
  set_status (f, 4, RP_STEP_STATUS_DONE);
  rp_test_gui_iterate (20);
  g_assert_true (shows_label (section, "4 of 12 done"));
  g_assert_true (shows_label (row, "Done"));
}

static void
test_status (Fixture       *f,
             gconstpointer  user_data)
{
  g_autoptr(RpStepWork) work = NULL;
  RpStepPage *page;
  GtkWindow *dialog;

  show (f);
  page = open_step (f, 4);
  g_assert_cmpstr (subpage_title (f), ==, "Step 4");
  g_assert_true (shows_label (GTK_WIDGET (page), "Made a searching and fearless moral inventory of ourselves."));
  g_assert_true (shows_label (GTK_WIDGET (page), "Original 1939 wording"));
  g_assert_true (status_shown (page, "_Not Started"));
  g_assert_false (shows_label (GTK_WIDGET (page), "Started 3 March 2026"));

  /* Working: started on the injected day. */
  click_status (page, "_Working");
  work = load (f, 4);
  g_assert_cmpint (rp_step_work_get_status (work), ==, RP_STEP_STATUS_WORKING);
  g_assert_true (shows_label (GTK_WIDGET (page), "Started 3 March 2026"));
  g_clear_object (&work);

  /* Done, three months later. */
  move_clock (f, 2026, 6, 1);
  click_status (page, "_Done");
  work = load (f, 4);
  g_assert_cmpint (rp_step_work_get_status (work), ==, RP_STEP_STATUS_DONE);
  g_assert_true (shows_label (GTK_WIDGET (page), "Started 3 March 2026 · Done 1 June 2026"));
  g_clear_object (&work);

  /* Not Started asks first; Cancel changes nothing. */
  click_status (page, "_Not Started");
  dialog = rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (status_shown (page, "_Done"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  rp_test_gui_iterate (50);
  work = load (f, 4);
  g_assert_cmpint (rp_step_work_get_status (work), ==, RP_STEP_STATUS_DONE);
  g_assert_nonnull (rp_step_work_get_started (work));
  g_clear_object (&work);
  g_assert_true (status_shown (page, "_Done"));

  /* Confirmed: the dates go, the notes stay. */
  gtk_text_buffer_set_text (notes_buffer (page), "Kept through the reset", -1);
  g_assert_true (rp_step_page_save_notes (page));
  click_status (page, "_Not Started");
  dialog = rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "reset");
  rp_test_gui_iterate (50);
  work = load (f, 4);
  g_assert_cmpint (rp_step_work_get_status (work), ==, RP_STEP_STATUS_NOT_STARTED);
  g_assert_null (rp_step_work_get_started (work));
  g_assert_null (rp_step_work_get_finished (work));
  g_assert_cmpstr (rp_step_work_get_notes (work), ==, "Kept through the reset");
  g_assert_true (status_shown (page, "_Not Started"));
  g_assert_false (shows_label (GTK_WIDGET (page), "Started 3 March"));

  /* Back: the section follows. */
  rp_progress_page_pop (f->page);
  rp_test_gui_iterate (20);
  g_assert_true (shows_label (GTK_WIDGET (f->page), "0 of 12 done"));
}

static void
test_dates (Fixture       *f,
            gconstpointer  user_data)
{
  g_autoptr(RpStepWork) work = NULL;
  RpStepPage *page;
  GtkWidget *started_row;

  move_clock (f, 2026, 6, 1);
  show (f);
  page = open_step (f, 2);
  click_status (page, "_Working");

  started_row = rp_test_gui_find_row (GTK_WIDGET (page), "_Started (YYYY-MM-DD)");
  g_assert_nonnull (started_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (started_row)), ==, "2026-06-01");

  /* A correction is saved once it is a date; the future is refused. */
  gtk_editable_set_text (GTK_EDITABLE (started_row), "2026-05-1");
  gtk_editable_set_text (GTK_EDITABLE (started_row), "2026-05-14");
  wait_for_label (page, "Started 14 May 2026");
  work = load (f, 2);
  g_assert_cmpint (g_date_get_day (rp_step_work_get_started (work)), ==, 14);
  g_assert_true (shows_label (GTK_WIDGET (page), "Started 14 May 2026"));
  g_clear_object (&work);

  gtk_editable_set_text (GTK_EDITABLE (started_row), "2026-07-01");
  wait_for_label (page, "The start date is in the future");
  g_assert_true (gtk_widget_has_css_class (started_row, "error"));
  work = load (f, 2);
  g_assert_nonnull (rp_step_work_get_started (work));
  g_assert_cmpint (g_date_get_month (rp_step_work_get_started (work)), ==, 5);
  g_clear_object (&work);

  /* Emptied and typed again at once: the date in between (none) is not
   * saved; a row left empty is. */
  gtk_editable_set_text (GTK_EDITABLE (started_row), "");
  gtk_editable_set_text (GTK_EDITABLE (started_row), "2026-05-20");
  work = load (f, 2);
  g_assert_nonnull (rp_step_work_get_started (work));
  g_clear_object (&work);
  wait_for_label (page, "Started 20 May 2026");
  gtk_editable_set_text (GTK_EDITABLE (started_row), "");
  rp_progress_page_pop (f->page);
  work = load (f, 2);
  g_assert_cmpint (rp_step_work_get_status (work), ==, RP_STEP_STATUS_WORKING);
  g_assert_null (rp_step_work_get_started (work));
}

static void
test_notes (Fixture       *f,
            gconstpointer  user_data)
{
  g_autoptr(RpStepWork) work = NULL;
  GtkTextBuffer *buffer;
  RpStepPage *page;
  gint64 end;

  show (f);
  page = open_step (f, 3);
  buffer = notes_buffer (page);
  g_assert_false (shows_label (GTK_WIDGET (page), "Saved"));

  /* Saved a second after typing stops. */
  gtk_text_buffer_insert_at_cursor (buffer, "Turned it over", -1);
  work = load (f, 3);
  g_assert_null (rp_step_work_get_notes (work));
  g_clear_object (&work);
  end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (!shows_label (GTK_WIDGET (page), "Saved") && g_get_monotonic_time () < end)
    rp_test_gui_iterate (50);
  g_assert_true (shows_label (GTK_WIDGET (page), "Saved"));
  work = load (f, 3);
  g_assert_cmpstr (rp_step_work_get_notes (work), ==, "Turned it over");
  g_assert_cmpint (rp_step_work_get_status (work), ==, RP_STEP_STATUS_NOT_STARTED);
  g_clear_object (&work);

  /* Typing again hides "Saved"; leaving at once saves. */
  gtk_text_buffer_insert_at_cursor (buffer, " today.", -1);
  g_assert_false (shows_label (GTK_WIDGET (page), "Saved"));
  rp_progress_page_pop (f->page);
  work = load (f, 3);
  g_assert_cmpstr (rp_step_work_get_notes (work), ==, "Turned it over today.");
  g_clear_object (&work);

  /* Opened again: the notes are there. */
  page = open_step (f, 3);
  buffer = notes_buffer (page);
  {
    GtkTextIter start, stop;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &stop);
    text = gtk_text_buffer_get_text (buffer, &start, &stop, FALSE);
    g_assert_cmpstr (text, ==, "Turned it over today.");
  }

  /* Typed, then the window goes away at once. */
  gtk_text_buffer_insert_at_cursor (buffer, " More.", -1);
  gtk_window_destroy (f->window);
  rp_test_gui_iterate (20);
  work = load (f, 3);
  g_assert_cmpstr (rp_step_work_get_notes (work), ==, "Turned it over today. More.");

  /* The tear-down destroys it again: a new empty window. */
  f->window = GTK_WINDOW (gtk_window_new ());
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_previous_next (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(RpStepWork) work = NULL;
  g_autofree char *text = NULL;
  GtkWidget *previous;
  GtkWidget *next;
  RpStepPage *page;

  show (f);
  page = open_step (f, 1);
  previous = rp_test_gui_find_descendant (GTK_WIDGET (page), GTK_TYPE_CENTER_BOX);
  g_assert_nonnull (previous);
  next = gtk_center_box_get_end_widget (GTK_CENTER_BOX (previous));
  previous = gtk_center_box_get_start_widget (GTK_CENTER_BOX (previous));

  /* Both have a tooltip and a name for screen readers. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (previous), ==, "Previous Step");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (next), ==, "Next Step");
  g_assert_false (gtk_widget_get_sensitive (previous));
  g_assert_true (gtk_widget_get_sensitive (next));

  /* Notes typed on step 1 go with step 1. */
  gtk_text_buffer_insert_at_cursor (notes_buffer (page), "Powerless", -1);
  g_signal_emit_by_name (next, "clicked");
  rp_test_gui_iterate (20);
  g_assert_cmpuint (rp_step_page_get_step (page), ==, 2);
  g_assert_cmpstr (subpage_title (f), ==, "Step 2");
  g_assert_true (shows_label (GTK_WIDGET (page), "Came to believe that a Power greater"));
  text = buffer_text (notes_buffer (page));
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);
  work = load (f, 1);
  g_assert_cmpstr (rp_step_work_get_notes (work), ==, "Powerless");
  g_assert_true (gtk_widget_get_sensitive (previous));

  g_signal_emit_by_name (previous, "clicked");
  rp_test_gui_iterate (20);
  g_assert_cmpuint (rp_step_page_get_step (page), ==, 1);
  g_assert_cmpstr (subpage_title (f), ==, "Step 1");
  text = buffer_text (notes_buffer (page));
  g_assert_cmpstr (text, ==, "Powerless");

  /* To the last step: Next is off. */
  for (guint i = 0; i < 11; i++)
    gtk_widget_activate_action (GTK_WIDGET (page), "step.next", NULL);
  rp_test_gui_iterate (20);
  g_assert_cmpuint (rp_step_page_get_step (page), ==, 12);
  g_assert_false (gtk_widget_get_sensitive (next));
  g_assert_true (shows_label (GTK_WIDGET (page), "spiritual experience"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The dates are checked in English. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/steps/rows", test_rows);
  ADD ("/steps/status", test_status);
  ADD ("/steps/dates", test_dates);
  ADD ("/steps/notes", test_notes);
  ADD ("/steps/previous-next", test_previous_next);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
