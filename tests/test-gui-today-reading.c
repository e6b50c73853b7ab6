/* test-gui-today-reading.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Today page's "Today's Reading" card under a real (Xvfb) display, for
 * injected days (a fixed clock): the reading the settings choose, with its
 * collection and first words as plain text; an empty start set to today;
 * the next reading after the clock jumps to the next day and after a real
 * midnight (a clock a second before it); the settings and the store's
 * changes followed; an empty collection's empty state; a link's
 * description and Open; Read asking the window for the reader. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-database.h"
#include "rp-schedule.h"
#include "rp-test-gui.h"
#include "rp-test-today.h"
#include "rp-test-util.h"
#include "rp-today-page.h"

typedef struct
{
  RpTestToday  today;
  gint64       collection_id;
  gint64       reading_ids[3];
  gint64       shown_id;     /* what win.show-reading was asked for */
} Fixture;

static void
show_reading_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  Fixture *f = user_data;

  f->shown_id = g_variant_get_int64 (parameter);
}

static GDateTime *
local_time (int year,
            int month,
            int day,
            int hour,
            int minute,
            int second)
{
  return g_date_time_new_local (year, month, day, hour, minute, second);
}

static gint64
add_collection (Fixture    *f,
                const char *name)
{
  g_autoptr(RpReadingCollection) collection = rp_reading_collection_new (name);
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_store_add_reading_collection (f->today.data.store, collection, &error));
  g_assert_no_error (error);

  return rp_reading_collection_get_id (collection);
}

static gint64
add_text (Fixture    *f,
          gint64      collection_id,
          const char *title,
          const char *body)
{
  g_autoptr(RpReading) reading = rp_reading_new (RP_READING_KIND_TEXT);
  g_autoptr(GError) error = NULL;

  rp_reading_set_collection_id (reading, collection_id);
  rp_reading_set_title (reading, title);
  rp_reading_set_body (reading, body);
  g_assert_true (rp_store_add_reading (f->today.data.store, reading, &error));
  g_assert_no_error (error);

  return rp_reading_get_id (reading);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  static const GActionEntry entries[] = {
    { "show-reading", show_reading_cb, "x", NULL, NULL, { 0 } },
  };
  g_autoptr(GSimpleActionGroup) win_actions = g_simple_action_group_new ();
  g_autoptr(GDateTime) now = local_time (2026, 3, 10, 9, 0, 0);

  g_action_map_add_action_entries (G_ACTION_MAP (win_actions), entries, G_N_ELEMENTS (entries), f);
  rp_test_today_set_up (&f->today, now, 720, G_ACTION_GROUP (win_actions));

  f->collection_id = add_collection (f, "Just for Testing");
  f->reading_ids[0] = add_text (f, f->collection_id, "First Day",
                                "# First Day\n\nThe **first** words, [a link](https://example.org) "
                                "and `code`.\n\nA second paragraph.");
  f->reading_ids[1] = add_text (f, f->collection_id, "Second Day", "Words of the *second* day.");
  f->reading_ids[2] = add_text (f, f->collection_id, "Third Day", "> Words of the third day.");
  g_settings_set_int64 (f->today.settings, "daily-reading-collection", f->collection_id);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  rp_test_today_tear_down (&f->today);
}

static GtkWidget *
find_card (Fixture *f)
{
  GtkWidget *heading = rp_test_gui_find_label_containing (GTK_WIDGET (f->today.page),
                                                          "Today’s Reading");

  g_assert_nonnull (heading);

  return heading;
}

/* The card's title label shows @title, mapped. */
static gboolean
shows_title (Fixture    *f,
             const char *title)
{
  GtkWidget *label = rp_test_gui_find_label_containing (GTK_WIDGET (f->today.page), title);

  return label != NULL && gtk_widget_get_mapped (label);
}

static GtkWidget *
find_read_button (Fixture *f)
{
  GtkWidget *button = rp_test_gui_find_button_by_label (GTK_WIDGET (f->today.page), "_Read");

  if (button == NULL)
    button = rp_test_gui_find_button_by_label (GTK_WIDGET (f->today.page), "_Open");
  g_assert_nonnull (button);

  return button;
}

