/* test-gui-clean-time.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Clean time on screen, with an injected clock (New York time):
 *  - the Today card: with no date a button to set one; with a start on
 *    2025-11-21 and the clock at 2026-11-21 12:00, "365 days" and "1 year"
 *    and the milestone celebrated; past midnight, "366 days" and no
 *    celebration, without anything but the clock moving;
 *  - the Progress section: a card per date with the help text, deleting
 *    with Undo (same id and history back), the milestone list pushed;
 *  - the editor refuses a future date and saves a valid one; the slip
 *    dialog keeps the ended period. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-clean-time.h"
#include "rp-clean-time-card.h"
#include "rp-clean-time-section.h"
#include "rp-milestone-list.h"
#include "rp-progress-page.h"
#include "rp-recovery-editor.h"
#include "rp-slip-dialog.h"
#include "rp-test-gui.h"
#include "rp-test-gui-store.h"
#include "rp-test-util.h"

typedef struct
{
  RpTestGuiStore  data;
  GtkWindow      *window;
} Fixture;

static GDateTime *
local_time (int year,
            int month,
            int day,
            int hour,
            int minute)
{
  return g_date_time_new_local (year, month, day, hour, minute, 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = local_time (2026, 11, 21, 12, 0);

  rp_test_gui_store_open (&f->data, "clean-time", now);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 360, 640);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  gtk_window_destroy (f->window);
  rp_test_gui_iterate (50);

  rp_test_gui_store_close (&f->data);
}

static gint64
add_recovery (Fixture    *f,
              const char *label,
              int         year,
              int         month,
              int         day)
{
  g_autoptr(GDateTime) now = rp_day_watch_dup_now (f->data.watch);
  GDate start = rp_test_make_date (year, month, day);
  g_autoptr(RpRecovery) recovery = rp_recovery_new (label, &start, RP_CLEAN_TIME_NO_START_MINUTE);
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_store_add_recovery (f->data.store, recovery, now, &error));
  g_assert_no_error (error);

  return rp_recovery_get_id (recovery);
}

/* A label showing on screen (mapped) that contains @text. */
static GtkWidget *
find_shown_label (GtkWidget  *root,
                  const char *text)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_shown_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
move_clock (Fixture   *f,
            GDateTime *now)
{
  rp_clock_set_now (f->data.clock, now);
  rp_test_gui_iterate (50);
}

static void
test_card (Fixture       *f,
           gconstpointer  user_data)
{
  g_autoptr(GDateTime) after_midnight = local_time (2026, 11, 22, 0, 1);
  GtkWidget *card = rp_clean_time_card_new ();
  GtkWidget *count;

  gtk_window_set_child (f->window, card);
  rp_clean_time_card_bind (RP_CLEAN_TIME_CARD (card), f->data.store, f->data.watch, NULL);
  gtk_window_present (f->window);
  rp_test_gui_iterate (100);

  /* No date yet: the card stays out of the way (the Today page's Getting
   * Started offers the first step). */
  g_assert_false (gtk_widget_get_visible (card));

  /* A year to the day: its count, its span, celebrated. */
  add_recovery (f, "Alcohol", 2025, 11, 21);
  rp_test_gui_iterate (50);
  g_assert_true (gtk_widget_get_mapped (card));
  count = find_shown_label (card, "365 days");
  g_assert_nonnull (count);
  g_assert_true (gtk_widget_has_css_class (count, "title-1"));
  g_assert_nonnull (find_shown_label (card, "Alcohol"));
  g_assert_nonnull (find_shown_label (card, "1 year"));
  g_assert_nonnull (find_shown_label (card, "Today: 1 year!"));

  /* Another date: listed small under the first. */
  add_recovery (f, "Gambling", 2026, 10, 22);
  rp_test_gui_iterate (50);
  g_assert_nonnull (find_shown_label (card, "Gambling: 30 days · Today: 30 days!"));
  g_assert_nonnull (find_shown_label (card, "365 days"));

  /* Midnight passes: the next day's count, no celebration. */
  move_clock (f, after_midnight);
  g_assert_nonnull (find_shown_label (card, "366 days"));
  g_assert_null (find_shown_label (card, "365 days"));
  g_assert_null (find_shown_label (card, "Today:"));
  g_assert_nonnull (find_shown_label (card, "1 year, 1 day"));
  g_assert_nonnull (find_shown_label (card, "Gambling: 31 days"));
}

