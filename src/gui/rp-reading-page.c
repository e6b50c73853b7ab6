/* rp-reading-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReadingPage: the Reading page. Three views slide in turn, each with a
 * way back: the library (RpReadingLibrary), a collection's readings
 * (RpReadingCollectionView) and the reader (RpReader). The page holds
 * what they share: the `reading.*` actions their rows, buttons and menus
 * activate (open, edit, delete with Undo, favourite, the collections'
 * menu), the navigation, and the store, whose `changed::reading` it
 * passes on. The store's models are read the first time the page is
 * shown, not when the window opens. */

#define G_LOG_DOMAIN "rp-reading-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-reader.h"
#include "rp-reading-collection-dialog.h"
#include "rp-reading-collection-view.h"
#include "rp-reading-editor.h"
#include "rp-reading-import-dialog.h"
#include "rp-reading-library.h"
#include "rp-reading-page.h"
#include "rp-schedule.h"
#include "rp-toast.h"

struct _RpReadingPage
{
  AdwBin                   parent_instance;

  RpStore                 *store;
  RpClock                 *clock;
  GSettings               *settings;
  GHashTable              *deleted;      /* id → RpReading with its body, for Undo */
  const char              *reader_back;  /* the view the reader returns to */
  guint                    refresh_source;
  guint                    loaded : 1;

  GtkStack                *view_stack;
  RpReadingLibrary        *library;
  RpReadingCollectionView *collection_view;
  RpReader                *reader;
};

G_DEFINE_FINAL_TYPE (RpReadingPage, rp_reading_page, ADW_TYPE_BIN)

static GtkWindow *
get_parent_window (RpReadingPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static const char *
visible_view (RpReadingPage *self)
{
  return gtk_stack_get_visible_child_name (self->view_stack);
}

static gint64
shown_collection_id (RpReadingPage *self)
{
  return rp_reading_collection_view_get_collection_id (self->collection_view);
}

/* Returns: (transfer full) (nullable) */
static RpReadingCollection *
find_collection (RpReadingPage *self,
                 gint64         collection_id)
{
  if (self->store == NULL || collection_id <= 0)
    return NULL;

  return rp_store_find_reading_collection (self->store, collection_id);
}

static void
get_today (RpReadingPage *self,
           GDate         *today)
{
  g_autoptr(GDateTime) now = self->clock != NULL ? rp_clock_now (self->clock)
                                                 : g_date_time_new_now_utc ();
  g_autoptr(GDateTime) local = g_date_time_to_local (now);

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));
}

static void
ensure_loaded (RpReadingPage *self)
{
  if (self->loaded || self->store == NULL)
    return;

  self->loaded = TRUE;
  rp_reading_collection_view_set_store (self->collection_view, self->store);
  rp_reading_library_load (self->library);
}

/* --- navigation ---------------------------------------------------------------- */

static void
show_collection_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  RpReadingPage *self = RP_READING_PAGE (widget);

  ensure_loaded (self);
  if (rp_reading_collection_view_show (self->collection_view, g_variant_get_int64 (parameter)))
    gtk_stack_set_visible_child_name (self->view_stack, "collection");
}

static void
open_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpReadingPage *self = RP_READING_PAGE (widget);

  if (!rp_reading_page_show_reading (self, g_variant_get_int64 (parameter)))
    rp_toast_show (widget, _("This reading is no longer in your library"));
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpReadingPage *self = RP_READING_PAGE (widget);

  gtk_stack_set_visible_child_name (self->view_stack, "library");
  rp_reading_library_focus_search (self->library);
}

static void
go_back (RpReadingPage *self)
{
  const char *view = visible_view (self);

  if (g_strcmp0 (view, "reader") == 0)
    {
      rp_reader_save_position (self->reader);
      gtk_stack_set_visible_child_name (self->view_stack, self->reader_back);
    }
  else if (g_strcmp0 (view, "collection") == 0)
    gtk_stack_set_visible_child_name (self->view_stack, "library");
}

static void
back_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  go_back (RP_READING_PAGE (widget));
}

