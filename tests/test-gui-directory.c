/* test-gui-directory.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Directory under a real (Xvfb) display: search and filters over a
 * generated feed whose counts the generator knows, and over a real feed
 * of the shared corpora (checked against the core's matcher); adding to
 * My meetings; the import dialog's preview, import and refusals; removing
 * a feed; the notice about changed meetings; the 360 px layout; and the
 * time a keystroke takes over 5,000 meetings. Each test uses a throw-away
 * store, and not one warning or critical may be logged.
 *
 * The corpus feeds carry group contacts' names, emails and phones: this
 * file never prints a value from them, only counts. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "rp-backup-json.h"
#include "rp-directory-changes-bar.h"
#include "rp-directory-feed-list.h"
#include "rp-directory-query.h"
#include "rp-directory-row.h"
#include "rp-directory-view.h"
#include "rp-import-dialog.h"
#include "rp-slot-list-model.h"
#include "rp-test-gui.h"
#include "rp-test-util.h"

#define CORPUS_FEED  "tsml-ui__public__data__kc.test.json"
#define REFUSED_FEED "tsml-ui__public__data__invalid.json"

/* --- a generated feed ---------------------------------------------------- */

static const char * const name_words[] = {
  "Serenity", "Hope", "Freedom", "Sunrise", "Lakeside", "Gratitude", "Courage", "Harmony",
  "Beacon", "Fellowship", "Acceptance", "Unity", "Promise", "Lifeline", "Keystone", "Daybreak",
};
static const char * const name_kinds[] = {
  "Group", "Discussion", "Big Book", "Step Study", "Speakers", "Women", "Men", "Newcomers",
};
static const char * const locations[] = {
  "St Mark’s Church", "Library Hall", "Grace Chapel", "Civic Center", "Fire Station",
};
static const char * const streets[] = { "Oak", "Maple", "Cedar", "Pine", "Elm", "Birch", "Walnut" };
static const char * const cities[] = { "Springfield", "Riverton", "Fairview", "Greenville", "Madison" };

typedef struct
{
  guint      n_meetings;
  int        changed_index;   /* this meeting's time is moved; -1 for none */
  int        omitted_index;   /* this meeting is left out; -1 for none */
} FeedOptions;

/* What the generator put in, meeting by meeting: the oracle. */
typedef struct
{
  GPtrArray *text;            /* lower-case name, location and address */
  GArray    *weekday;         /* GDateWeekday, 0 by appointment */
  GArray    *start_minute;    /* -1 by appointment */
  GArray    *kind;            /* i % 3: which types */
  GArray    *mode;            /* i % 4: 0 online, 1 hybrid, else in person */
} Expected;

static void
expected_clear (Expected *expected)
{
  g_clear_pointer (&expected->text, g_ptr_array_unref);
  g_clear_pointer (&expected->weekday, g_array_unref);
  g_clear_pointer (&expected->start_minute, g_array_unref);
  g_clear_pointer (&expected->kind, g_array_unref);
  g_clear_pointer (&expected->mode, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Expected, expected_clear)

/* Deterministic: meeting i's every field is a function of i. Every 50th
 * meeting is by appointment; i % 4 == 0 is online only, 1 hybrid, the
 * rest in person; types cycle through O D / C B / O W. */
static GBytes *
generate_feed (const FeedOptions *options,
               Expected          *expected)
{
  g_autoptr(GString) json = g_string_new ("[");
  gboolean first = TRUE;

  if (expected != NULL)
    {
      expected->text = g_ptr_array_new_with_free_func (g_free);
      expected->weekday = g_array_new (FALSE, FALSE, sizeof (int));
      expected->start_minute = g_array_new (FALSE, FALSE, sizeof (int));
      expected->kind = g_array_new (FALSE, FALSE, sizeof (int));
      expected->mode = g_array_new (FALSE, FALSE, sizeof (int));
    }

  for (guint i = 0; i < options->n_meetings; i++)
    {
      static const char * const types[] = { "\"O\", \"D\"", "\"C\", \"B\"", "\"O\", \"W\"" };
      g_autofree char *name = g_strdup_printf ("%s %s", name_words[i % G_N_ELEMENTS (name_words)],
                                               name_kinds[(i / 16) % G_N_ELEMENTS (name_kinds)]);
      g_autofree char *address = g_strdup_printf ("%u %s St", 100 + i,
                                                  streets[i % G_N_ELEMENTS (streets)]);
      const char *location = locations[i % G_N_ELEMENTS (locations)];
      const char *city = cities[(i / 3) % G_N_ELEMENTS (cities)];
      gboolean by_appointment = i % 50 == 49;
      int day = (int) (i % 7);                   /* Meeting Guide: 0 is Sunday */
      int hour = 6 + (int) ((i * 7) % 17);
      int minute = (int) (i % 4) * 15;
      int mode = (int) (i % 4);
      int kind = (int) (i % 3);
      int weekday = day == 0 ? G_DATE_SUNDAY : day;
      int start = hour * 60 + minute;

      if ((int) i == options->omitted_index)
        continue;
      if ((int) i == options->changed_index)
        {
          hour = (hour + 1) % 24;
          start = hour * 60 + minute;
        }

      g_string_append_printf (json, "%s{\"slug\": \"gen-%u\", \"name\": \"%s\","
                              " \"entity\": \"Test Intergroup\","
                              " \"timezone\": \"America/Chicago\", \"types\": [%s]",
                              first ? "" : ",", i, name, types[kind]);
      first = FALSE;
      if (!by_appointment)
        g_string_append_printf (json, ", \"day\": %d, \"time\": \"%02d:%02d\","
                                " \"end_time\": \"%02d:%02d\"",
                                day, hour, minute, (hour + 1) % 24, minute);
      if (mode != 0)
        g_string_append_printf (json, ", \"location\": \"%s\", \"address\": \"%s\","
                                " \"city\": \"%s\", \"state\": \"IL\", \"country\": \"US\"",
                                location, address, city);
      if (mode <= 1)
        g_string_append_printf (json, ", \"conference_url\": \"https://zoom.us/j/%u\"",
                                900000 + i);
      g_string_append_c (json, '}');

      if (expected != NULL)
        {
          int expected_weekday = by_appointment ? 0 : weekday;
          int expected_start = by_appointment ? -1 : start;

          g_autofree char *text = mode != 0
                                   ? g_strjoin (" ", name, location, address, city, "IL US", NULL)
                                   : g_strdup (name);

          g_ptr_array_add (expected->text, g_ascii_strdown (text, -1));
          g_array_append_val (expected->weekday, expected_weekday);
          g_array_append_val (expected->start_minute, expected_start);
          g_array_append_val (expected->kind, kind);
          g_array_append_val (expected->mode, mode);
        }
    }

  g_string_append_c (json, ']');

  return g_string_free_to_bytes (g_steal_pointer (&json));
}

/* --- fixture ------------------------------------------------------------- */

typedef struct
{
  char       *dir;
  RpDatabase *database;
  RpStore    *store;
  GtkWindow  *window;
  AdwToastOverlay *overlay;
  RpDirectoryView *view;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("reprieve-gui-directory-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "data", "reprieve.db", NULL);
  f->database = rp_database_open (path, &error);
  g_assert_no_error (error);
  f->store = rp_store_new (f->database);
}

/* A window holding a toast overlay and the view, like the main window. */
static void
show_view (Fixture *f,
           int      width,
           int      height)
{
  f->window = GTK_WINDOW (adw_window_new ());
  f->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  f->view = RP_DIRECTORY_VIEW (rp_directory_view_new ());
  rp_directory_view_set_store (f->view, f->store);
  adw_toast_overlay_set_child (f->overlay, GTK_WIDGET (f->view));
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (f->overlay));
  gtk_window_set_default_size (f->window, width, height);
  gtk_window_present (f->window);
  rp_test_gui_iterate (200);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  if (f->window != NULL)
    {
      /* The window takes the view with it: nothing else may hold it. */
      g_object_add_weak_pointer (G_OBJECT (f->view), (gpointer *) &f->view);
      gtk_window_destroy (f->window);
      rp_test_gui_iterate (50);
      g_assert_null (f->view);
    }

  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->database);
  rp_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);

  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
