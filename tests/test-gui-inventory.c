/* test-gui-inventory.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The daily inventory under a real (Xvfb) display: an entry written
 * through the editor (mood, craving, a trigger, a gratitude line) is saved;
 * Save waits for something to save and a future day is refused; closing
 * over what was written asks first, in the inventory's words; the Today
 * card then shows the entry, and its mood buttons open the editor with the
 * mood set; a past day's entry is edited; the Progress section's chart
 * summary (accessible description and caption) matches seeded data, and
 * its History subpage lists the entries. Today is 10 March 2026. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-inventory-card.h"
#include "rp-inventory-editor.h"
#include "rp-inventory-history.h"
#include "rp-inventory-section.h"
#include "rp-mood-buttons.h"
#include "rp-progress-page.h"
#include "rp-test-contacts.h"
#include "rp-test-gui.h"
#include "rp-test-util.h"
#include "rp-trend-chart.h"

typedef RpTestContactsFixture Fixture;

static RpDayWatch *
new_watch (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 3, 10, 9, 0, 0);
  g_autoptr(RpClock) clock = rp_clock_new_fixed (now);

  return rp_day_watch_new (clock);
}

static GtkWidget *
named (GtkWidget  *root,
       const char *name)
{
  GtkWidget *widget = rp_test_find_named (root, name);

  g_assert_nonnull (widget);

  return widget;
}

static gboolean
can_save (RpInventoryEditor *editor)
{
  return gtk_widget_get_sensitive (named (GTK_WIDGET (editor), "save"));
}

static void
seed (RpStore    *store,
      int         day,
      int         mood,
      int         craving,
      const char *trigger)
{
  GDate date = rp_test_make_date (2026, 3, day);
  g_autoptr(RpInventoryEntry) entry = rp_inventory_entry_new (&date);
  g_autoptr(GError) error = NULL;

  rp_inventory_entry_set_mood (entry, mood);
  rp_inventory_entry_set_craving (entry, craving);
  if (trigger != NULL)
    rp_inventory_entry_add_trigger (entry, trigger);
  g_assert_true (rp_store_save_inventory (store, entry, &error));
  g_assert_no_error (error);
}

static RpInventoryEntry *
load (RpStore *store,
      int      day)
{
  GDate date = rp_test_make_date (2026, 3, day);
  g_autoptr(GError) error = NULL;
  RpInventoryEntry *entry = rp_store_load_inventory (store, &date, &error);

  g_assert_no_error (error);
  return entry;
}

static void
test_editor_writes (Fixture       *f,
                    gconstpointer  user_data)
{
  GDate today = rp_test_make_date (2026, 3, 10);
  GDate tomorrow = rp_test_make_date (2026, 3, 11);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpInventoryEntry) saved = NULL;
  RpInventoryEditor *editor;
  GtkWidget *mood, *suggestions;

  /* The future is refused. */
  g_assert_null (rp_inventory_editor_new (f->store, &today, &tomorrow, &error));
  g_assert_error (error, RP_INVENTORY_EDITOR_ERROR, RP_INVENTORY_EDITOR_ERROR_FUTURE);
  g_clear_error (&error);

  seed (f->store, 1, 3, 2, "Work");

  editor = rp_inventory_editor_new (f->store, &today, NULL, &error);
  g_assert_no_error (error);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  rp_inventory_editor_present (editor, NULL);
  rp_test_gui_iterate (50);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Inventory for 03/10/26");
  g_assert_false (can_save (editor));
  /* The earlier tag is offered. */
  suggestions = named (GTK_WIDGET (editor), "suggestions");
  g_assert_nonnull (rp_test_gui_find_button_by_label (suggestions, "Work"));

  mood = named (GTK_WIDGET (editor), "mood");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (rp_mood_buttons_get_button (RP_MOOD_BUTTONS (mood), 4)),
                                TRUE);
  rp_test_gui_iterate (20);
  g_assert_true (can_save (editor));

  gtk_range_set_value (GTK_RANGE (named (GTK_WIDGET (editor), "craving")), 3);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (GTK_WIDGET (editor), "craving-value"))),
                   ==, "3 of 10");

  /* A trigger typed in any case matches the earlier one: the chip takes
   * the typed spelling, the suggestion goes. */
  gtk_editable_set_text (GTK_EDITABLE (named (GTK_WIDGET (editor), "trigger-entry")), "lonely");
  g_signal_emit_by_name (named (GTK_WIDGET (editor), "trigger-entry"), "activate");
  g_signal_emit_by_name (rp_test_gui_find_button_by_label (suggestions, "Work"), "clicked");
  rp_test_gui_iterate (20);
  g_assert_null (rp_test_gui_find_button_by_label (suggestions, "Work"));

  gtk_editable_set_text (GTK_EDITABLE (named (GTK_WIDGET (editor), "gratitude-add")),
                         "my sponsor");
  g_signal_emit_by_name (named (GTK_WIDGET (editor), "gratitude-add"), "entry-activated");
  gtk_editable_set_text (GTK_EDITABLE (named (GTK_WIDGET (editor), "gratitude-add")),
                         "a dry day");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (named (GTK_WIDGET (editor),
                                                                            "notes"))),
                            "Called my sponsor.", -1);
  rp_test_gui_iterate (20);
  g_assert_true (rp_inventory_editor_get_modified (editor));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  rp_test_gui_iterate (50);
  g_assert_null (editor);

  saved = load (f->store, 10);
  g_assert_nonnull (saved);
  g_assert_cmpint (rp_inventory_entry_get_mood (saved), ==, 4);
  g_assert_cmpint (rp_inventory_entry_get_craving (saved), ==, 3);
  g_assert_true (rp_inventory_entry_has_trigger (saved, "lonely"));
  g_assert_true (rp_inventory_entry_has_trigger (saved, "work"));
  /* The line left in the Add row was saved too. */
  g_assert_cmpuint (g_strv_length ((char **) rp_inventory_entry_get_gratitude (saved)), ==, 2);
  g_assert_cmpstr (rp_inventory_entry_get_gratitude (saved)[0], ==, "my sponsor");
  g_assert_cmpstr (rp_inventory_entry_get_gratitude (saved)[1], ==, "a dry day");
  g_assert_cmpstr (rp_inventory_entry_get_notes (saved), ==, "Called my sponsor.");
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