/* The reader also says "back" when its reading is deleted, shown or not. */
static void
reader_back_cb (RpReadingPage *self)
{
  if (g_strcmp0 (visible_view (self), "reader") == 0)
    go_back (self);
}

static void
view_changed_cb (RpReadingPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reading.back",
                                 g_strcmp0 (visible_view (self), "library") != 0);
}

/* What was shown may have gone: a reading or a collection deleted here or
 * by another Reprieve (the command line). */
static void
refresh (RpReadingPage *self)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);

  if (self->store == NULL || !self->loaded)
    return;

  if (!rp_reading_collection_view_refresh (self->collection_view))
    {
      if (g_strcmp0 (self->reader_back, "collection") == 0)
        self->reader_back = "library";
      if (g_strcmp0 (visible_view (self), "collection") == 0)
        gtk_stack_set_visible_child_name (self->view_stack, "library");
    }

  if (g_strcmp0 (visible_view (self), "reader") == 0)
    {
      g_autoptr(RpReading) shown = rp_store_find_reading (self->store,
                                                          rp_reader_get_reading_id (self->reader));

      if (shown == NULL)
        gtk_stack_set_visible_child_name (self->view_stack, self->reader_back);
    }

  rp_reading_library_refresh (self->library);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  RpReadingPage *self = user_data;

  self->refresh_source = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

/* Later, not now: the change may come from a menu in a row that the
 * refresh rebuilds, while its signal still runs. */
static void
readings_changed_cb (RpReadingPage *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle_cb, self);
}

static void
settings_changed_cb (RpReadingPage *self,
                     const char    *key)
{
  if (g_str_has_prefix (key, "daily-reading-"))
    readings_changed_cb (self);
}

/* --- the readings' actions ----------------------------------------------------------- */

/* Returns: (transfer full) (nullable) */
static RpReading *
find_reading (RpReadingPage *self,
              GVariant      *parameter)
{
  if (self->store == NULL || parameter == NULL)
    return NULL;

  return rp_store_find_reading (self->store, g_variant_get_int64 (parameter));
}

static void
toggle_favourite_action_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  RpReadingPage *self = RP_READING_PAGE (widget);
  g_autoptr(RpReading) reading = find_reading (self, parameter);
  g_autoptr(GError) error = NULL;

  if (reading != NULL &&
      !rp_store_set_reading_favourite (self->store, rp_reading_get_id (reading),
                                       !rp_reading_get_favourite (reading), &error))
    rp_toast_show (GTK_WIDGET (self), error->message);
}

/* The reader shows what was just saved over the reading it shows. */
static void
editor_saved_cb (RpReadingPage *self,
                 RpReading     *reading)
{
  if (g_strcmp0 (visible_view (self), "reader") == 0 &&
      rp_reader_get_reading_id (self->reader) == rp_reading_get_id (reading))
    rp_reader_show_reading (self->reader, rp_reading_get_id (reading));
}

static void
edit_reading (RpReadingPage *self,
              gint64         reading_id)
{
  g_autoptr(RpReading) reading = NULL;
  g_autoptr(GError) error = NULL;
  RpReadingEditor *editor;

  if (self->store == NULL)
    return;

  reading = rp_store_load_reading (self->store, reading_id, &error);
  if (reading == NULL)
    {
      rp_toast_show (GTK_WIDGET (self), error->message);
      return;
    }

  /* Starter texts are read-only; their menus offer no Edit. */
  if (!rp_reading_is_editable (reading))
    return;

  editor = rp_reading_editor_new_for_reading (self->store, reading);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  rp_reading_editor_present (editor, get_parent_window (self));
}