import_bytes (Fixture    *f,
              GBytes     *feed,
              const char *file_name)
{
  g_autoptr(RpDirectoryImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = rp_store_import_directory (f->store, feed, file_name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);
}

static GFile *
write_file (Fixture    *f,
            const char *name,
            GBytes     *contents)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (contents, NULL), g_bytes_get_size (contents),
                       &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static char *
find_corpus_file (const char *name)
{
  const char *corpora = g_getenv ("RP_CORPORA_DIR");
  g_autofree char *default_corpora = NULL;
  g_autofree char *path = NULL;

  if (corpora == NULL || *corpora == '\0')
    {
      g_autofree char *relative = g_build_filename (g_test_get_dir (G_TEST_DIST),
                                                    "..", "..", "shared", "corpora", NULL);

      corpora = default_corpora = g_canonicalize_filename (relative, NULL);
    }

  path = g_build_filename (corpora, "meeting-guide", name, NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *folder = g_path_get_dirname (path);

      /* Only an absent corpus folder skips; a missing file is a failure. */
      if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
        return NULL;
      g_error ("The corpus has no %s", name);
    }

  return g_steal_pointer (&path);
}

/* --- widget look-ups ---------------------------------------------------- */

typedef gboolean (*WidgetPredicate) (GtkWidget *widget,
                                     gpointer   data);

static GtkWidget *
find_widget (GtkWidget       *root,
             WidgetPredicate  predicate,
             gpointer         data)
{
  if (predicate (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, predicate, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_type (GtkWidget *widget,
         gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  return find_widget (root, is_type, GSIZE_TO_POINTER (type));
}

static gboolean
is_row_titled (GtkWidget *widget,
               gpointer   data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static gboolean
is_count_label (GtkWidget *widget,
                gpointer   data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_widget_get_name (widget), "count") == 0;
}

/* The number a preview row shows, or -1 when there is no such row. */
static int
row_count (GtkWidget  *root,
           const char *title)
{
  GtkWidget *row = find_widget (root, is_row_titled, (gpointer) title);
  GtkWidget *label;

  if (row == NULL)
    return -1;

  label = find_widget (row, is_count_label, NULL);
  g_assert_nonnull (label);

  return atoi (gtk_label_get_text (GTK_LABEL (label)));
}

static gboolean
is_bound_row_of (GtkWidget *widget,
                 gpointer   data)
{
  return RP_IS_DIRECTORY_ROW (widget) &&
         (gpointer) rp_directory_row_get_meeting (RP_DIRECTORY_ROW (widget)) == data;
}

/* The page of the outermost stack: the view's "empty" or "directory",
 * the dialog's "preview", "failed"... */
static GtkWidget *
visible_page (GtkWidget *root)
{
  GtkWidget *stack = find_descendant (root, GTK_TYPE_STACK);

  g_assert_nonnull (stack);

  return gtk_stack_get_visible_child (GTK_STACK (stack));
}

static gboolean
is_label_containing (GtkWidget *widget,
                     gpointer   data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

static gboolean
is_label_titled (GtkWidget *widget,
                 gpointer   data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

/* What a directory row offers: "add" (the button, with its tooltip and
 * accessible label), "added", or "none". */
static const char *
row_offers (GtkWidget *row)
{
  GtkWidget *button = find_descendant (row, GTK_TYPE_BUTTON);
  GtkWidget *added = find_widget (row, is_label_containing, "Added");

  g_assert_nonnull (button);
  if (gtk_widget_get_visible (button))
    {
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Add to My Meetings");
      g_assert_true (added == NULL || !gtk_widget_get_visible (added));
      return "add";
    }

  if (added != NULL && gtk_widget_get_visible (added))
    return "added";

  return "none";
}

static const char *
visible_page_name (GtkWidget *root)
{
  GtkWidget *stack = find_descendant (root, GTK_TYPE_STACK);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}


static gboolean
is_results_stack (GtkWidget *widget,
                  gpointer   data)
{
  return GTK_IS_STACK (widget) &&
         gtk_stack_get_child_by_name (GTK_STACK (widget), "no-results") != NULL;
}

static GtkStack *
results_stack (RpDirectoryView *view)
{
  return GTK_STACK (find_widget (GTK_WIDGET (view), is_results_stack, NULL));
}

static GtkEditable *
search_entry (RpDirectoryView *view)
{
  return GTK_EDITABLE (find_descendant (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY));
}

static guint
n_results (RpDirectoryView *view)
{
  return g_list_model_get_n_items (rp_directory_view_get_results (view));
}

/* The results are exactly, and in order, the Directory's meetings that a
 * fresh query with the same settings matches. */
static void
assert_results_match (RpDirectoryView        *view,
                      const RpDirectoryQuery *query)
{
  GListModel *directory = rp_store_get_directory (rp_directory_view_get_store (view));
  GListModel *results = rp_directory_view_get_results (view);
  guint j = 0;

  for (guint i = 0; i < g_list_model_get_n_items (directory); i++)
    {
      g_autoptr(RpDirectoryMeeting) meeting = g_list_model_get_item (directory, i);
      g_autoptr(RpDirectoryMeeting) shown = NULL;

      if (!rp_directory_query_matches (query, meeting))
        continue;

      shown = g_list_model_get_item (results, j++);
      g_assert_true (shown == meeting);
    }

  g_assert_cmpuint (j, ==, g_list_model_get_n_items (results));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
wait_for_state (RpImportDialog      *dialog,
                RpImportDialogState  state)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (rp_import_dialog_get_state (dialog) != state && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (rp_import_dialog_get_state (dialog), ==, state);
}

static void
wait_for_destroyed (gpointer *weak)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (*weak != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  g_assert_null (*weak);
}

/* --- tests -------------------------------------------------------------- */

static void
test_empty_directory (Fixture       *f,
                      gconstpointer  user_data)
{
  GtkWidget *status;
  GtkWidget *button;

  show_view (f, 800, 600);

  g_assert_cmpstr (visible_page_name (GTK_WIDGET (f->view)), ==, "empty");
  status = find_descendant (GTK_WIDGET (f->view), ADW_TYPE_STATUS_PAGE);
  g_assert_true (gtk_widget_get_mapped (status));
  button = find_descendant (status, GTK_TYPE_BUTTON);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "win.import-meetings");
  g_assert_cmpuint (n_results (f->view), ==, 0);

  /* The Directory arrives: the list replaces the empty state. */
  {
    FeedOptions options = { 30, -1, -1 };
    g_autoptr(GBytes) feed = generate_feed (&options, NULL);

    import_bytes (f, feed, "generated.json");
  }
  rp_test_gui_iterate (50);
  g_assert_cmpstr (visible_page_name (GTK_WIDGET (f->view)), ==, "directory");
  g_assert_cmpuint (n_results (f->view), ==, 30);
}

static guint
count_expected (const Expected *expected,
                const char     *word,
                int             weekday,
                RpTimeOfDay     times,
                int             kind_with_type,
                int             mode)
{
  guint n = 0;

  for (guint i = 0; i < expected->text->len; i++)
    {
      int day = g_array_index (expected->weekday, int, i);
      int start = g_array_index (expected->start_minute, int, i);
      int kind = g_array_index (expected->kind, int, i);
      int meeting_mode = g_array_index (expected->mode, int, i);
      RpTimeOfDay part;

      if (start < 0)
        part = RP_TIME_OF_DAY_BY_APPOINTMENT;
      else if (start < 12 * 60)
        part = RP_TIME_OF_DAY_MORNING;
      else if (start < 17 * 60)
        part = RP_TIME_OF_DAY_AFTERNOON;
      else if (start < 21 * 60)
        part = RP_TIME_OF_DAY_EVENING;
      else
        part = RP_TIME_OF_DAY_NIGHT;

      if (word != NULL && strstr (g_ptr_array_index (expected->text, i), word) == NULL)
        continue;
      if (weekday != 0 && day != weekday)
        continue;
      if (times != RP_TIME_OF_DAY_ANY && (part & times) == 0)
        continue;
      if (kind_with_type >= 0 && kind != kind_with_type)
        continue;
      if (mode == RP_ATTENDANCE_MODE_ONLINE && meeting_mode > 1)
        continue;
      if (mode == RP_ATTENDANCE_MODE_IN_PERSON && meeting_mode == 0)
        continue;
      n++;
    }

  return n;
}

static void
test_search_and_filters_generated (Fixture       *f,
                                   gconstpointer  user_data)
{
  FeedOptions options = { 700, -1, -1 };
  g_auto(Expected) expected = { 0 };
  g_autoptr(GBytes) feed = generate_feed (&options, &expected);
  GtkDropDown *weekday_dropdown;
  GtkEditable *entry;
  guint previous;

  import_bytes (f, feed, "generated.json");
  show_view (f, 800, 600);
  entry = search_entry (f->view);

  g_assert_cmpuint (n_results (f->view), ==, 700);

  /* Typing narrows as each letter comes. */
  previous = 700;
  for (guint length = 1; length <= strlen ("lakeside"); length++)
    {
      g_autofree char *prefix = g_strndup ("lakeside", length);

      gtk_editable_set_text (entry, prefix);
      g_assert_cmpuint (n_results (f->view), ==,
                        count_expected (&expected, prefix, 0, RP_TIME_OF_DAY_ANY, -1,
                                        RP_ATTENDANCE_MODE_ANY));
      g_assert_cmpuint (n_results (f->view), <=, previous);
      previous = n_results (f->view);
    }
  g_assert_cmpuint (previous, ==, count_expected (&expected, "lakeside", 0, RP_TIME_OF_DAY_ANY,
                                                  -1, RP_ATTENDANCE_MODE_ANY));
  g_assert_cmpuint (previous, >, 0);
  g_assert_cmpstr (rp_directory_view_get_search_text (f->view), ==, "lakeside");

  /* Two words must both be there, in any fields: a name and a street. */
  gtk_editable_set_text (entry, "Sunrise Oak");
  g_assert_cmpuint (n_results (f->view), >, 0);
  g_assert_cmpuint (n_results (f->view), <,
                    count_expected (&expected, "sunrise", 0, RP_TIME_OF_DAY_ANY, -1,
                                    RP_ATTENDANCE_MODE_ANY));

  /* Deleting widens again. */
  gtk_editable_set_text (entry, "");
  g_assert_cmpuint (n_results (f->view), ==, 700);

  /* Each filter, through its action, then the dropdowns. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.weekday", "i", G_DATE_TUESDAY);
  g_assert_cmpuint (n_results (f->view), ==,
                    count_expected (&expected, NULL, G_DATE_TUESDAY, RP_TIME_OF_DAY_ANY, -1,
                                    RP_ATTENDANCE_MODE_ANY));
  g_assert_cmpuint (rp_directory_view_get_n_active_filters (f->view), ==, 1);
  weekday_dropdown = GTK_DROP_DOWN (find_descendant (GTK_WIDGET (f->view), GTK_TYPE_DROP_DOWN));
  g_assert_cmpuint (gtk_drop_down_get_selected (weekday_dropdown), ==, G_DATE_TUESDAY);

  gtk_drop_down_set_selected (weekday_dropdown, G_DATE_SUNDAY);
  g_assert_cmpuint (n_results (f->view), ==,
                    count_expected (&expected, NULL, G_DATE_SUNDAY, RP_TIME_OF_DAY_ANY, -1,
                                    RP_ATTENDANCE_MODE_ANY));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.reset-filters", NULL);
  g_assert_cmpuint (n_results (f->view), ==, 700);
  g_assert_cmpuint (gtk_drop_down_get_selected (weekday_dropdown), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.time-of-day", "u",
                              (guint32) RP_TIME_OF_DAY_EVENING);
  g_assert_cmpuint (n_results (f->view), ==,
                    count_expected (&expected, NULL, 0, RP_TIME_OF_DAY_EVENING, -1,
                                    RP_ATTENDANCE_MODE_ANY));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.time-of-day", "u",
                              (guint32) RP_TIME_OF_DAY_BY_APPOINTMENT);
  g_assert_cmpuint (n_results (f->view), ==, 14);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.reset-filters", NULL);

  /* "W" (women) is on every third meeting, kind 2. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.type-code", "s", "W");
  g_assert_cmpuint (n_results (f->view), ==,
                    count_expected (&expected, NULL, 0, RP_TIME_OF_DAY_ANY, 2,
                                    RP_ATTENDANCE_MODE_ANY));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.type-code", "s", "");
  g_assert_cmpuint (n_results (f->view), ==, 700);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.attendance-mode", "i",
                              RP_ATTENDANCE_MODE_ONLINE);
  g_assert_cmpuint (n_results (f->view), ==,
                    count_expected (&expected, NULL, 0, RP_TIME_OF_DAY_ANY, -1,
                                    RP_ATTENDANCE_MODE_ONLINE));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.attendance-mode", "i",
                              RP_ATTENDANCE_MODE_IN_PERSON);
  g_assert_cmpuint (n_results (f->view), ==,
                    count_expected (&expected, NULL, 0, RP_TIME_OF_DAY_ANY, -1,
                                    RP_ATTENDANCE_MODE_IN_PERSON));

  /* All together, and the text too. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.weekday", "i", G_DATE_FRIDAY);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.time-of-day", "u",
                              (guint32) RP_TIME_OF_DAY_MORNING);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.type-code", "s", "O");
  gtk_editable_set_text (entry, "hope");
  g_assert_cmpuint (rp_directory_view_get_n_active_filters (f->view), ==, 4);
  rp_test_gui_iterate (50);

  /* Nothing matches: the empty state offers to clear everything. */
  gtk_editable_set_text (entry, "hope zzz");
  rp_test_gui_iterate (50);
  g_assert_cmpuint (n_results (f->view), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results_stack (f->view)), ==, "no-results");

  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.clear-filters", NULL);
  rp_test_gui_iterate (50);
  g_assert_cmpuint (n_results (f->view), ==, 700);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_cmpuint (rp_directory_view_get_n_active_filters (f->view), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results_stack (f->view)), ==, "list");
}

static void
test_search_and_filters_corpus (Fixture       *f,
                                gconstpointer  user_data)
{
  g_autofree char *path = find_corpus_file (CORPUS_FEED);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) feed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDirectoryQuery) query = rp_directory_query_new ();
  g_autoptr(RpDirectoryMeeting) first = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  const char *word = NULL;
  GListModel *directory;
  guint total;
  guint previous;

  if (path == NULL)
    {
      g_test_skip ("The corpora folder is absent");
      return;
    }

  file = g_file_new_for_path (path);
  feed = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  import_bytes (f, feed, CORPUS_FEED);
  show_view (f, 800, 600);

  directory = rp_store_get_directory (f->store);
  total = g_list_model_get_n_items (directory);
  g_assert_cmpuint (total, >, 100);
  g_assert_cmpuint (n_results (f->view), ==, total);

  /* A word of some meeting's name, typed letter by letter. */
  first = g_list_model_get_item (directory, total / 2);
  folded = rp_directory_fold_text (rp_directory_meeting_get_display_name (first));
  words = g_strsplit (folded, " ", -1);
  for (guint i = 0; words[i] != NULL && word == NULL; i++)
    {
      if (strlen (words[i]) >= 4)
        word = words[i];
    }
  g_assert_nonnull (word);

  previous = total;
  for (guint length = 1; length <= strlen (word); length++)
    {
      g_autofree char *prefix = g_strndup (word, length);

      gtk_editable_set_text (search_entry (f->view), prefix);
      rp_directory_query_set_text (query, prefix);
      assert_results_match (f->view, query);
      g_assert_cmpuint (n_results (f->view), <=, previous);
      previous = n_results (f->view);
    }
  g_assert_true (g_list_model_get_n_items (rp_directory_view_get_results (f->view)) > 0);
  g_assert_cmpuint (previous, <, total);
  gtk_editable_set_text (search_entry (f->view), "");
  rp_directory_query_set_text (query, "");

  /* Each filter alone narrows to what the core's matcher says. */
  for (int day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    {
      gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.weekday", "i", day);
      rp_directory_query_set_weekdays (query, RP_WEEKDAY_BIT (day));
      assert_results_match (f->view, query);
      g_assert_cmpuint (n_results (f->view), <, total);
    }
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.weekday", "i", 0);
  rp_directory_query_set_weekdays (query, RP_WEEKDAYS_NONE);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.time-of-day", "u",
                              (guint32) RP_TIME_OF_DAY_EVENING);
  rp_directory_query_set_times_of_day (query, RP_TIME_OF_DAY_EVENING);
  assert_results_match (f->view, query);
  g_assert_cmpuint (n_results (f->view), <, total);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.time-of-day", "u", 0u);
  rp_directory_query_set_times_of_day (query, RP_TIME_OF_DAY_ANY);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.type-code", "s", "C");
  rp_directory_query_set_type (query, "C");
  assert_results_match (f->view, query);
  g_assert_cmpuint (n_results (f->view), <, total);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.type-code", "s", "");
  rp_directory_query_set_type (query, NULL);

  for (int mode = RP_ATTENDANCE_MODE_IN_PERSON; mode <= RP_ATTENDANCE_MODE_ONLINE; mode++)
    {
      gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.attendance-mode", "i", mode);
      rp_directory_query_set_attendance_mode (query, mode);
      assert_results_match (f->view, query);
      g_assert_cmpuint (n_results (f->view), <, total);
    }

  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.clear-filters", NULL);
  g_assert_cmpuint (n_results (f->view), ==, total);
}

static void
test_add_to_my_meetings (Fixture       *f,
                         gconstpointer  user_data)
{
  FeedOptions options = { 60, -1, -1 };
  g_autoptr(GBytes) feed = generate_feed (&options, NULL);
  GListModel *meetings = rp_store_get_meetings (f->store);
  GListModel *results;
  g_autoptr(RpDirectoryMeeting) entry = NULL;
  g_autoptr(RpDirectoryMeeting) by_appointment = NULL;
  g_autoptr(RpMeeting) added = NULL;
  GtkWidget *row;

  import_bytes (f, feed, "generated.json");
  show_view (f, 800, 600);
  results = rp_directory_view_get_results (f->view);
  entry = g_list_model_get_item (results, 0);
  g_assert_false (rp_directory_meeting_get_by_appointment (entry));

  row = find_widget (GTK_WIDGET (f->view), is_bound_row_of, entry);
  g_assert_nonnull (row);
  g_assert_false (rp_directory_row_get_added (RP_DIRECTORY_ROW (row)));
  g_assert_cmpstr (row_offers (row), ==, "add");

  /* The row's button adds it. */
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 0);
  g_signal_emit_by_name (find_descendant (row, GTK_TYPE_BUTTON), "clicked");
  rp_test_gui_iterate (50);

  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  added = g_list_model_get_item (meetings, 0);
  g_assert_cmpstr (rp_meeting_get_name (added), ==, rp_directory_meeting_get_name (entry));
  g_assert_cmpstr (rp_meeting_get_directory_slug (added), ==,
                   rp_directory_meeting_get_slug (entry));
  g_assert_true (rp_directory_row_get_added (RP_DIRECTORY_ROW (row)));
  g_assert_cmpstr (row_offers (row), ==, "added");

  /* Adding it again adds nothing. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.add", "x",
                              rp_directory_meeting_get_id (entry));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);

  /* A meeting by appointment offers no button, and cannot be added. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.time-of-day", "u",
                              (guint32) RP_TIME_OF_DAY_BY_APPOINTMENT);
  rp_test_gui_iterate (50);
  g_assert_cmpuint (n_results (f->view), ==, 1);
  by_appointment = g_list_model_get_item (results, 0);
  row = find_widget (GTK_WIDGET (f->view), is_bound_row_of, by_appointment);
  g_assert_nonnull (row);
  g_assert_cmpstr (row_offers (row), ==, "none");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.add", "x",
                              rp_directory_meeting_get_id (by_appointment));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
}

static RpImportDialog *
open_dialog (Fixture *f,
             GFile   *file)
{
  RpImportDialog *dialog = rp_import_dialog_new (f->window, f->store);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  rp_import_dialog_load_file (dialog, file);
  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  return dialog;
}

static void
close_dialog (RpImportDialog *dialog)
{
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL);
  wait_for_destroyed ((gpointer *) &dialog);
}

static void
test_import_dialog_corpus (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autofree char *path = find_corpus_file (CORPUS_FEED);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) feed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDirectoryImport) expected = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  RpImportDialog *dialog;
  guint n_meetings;

  if (path == NULL)
    {
      g_test_skip ("The corpora folder is absent");
      return;
    }

  file = g_file_new_for_path (path);
  feed = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  expected = rp_store_preview_directory_import (f->store, feed, CORPUS_FEED, &error);
  g_assert_no_error (error);
  n_meetings = rp_directory_import_get_n_meetings (expected);
  g_assert_cmpuint (n_meetings, >, 100);

  show_view (f, 800, 600);
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_PREVIEW);
  rp_test_gui_iterate (50);

  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Meetings in the list"), ==, n_meetings);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "New"), ==, n_meetings);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Updated"), ==, 0);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Removed"), ==, 0);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "By appointment"), ==,
                   rp_directory_import_get_n_by_appointment (expected));
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "With warnings"), ==,
                   rp_directory_import_get_n_with_warnings (expected));
  if (rp_directory_import_get_n_skipped (expected) > 0)
    g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Skipped entries"), ==,
                     rp_directory_import_get_n_skipped (expected));

  /* Nothing is written before Import. */
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 0);
  feeds = rp_store_list_directory_feeds (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 0);
  g_clear_pointer (&feeds, g_ptr_array_unref);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  wait_for_destroyed ((gpointer *) &dialog);

  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==,
                    n_meetings);
  g_assert_cmpuint (n_results (f->view), ==, n_meetings);
  feeds = rp_store_list_directory_feeds (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 1);

  /* The same file again: nothing new, all unchanged. */
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_PREVIEW);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "New"), ==, 0);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Unchanged"), ==, n_meetings);
  close_dialog (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==,
                    n_meetings);
}