static void
test_section (Fixture       *f,
              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  GtkWidget *overlay = adw_toast_overlay_new ();
  RpProgressPage *page = g_object_new (RP_TYPE_PROGRESS_PAGE, NULL);
  GtkWidget *section;
  GtkWidget *list;
  GDate slip = rp_test_make_date (2026, 5, 1);
  gint64 id;

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (page));
  gtk_window_set_child (f->window, overlay);
  rp_progress_page_bind (page, f->data.store, f->data.watch, NULL);
  section = rp_test_gui_find_descendant (GTK_WIDGET (page), RP_TYPE_CLEAN_TIME_SECTION);
  g_assert_nonnull (section);

  id = add_recovery (f, "Alcohol", 2025, 11, 21);
  {
    g_autoptr(GDateTime) now = rp_day_watch_dup_now (f->data.watch);

    g_assert_true (rp_store_reset_recovery (f->data.store, id, &slip, -1, "a note", now, &error));
    g_assert_no_error (error);
  }

  /* Read when first shown. */
  gtk_window_present (f->window);
  rp_test_gui_iterate (100);
  g_assert_nonnull (find_shown_label (section, "204 days"));
  g_assert_nonnull (find_shown_label (section, "6 months, 20 days"));

  /* The section never asks for more than a narrow window: its empty
   * state's long line (on a stack page not shown) once made the stack
   * demand its whole length and the window grew to 1,205 px. */
  {
    int minimum = 0;

    gtk_widget_measure (section, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360 - 24);
  }
  g_assert_nonnull (find_shown_label (section, "Next: 9 months on "));
  g_assert_nonnull (rp_test_gui_find_label_containing (section, "calendar days"));

  /* Milestones & History: pushed, the past period listed with its length. */
  gtk_widget_activate_action (section, "clean-time.milestones", "x", id);
  rp_test_gui_iterate (100);
  list = rp_test_gui_find_descendant (GTK_WIDGET (page), RP_TYPE_MILESTONE_LIST);
  g_assert_nonnull (list);
  g_assert_nonnull (rp_test_gui_find_row (list, "161 days"));
  g_assert_nonnull (rp_test_gui_find_row (list, "204 days"));
  g_assert_nonnull (rp_test_gui_find_row (list, "30 days"));
  g_assert_nonnull (rp_test_gui_find_row (list, "6 months"));
  g_assert_nonnull (rp_test_gui_find_row (list, "9 months"));
  rp_progress_page_pop (page);
  rp_test_gui_iterate (50);

  /* Delete, then Undo: back with the same id and its history. */
  gtk_widget_activate_action (section, "clean-time.delete", "x", id);
  rp_test_gui_iterate (50);
  g_assert_null (rp_store_find_recovery (f->data.store, id));
  g_assert_nonnull (rp_test_gui_find_button_by_label (section, "_Set Clean Date"));
  {
    GtkWidget *undo = rp_test_gui_find_button_by_label (overlay, "_Undo");

    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "clicked");
  }
  rp_test_gui_iterate (50);
  {
    g_autoptr(RpRecovery) back = rp_store_find_recovery (f->data.store, id);

    g_assert_nonnull (back);
  }
  periods = rp_store_list_recovery_periods (f->data.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (periods->len, ==, 1);
  g_assert_nonnull (find_shown_label (section, "204 days"));
}