static void
edit_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  edit_reading (RP_READING_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
reader_edit_cb (RpReadingPage *self,
                gint64         reading_id)
{
  edit_reading (self, reading_id);
}

static void
undo_delete (GObject *owner,
             gint64   id)
{
  RpReadingPage *self = RP_READING_PAGE (owner);
  RpReading *reading = g_hash_table_lookup (self->deleted, &id);
  g_autoptr(GError) error = NULL;

  if (reading == NULL || self->store == NULL)
    return;

  if (!rp_store_restore_reading (self->store, reading, &error))
    rp_toast_show (GTK_WIDGET (self), error->message);
  g_hash_table_remove (self->deleted, &id);
}

static void
undo_delete_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  undo_delete (G_OBJECT (widget), g_variant_get_int64 (parameter));
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpReadingPage *self = RP_READING_PAGE (widget);
  g_autoptr(RpReading) reading = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 id;

  if (self->store == NULL)
    return;

  id = g_variant_get_int64 (parameter);
  /* With its body: Undo gives it back whole. */
  reading = rp_store_load_reading (self->store, id, &error);
  if (reading == NULL)
    {
      rp_toast_show (GTK_WIDGET (self), error->message);
      return;
    }
  if (!rp_reading_is_editable (reading))
    return;

  if (!rp_store_delete_reading (self->store, id, &error))
    {
      rp_toast_show (GTK_WIDGET (self), error->message);
      return;
    }

  g_hash_table_replace (self->deleted, g_memdup2 (&id, sizeof id), g_object_ref (reading));

  /* Translators: %s is the title of the reading just deleted */
  title = g_strdup_printf (_("“%s” deleted"), rp_reading_get_title (reading));
  rp_toast_show_undo (GTK_WIDGET (self), title, id, undo_delete);
}

/* Where a new text goes: the collection shown, when it takes texts. */
static gint64
target_collection_id (RpReadingPage *self)
{
  g_autoptr(RpReadingCollection) collection = NULL;

  if (g_strcmp0 (visible_view (self), "collection") != 0)
    return 0;

  collection = find_collection (self, shown_collection_id (self));
  if (collection == NULL ||
      rp_reading_collection_get_kind (collection) == RP_READING_COLLECTION_STARTER)
    return 0;

  return shown_collection_id (self);
}

static void
new_reading (RpReadingPage *self,
             RpReadingKind  kind)
{
  if (self->store == NULL)
    return;

  ensure_loaded (self);
  rp_reading_editor_present (rp_reading_editor_new (self->store, kind,
                                                    target_collection_id (self)),
                             get_parent_window (self));
}

static void
new_text_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  new_reading (RP_READING_PAGE (widget), RP_READING_KIND_TEXT);
}

static void
add_link_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  new_reading (RP_READING_PAGE (widget), RP_READING_KIND_LINK);
}

static void
import_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  rp_reading_page_import (RP_READING_PAGE (widget), NULL);
}

/* --- the collections' actions ------------------------------------------------------------ */

static void
new_collection_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RpReadingPage *self = RP_READING_PAGE (widget);

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (rp_reading_collection_dialog_new (get_parent_window (self),
                                                                      self->store, NULL)));
}

static void
rename_collection_action_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  RpReadingPage *self = RP_READING_PAGE (widget);
  g_autoptr(RpReadingCollection) collection = find_collection (self, shown_collection_id (self));

  if (collection != NULL)
    gtk_window_present (GTK_WINDOW (rp_reading_collection_dialog_new (get_parent_window (self),
                                                                      self->store, collection)));
}

static void
delete_collection_action_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  RpReadingPage *self = RP_READING_PAGE (widget);
  g_autoptr(RpReadingCollection) collection = find_collection (self, shown_collection_id (self));
  GtkWidget *dialog;

  if (collection == NULL ||
      rp_reading_collection_get_kind (collection) != RP_READING_COLLECTION_USER)
    return;

  /* Once it is deleted, the collection view leaves it by itself. */
  dialog = rp_reading_collection_dialog_new_delete (get_parent_window (self), self->store,
                                                    collection);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The collection shown becomes the daily reading's, starting today:
 * entry by entry, or by date when its entries are dated. The favourites
 * give one of them at random. */