static void
test_import_dialog_generated (Fixture       *f,
                              gconstpointer  user_data)
{
  FeedOptions options = { 120, -1, -1 };
  FeedOptions update = { 120, 3, 7 };
  g_autoptr(GBytes) feed = generate_feed (&options, NULL);
  g_autoptr(GBytes) updated_feed = generate_feed (&update, NULL);
  g_autoptr(GFile) file = NULL;
  RpImportDialog *dialog;

  show_view (f, 800, 600);
  file = write_file (f, "generated.json", feed);
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_PREVIEW);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Meetings in the list"), ==, 120);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "New"), ==, 120);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "By appointment"), ==, 2);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "With warnings"), ==, 0);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Skipped entries"), ==, -1);

  /* The publisher names the list, once. */
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), is_label_titled, "Test Intergroup"));
  g_assert_null (find_widget (GTK_WIDGET (dialog), is_label_containing, "From Test Intergroup"));

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  wait_for_destroyed ((gpointer *) &dialog);
  g_assert_cmpuint (n_results (f->view), ==, 120);

  /* A new version of the feed: one meeting moved, one gone. */
  g_clear_object (&file);
  file = write_file (f, "generated.json", updated_feed);
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_PREVIEW);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Meetings in the list"), ==, 119);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "New"), ==, 0);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Updated"), ==, 1);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Unchanged"), ==, 118);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Removed"), ==, 1);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  wait_for_destroyed ((gpointer *) &dialog);
  g_assert_cmpuint (n_results (f->view), ==, 119);
}