static void
set_row (GtkWidget  *root,
         const char *title,
         const char *text)
{
  GtkWidget *row = rp_test_gui_find_row (root, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
test_editor_and_slip (Fixture       *f,
                      gconstpointer  user_data)
{
  RpRecoveryEditor *editor = rp_recovery_editor_new (f->data.store, f->data.watch, NULL);
  g_autoptr(RpRecovery) saved = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model = rp_store_get_recoveries (f->data.store);
  RpSlipDialog *slip;
  GtkWidget *problem;

  gtk_window_present (f->window);
  rp_recovery_editor_present (editor, f->window);
  rp_test_gui_iterate (100);

  /* Today by default, but nothing said yet about what it is for. */
  g_assert_false (gtk_widget_is_sensitive (rp_test_gui_find_button_by_label (GTK_WIDGET (editor), "_Save")));
  set_row (GTK_WIDGET (editor), "What It Is _For", "Alcohol");
  g_assert_true (gtk_widget_is_sensitive (rp_test_gui_find_button_by_label (GTK_WIDGET (editor), "_Save")));

  /* The future, refused with the message under the date. */
  set_row (GTK_WIDGET (editor), "_Start Date (YYYY-MM-DD)", "2026-11-22");
  g_assert_false (gtk_widget_is_sensitive (rp_test_gui_find_button_by_label (GTK_WIDGET (editor), "_Save")));
  problem = rp_test_gui_find_row (GTK_WIDGET (editor),
                                  "The start date is in the future. Choose today or an earlier day.");
  g_assert_nonnull (problem);
  g_assert_true (gtk_widget_get_visible (problem));

  set_row (GTK_WIDGET (editor), "_Start Date (YYYY-MM-DD)", "2026-11-20");
  set_row (GTK_WIDGET (editor), "Start _Time (Optional, HH:MM)", "25:00");
  g_assert_false (gtk_widget_is_sensitive (rp_test_gui_find_button_by_label (GTK_WIDGET (editor), "_Save")));
  set_row (GTK_WIDGET (editor), "Start _Time (Optional, HH:MM)", "21:30");
  set_row (GTK_WIDGET (editor), "C_ost per Day (Optional)", "12,5");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  rp_test_gui_iterate (50);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  saved = g_list_model_get_item (model, 0);
  g_assert_cmpstr (rp_recovery_get_label (saved), ==, "Alcohol");
  g_assert_cmpint (rp_recovery_get_start_minute (saved), ==, 21 * 60 + 30);
  g_assert_cmpint (rp_recovery_get_cost_cents (saved), ==, 1250);

  /* A slip: today by default, a note, the period kept. */
  slip = rp_slip_dialog_new (f->data.store, f->data.watch, saved);
  rp_slip_dialog_present (slip, f->window);
  rp_test_gui_iterate (100);
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (slip),
                                                       "A slip doesn’t erase what you’ve done."));
  set_row (GTK_WIDGET (slip), "_New Start Date (YYYY-MM-DD)", "2026-11-19");
  g_assert_false (gtk_widget_is_sensitive (rp_test_gui_find_button_by_label (GTK_WIDGET (slip), "_Start Again")));
  set_row (GTK_WIDGET (slip), "_New Start Date (YYYY-MM-DD)", "2026-11-21");
  set_row (GTK_WIDGET (slip), "_Note (Optional)", "Started again");
  gtk_widget_activate_action (GTK_WIDGET (slip), "slip.save", NULL);
  rp_test_gui_iterate (50);

  periods = rp_store_list_recovery_periods (f->data.store, rp_recovery_get_id (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (periods->len, ==, 1);
  g_assert_cmpstr (((RpRecoveryPeriod *) g_ptr_array_index (periods, 0))->note, ==, "Started again");
  g_clear_object (&saved);
  saved = g_list_model_get_item (model, 0);
  g_assert_cmpint (g_date_get_day (rp_recovery_get_start_date (saved)), ==, 21);
}

/* Hidden behind another page, the Progress page prepares itself once the
 * window is idle: its sections have read their data before it is shown,
 * so that showing it only allocates and draws. */
static void
test_prepare_hidden (Fixture       *f,
                     gconstpointer  user_data)
{
  GtkWidget *stack = gtk_stack_new ();
  RpProgressPage *page = g_object_new (RP_TYPE_PROGRESS_PAGE, NULL);
  GtkWidget *shown = gtk_label_new ("Today");
  GtkWidget *section;

  gtk_stack_add_named (GTK_STACK (stack), shown, "today");
  gtk_stack_add_named (GTK_STACK (stack), GTK_WIDGET (page), "progress");
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "today");
  gtk_window_set_child (f->window, stack);
  add_recovery (f, "Alcohol", 2025, 11, 21);
  gtk_window_present (f->window);
  rp_test_gui_iterate (50);

  rp_progress_page_bind (page, f->data.store, f->data.watch, NULL);
  section = rp_test_gui_find_descendant (GTK_WIDGET (page), RP_TYPE_CLEAN_TIME_SECTION);
  g_assert_null (rp_test_gui_find_label_containing (section, "365 days"));

  rp_test_gui_iterate (600);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_nonnull (rp_test_gui_find_label_containing (section, "365 days"));
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (page), "Step 12"));

  /* A change while hidden is read in the background too. */
  add_recovery (f, "Gambling", 2026, 10, 22);
  rp_test_gui_iterate (600);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_nonnull (rp_test_gui_find_label_containing (section, "30 days"));

  gtk_stack_set_visible_child_name (GTK_STACK (stack), "progress");
  rp_test_gui_iterate (50);
  g_assert_nonnull (find_shown_label (section, "365 days"));
}

