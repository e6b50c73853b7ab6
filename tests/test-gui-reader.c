/* test-gui-reader.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReader over a store in a throw-away folder, a fixed clock and a real
 * (Xvfb) display: it shows a reading with its title; the text size
 * shortcuts are wired and follow the `reader-font-scale` setting; the place
 * is saved after scrolling and on Back, and restored when the reading is
 * shown again; Mark as Read Today writes the log and Undo removes it; "Last
 * read on"; the favourite toggle writes the store; a link shows its open
 * button and a document its mark, saved; Edit is offered for the user's
 * texts only; a deleted reading sends the reader back; at 360 px nothing
 * warns. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rp-markdown-view.h"
#include "rp-reader.h"
#include "rp-test-contacts.h"
#include "rp-test-gui.h"
#include "rp-test-util.h"

typedef struct
{
  RpTestContactsFixture  base;
  RpClock               *clock;
  GSettings             *settings;
  GtkWindow             *window;
  RpReader              *reader;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 30, 0);

  rp_test_contacts_set_up (&f->base, user_data);
  f->clock = rp_clock_new_fixed (now);
  /* The memory backend keeps values for the whole program. */
  f->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (f->settings, "reader-font-scale");
}

static void
open_reader (Fixture *f,
             int      width)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->window = GTK_WINDOW (adw_window_new ());
  f->reader = RP_READER (rp_reader_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->reader));
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  gtk_window_set_default_size (f->window, width, 600);
  rp_reader_set_store (f->reader, f->base.store, f->clock);
  gtk_window_present (f->window);
  rp_test_gui_iterate (100);
}

static void
tear_down (Fixture       *f,
           gconstpointer  user_data)
{
  if (f->window != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (f->reader), (gpointer *) &f->reader);
      gtk_window_destroy (f->window);
      rp_test_gui_iterate (50);
      g_assert_null (f->reader);
    }
  g_assert_finalize_object (f->clock);
  g_clear_object (&f->settings);
  rp_test_contacts_tear_down (&f->base, user_data);
}

static RpReading *
add_text (Fixture    *f,
          const char *title,
          const char *body)
{
  g_autoptr(RpReading) reading = rp_reading_new (RP_READING_KIND_TEXT);
  g_autoptr(GError) error = NULL;

  rp_reading_set_title (reading, title);
  rp_reading_set_body (reading, body);
  g_assert_true (rp_store_add_reading (f->base.store, reading, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rp_reading_get_id (reading), >, 0);

  return g_steal_pointer (&reading);
}

static RpReading *
add_link (Fixture    *f,
          const char *title,
          const char *description,
          const char *uri)
{
  g_autoptr(RpReading) reading = rp_reading_new (RP_READING_KIND_LINK);
  g_autoptr(GError) error = NULL;

  rp_reading_set_title (reading, title);
  rp_reading_set_description (reading, description);
  rp_reading_set_uri (reading, uri);
  g_assert_true (rp_store_add_reading (f->base.store, reading, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&reading);
}

static char *
make_long_body (void)
{
  GString *body = g_string_new ("# Keep Coming Back\n\n");

  for (guint i = 0; i < 120; i++)
    g_string_append_printf (body,
                            "Paragraph %u. It works if you work it: one day at a time, "
                            "one meeting at a time, one call at a time.\n\n", i);

  return g_string_free (body, FALSE);
}

static RpMarkdownView *
get_view (Fixture *f)
{
  return RP_MARKDOWN_VIEW (rp_test_gui_find_descendant (GTK_WIDGET (f->reader),
                                                         RP_TYPE_MARKDOWN_VIEW));
}

static GtkWidget *
find_button (Fixture    *f,
             const char *label)
{
  GtkWidget *button = rp_test_gui_find_button_by_label (GTK_WIDGET (f->reader), label);

  g_assert_nonnull (button);

  return button;
}

/* Visible, and so are all its parents up to the reader. */
static gboolean
is_shown (Fixture   *f,
          GtkWidget *widget)
{
  for (; widget != NULL && widget != GTK_WIDGET (f->reader); widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget))
      return FALSE;

  return widget != NULL;
}

static int
stored_offset (Fixture *f,
               gint64   reading_id)
{
  RpReading *item = rp_store_find_reading (f->base.store, reading_id);

  g_assert_nonnull (item);

  return rp_reading_get_read_offset (item);
}

static guint
count_days (Fixture *f,
            gint64   reading_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GPtrArray) days = rp_store_list_reading_days (f->base.store, reading_id, local,
                                                         &error);

  g_assert_no_error (error);

  return days->len;
}