static void
test_import_dialog_refused (Fixture       *f,
                            gconstpointer  user_data)
{
  g_autofree char *path = find_corpus_file (REFUSED_FEED);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) feed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) expected = NULL;
  g_autoptr(RpDirectoryImport) preview = NULL;
  g_autofree char *escaped = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  AdwStatusPage *page;
  RpImportDialog *dialog;

  if (path == NULL)
    {
      g_test_skip ("The corpora folder is absent");
      return;
    }

  file = g_file_new_for_path (path);
  feed = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  preview = rp_store_preview_directory_import (f->store, feed, REFUSED_FEED, &expected);
  g_assert_null (preview);
  g_assert_error (expected, RP_IMPORT_ERROR, RP_IMPORT_ERROR_INVALID_JSON);

  show_view (f, 800, 600);
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_FAILED);
  rp_test_gui_iterate (50);

  /* The core's reason is shown, and Import is not offered. */
  page = ADW_STATUS_PAGE (visible_page (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "This File Can’t Be Imported");
  escaped = g_markup_escape_text (expected->message, -1);
  g_assert_cmpstr (adw_status_page_get_description (page), ==, escaped);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  rp_test_gui_iterate (50);
  g_assert_cmpint (rp_import_dialog_get_state (dialog), ==, RP_IMPORT_DIALOG_STATE_FAILED);

  close_dialog (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 0);
  feeds = rp_store_list_directory_feeds (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 0);
}