static void
use_for_daily_reading_action_cb (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  RpReadingPage *self = RP_READING_PAGE (widget);
  g_autoptr(RpReadingCollection) collection = find_collection (self, shown_collection_id (self));
  g_autofree char *start = NULL;
  g_autofree char *message = NULL;
  GDate today;

  if (self->settings == NULL ||
      (collection == NULL && shown_collection_id (self) != RP_READING_FAVOURITES_ID))
    return;

  get_today (self, &today);
  start = rp_schedule_format_storage_date (&today);

  g_settings_delay (self->settings);
  g_settings_set_string (self->settings, "daily-reading-start", start);
  if (collection == NULL)
    {
      g_settings_set_enum (self->settings, "daily-reading-order",
                           RP_DAILY_READING_RANDOM_FAVOURITE);
      message = g_strdup (_("Your daily reading is now one of your favourites"));
    }
  else
    {
      gboolean starter = rp_reading_collection_get_kind (collection) ==
                         RP_READING_COLLECTION_STARTER;

      g_settings_set_int64 (self->settings, "daily-reading-collection",
                            starter ? 0 : rp_reading_collection_get_id (collection));
      g_settings_set_enum (self->settings, "daily-reading-order",
                           rp_reading_collection_get_dated (collection)
                             ? RP_DAILY_READING_BY_DATE : RP_DAILY_READING_IN_ORDER);
      /* Translators: %s is a collection's name */
      message = g_strdup_printf (_("Your daily reading now comes from “%s”"),
                                 rp_reading_collection_get_display_name (collection));
    }
  g_settings_apply (self->settings);

  rp_toast_show (GTK_WIDGET (self), message);
}

/* --- public ------------------------------------------------------------------------------ */

/**
 * rp_reading_page_show_reading:
 * @self: a #RpReadingPage
 * @reading_id: a reading's id
 *
 * Opens the reading in the reader; Back returns to the view it was opened
 * from.
 *
 * Returns: %FALSE when the reading no longer exists (nothing changes)
 */
gboolean
rp_reading_page_show_reading (RpReadingPage *self,
                              gint64         reading_id)
{
  g_autoptr(RpReading) reading = NULL;
  const char *view;

  g_return_val_if_fail (RP_IS_READING_PAGE (self), FALSE);

  if (self->store == NULL)
    return FALSE;

  ensure_loaded (self);
  reading = rp_store_find_reading (self->store, reading_id);
  if (reading == NULL)
    return FALSE;

  view = visible_view (self);
  if (g_strcmp0 (view, "reader") == 0)
    rp_reader_save_position (self->reader);
  if (!rp_reader_show_reading (self->reader, reading_id))
    return FALSE;

  if (g_strcmp0 (view, "collection") == 0)
    self->reader_back = "collection";
  else if (g_strcmp0 (view, "library") == 0)
    self->reader_back = "library";
  gtk_stack_set_visible_child_name (self->view_stack, "reader");

  return TRUE;
}

/**
 * rp_reading_page_add_reading:
 * @self: a #RpReadingPage
 *
 * Opens the editor for a new text of the user's own (win.add-reading).
 */
void
rp_reading_page_add_reading (RpReadingPage *self)
{
  g_return_if_fail (RP_IS_READING_PAGE (self));

  new_reading (self, RP_READING_KIND_TEXT);
}

/**
 * rp_reading_page_import:
 * @self: a #RpReadingPage
 * @file: (nullable): the .md or .txt file, or %NULL to choose one
 *
 * Imports a reading, or a dated collection, after a preview.
 */