static void
record_back (guint *count)
{
  (*count)++;
}

/* Presses @keys on the X server (xdotool, under Xvfb) with the focus in
 * the reader's text, as a user would. FALSE when xdotool is missing. */
static gboolean
press_keys (Fixture    *f,
            const char *keys)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autofree char *command = NULL;
  GdkSurface *surface;
  int status = -1;

  if (xdotool == NULL || !GDK_IS_X11_DISPLAY (gtk_widget_get_display (GTK_WIDGET (f->window))))
    return FALSE;

  surface = gtk_native_get_surface (GTK_NATIVE (f->window));
  gtk_widget_grab_focus (GTK_WIDGET (get_view (f)));
  command = g_strdup_printf ("%s windowfocus --sync %lu key --clearmodifiers %s", xdotool,
                             (gulong) gdk_x11_surface_get_xid (surface), keys);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  rp_test_gui_iterate (200);

  return TRUE;
}

static void
test_show (Fixture       *f,
           gconstpointer  user_data)
{
  g_autoptr(RpReading) reading = add_text (f, "Just for Today", "Today I will *try* to live.");
  AdwWindowTitle *title;
  g_autofree char *text = NULL;
  guint backs = 0;

  open_reader (f, 800);
  g_assert_cmpint (rp_reader_get_reading_id (f->reader), ==, 0);

  g_assert_true (rp_reader_show_reading (f->reader, rp_reading_get_id (reading)));
  rp_test_gui_iterate (50);
  g_assert_cmpint (rp_reader_get_reading_id (f->reader), ==, rp_reading_get_id (reading));
  title = ADW_WINDOW_TITLE (rp_test_gui_find_descendant (GTK_WIDGET (f->reader),
                                                         ADW_TYPE_WINDOW_TITLE));
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Just for Today");
  /* A reading added without a collection is one of the user's own. */
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "My Readings");
  text = rp_markdown_view_get_text (get_view (f));
  g_assert_cmpstr (text, ==, "Today I will try to live.\n");

  /* A reading that is not there: FALSE, and the reader stays as it was. */
  g_assert_false (rp_reader_show_reading (f->reader, 424242));
  g_assert_cmpint (rp_reader_get_reading_id (f->reader), ==, rp_reading_get_id (reading));

  /* Back: the button's action, Alt+Left, Escape. */
  g_signal_connect_swapped (f->reader, "back", G_CALLBACK (record_back), &backs);
  gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.back", NULL);
  g_assert_cmpuint (backs, ==, 1);
  if (press_keys (f, "alt+Left"))
    {
      g_assert_cmpuint (backs, ==, 2);
      press_keys (f, "Escape");
      g_assert_cmpuint (backs, ==, 3);
    }
}

static GtkShortcutController *
find_shortcuts (Fixture *f)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->reader));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_SHORTCUT_CONTROLLER (controller))
        return GTK_SHORTCUT_CONTROLLER (controller);
    }

  g_assert_not_reached ();
}

/* The action the reader's shortcut for @accelerator names. */
static char *
shortcut_action (Fixture    *f,
                 const char *accelerator)
{
  GListModel *shortcuts = G_LIST_MODEL (find_shortcuts (f));
  guint keyval;
  GdkModifierType modifiers;

  g_assert_true (gtk_accelerator_parse (accelerator, &keyval, &modifiers));

  for (guint i = 0; i < g_list_model_get_n_items (shortcuts); i++)
    {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, i);
      g_autofree char *triggers = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
      g_auto(GStrv) each = g_strsplit (triggers, "|", -1);
      GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

      for (guint j = 0; each[j] != NULL; j++)
        {
          guint other_keyval;
          GdkModifierType other_modifiers;

          if (gtk_accelerator_parse (each[j], &other_keyval, &other_modifiers) &&
              other_keyval == keyval && other_modifiers == modifiers &&
              GTK_IS_NAMED_ACTION (action))
            return g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
        }
    }

  return NULL;
}