/* Closing over what was written asks first, in the inventory's words;
 * written and taken back, it closes at once. */
static void
test_editor_asks (Fixture       *f,
                  gconstpointer  user_data)
{
  GDate today = rp_test_make_date (2026, 3, 10);
  g_autoptr(GError) error = NULL;
  RpInventoryEditor *editor;
  GtkTextBuffer *notes;
  AdwMessageDialog *question;

  editor = rp_inventory_editor_new (f->store, &today, NULL, &error);
  g_assert_no_error (error);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  rp_inventory_editor_present (editor, NULL);
  rp_test_gui_iterate (50);
  notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (named (GTK_WIDGET (editor), "notes")));

  gtk_text_buffer_set_text (notes, "A \"hard\" day", -1);
  g_assert_true (rp_inventory_editor_get_modified (editor));
  gtk_window_close (GTK_WINDOW (editor));
  rp_test_gui_iterate (50);
  question = ADW_MESSAGE_DIALOG (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_body (question), ==,
                   "What you wrote here has not been saved.");
  adw_message_dialog_response (question, "keep");
  gtk_window_destroy (GTK_WINDOW (question));
  rp_test_gui_iterate (50);
  g_assert_nonnull (editor);

  gtk_text_buffer_set_text (notes, "", -1);
  g_assert_false (rp_inventory_editor_get_modified (editor));
  gtk_window_close (GTK_WINDOW (editor));
  rp_test_gui_iterate (50);
  g_assert_null (editor);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_card (Fixture       *f,
           gconstpointer  user_data)
{
  g_autoptr(RpDayWatch) watch = new_watch ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *card = g_object_new (RP_TYPE_INVENTORY_CARD, NULL);
  GtkWidget *mood;
  GtkWindow *editor;
  GtkWidget *editor_mood;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 400);
  gtk_window_set_child (GTK_WINDOW (window), card);
  rp_inventory_card_bind (RP_INVENTORY_CARD (card), f->store, watch, NULL);
  gtk_window_present (GTK_WINDOW (window));
  rp_test_gui_iterate (50);

  mood = named (card, "card-mood");
  g_assert_true (gtk_widget_is_visible (mood));
  g_assert_false (gtk_widget_is_visible (named (card, "card-summary")));

  /* A mood opens the editor with it set. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (rp_mood_buttons_get_button (RP_MOOD_BUTTONS (mood), 2)),
                                TRUE);
  rp_test_gui_iterate (50);
  editor = rp_test_gui_find_toplevel (RP_TYPE_INVENTORY_EDITOR);
  g_assert_nonnull (editor);
  editor_mood = named (GTK_WIDGET (editor), "mood");
  g_assert_cmpint (rp_mood_buttons_get_mood (RP_MOOD_BUTTONS (editor_mood)), ==, 2);
  g_assert_cmpint (rp_mood_buttons_get_mood (RP_MOOD_BUTTONS (mood)), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  rp_test_gui_iterate (50);
  g_assert_null (rp_test_gui_find_toplevel (RP_TYPE_INVENTORY_EDITOR));

  /* Written: the card shows it. */
  g_assert_false (gtk_widget_is_visible (mood));
  g_assert_true (gtk_widget_is_visible (named (card, "card-summary")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (card, "card-summary"))), ==, "Low");

  /* A write elsewhere (another window, the command line) shows too. */
  seed (f->store, 10, 5, 1, NULL);
  rp_test_gui_iterate (20);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (card, "card-summary"))), ==,
                   "Very good · craving 1 of 10");

  gtk_window_destroy (GTK_WINDOW (window));
  rp_test_gui_iterate (20);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_past_day (Fixture       *f,
               gconstpointer  user_data)
{
  GDate today = rp_test_make_date (2026, 3, 10);
  GDate day = rp_test_make_date (2026, 3, 5);
  g_autoptr(RpInventoryEntry) saved = NULL;
  g_autoptr(GError) error = NULL;
  RpInventoryEditor *editor;
  GtkWidget *mood;

  seed (f->store, 5, 2, 8, "payday");

  editor = rp_inventory_editor_new (f->store, &today, &day, &error);
  g_assert_no_error (error);
  rp_inventory_editor_present (editor, NULL);
  rp_test_gui_iterate (50);

  mood = named (GTK_WIDGET (editor), "mood");
  g_assert_cmpint (rp_mood_buttons_get_mood (RP_MOOD_BUTTONS (mood)), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (GTK_WIDGET (editor), "craving-value"))),
                   ==, "8 of 10");
  g_assert_true (gtk_widget_get_visible (named (GTK_WIDGET (editor), "delete")));
  g_assert_false (rp_inventory_editor_get_modified (editor));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.clear-craving", NULL);
  rp_mood_buttons_set_mood (RP_MOOD_BUTTONS (mood), 3);
  g_assert_true (rp_inventory_editor_get_modified (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  rp_test_gui_iterate (50);

  saved = load (f->store, 5);
  g_assert_cmpint (rp_inventory_entry_get_mood (saved), ==, 3);
  g_assert_cmpint (rp_inventory_entry_get_craving (saved), ==, -1);
  g_assert_true (rp_inventory_entry_has_trigger (saved, "payday"));
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_section (Fixture       *f,
              gconstpointer  user_data)
{
  g_autoptr(RpDayWatch) watch = new_watch ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (RP_TYPE_PROGRESS_PAGE, NULL);
  GtkWidget *section, *chart, *history;
  const char *expected;

  seed (f->store, 8, 3, 4, "work");
  seed (f->store, 9, 5, -1, NULL);
  seed (f->store, 10, 4, 2, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  gtk_window_set_child (GTK_WINDOW (window), page);
  rp_progress_page_bind (RP_PROGRESS_PAGE (page), f->store, watch, NULL);
  gtk_window_present (GTK_WINDOW (window));
  rp_test_gui_iterate (100);

  section = rp_test_gui_find_descendant (page, RP_TYPE_INVENTORY_SECTION);
  g_assert_nonnull (section);
  chart = named (section, "mood-chart");
  expected = "Mood over the last 30 days: average 4.0, from 3 to 5, 3 days recorded."
             " Craving over the last 30 days: average 3.0, from 2 to 4, 2 days recorded.";
  g_assert_cmpstr (rp_trend_chart_get_summary (RP_TREND_CHART (chart)), ==, expected);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (section, "mood-caption"))), ==, expected);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (section, "meetings-caption"))), ==,
                   "No meetings marked attended in the last 5 weeks.");
  g_assert_true (gtk_widget_get_visible (named (section, "inventory-today")));
  g_assert_false (gtk_widget_get_visible (named (section, "inventory-write")));

  /* A change is followed; a longer range summarizes more days. */
  seed (f->store, 10, 1, 2, NULL);
  rp_inventory_section_set_range (RP_INVENTORY_SECTION (section), 90);
  rp_test_gui_iterate (20);
  g_assert_cmpstr (rp_trend_chart_get_summary (RP_TREND_CHART (chart)), ==,
                   "Mood over the last 90 days: average 3.0, from 1 to 5, 3 days recorded."
                   " Craving over the last 90 days: average 3.0, from 2 to 4, 2 days recorded.");

  /* History: a subpage, newest first. */
  gtk_widget_activate_action (section, "inventory.history", NULL);
  rp_test_gui_iterate (50);
  history = rp_test_gui_find_descendant (page, RP_TYPE_INVENTORY_HISTORY);
  g_assert_nonnull (history);
  g_assert_cmpuint (rp_inventory_history_get_n_rows (RP_INVENTORY_HISTORY (history)), ==, 3);
  g_assert_nonnull (rp_test_gui_find_row (history, "Tuesday, 03/10/26"));

  gtk_window_destroy (GTK_WINDOW (window));
  rp_test_gui_iterate (20);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
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

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/inventory/editor-writes", Fixture, NULL,
              rp_test_contacts_set_up, test_editor_writes, rp_test_contacts_tear_down);
  g_test_add ("/inventory/editor-asks", Fixture, NULL,
              rp_test_contacts_set_up, test_editor_asks, rp_test_contacts_tear_down);
  g_test_add ("/inventory/card", Fixture, NULL,
              rp_test_contacts_set_up, test_card, rp_test_contacts_tear_down);
  g_test_add ("/inventory/past-day", Fixture, NULL,
              rp_test_contacts_set_up, test_past_day, rp_test_contacts_tear_down);
  g_test_add ("/inventory/section", Fixture, NULL,
              rp_test_contacts_set_up, test_section, rp_test_contacts_tear_down);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