static void
test_reading_for_the_day (Fixture       *f,
                          gconstpointer  user_data)
{
  g_autofree char *start = NULL;
  g_autoptr(GDateTime) next_day = local_time (2026, 3, 11, 0, 0, 1);
  GtkWidget *button;

  /* No store or settings yet: no card. */
  g_assert_false (gtk_widget_get_mapped (find_card (f)));

  rp_test_today_bind (&f->today, f->today.data.clock);
  g_assert_true (gtk_widget_get_mapped (find_card (f)));

  /* The first day the reading shows is where "in order" starts. */
  start = g_settings_get_string (f->today.settings, "daily-reading-start");
  g_assert_cmpstr (start, ==, "2026-03-10");
  g_assert_true (shows_title (f, "First Day"));
  g_assert_true (shows_title (f, "Just for Testing"));
  /* Plain text: no Markdown, no heading repeated, cut before the second
   * paragraph only by the length. */
  g_assert_true (shows_title (f, "The first words, a link and code. A second paragraph."));

  /* Read asks the window for the reader, with the reading's id. */
  button = find_read_button (f);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Read");
  g_assert_true (gtk_widget_get_sensitive (button));
  /* A button's activation looks like a press: its click comes 250 ms on. */
  gtk_widget_activate (button);
  rp_test_gui_iterate (400);
  g_assert_cmpint (f->shown_id, ==, f->reading_ids[0]);

  /* The next day (the clock set to just past midnight). */
  rp_clock_set_now (f->today.data.clock, next_day);
  rp_test_gui_iterate (20);
  g_assert_true (shows_title (f, "Second Day"));
  g_assert_true (shows_title (f, "Words of the second day."));
  gtk_widget_activate (find_read_button (f));
  rp_test_gui_iterate (400);
  g_assert_cmpint (f->shown_id, ==, f->reading_ids[1]);

  /* The start moved back a day: two days in, the third reading. */
  g_settings_set_string (f->today.settings, "daily-reading-start", "2026-03-09");
  rp_test_gui_iterate (20);
  g_assert_true (shows_title (f, "Third Day"));
  g_assert_true (shows_title (f, "Words of the third day."));
  /* …and round again. */
  g_settings_set_string (f->today.settings, "daily-reading-start", "2026-03-08");
  rp_test_gui_iterate (20);
  g_assert_true (shows_title (f, "First Day"));
}

static void
count_cb (GSettings  *settings,
          const char *key,
          guint      *count)
{
  (*count)++;
}

/* When the settings cannot keep the start (no session bus, a locked key),
 * GSettings puts the old value back and says so. The page once wrote the
 * start again on that, and again, thousands of times a second. Now it is
 * asked once, and the start is remembered for the days that follow. */
static void
test_start_asked_once (Fixture       *f,
                       gconstpointer  user_data)
{
  g_autoptr(GDateTime) next_day = local_time (2026, 3, 11, 0, 0, 1);
  g_autofree char *start = NULL;
  guint n_changed = 0;

  rp_test_today_bind (&f->today, f->today.data.clock);
  start = g_settings_get_string (f->today.settings, "daily-reading-start");
  g_assert_cmpstr (start, ==, "2026-03-10");
  g_assert_true (shows_title (f, "First Day"));

  g_signal_connect (f->today.settings, "changed::daily-reading-start", G_CALLBACK (count_cb),
                    &n_changed);
  /* What a failed write looks like: the old value back, and "changed". */
  g_settings_reset (f->today.settings, "daily-reading-start");
  rp_test_gui_iterate (50);
  g_assert_cmpuint (n_changed, ==, 1);
  g_clear_pointer (&start, g_free);
  start = g_settings_get_string (f->today.settings, "daily-reading-start");
  g_assert_cmpstr (start, ==, "");
  g_assert_true (shows_title (f, "First Day"));

  /* The next day follows the start asked for. */
  rp_clock_set_now (f->today.data.clock, next_day);
  rp_test_gui_iterate (20);
  g_assert_true (shows_title (f, "Second Day"));
  g_assert_cmpuint (n_changed, ==, 1);

  g_signal_handlers_disconnect_by_func (f->today.settings, count_cb, &n_changed);
}