static GtkWidget *
find_by_action (GtkWidget  *root,
                const char *action_name)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_action (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_zoom (Fixture       *f,
           gconstpointer  user_data)
{
  g_autoptr(RpReading) reading = add_text (f, "Zoom", "Larger, please.");
  struct {
    const char *accelerator;
    const char *action;
  } shortcuts[] = {
    { "<Control>plus", "reader.zoom-in" },
    { "<Control>equal", "reader.zoom-in" },
    { "<Control>KP_Add", "reader.zoom-in" },
    { "<Control>minus", "reader.zoom-out" },
    { "<Control>KP_Subtract", "reader.zoom-out" },
    { "<Control>0", "reader.zoom-reset" },
    { "<Alt>Left", "reader.back" },
    { "Escape", "reader.back" },
  };
  RpMarkdownView *view;
  GtkWidget *zoom_in;
  GtkWidget *zoom_out;

  open_reader (f, 800);
  rp_reader_show_reading (f->reader, rp_reading_get_id (reading));
  view = get_view (f);

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      g_autofree char *action = shortcut_action (f, shortcuts[i].accelerator);

      g_assert_cmpstr (action, ==, shortcuts[i].action);
    }

  /* Real keys, when the X server can be driven. */
  if (press_keys (f, "ctrl+plus"))
    {
      g_assert_cmpfloat_with_epsilon (rp_markdown_view_get_font_scale (view), 1.1, 0.0001);
      press_keys (f, "ctrl+minus ctrl+minus");
      g_assert_cmpfloat_with_epsilon (rp_markdown_view_get_font_scale (view), 0.9, 0.0001);
      press_keys (f, "ctrl+0");
      g_assert_cmpfloat (rp_markdown_view_get_font_scale (view), ==, 1.0);
    }
  else
    {
      g_test_message ("xdotool or X11 missing: the shortcuts are only looked up");
    }

  /* What Ctrl+plus does: the setting and the view, 10 % at a time. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (f->settings, "reader-font-scale"), 1.1,
                                  0.0001);
  g_assert_cmpfloat_with_epsilon (rp_markdown_view_get_font_scale (view), 1.1, 0.0001);
  g_assert_nonnull (rp_test_gui_find_button_by_label (GTK_WIDGET (f->reader), "110%"));

  gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (rp_markdown_view_get_font_scale (view), 0.9, 0.0001);

  gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.zoom-reset", NULL);
  g_assert_cmpfloat (g_settings_get_double (f->settings, "reader-font-scale"), ==, 1.0);
  g_assert_nonnull (rp_test_gui_find_button_by_label (GTK_WIDGET (f->reader), "100%"));

  /* The setting, changed elsewhere (another window), is followed. */
  g_settings_set_double (f->settings, "reader-font-scale", 2.0);
  g_assert_cmpfloat (rp_markdown_view_get_font_scale (view), ==, 2.0);

  /* Not past the ends; at an end, the button (in the menu) is off. */
  zoom_in = find_by_action (GTK_WIDGET (f->reader), "reader.zoom-in");
  zoom_out = find_by_action (GTK_WIDGET (f->reader), "reader.zoom-out");
  g_assert_nonnull (zoom_in);
  g_assert_nonnull (zoom_out);
  g_assert_true (gtk_widget_get_sensitive (zoom_in));
  g_settings_set_double (f->settings, "reader-font-scale", 3.0);
  gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.zoom-in", NULL);
  g_assert_cmpfloat (g_settings_get_double (f->settings, "reader-font-scale"), ==, 3.0);
  g_assert_false (gtk_widget_get_sensitive (zoom_in));
  g_assert_true (gtk_widget_get_sensitive (zoom_out));
  g_settings_set_double (f->settings, "reader-font-scale", 0.5);
  gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.zoom-out", NULL);
  g_assert_cmpfloat (g_settings_get_double (f->settings, "reader-font-scale"), ==, 0.5);
  g_assert_false (gtk_widget_get_sensitive (zoom_out));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (f->settings, "reader-font-scale"), 0.6,
                                  0.0001);
}


