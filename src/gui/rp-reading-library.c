/* rp-reading-library.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReadingLibrary: the Reading page's first view. A search entry whose
 * results (title and snippet, the matched words in bold) replace the
 * library as the user types; otherwise today's reading, the favourites
 * and one row per collection, or the first steps when there is nothing
 * yet. It only shows: opening something activates the page's
 * `reading.open` or `reading.show-collection` action. RpReadingPage owns
 * it and tells it when the store changed. */

#define G_LOG_DOMAIN "rp-reading-library"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-daily-reading-settings.h"
#include "rp-reading-collection-view.h"
#include "rp-reading-highlight.h"
#include "rp-reading-library.h"
#include "rp-schedule.h"
#include "rp-toast.h"

#define MAX_RESULTS 50

struct _RpReadingLibrary
{
  AdwBin               parent_instance;

  RpStore             *store;
  RpClock             *clock;
  GSettings           *settings;
  gint64               daily_reading_id;
  guint                loaded : 1;

  GtkSearchEntry      *search_entry;
  GtkStack            *library_stack;
  AdwPreferencesGroup *daily_group;
  AdwActionRow        *daily_row;
  AdwActionRow        *favourites_row;
  GtkListBox          *collections_list;
  GtkListBox          *results_list;
};

G_DEFINE_FINAL_TYPE (RpReadingLibrary, rp_reading_library, ADW_TYPE_BIN)

static gboolean
has_search_text (RpReadingLibrary *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* The daily reading's collection as the settings name it: 0 is the
 * starter library. */
static gint64
daily_collection_id (RpReadingLibrary *self)
{
  gint64 id;

  if (self->settings == NULL || self->store == NULL)
    return 0;

  id = g_settings_get_int64 (self->settings, "daily-reading-collection");
  if (id == 0)
    {
      g_autoptr(RpReadingCollection) starter =
        rp_store_get_builtin_collection (self->store, RP_READING_COLLECTION_STARTER);

      id = starter != NULL ? rp_reading_collection_get_id (starter) : 0;
    }

  return id;
}

/* --- the collections ------------------------------------------------------- */

static char *
dup_collection_subtitle (RpReadingLibrary    *self,
                         RpReadingCollection *collection)
{
  guint n = rp_reading_collection_get_n_readings (collection);
  GString *subtitle = g_string_new (NULL);

  g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE, "%u reading",
                                                 "%u readings", n), n);
  if (rp_reading_collection_get_dated (collection))
    /* Translators: follows the number of readings of a collection */
    g_string_append (subtitle, _(" · one for each day"));
  if (rp_reading_collection_get_id (collection) == daily_collection_id (self))
    /* Translators: follows the number of readings of a collection */
    g_string_append (subtitle, _(" · your daily reading"));

  return g_string_free (subtitle, FALSE);
}

static void
update_collection_row (GtkWidget *row)
{
  RpReadingLibrary *self = g_object_get_data (G_OBJECT (row), "rp-library");
  RpReadingCollection *collection = g_object_get_data (G_OBJECT (row), "rp-collection");
  g_autofree char *subtitle = NULL;

  if (self == NULL || collection == NULL)
    return;

  subtitle = dup_collection_subtitle (self, collection);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 rp_reading_collection_get_display_name (collection));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static void
collection_row_activated_cb (AdwActionRow     *row,
                             RpReadingLibrary *self)
{
  RpReadingCollection *collection = g_object_get_data (G_OBJECT (row), "rp-collection");

  if (collection != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "reading.show-collection", "x",
                                rp_reading_collection_get_id (collection));
}

static GtkWidget *
create_collection_row (gpointer item,
                       gpointer user_data)
{
  RpReadingCollection *collection = item;
  RpReadingLibrary *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = g_strdup_printf ("collection-%" G_GINT64_FORMAT,
                                           rp_reading_collection_get_id (collection));
  const char *icon;

  switch (rp_reading_collection_get_kind (collection))
    {
    case RP_READING_COLLECTION_STARTER:
      icon = "accessories-dictionary-symbolic";
      break;
    case RP_READING_COLLECTION_MINE:
      icon = "document-edit-symbolic";
      break;
    case RP_READING_COLLECTION_USER:
    default:
      icon = "folder-symbolic";
      break;
    }

  gtk_widget_set_name (row, name);
  /* A name the user typed is text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data (G_OBJECT (row), "rp-library", self);
  g_object_set_data_full (G_OBJECT (row), "rp-collection", g_object_ref (collection),
                          g_object_unref);
  g_signal_connect_object (row, "activated", G_CALLBACK (collection_row_activated_cb), self, 0);
  /* Counts and names may change in place. */
  g_signal_connect_object (collection, "notify", G_CALLBACK (update_collection_row), row,
                           G_CONNECT_SWAPPED);
  update_collection_row (row);

  return row;
}