/* An .ics goes to My meetings, not the Directory: a preview saying how
 * many meetings and why the others were left out, then one import that a
 * second run of the same file does not duplicate. */
static void
test_import_dialog_icalendar (Fixture       *f,
                              gconstpointer  user_data)
{
  static const char ics[] =
    "\xef\xbb\xbf" "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:1@test\r\nDTSTART;TZID=America/New_York:20260105T190000\r\n"
    "DURATION:PT1H\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:2@test\r\nDTSTART:20260105T190000Z\r\nRRULE:FREQ=HOURLY\r\n"
    "SUMMARY:Too often\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(GBytes) contents = g_bytes_new_static (ics, sizeof ics - 1);
  g_autoptr(GFile) file = NULL;
  GListModel *meetings = rp_store_get_meetings (f->store);
  AdwStatusPage *page;
  RpImportDialog *dialog;

  show_view (f, 800, 600);
  /* By content, not by name. */
  file = write_file (f, "calendar.json", contents);
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_PREVIEW);

  page = ADW_STATUS_PAGE (visible_page (GTK_WIDGET (dialog)));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "Add 1 Meeting to My Meetings");
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  rp_test_gui_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 0);

  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_PREVIEW);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  rp_test_gui_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
}

static void
test_remove_feed (Fixture       *f,
                  gconstpointer  user_data)
{
  FeedOptions options = { 40, -1, -1 };
  g_autoptr(GBytes) feed = generate_feed (&options, NULL);
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GError) error = NULL;
  RpDirectoryFeed *listed;
  GtkWidget *feed_list;
  GtkWidget *list_box;
  AdwMessageDialog *dialog;

  import_bytes (f, feed, "generated.json");
  show_view (f, 800, 600);

  feed_list = find_descendant (GTK_WIDGET (f->view), RP_TYPE_DIRECTORY_FEED_LIST);
  g_assert_nonnull (feed_list);
  list_box = find_descendant (feed_list, GTK_TYPE_LIST_BOX);
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), 0));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), 1));

  feeds = rp_store_list_directory_feeds (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 1);
  listed = g_ptr_array_index (feeds, 0);
  g_assert_cmpuint (listed->n_meetings, ==, 40);

  /* It asks first; cancelling keeps the feed. */
  gtk_widget_activate_action (feed_list, "feeds.remove", "x", listed->id);
  rp_test_gui_iterate (50);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rp_test_gui_iterate (50);
  g_assert_cmpuint (n_results (f->view), ==, 40);

  gtk_widget_activate_action (feed_list, "feeds.remove", "x", listed->id);
  rp_test_gui_iterate (50);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "remove");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rp_test_gui_iterate (50);

  g_assert_cmpuint (n_results (f->view), ==, 0);
  g_assert_cmpstr (visible_page_name (GTK_WIDGET (f->view)), ==, "empty");
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), 0));
}