static void
test_place (Fixture       *f,
            gconstpointer  user_data)
{
  g_autofree char *body = make_long_body ();
  g_autoptr(RpReading) long_reading = add_text (f, "Long", body);
  g_autoptr(RpReading) other = add_text (f, "Short", "Short and sweet.");
  gint64 long_id = rp_reading_get_id (long_reading);
  RpMarkdownView *view;
  GtkAdjustment *vadjustment;
  int offset;
  guint backs = 0;

  open_reader (f, 600);
  g_signal_connect_swapped (f->reader, "back", G_CALLBACK (record_back), &backs);
  rp_reader_show_reading (f->reader, long_id);
  rp_test_gui_iterate (200);
  view = get_view (f);
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  g_assert_cmpint (rp_markdown_view_get_top_offset (view), ==, 0);

  /* Scrolled by the user: written a moment after scrolling stops. */
  gtk_adjustment_set_value (vadjustment, 1500);
  rp_test_gui_iterate (100);
  offset = rp_markdown_view_get_top_offset (view);
  g_assert_cmpint (offset, >, 0);
  g_assert_cmpint (stored_offset (f, long_id), ==, 0);
  rp_test_gui_iterate (1100);
  g_assert_cmpint (stored_offset (f, long_id), ==, offset);

  /* Another reading, then this one again: back at the same place. */
  g_assert_true (rp_reader_show_reading (f->reader, rp_reading_get_id (other)));
  rp_test_gui_iterate (100);
  g_assert_cmpint (rp_markdown_view_get_top_offset (view), ==, 0);
  g_assert_true (rp_reader_show_reading (f->reader, long_id));
  rp_test_gui_iterate (300);
  g_assert_cmpint (rp_markdown_view_get_top_offset (view), ==, offset);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 1000);

  /* Back writes the place at once, then says so. */
  gtk_adjustment_set_value (vadjustment, 3000);
  rp_test_gui_iterate (50);
  offset = rp_markdown_view_get_top_offset (view);
  g_assert_cmpint (stored_offset (f, long_id), !=, offset);
  gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.back", NULL);
  g_assert_cmpuint (backs, ==, 1);
  g_assert_cmpint (stored_offset (f, long_id), ==, offset);

  /* So does leaving the screen (the page switched away). */
  gtk_adjustment_set_value (vadjustment, 500);
  rp_test_gui_iterate (50);
  offset = rp_markdown_view_get_top_offset (view);
  gtk_widget_set_visible (GTK_WIDGET (f->reader), FALSE);
  g_assert_cmpint (stored_offset (f, long_id), ==, offset);
  gtk_widget_set_visible (GTK_WIDGET (f->reader), TRUE);
  rp_test_gui_iterate (100);

  /* And the text size changing keeps it in the top line (which, wrapped
   * anew, may start a few words earlier). */
  g_settings_set_double (f->settings, "reader-font-scale", 1.5);
  rp_test_gui_iterate (300);
  g_assert_cmpint (rp_markdown_view_get_top_offset (view), <=, offset);
  g_assert_cmpint (rp_markdown_view_get_top_offset (view), >, offset - 60);
}