/* --- today's reading and the favourites -------------------------------------- */

static void
update_daily_reading (RpReadingLibrary *self)
{
  g_autoptr(RpReading) reading = NULL;
  g_autoptr(RpReadingCollection) collection = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  self->daily_reading_id = 0;
  if (self->settings == NULL || self->store == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->daily_group), FALSE);
      return;
    }

  now = self->clock != NULL ? rp_clock_now (self->clock) : g_date_time_new_now_utc ();
  local = g_date_time_to_local (now);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));
  /* Until the Today page first shows it, the daily reading starts today. */
  reading = rp_daily_reading_settings_choose (self->store, self->settings, &today, FALSE, &error);
  if (reading == NULL && error != NULL)
    g_debug ("No daily reading: %s", error->message);

  gtk_widget_set_visible (GTK_WIDGET (self->daily_group), reading != NULL);
  if (reading == NULL)
    return;

  self->daily_reading_id = rp_reading_get_id (reading);
  collection = rp_store_find_reading_collection (self->store,
                                                 rp_reading_get_collection_id (reading));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->daily_row),
                                 rp_reading_get_title (reading));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->daily_row),
                               collection != NULL
                                 ? rp_reading_collection_get_display_name (collection) : "");
}

static void
daily_row_activated_cb (RpReadingLibrary *self)
{
  if (self->daily_reading_id != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "reading.open", "x", self->daily_reading_id);
}

static void
favourites_row_activated_cb (RpReadingLibrary *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "reading.show-collection", "x",
                              RP_READING_FAVOURITES_ID);
}

static void
update_library (RpReadingLibrary *self)
{
  GListModel *all = rp_store_get_readings (self->store);
  guint n_all = g_list_model_get_n_items (all);
  guint n_collections =
    g_list_model_get_n_items (rp_store_get_reading_collections (self->store));
  guint n_favourites = 0;
  g_autofree char *count = NULL;

  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(RpReading) reading = g_list_model_get_item (all, i);

      n_favourites += rp_reading_get_favourite (reading) ? 1 : 0;
    }

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reading", "%u readings",
                                        n_favourites), n_favourites);
  adw_action_row_set_subtitle (self->favourites_row, count);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->collections_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    update_collection_row (row);

  update_daily_reading (self);

  /* A collection of the user's own, even empty, is something to show. */
  gtk_stack_set_visible_child_name (self->library_stack,
                                    n_all > 0 || n_collections > 2 ? "library" : "empty");
}

/* --- search ------------------------------------------------------------------ */

static void
clear_results (RpReadingLibrary *self)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, row);
}

static GtkWidget *
new_markup_label (const char *markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);

  return label;
}