void
rp_reading_page_import (RpReadingPage *self,
                        GFile         *file)
{
  g_return_if_fail (RP_IS_READING_PAGE (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->store != NULL)
    rp_reading_import_dialog_present (GTK_WIDGET (self), self->store, file);
}

/**
 * rp_reading_page_set_store:
 * @self: a #RpReadingPage
 * @store: (nullable): where the readings come from
 * @clock: (nullable): what day it is (for the daily reading)
 * @settings: (nullable): the application's settings
 */
void
rp_reading_page_set_store (RpReadingPage *self,
                           RpStore       *store,
                           RpClock       *clock,
                           GSettings     *settings)
{
  g_return_if_fail (RP_IS_READING_PAGE (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));
  g_return_if_fail (clock == NULL || RP_IS_CLOCK (clock));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);

  g_set_object (&self->store, store);
  g_set_object (&self->clock, clock);
  g_set_object (&self->settings, settings);
  self->loaded = FALSE;
  g_hash_table_remove_all (self->deleted);
  gtk_stack_set_visible_child_name (self->view_stack, "library");

  if (store != NULL)
    g_signal_connect_object (store, "changed::reading", G_CALLBACK (readings_changed_cb), self,
                             G_CONNECT_SWAPPED);
  if (settings != NULL)
    g_signal_connect_object (settings, "changed", G_CALLBACK (settings_changed_cb), self,
                             G_CONNECT_SWAPPED);
  rp_reading_collection_view_set_store (self->collection_view, NULL);
  rp_reading_library_set_store (self->library, store, clock, settings);
  if (store != NULL)
    rp_reader_set_store (self->reader, store, clock);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_loaded (self);
}

/* --- the class ------------------------------------------------------------------------------ */

static void
rp_reading_page_map (GtkWidget *widget)
{
  RpReadingPage *self = RP_READING_PAGE (widget);

  GTK_WIDGET_CLASS (rp_reading_page_parent_class)->map (widget);

  /* Also catches up with the day, for today's reading. */
  if (self->loaded)
    readings_changed_cb (self);
  else
    ensure_loaded (self);
}

static void
rp_reading_page_dispose (GObject *object)
{
  RpReadingPage *self = RP_READING_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_READING_PAGE);

  g_clear_object (&self->store);
  g_clear_object (&self->clock);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->deleted, g_hash_table_unref);

  G_OBJECT_CLASS (rp_reading_page_parent_class)->dispose (object);
}

static void
rp_reading_page_class_init (RpReadingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct {
    const char *name;
    const char *parameter_type;
    GtkWidgetActionActivateFunc activate;
  } actions[] = {
    { "reading.search", NULL, search_action_cb },
    { "reading.back", NULL, back_action_cb },
    { "reading.show-collection", "x", show_collection_action_cb },
    { "reading.open", "x", open_action_cb },
    { "reading.new-text", NULL, new_text_action_cb },
    { "reading.add-link", NULL, add_link_action_cb },
    { "reading.import", NULL, import_action_cb },
    { "reading.new-collection", NULL, new_collection_action_cb },
    { "reading.toggle-favourite", "x", toggle_favourite_action_cb },
    { "reading.edit", "x", edit_action_cb },
    { "reading.delete", "x", delete_action_cb },
    { "reading.undo-delete", "x", undo_delete_action_cb },
    { "reading.rename-collection", NULL, rename_collection_action_cb },
    { "reading.delete-collection", NULL, delete_collection_action_cb },
    { "reading.use-for-daily-reading", NULL, use_for_daily_reading_action_cb },
  };

  object_class->dispose = rp_reading_page_dispose;

  widget_class->map = rp_reading_page_map;

  g_type_ensure (RP_TYPE_READING_LIBRARY);
  g_type_ensure (RP_TYPE_READING_COLLECTION_VIEW);
  g_type_ensure (RP_TYPE_READER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-reading-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpReadingPage, library);
  gtk_widget_class_bind_template_child (widget_class, RpReadingPage, collection_view);
  gtk_widget_class_bind_template_child (widget_class, RpReadingPage, reader);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, reader_back_cb);
  gtk_widget_class_bind_template_callback (widget_class, reader_edit_cb);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, actions[i].parameter_type,
                                     actions[i].activate);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "reading.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "reading.back", NULL);
}

static void
rp_reading_page_init (RpReadingPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: gtk_widget_dispose_template() would
   * unparent it behind AdwBin's back. */
  self->view_stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  self->deleted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->reader_back = "library";

  /* Ctrl+F wherever the focus is, while the page is shown. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f,
                                                                                  GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("reading.search")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  view_changed_cb (self);
}