static void
test_mark_read (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(RpReading) reading = add_text (f, "Gratitude", "Three things today.");
  gint64 id = rp_reading_get_id (reading);
  g_autoptr(GDateTime) now = rp_clock_now (f->clock);
  g_autoptr(GDateTime) last_week = g_date_time_add_days (now, -7);
  g_autoptr(GError) error = NULL;
  GtkWidget *read_button;
  GtkWidget *undo_button;
  GtkWidget *last_read;

  g_assert_true (rp_store_mark_reading_read (f->base.store, id, last_week, &error));
  g_assert_no_error (error);

  open_reader (f, 800);
  rp_reader_show_reading (f->reader, id);
  rp_test_gui_iterate (50);

  read_button = find_button (f, "_Mark as Read Today");
  undo_button = find_button (f, "_Undo");
  g_assert_true (is_shown (f, read_button));
  g_assert_false (is_shown (f, undo_button));
  last_read = rp_test_gui_find_label_containing (GTK_WIDGET (f->reader), "Last read on");
  g_assert_nonnull (last_read);
  g_assert_true (is_shown (f, last_read));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (last_read)), ==, "Last read on 3 March 2026");

  /* Marked: the log has today, and the reader says so. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.mark-read", NULL));
  g_assert_cmpuint (count_days (f, id), ==, 2);
  g_assert_false (is_shown (f, read_button));
  g_assert_true (is_shown (f, undo_button));
  g_assert_true (is_shown (f, GTK_WIDGET (rp_test_gui_find_label_containing (GTK_WIDGET (f->reader),
                                                                              "Read today"))));
  /* The earlier day still shows. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (last_read)), ==, "Last read on 3 March 2026");

  /* Undo: today's mark is gone, the older one stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.undo-read", NULL));
  g_assert_cmpuint (count_days (f, id), ==, 1);
  g_assert_true (is_shown (f, read_button));
  g_assert_false (is_shown (f, undo_button));

  /* Marked from elsewhere (the Today page): followed. */
  g_assert_true (rp_store_mark_reading_read (f->base.store, id, now, &error));
  g_assert_no_error (error);
  g_assert_false (is_shown (f, read_button));
}

static void
test_favourite (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(RpReading) reading = add_text (f, "Serenity", "Accept, change, know.");
  gint64 id = rp_reading_get_id (reading);
  GtkToggleButton *toggle;

  open_reader (f, 800);
  rp_reader_show_reading (f->reader, id);
  toggle = GTK_TOGGLE_BUTTON (rp_test_gui_find_descendant (GTK_WIDGET (f->reader),
                                                           GTK_TYPE_TOGGLE_BUTTON));
  g_assert_false (gtk_toggle_button_get_active (toggle));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (toggle)), ==, "Add to Favourites");

  gtk_toggle_button_set_active (toggle, TRUE);
  g_assert_true (rp_reading_get_favourite (rp_store_find_reading (f->base.store, id)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (toggle)), ==,
                   "Remove from Favourites");
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (toggle)), ==, "starred-symbolic");

  gtk_toggle_button_set_active (toggle, FALSE);
  g_assert_false (rp_reading_get_favourite (rp_store_find_reading (f->base.store, id)));

  /* Changed elsewhere (the page's menu): followed. */
  g_assert_true (rp_store_set_reading_favourite (f->base.store, id, TRUE, NULL));
  g_assert_true (gtk_toggle_button_get_active (toggle));
}