static GtkWidget *
new_result_row (RpReadingMatch *match)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  g_autofree char *title = rp_reading_highlight_markup (match->title, match->title_ranges);
  g_autofree char *name = g_strdup_printf ("result-%" G_GINT64_FORMAT, match->reading_id);

  gtk_widget_set_name (row, name);
  g_object_set_data_full (G_OBJECT (row), "rp-reading-id",
                          g_memdup2 (&match->reading_id, sizeof match->reading_id), g_free);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  /* Markup only from rp_reading_highlight_markup(): escaped text and <b>.
   * The title is not bold as a whole: the matched words are. */
  gtk_box_append (GTK_BOX (box), new_markup_label (title));

  if (match->snippet != NULL && match->snippet[0] != '\0')
    {
      g_autofree char *snippet = rp_reading_highlight_markup (match->snippet,
                                                              match->snippet_ranges);
      GtkWidget *label = new_markup_label (snippet);

      gtk_label_set_lines (GTK_LABEL (label), 3);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static void
run_search (RpReadingLibrary *self)
{
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;

  clear_results (self);

  matches = rp_store_search_readings (self->store,
                                      gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                      MAX_RESULTS, &error);
  if (matches == NULL)
    {
      rp_toast_show (GTK_WIDGET (self), error->message);
      gtk_stack_set_visible_child_name (self->library_stack, "no-results");
      return;
    }

  for (guint i = 0; i < matches->len; i++)
    gtk_list_box_append (self->results_list, new_result_row (g_ptr_array_index (matches, i)));

  gtk_stack_set_visible_child_name (self->library_stack,
                                    matches->len > 0 ? "results" : "no-results");
}

/* GtkSearchEntry waits for a pause in typing (its search delay) first. */
static void
search_changed_cb (RpReadingLibrary *self)
{
  rp_reading_library_refresh (self);
}

static void
stop_search_cb (RpReadingLibrary *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
result_activated_cb (RpReadingLibrary *self,
                     GtkListBoxRow    *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "rp-reading-id");

  if (id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "reading.open", "x", *id);
}

/* --- public ------------------------------------------------------------------ */

/**
 * rp_reading_library_refresh:
 * @self: a #RpReadingLibrary
 *
 * Shows the store as it is now; a search runs again.
 */
void
rp_reading_library_refresh (RpReadingLibrary *self)
{
  g_return_if_fail (RP_IS_READING_LIBRARY (self));

  if (self->store == NULL || !self->loaded)
    {
      clear_results (self);
      gtk_stack_set_visible_child_name (self->library_stack, "empty");
      return;
    }

  if (has_search_text (self))
    run_search (self);
  else
    {
      clear_results (self);
      update_library (self);
    }
}

/**
 * rp_reading_library_load:
 * @self: a #RpReadingLibrary
 *
 * Reads the store's models, once.
 */
void
rp_reading_library_load (RpReadingLibrary *self)
{
  g_return_if_fail (RP_IS_READING_LIBRARY (self));

  if (self->loaded || self->store == NULL)
    return;

  self->loaded = TRUE;
  gtk_list_box_bind_model (self->collections_list,
                           rp_store_get_reading_collections (self->store),
                           create_collection_row, self, NULL);
  rp_reading_library_refresh (self);
}

void
rp_reading_library_focus_search (RpReadingLibrary *self)
{
  g_return_if_fail (RP_IS_READING_LIBRARY (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * rp_reading_library_set_store:
 * @self: a #RpReadingLibrary
 * @store: (nullable): where the readings come from
 * @clock: (nullable): what day it is, for today's reading
 * @settings: (nullable): the daily reading's settings
 *
 * The models are read by rp_reading_library_load(), later.
 */
void
rp_reading_library_set_store (RpReadingLibrary *self,
                              RpStore          *store,
                              RpClock          *clock,
                              GSettings        *settings)
{
  g_return_if_fail (RP_IS_READING_LIBRARY (self));

  self->loaded = FALSE;
  gtk_list_box_bind_model (self->collections_list, NULL, NULL, NULL, NULL);
  g_set_object (&self->store, store);
  g_set_object (&self->clock, clock);
  g_set_object (&self->settings, settings);
  rp_reading_library_refresh (self);
}

/* --- the class ------------------------------------------------------------------ */

static void
rp_reading_library_dispose (GObject *object)
{
  RpReadingLibrary *self = RP_READING_LIBRARY (object);

  if (self->collections_list != NULL)
    gtk_list_box_bind_model (self->collections_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_READING_LIBRARY);
  g_clear_object (&self->store);
  g_clear_object (&self->clock);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rp_reading_library_parent_class)->dispose (object);
}

static void
rp_reading_library_class_init (RpReadingLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_reading_library_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-reading-library.ui");
  gtk_widget_class_bind_template_child (widget_class, RpReadingLibrary, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RpReadingLibrary, library_stack);
  gtk_widget_class_bind_template_child (widget_class, RpReadingLibrary, daily_group);
  gtk_widget_class_bind_template_child (widget_class, RpReadingLibrary, daily_row);
  gtk_widget_class_bind_template_child (widget_class, RpReadingLibrary, favourites_row);
  gtk_widget_class_bind_template_child (widget_class, RpReadingLibrary, collections_list);
  gtk_widget_class_bind_template_child (widget_class, RpReadingLibrary, results_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, daily_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, favourites_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, result_activated_cb);
}

static void
rp_reading_library_init (RpReadingLibrary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Typing anywhere in the library searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  gtk_search_entry_set_search_delay (self->search_entry, 150);
}