static void
test_link_changes (Fixture       *f,
                   gconstpointer  user_data)
{
  FeedOptions options = { 20, -1, -1 };
  FeedOptions update = { 20, 2, 5 };
  g_autoptr(GBytes) feed = generate_feed (&options, NULL);
  g_autoptr(GBytes) updated_feed = generate_feed (&update, NULL);
  GListModel *directory;
  RpDirectoryChangesBar *bar;
  GtkRevealer *revealer;
  AdwMessageDialog *dialog;

  import_bytes (f, feed, "generated.json");
  show_view (f, 800, 600);
  bar = RP_DIRECTORY_CHANGES_BAR (find_descendant (GTK_WIDGET (f->view),
                                                   RP_TYPE_DIRECTORY_CHANGES_BAR));
  revealer = GTK_REVEALER (find_descendant (GTK_WIDGET (bar), GTK_TYPE_REVEALER));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  /* Add gen-2 and gen-5 to My meetings. */
  directory = rp_store_get_directory (f->store);
  for (guint i = 0; i < g_list_model_get_n_items (directory); i++)
    {
      g_autoptr(RpDirectoryMeeting) entry = g_list_model_get_item (directory, i);
      const char *slug = rp_directory_meeting_get_slug (entry);

      if (g_str_equal (slug, "gen-2") || g_str_equal (slug, "gen-5"))
        gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.add", "x",
                                    rp_directory_meeting_get_id (entry));
    }
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_meetings (f->store)), ==, 2);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  /* The intergroup moves gen-2 and drops gen-5. */
  import_bytes (f, updated_feed, "generated.json");
  rp_test_gui_iterate (50);
  g_assert_cmpuint (rp_directory_changes_bar_get_n_changed (bar), ==, 1);
  g_assert_cmpuint (rp_directory_changes_bar_get_n_vanished (bar), ==, 1);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));

  /* Review, later: still there. */
  gtk_widget_activate_action (GTK_WIDGET (bar), "changes.review", NULL);
  rp_test_gui_iterate (50);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "later");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));

  /* Reviewed: the notice goes, My meetings keep their details. */
  gtk_widget_activate_action (GTK_WIDGET (bar), "changes.review", NULL);
  rp_test_gui_iterate (50);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "reviewed");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rp_test_gui_iterate (50);
  g_assert_cmpuint (rp_directory_changes_bar_get_n_changed (bar), ==, 0);
  g_assert_cmpuint (rp_directory_changes_bar_get_n_vanished (bar), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_meetings (f->store)), ==, 2);
}