static void
test_link (Fixture       *f,
           gconstpointer  user_data)
{
  g_autoptr(RpReading) web = add_link (f, "Daily Reflection", "The fellowship's page for today.",
                                       "https://example.org/daily");
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(RpReading) document = NULL;
  g_autofree char *text = NULL;
  GtkWidget *open_button;
  GtkWidget *page_row;
  GtkSpinButton *page_spin;
  GtkSpinButton *pages_spin;
  RpReading *item;

  open_reader (f, 800);
  rp_reader_show_reading (f->reader, rp_reading_get_id (web));
  rp_test_gui_iterate (50);

  /* A web page: its description, and the button that opens it. */
  text = rp_markdown_view_get_text (get_view (f));
  g_assert_cmpstr (text, ==, "The fellowship's page for today.\n");
  open_button = find_button (f, "_Open in Browser");
  g_assert_true (is_shown (f, open_button));
  page_row = rp_test_gui_find_row (GTK_WIDGET (f->reader), "_Page");
  g_assert_nonnull (page_row);
  g_assert_false (is_shown (f, page_row));
  g_assert_true (gtk_widget_is_sensitive (open_button));

  /* A document on disk: its own button, and the page mark. */
  path = g_build_filename (g_get_user_data_dir (), "step-workbook.pdf", NULL);
  g_assert_true (g_file_set_contents (path, "%PDF-1.4\n", -1, NULL));
  uri = g_filename_to_uri (path, NULL, NULL);
  document = add_link (f, "Step Workbook", NULL, uri);
  rp_reader_show_reading (f->reader, rp_reading_get_id (document));
  rp_test_gui_iterate (50);
  g_assert_true (is_shown (f, find_button (f, "_Open Document")));
  g_assert_true (is_shown (f, page_row));

  page_spin = GTK_SPIN_BUTTON (rp_test_gui_find_descendant (page_row, GTK_TYPE_SPIN_BUTTON));
  pages_spin = GTK_SPIN_BUTTON (rp_test_gui_find_descendant (
    rp_test_gui_find_row (GTK_WIDGET (f->reader), "Pages in _All"), GTK_TYPE_SPIN_BUTTON));
  gtk_spin_button_set_value (pages_spin, 120);
  gtk_spin_button_set_value (page_spin, 45);
  rp_test_gui_iterate (700);
  item = rp_store_find_reading (f->base.store, rp_reading_get_id (document));
  g_assert_cmpint (rp_reading_get_progress_page (item), ==, 45);
  g_assert_cmpint (rp_reading_get_progress_pages (item), ==, 120);
  g_assert_cmpint (rp_reading_get_progress_percent (item), ==, -1);

  /* Shown again: the mark is there. */
  rp_reader_show_reading (f->reader, rp_reading_get_id (web));
  rp_reader_show_reading (f->reader, rp_reading_get_id (document));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (page_spin), ==, 45);

  /* No page past the last one. */
  gtk_spin_button_set_value (page_spin, 500);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (page_spin), ==, 120);
  gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.back", NULL);
  item = rp_store_find_reading (f->base.store, rp_reading_get_id (document));
  g_assert_cmpint (rp_reading_get_progress_page (item), ==, 120);

  /* A text has neither. */
  {
    g_autoptr(RpReading) reading = add_text (f, "Text", "Words.");

    rp_reader_show_reading (f->reader, rp_reading_get_id (reading));
    g_assert_false (is_shown (f, open_button));
    g_assert_false (is_shown (f, page_row));
    g_assert_false (gtk_widget_get_sensitive (find_by_action (GTK_WIDGET (f->reader),
                                                              "reader.open-link")));
  }

  g_unlink (path);
}

static void
record_edit (gint64 *out,
             gint64  reading_id)
{
  *out = reading_id;
}

static void
test_edit_and_delete (Fixture       *f,
                      gconstpointer  user_data)
{
  g_autoptr(RpReading) reading = add_text (f, "Mine", "My own words.");
  gint64 id = rp_reading_get_id (reading);
  gint64 edited = 0;
  guint backs = 0;

  open_reader (f, 800);
  g_signal_connect_swapped (f->reader, "edit", G_CALLBACK (record_edit), &edited);
  g_signal_connect_swapped (f->reader, "back", G_CALLBACK (record_back), &backs);
  rp_reader_show_reading (f->reader, id);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.edit", NULL));
  g_assert_cmpint (edited, ==, id);

  /* A starter text: its source shown, no Edit. */
  {
    g_autoptr(GPtrArray) starter = g_ptr_array_new_with_free_func (g_object_unref);
    RpReading *steps = rp_reading_new (RP_READING_KIND_TEXT);
    g_autoptr(GError) error = NULL;
    GListModel *readings;
    gint64 steps_id = 0;
    GtkWidget *source;

    rp_reading_set_origin (steps, RP_READING_ORIGIN_STARTER);
    rp_reading_set_title (steps, "The Twelve Steps");
    rp_reading_set_body (steps, "1. We admitted we were powerless.");
    rp_reading_set_source_note (steps, "From the first edition (1939), public domain in the "
                                       "United States.");
    rp_reading_set_import_key (steps, "twelve-steps");
    g_ptr_array_add (starter, steps);
    g_assert_true (rp_store_sync_starter_library (f->base.store, starter, "test-1", &error));
    g_assert_no_error (error);

    readings = rp_store_get_readings (f->base.store);
    for (guint i = 0; i < g_list_model_get_n_items (readings); i++)
      {
        g_autoptr(RpReading) item = g_list_model_get_item (readings, i);

        if (rp_reading_get_origin (item) == RP_READING_ORIGIN_STARTER)
          steps_id = rp_reading_get_id (item);
      }
    g_assert_cmpint (steps_id, >, 0);

    g_assert_true (rp_reader_show_reading (f->reader, steps_id));
    source = rp_test_gui_find_label_containing (GTK_WIDGET (f->reader), "public domain");
    g_assert_nonnull (source);
    g_assert_true (is_shown (f, source));
    edited = 0;
    gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.edit", NULL);
    g_assert_cmpint (edited, ==, 0);

    /* A text of the user's has no source note. */
    g_assert_true (rp_reader_show_reading (f->reader, id));
    g_assert_false (is_shown (f, source));
  }

  /* Deleted while shown: the reader goes back. */
  g_assert_true (rp_store_delete_reading (f->base.store, id, NULL));
  rp_test_gui_iterate (50);
  g_assert_cmpuint (backs, ==, 1);
  g_assert_cmpint (rp_reader_get_reading_id (f->reader), ==, 0);
}

