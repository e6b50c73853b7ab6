/* test-gui-goals.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Goals under a real (Xvfb) display, for injected days (a fixed clock):
 * the Today card's one-click check-in updates the streak shown, and the
 * streak follows the day turning; an automatic weekly goal shows the
 * count of seeded attendance; the card is empty without goals; the
 * Progress section's editor refuses an empty title, then saves a goal that
 * its list shows; Delete takes it off the list. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-database.h"
#include "rp-goal-editor.h"
#include "rp-goal-row.h"
#include "rp-goal-history.h"
#include "rp-goals-section.h"
#include "rp-inventory-summary.h"
#include "rp-week.h"
#include "rp-test-contacts.h"
#include "rp-test-gui.h"
#include "rp-test-gui-store.h"
#include "rp-test-util.h"
#include "rp-today-goals.h"

typedef struct
{
  RpTestGuiStore  data;
  GtkWindow      *window;
  GtkWidget      *overlay;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 0, 0);

  rp_test_gui_store_open (&f->data, "goals", now);

  f->window = GTK_WINDOW (adw_window_new ());
  f->overlay = adw_toast_overlay_new ();
  adw_window_set_content (ADW_WINDOW (f->window), f->overlay);
  gtk_window_set_default_size (f->window, 360, 720);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  GtkWindow *editor;

  while ((editor = rp_test_gui_find_toplevel (RP_TYPE_GOAL_EDITOR)) != NULL)
    gtk_window_destroy (editor);
  gtk_window_destroy (f->window);
  rp_test_gui_iterate (50);

  rp_test_gui_store_close (&f->data);
}

static void
show (Fixture   *f,
      GtkWidget *child)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), child);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (f->overlay), scrolled);
  gtk_window_present (f->window);
  rp_test_gui_iterate (50);
}

static RpGoal *
add_goal (Fixture      *f,
          const char   *title,
          RpGoalKind    kind,
          RpGoalSource  source)
{
  GDate start = rp_test_make_date (2026, 3, 1);
  g_autoptr(GError) error = NULL;
  RpGoal *goal = rp_goal_new (title, kind, &start);

  rp_goal_set_source (goal, source);
  g_assert_true (rp_store_add_goal (f->data.store, goal, &error));
  g_assert_no_error (error);

  return goal;
}

static void
check_in (Fixture *f,
          RpGoal  *goal,
          int      day)
{
  GDate date = rp_test_make_date (2026, 3, day);
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_store_goal_check_in (f->data.store, rp_goal_get_id (goal), &date, &error));
  g_assert_no_error (error);
}

/* gtk_widget_activate() on a button clicks it only after a delay. */
static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  rp_test_gui_iterate (20);
}

static const char *
row_subtitle (GtkWidget *root)
{
  GtkWidget *row = rp_test_gui_find_descendant (root, RP_TYPE_GOAL_ROW);

  g_assert_nonnull (row);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static void
test_card_check_in (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(RpGoal) goal = add_goal (f, "Pray", RP_GOAL_DAILY, RP_GOAL_SOURCE_MANUAL);
  RpTodayGoals *card = g_object_new (RP_TYPE_TODAY_GOALS, NULL);
  GtkWidget *button;

  check_in (f, goal, 8);
  check_in (f, goal, 9);
  rp_today_goals_bind (card, f->data.store, f->data.watch, NULL);
  show (f, GTK_WIDGET (card));

  g_assert_nonnull (g_strstr_len (row_subtitle (GTK_WIDGET (card)), -1,
                                  "2-day streak · best 2"));
  button = rp_test_find_named (GTK_WIDGET (card), "check-in");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Check in for today: Pray");
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));

  /* One click: today is done, the streak grows. */
  click (button);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_nonnull (g_strstr_len (row_subtitle (GTK_WIDGET (card)), -1,
                                  "3-day streak · best 3"));
  {
    GDate today = rp_test_make_date (2026, 3, 10);
    g_autoptr(GArray) manual = rp_store_get_goal_check_ins (f->data.store, rp_goal_get_id (goal),
                                                            &today, &today, NULL);

    g_assert_cmpuint (manual->len, ==, 1);
  }

  /* The next day: still a streak until that day is missed. */
  rp_clock_advance (f->data.clock, G_TIME_SPAN_DAY);
  rp_test_gui_iterate (20);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (
                    rp_test_find_named (GTK_WIDGET (card), "check-in"))));
  g_assert_nonnull (g_strstr_len (row_subtitle (GTK_WIDGET (card)), -1,
                                  "3-day streak · best 3"));
  rp_clock_advance (f->data.clock, G_TIME_SPAN_DAY);
  rp_test_gui_iterate (20);
  g_assert_nonnull (g_strstr_len (row_subtitle (GTK_WIDGET (card)), -1,
                                  "A new streak starts today · best 3 days"));

  /* Taking today's check-in back. */
  button = rp_test_find_named (GTK_WIDGET (card), "check-in");
  click (button);
  g_assert_nonnull (g_strstr_len (row_subtitle (GTK_WIDGET (card)), -1, "1-day streak"));
  click (button);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_nonnull (g_strstr_len (row_subtitle (GTK_WIDGET (card)), -1, "A new streak starts today"));
}