static void
test_narrow (Fixture       *f,
             gconstpointer  user_data)
{
  FeedOptions options = { 50, -1, -1 };
  g_autoptr(GBytes) feed = generate_feed (&options, NULL);
  GtkWidget *button;
  GtkWidget *popover;
  int minimum = 0;

  import_bytes (f, feed, "generated.json");
  show_view (f, 360, 640);
  {
    g_autoptr(RpDirectoryMeeting) entry = g_list_model_get_item (rp_directory_view_get_results (f->view), 0);

    gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.add", "x",
                                rp_directory_meeting_get_id (entry));
  }
  rp_test_gui_iterate (50);

  gtk_widget_measure (GTK_WIDGET (f->window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), <=, 360);

  /* The filters, open, fit too. */
  button = find_descendant (GTK_WIDGET (f->view), GTK_TYPE_MENU_BUTTON);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  rp_test_gui_iterate (100);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (gtk_widget_get_mapped (popover));
  gtk_widget_measure (popover, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 340);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  rp_test_gui_iterate (50);
}

/* The list view's adapter: one slot per position, the same slot objects
 * as long as the position exists, each always holding the item of the
 * underlying model at its position; only the length changes are signalled. */
static void
count_notify_cb (GObject    *slot,
                 GParamSpec *pspec,
                 guint      *n_notifies)
{
  (*n_notifies)++;
}

static void
record_items_changed_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         GArray     *changes)
{
  guint change[3] = { position, removed, added };

  g_array_append_vals (changes, change, 3);
}

static void
assert_slots_match (GListModel *slots,
                    GListModel *store)
{
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, g_list_model_get_n_items (store));
  for (guint i = 0; i < g_list_model_get_n_items (store); i++)
    {
      g_autoptr(RpListSlot) slot = g_list_model_get_item (slots, i);
      g_autoptr(GObject) item = g_list_model_get_item (store, i);

      g_assert_true (rp_list_slot_get_item (slot) == item);
    }
}

static void
test_slot_list_model (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(RpSlotListModel) model = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(RpListSlot) first = NULL;
  g_autoptr(RpListSlot) second = NULL;
  g_autoptr(RpListSlot) again = NULL;
  GObject *objects[6];
  guint n_notifies = 0;

  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    objects[i] = g_object_new (G_TYPE_OBJECT, NULL);
  g_list_store_splice (store, 0, 0, (gpointer *) objects, 4);

  model = rp_slot_list_model_new (G_LIST_MODEL (store));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == RP_TYPE_LIST_SLOT);
  assert_slots_match (G_LIST_MODEL (model), G_LIST_MODEL (store));
  g_signal_connect (model, "items-changed", G_CALLBACK (record_items_changed_cb), changes);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  second = g_list_model_get_item (G_LIST_MODEL (model), 1);
  g_signal_connect (second, "notify::item", G_CALLBACK (count_notify_cb), &n_notifies);

  /* Removing the first item shifts the others into the same slots. */
  g_list_store_remove (store, 0);
  assert_slots_match (G_LIST_MODEL (model), G_LIST_MODEL (store));
  again = g_list_model_get_item (G_LIST_MODEL (model), 1);
  g_assert_true (again == second);
  g_assert_cmpuint (n_notifies, ==, 1);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpuint (g_array_index (changes, guint, 0), ==, 3);
  g_assert_cmpuint (g_array_index (changes, guint, 1), ==, 1);
  g_assert_cmpuint (g_array_index (changes, guint, 2), ==, 0);

  /* A change after a slot leaves it alone; growth adds slots at the end. */
  g_list_store_splice (store, 2, 0, (gpointer *) objects + 4, 2);
  assert_slots_match (G_LIST_MODEL (model), G_LIST_MODEL (store));
  g_assert_cmpuint (n_notifies, ==, 1);
  g_assert_cmpuint (changes->len, ==, 6);
  g_assert_cmpuint (g_array_index (changes, guint, 3), ==, 3);
  g_assert_cmpuint (g_array_index (changes, guint, 4), ==, 0);
  g_assert_cmpuint (g_array_index (changes, guint, 5), ==, 2);

  g_list_store_remove_all (store);
  assert_slots_match (G_LIST_MODEL (model), G_LIST_MODEL (store));
  g_signal_handlers_disconnect_by_data (second, &n_notifies);

  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    g_object_unref (objects[i]);
  g_clear_object (&first);
  g_clear_object (&second);
  g_clear_object (&again);
  g_assert_finalize_object (g_steal_pointer (&model));
}