/* The first draw of a reader that is shown with its reading already in
 * it (as the Reading page does): the footer after the text is allocated
 * before it is drawn (GTK warns otherwise, and warnings fail the test). */
static void
test_first_draw (Fixture       *f,
                 gconstpointer  user_data)
{
  g_autofree char *body = make_long_body ();
  g_autoptr(RpReading) reading = add_text (f, "Long", body);
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->window = GTK_WINDOW (adw_window_new ());
  f->reader = RP_READER (rp_reader_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->reader));
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  gtk_window_set_default_size (f->window, 800, 600);
  rp_reader_set_store (f->reader, f->base.store, f->clock);
  g_assert_true (rp_reader_show_reading (f->reader, rp_reading_get_id (reading)));
  gtk_window_present (f->window);
  rp_test_gui_iterate (200);

  /* A narrower window gives the footer a new width: still no warning. */
  gtk_window_set_default_size (f->window, 400, 600);
  rp_test_gui_iterate (200);
  /* The window's focus widget, whether or not the X server has made the
   * window active yet (on a loaded machine it may not have, after 200 ms:
   * gtk_widget_has_focus() then says FALSE). */
  g_assert_true (gtk_window_get_focus (f->window) == GTK_WIDGET (get_view (f)));
}

static void
test_narrow (Fixture       *f,
             gconstpointer  user_data)
{
  g_autofree char *body = make_long_body ();
  g_autoptr(RpReading) reading = add_text (f, "A Reading With a Rather Long Title to Fit", body);
  g_autoptr(RpReading) link = add_link (f, "A Link", "Described at some length so that it wraps.",
                                        "https://example.org/");
  GtkWidget *read_button;

  open_reader (f, 360);
  rp_reader_show_reading (f->reader, rp_reading_get_id (reading));
  rp_test_gui_iterate (200);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->reader)), <=, 360);
  /* The footer fits the text's width. */
  read_button = find_button (f, "_Mark as Read Today");
  g_assert_cmpint (gtk_widget_get_width (gtk_widget_get_parent (read_button)), <=, 360 - 36);

  rp_reader_show_reading (f->reader, rp_reading_get_id (link));
  rp_test_gui_iterate (100);
  g_settings_set_double (f->settings, "reader-font-scale", 3.0);
  rp_test_gui_iterate (100);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 360);
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

  g_test_add ("/reader/show", Fixture, NULL, set_up, test_show, tear_down);
  g_test_add ("/reader/zoom", Fixture, NULL, set_up, test_zoom, tear_down);
  g_test_add ("/reader/place", Fixture, NULL, set_up, test_place, tear_down);
  g_test_add ("/reader/mark-read", Fixture, NULL, set_up, test_mark_read, tear_down);
  g_test_add ("/reader/favourite", Fixture, NULL, set_up, test_favourite, tear_down);
  g_test_add ("/reader/link", Fixture, NULL, set_up, test_link, tear_down);
  g_test_add ("/reader/edit-and-delete", Fixture, NULL, set_up, test_edit_and_delete, tear_down);
  g_test_add ("/reader/first-draw", Fixture, NULL, set_up, test_first_draw, tear_down);
  g_test_add ("/reader/narrow", Fixture, NULL, set_up, test_narrow, tear_down);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