static void
test_card_automatic (Fixture       *f,
                     gconstpointer  user_data)
{
  RpTodayGoals *card = g_object_new (RP_TYPE_TODAY_GOALS, NULL);
  g_autoptr(RpGoal) goal = NULL;
  GtkWidget *group;
  GtkWidget *level_bar;

  rp_today_goals_bind (card, f->data.store, f->data.watch, NULL);
  show (f, GTK_WIDGET (card));

  /* Nothing to show without goals. */
  group = rp_test_gui_find_descendant (GTK_WIDGET (card), ADW_TYPE_PREFERENCES_GROUP);
  g_assert_false (gtk_widget_get_visible (group));

  /* Monday 9th and Tuesday 10th attended (this week), Sunday 8th missed. */
  g_assert_true (rp_database_exec (f->data.database,
                "INSERT INTO meeting (id, name, rrule, first_date, start_time, duration_minutes,"
                " time_zone, created, updated)"
                " VALUES (1, 'Home', 'FREQ=DAILY', '2026-03-01', '19:00', 60, 'UTC', 'c', 'u');"
                "INSERT INTO attendance (meeting_id, date, status, recorded)"
                " VALUES (1, '2026-03-08', 0, 'r'), (1, '2026-03-09', 1, 'r'),"
                "        (1, '2026-03-10', 1, 'r');", NULL));
  goal = add_goal (f, "Meetings", RP_GOAL_WEEKLY, RP_GOAL_SOURCE_MEETINGS);
  rp_test_gui_iterate (20);

  g_assert_true (gtk_widget_get_visible (group));
  g_assert_nonnull (g_strstr_len (row_subtitle (GTK_WIDGET (card)), -1,
                                  "3 times a week · counts meetings attended"));
  level_bar = rp_test_gui_find_descendant (GTK_WIDGET (card), GTK_TYPE_LEVEL_BAR);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (level_bar), ==, "2 of 3 this week");
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (level_bar)), ==, 2);

  /* A manual check-in adds one: the week's target is met. */
  click (rp_test_find_named (GTK_WIDGET (card), "check-in"));
  level_bar = rp_test_gui_find_descendant (GTK_WIDGET (card), GTK_TYPE_LEVEL_BAR);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (level_bar), ==, "3 of 3 this week");
  g_assert_nonnull (g_strstr_len (row_subtitle (GTK_WIDGET (card)), -1, "1-week streak"));
}