/* --- the benchmark ------------------------------------------------------ */

typedef struct
{
  gint64 frame_start;
  gint64 frame_end;
  guint  n_frames;
} FrameTimes;

static void
before_paint_cb (GdkFrameClock *clock,
                 FrameTimes    *times)
{
  times->frame_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                FrameTimes    *times)
{
  times->frame_end = g_get_monotonic_time ();
  times->n_frames++;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        GArray     *samples)
{
  g_array_sort (samples, compare_int64);
  g_test_message ("%s: median %.2f ms, 90th percentile %.2f ms, max %.2f ms over %u keystrokes",
                  what,
                  g_array_index (samples, gint64, samples->len / 2) / 1000.0,
                  g_array_index (samples, gint64, samples->len * 9 / 10) / 1000.0,
                  g_array_index (samples, gint64, samples->len - 1) / 1000.0,
                  samples->len);
}

static gboolean
tick_cb (gpointer data)
{
  gint64 *ticks = data;
  gint64 now = g_get_monotonic_time ();

  if (ticks[0] != 0)
    ticks[1] = MAX (ticks[1], now - ticks[0]);
  ticks[0] = now;

  return G_SOURCE_CONTINUE;
}

static void
test_keystroke_benchmark (Fixture       *f,
                          gconstpointer  user_data)
{
  static const char * const typed[] = { "lakeside", "sunrise women", "oak", "grace chapel" };
  FeedOptions options = { 5000, -1, -1 };
  g_autoptr(GBytes) feed = generate_feed (&options, NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GArray) filter_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) frame_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  FrameTimes frames = { 0 };
  GdkFrameClock *clock;
  GtkEditable *entry;
  RpImportDialog *dialog;
  gint64 ticks[2] = { 0, 0 };
  gint64 started;
  guint tick_source;

  show_view (f, 1000, 700);
  entry = search_entry (f->view);

  /* The import runs in a worker: the main loop keeps ticking. */
  file = write_file (f, "large.json", feed);
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_PREVIEW);
  tick_source = g_timeout_add (5, tick_cb, ticks);
  started = g_get_monotonic_time ();
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  wait_for_destroyed ((gpointer *) &dialog);
  g_test_message ("Import of 5,000 meetings from the dialog: %.0f ms; longest main loop "
                  "stall meanwhile: %.1f ms",
                  (g_get_monotonic_time () - started) / 1000.0, ticks[1] / 1000.0);
  g_source_remove (tick_source);
  g_assert_cmpuint (n_results (f->view), ==, 5000);
  rp_test_gui_iterate (100);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &frames);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frames);

  for (guint w = 0; w < G_N_ELEMENTS (typed); w++)
    {
      gsize length = strlen (typed[w]);

      /* Type the words letter by letter at the end, as the keyboard
       * does, then delete them with backspace. */
      for (gsize step = 1; step <= 2 * length; step++)
        {
          guint n_frames = frames.n_frames;
          gint64 start;
          gint64 end;
          gint64 elapsed;

          start = g_get_monotonic_time ();
          if (step <= length)
            {
              int position = (int) step - 1;

              gtk_editable_insert_text (entry, typed[w] + step - 1, 1, &position);
            }
          else
            {
              gtk_editable_delete_text (entry, (int) (2 * length - step), -1);
            }
          elapsed = g_get_monotonic_time () - start;
          g_array_append_val (filter_times, elapsed);

          /* The frame that shows it: its layout, snapshot and paint. */
          end = g_get_monotonic_time () + G_USEC_PER_SEC;
          while (frames.n_frames == n_frames && g_get_monotonic_time () < end)
            g_main_context_iteration (NULL, TRUE);
          if (frames.n_frames > n_frames)
            {
              elapsed = frames.frame_end - frames.frame_start;
              g_array_append_val (frame_times, elapsed);
            }
        }
      g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
    }

  g_signal_handlers_disconnect_by_data (clock, &frames);
  gtk_editable_set_text (entry, "");
  g_assert_cmpuint (n_results (f->view), ==, 5000);

  report ("Keystroke over 5,000 meetings, filter and model update", filter_times);
  if (frame_times->len > 0)
    report ("Keystroke over 5,000 meetings, the frame after it (layout and paint)", frame_times);
}

/* A backup of all the data, opened here, is not imported as meetings: the
 * dialog says where restoring it is done, and nothing changes. */
static void
test_import_dialog_backup (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 21, 9, 30, 0);
  g_autoptr(GBytes) backup = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  RpImportDialog *dialog;
  AdwStatusPage *page;
  int fd;

  backup = rp_backup_json_export (rp_store_get_database (f->store), now, NULL, &error);
  g_assert_no_error (error);
  fd = g_file_open_tmp ("reprieve-backup-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (backup, NULL),
                                      (gssize) g_bytes_get_size (backup), &error));
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  show_view (f, 800, 600);
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_FAILED);
  rp_test_gui_iterate (50);

  page = ADW_STATUS_PAGE (visible_page (GTK_WIDGET (dialog)));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "This Is a Backup of All Your Data");
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "Restore from File"));
  close_dialog (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 0);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add_func ("/gui/directory/slot-list-model", test_slot_list_model);

#define ADD(path, func) \
  g_test_add ("/gui/directory/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("empty", test_empty_directory);
  ADD ("search-and-filters/generated", test_search_and_filters_generated);
  ADD ("search-and-filters/corpus", test_search_and_filters_corpus);
  ADD ("add-to-my-meetings", test_add_to_my_meetings);
  ADD ("import-dialog/corpus", test_import_dialog_corpus);
  ADD ("import-dialog/generated", test_import_dialog_generated);
  ADD ("import-dialog/refused", test_import_dialog_refused);
  ADD ("import-dialog/icalendar", test_import_dialog_icalendar);
  ADD ("import-dialog/backup", test_import_dialog_backup);
  ADD ("remove-feed", test_remove_feed);
  ADD ("link-changes", test_link_changes);
  ADD ("narrow", test_narrow);
  ADD ("keystroke-benchmark", test_keystroke_benchmark);

#undef ADD

  {
    int ret = g_test_run ();

    rp_test_gui_cleanup ();
    return ret;
  }
}