/* Money saved: shown once there is some (the cost of each full day),
 * never "0.00 saved" on the first day. */
static void
test_money_saved (Fixture       *f,
                  gconstpointer  user_data)
{
  RpProgressPage *page = g_object_new (RP_TYPE_PROGRESS_PAGE, NULL);
  GDate start = rp_test_make_date (2026, 11, 21);
  g_autoptr(RpRecovery) recovery = rp_recovery_new ("Smoking", &start, RP_CLEAN_TIME_NO_START_MINUTE);
  g_autoptr(RpRecovery) saved = NULL;
  g_autoptr(GDateTime) now = rp_day_watch_dup_now (f->data.watch);
  g_autoptr(GError) error = NULL;
  GtkWidget *section;

  gtk_window_set_child (f->window, GTK_WIDGET (page));
  rp_recovery_set_cost_cents (recovery, 1250);
  g_assert_true (rp_store_add_recovery (f->data.store, recovery, now, &error));
  g_assert_no_error (error);
  rp_progress_page_bind (page, f->data.store, f->data.watch, NULL);
  section = rp_test_gui_find_descendant (GTK_WIDGET (page), RP_TYPE_CLEAN_TIME_SECTION);
  gtk_window_present (f->window);
  rp_test_gui_iterate (100);
  g_assert_nonnull (find_shown_label (section, "0 days"));
  g_assert_null (find_shown_label (section, "saved"));

  /* Ten days on: ten days' cost. */
  saved = g_list_model_get_item (rp_store_get_recoveries (f->data.store), 0);
  start = rp_test_make_date (2026, 11, 11);
  {
    g_autoptr(RpRecovery) edited = rp_recovery_copy (saved);

    rp_recovery_set_start (edited, &start, RP_CLEAN_TIME_NO_START_MINUTE);
    g_assert_true (rp_store_update_recovery (f->data.store, edited, now, &error));
    g_assert_no_error (error);
  }
  rp_test_gui_iterate (50);
  g_assert_nonnull (find_shown_label (section, "10 days"));
  g_assert_nonnull (find_shown_label (section, "125.00 saved"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "America/New_York", TRUE);
  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add ("/clean-time/card", Fixture, NULL, fixture_set_up, test_card, fixture_tear_down);
  g_test_add ("/clean-time/money-saved", Fixture, NULL, fixture_set_up, test_money_saved,
              fixture_tear_down);
  g_test_add ("/clean-time/prepare-hidden", Fixture, NULL, fixture_set_up, test_prepare_hidden,
              fixture_tear_down);
  g_test_add ("/clean-time/section", Fixture, NULL, fixture_set_up, test_section,
              fixture_tear_down);
  g_test_add ("/clean-time/editor-and-slip", Fixture, NULL, fixture_set_up,
              test_editor_and_slip, fixture_tear_down);

  return g_test_run ();
}