static void
test_section_editor (Fixture       *f,
                     gconstpointer  user_data)
{
  RpGoalsSection *section = g_object_new (RP_TYPE_GOALS_SECTION, NULL);
  GtkWindow *editor;
  GtkWidget *title;
  GtkWidget *save;
  GtkWidget *problem;
  GListModel *goals = rp_store_get_goals (f->data.store);
  GtkWidget *list;

  rp_goals_section_bind (section, f->data.store, f->data.watch, NULL);
  show (f, GTK_WIDGET (section));

  /* The empty state explains, and adds. */
  g_assert_true (gtk_widget_get_visible (rp_test_find_named (GTK_WIDGET (section),
                                                              "add-first-goal")));
  list = rp_test_find_named (GTK_WIDGET (section), "goals");
  g_assert_false (gtk_widget_get_visible (list));
  click (rp_test_find_named (GTK_WIDGET (section), "add-goal"));
  rp_test_gui_iterate (30);

  editor = rp_test_gui_find_toplevel (RP_TYPE_GOAL_EDITOR);
  g_assert_nonnull (editor);
  title = rp_test_find_named (GTK_WIDGET (editor), "title");
  save = rp_test_find_named (GTK_WIDGET (editor), "save");
  problem = rp_test_find_named (GTK_WIDGET (editor), "title-problem");
  g_assert_false (gtk_widget_get_sensitive (save));

  gtk_editable_set_text (GTK_EDITABLE (title), "Read the Big Book");
  rp_test_gui_iterate (10);
  g_assert_true (gtk_widget_get_sensitive (save));

  /* An empty title is refused, and said so under the field. */
  gtk_editable_set_text (GTK_EDITABLE (title), "   ");
  rp_test_gui_iterate (10);
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (problem)), ==,
                   "Enter a title for the goal.");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  rp_test_gui_iterate (10);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (title), "Read the Big Book");
  rp_test_gui_iterate (10);
  click (save);
  rp_test_gui_iterate (30);
  g_assert_null (rp_test_gui_find_toplevel (RP_TYPE_GOAL_EDITOR));
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 1);
  g_assert_true (gtk_widget_get_visible (list));
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (rp_test_gui_find_descendant (list, RP_TYPE_GOAL_ROW))),
                   ==, "Read the Big Book");
  g_assert_nonnull (g_strstr_len (row_subtitle (list), -1, "Every day"));

  /* Archived: the row moves under "Archived", and back on Restore. */
  {
    g_autoptr(RpGoal) goal = g_list_model_get_item (goals, 0);
    gint64 id = rp_goal_get_id (goal);
    GtkWidget *archived = rp_test_find_named (GTK_WIDGET (section), "archived-goals");
    GtkWidget *row;

    gtk_widget_activate_action (GTK_WIDGET (section), "goals.archive", "x", id);
    rp_test_gui_iterate (20);
    g_assert_false (gtk_widget_get_visible (list));
    g_assert_null (rp_test_gui_find_descendant (list, RP_TYPE_GOAL_ROW));
    row = rp_test_gui_find_descendant (archived, RP_TYPE_GOAL_ROW);
    g_assert_nonnull (row);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                     "Read the Big Book");

    gtk_widget_activate_action (GTK_WIDGET (section), "goals.archive", "x", id);
    rp_test_gui_iterate (20);
    g_assert_true (gtk_widget_get_visible (list));
    g_assert_nonnull (rp_test_gui_find_descendant (list, RP_TYPE_GOAL_ROW));
    g_assert_null (rp_test_gui_find_descendant (archived, RP_TYPE_GOAL_ROW));
  }

  /* Delete, then Undo from the toast. */
  {
    g_autoptr(RpGoal) goal = g_list_model_get_item (goals, 0);
    gint64 id = rp_goal_get_id (goal);

    gtk_widget_activate_action (GTK_WIDGET (section), "goals.delete", "x", id);
    rp_test_gui_iterate (20);
    g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 0);
    g_assert_false (gtk_widget_get_visible (list));
    g_assert_true (rp_store_find_goal (f->data.store, id) == NULL);
  }
}

/* A goal's history page for an injected day: its streak, the 12-week
 * chart's sentence (also the chart's accessible label), the week the first
 * bar stands for under it, and the manual check-ins, each removable. */
static void
test_history (Fixture       *f,
              gconstpointer  user_data)
{
  g_autoptr(RpGoal) goal = add_goal (f, "Pray", RP_GOAL_DAILY, RP_GOAL_SOURCE_MANUAL);
  g_autofree char *first_text = NULL;
  GtkWidget *history;
  GtkWidget *label;
  GtkWidget *remove;
  GDate today = rp_test_make_date (2026, 3, 10);
  GDate first;

  check_in (f, goal, 8);
  check_in (f, goal, 9);
  check_in (f, goal, 10);
  history = rp_goal_history_new (f->data.store, f->data.watch, rp_goal_get_id (goal));
  show (f, history);

  g_assert_nonnull (rp_test_gui_find_label_containing (history, "3-day streak"));
  label = rp_test_find_named (history, "goal-summary");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==,
                   "Last 12 weeks: 3 check-ins, target met in 0 weeks");

  /* The first bar's week: eleven weeks before this one began. */
  rp_week_start (&today, rp_week_locale_first_day (), &first);
  g_date_subtract_days (&first, 7 * 11);
  first_text = rp_inventory_format_day (&first, "%-d %b");
  label = rp_test_find_named (history, "goal-first-week");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, first_text);
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_nonnull (rp_test_gui_find_label_containing (history, "This week"));

  /* The check-ins, newest first; removing one counts again. */
  remove = rp_test_gui_find_descendant (history, GTK_TYPE_BUTTON);
  g_assert_nonnull (remove);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (remove), ==, "Remove Check-In");
  click (remove);
  rp_test_gui_iterate (20);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (rp_test_find_named (history, "goal-summary"))),
                   ==, "Last 12 weeks: 2 check-ins, target met in 0 weeks");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add ("/goals/card-check-in", Fixture, NULL,
              fixture_set_up, test_card_check_in, fixture_tear_down);
  g_test_add ("/goals/card-automatic", Fixture, NULL,
              fixture_set_up, test_card_automatic, fixture_tear_down);
  g_test_add ("/goals/history", Fixture, NULL,
              fixture_set_up, test_history, fixture_tear_down);
  g_test_add ("/goals/section-editor", Fixture, NULL,
              fixture_set_up, test_section_editor, fixture_tear_down);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