static void
test_follows_changes (Fixture       *f,
                      gconstpointer  user_data)
{
  g_autoptr(RpReading) link = rp_reading_new (RP_READING_KIND_LINK);
  g_autoptr(GError) error = NULL;
  gint64 empty_id;
  GtkWidget *button;

  rp_test_today_bind (&f->today, f->today.data.clock);
  g_assert_true (shows_title (f, "First Day"));

  /* An empty collection: the empty state, with the way out. */
  empty_id = add_collection (f, "Empty for Now");
  g_settings_set_int64 (f->today.settings, "daily-reading-collection", empty_id);
  rp_test_gui_iterate (20);
  g_assert_true (shows_title (f, "No Reading for Today"));
  g_assert_false (shows_title (f, "First Day"));
  g_assert_nonnull (rp_test_gui_find_button_by_label (GTK_WIDGET (f->today.page),
                                                      "_Choose a Collection"));

  /* A link added to it: the store's change shows it, with its
   * description and Open (the browser, not the reader). */
  rp_reading_set_collection_id (link, empty_id);
  rp_reading_set_title (link, "A Daily Page on the Web");
  rp_reading_set_description (link, "Read it on the fellowship’s site & share it.");
  rp_reading_set_uri (link, "https://example.org/daily");
  g_assert_true (rp_store_add_reading (f->today.data.store, link, &error));
  g_assert_no_error (error);
  rp_test_gui_iterate (20);
  g_assert_true (shows_title (f, "A Daily Page on the Web"));
  g_assert_true (shows_title (f, "Read it on the fellowship’s site & share it."));
  g_assert_true (shows_title (f, "Empty for Now"));
  button = find_read_button (f);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Open");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "today.open-link");

  /* A collection that is gone: the starter library's reading, or its
   * empty state when it has none. */
  g_settings_set_int64 (f->today.settings, "daily-reading-collection", 999999);
  rp_test_gui_iterate (20);
  g_assert_false (shows_title (f, "A Daily Page on the Web"));

  /* Back to the first collection, by date: the book has no dated
   * entries, so in order. */
  g_settings_set_int64 (f->today.settings, "daily-reading-collection", f->collection_id);
  g_settings_set_string (f->today.settings, "daily-reading-order", "by-date");
  rp_test_gui_iterate (20);
  g_assert_true (shows_title (f, "First Day"));

  /* Without a store (the data could not be opened): no card. */
  rp_today_page_bind (f->today.page, NULL, f->today.data.watch, f->today.settings);
  rp_test_gui_iterate (20);
  g_assert_false (gtk_widget_get_mapped (find_card (f)));
}

/* The day watch's timer for the next local midnight: a clock that runs,
 * two seconds before it. */
static void
test_midnight (Fixture       *f,
               gconstpointer  user_data)
{
  g_autoptr(GDateTime) real_now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) before_midnight = NULL;
  g_autoptr(RpClock) clock = NULL;
  g_autofree char *start = NULL;
  GDate date;
  gint64 end;

  before_midnight = local_time (g_date_time_get_year (real_now), g_date_time_get_month (real_now),
                                g_date_time_get_day_of_month (real_now), 23, 59, 58);
  clock = rp_clock_new_with_offset (g_date_time_difference (before_midnight, real_now));

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (before_midnight),
                  g_date_time_get_month (before_midnight),
                  g_date_time_get_year (before_midnight));
  start = rp_schedule_format_storage_date (&date);
  g_settings_set_string (f->today.settings, "daily-reading-start", start);

  rp_test_today_bind (&f->today, clock);
  g_assert_true (shows_title (f, "First Day"));

  end = g_get_monotonic_time () + 8 * G_USEC_PER_SEC;
  while (!shows_title (f, "Second Day") && g_get_monotonic_time () < end)
    rp_test_gui_iterate (50);
  g_assert_true (shows_title (f, "Second Day"));
  g_assert_false (shows_title (f, "First Day"));

  /* The page lets go of the old watch, and with it the clock. */
  rp_test_today_bind (&f->today, f->today.data.clock);
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

  g_test_add ("/today-reading/reading-for-the-day", Fixture, NULL,
              fixture_set_up, test_reading_for_the_day, fixture_tear_down);
  g_test_add ("/today-reading/start-asked-once", Fixture, NULL,
              fixture_set_up, test_start_asked_once, fixture_tear_down);
  g_test_add ("/today-reading/follows-changes", Fixture, NULL,
              fixture_set_up, test_follows_changes, fixture_tear_down);
  g_test_add ("/today-reading/midnight", Fixture, NULL,
              fixture_set_up, test_midnight, fixture_tear_down);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
