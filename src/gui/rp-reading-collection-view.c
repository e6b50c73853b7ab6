/* rp-reading-collection-view.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReadingCollectionView: one collection's readings, or the favourites of
 * all of them, on the Reading page. A GtkListView over a filter of the
 * store's readings model, so that a 365-day book costs the rows on screen,
 * not 365; a header with Back, the name, New Text (where texts can go)
 * and the collection's menu; an empty state that says what to do. Its
 * buttons, rows and menu act through RpReadingPage's `reading.*`
 * actions. */

#define G_LOG_DOMAIN "rp-reading-collection-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-reading-collection-view.h"
#include "rp-reading-row.h"

struct _RpReadingCollectionView
{
  AdwBin              parent_instance;

  RpStore            *store;
  gint64              collection_id;
  GtkCustomFilter    *filter;
  GtkFilterListModel *readings;

  GtkLabel           *collection_title;
  GtkWidget          *collection_add_button;
  GtkMenuButton      *collection_menu_button;
  GtkStack           *collection_stack;
  GtkScrolledWindow  *readings_scroller;
  GtkListView        *readings_view;
  AdwStatusPage      *collection_empty;
  GtkWidget          *collection_empty_button;
};

G_DEFINE_FINAL_TYPE (RpReadingCollectionView, rp_reading_collection_view, ADW_TYPE_BIN)

static gboolean
match_reading (gpointer item,
               gpointer user_data)
{
  RpReadingCollectionView *self = user_data;

  if (self->collection_id == RP_READING_FAVOURITES_ID)
    return rp_reading_get_favourite (item);

  return rp_reading_get_collection_id (item) == self->collection_id;
}

static void
set_empty_state (RpReadingCollectionView *self,
                 const char              *icon_name,
                 const char              *title,
                 const char              *description)
{
  adw_status_page_set_icon_name (self->collection_empty, icon_name);
  adw_status_page_set_title (self->collection_empty, title);
  adw_status_page_set_description (self->collection_empty, description);
}

/* What the view offers depends on the kind of collection: the starter
 * library takes no texts, and only the user's own can be renamed or
 * deleted. */
static void
update (RpReadingCollectionView *self,
        RpReadingCollection     *collection)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) daily = g_menu_new ();
  gboolean favourites = self->collection_id == RP_READING_FAVOURITES_ID;
  RpReadingCollectionKind kind = collection != NULL ? rp_reading_collection_get_kind (collection)
                                                    : RP_READING_COLLECTION_USER;
  gboolean writable = !favourites && kind != RP_READING_COLLECTION_STARTER;
  guint n_items;

  gtk_label_set_text (self->collection_title,
                      favourites ? _("Favourites")
                                 : collection != NULL
                                     ? rp_reading_collection_get_display_name (collection) : "");
  gtk_widget_set_visible (self->collection_add_button, writable);

  if (!favourites && kind == RP_READING_COLLECTION_USER)
    {
      g_menu_append (menu, _("_Rename…"), "reading.rename-collection");
      g_menu_append (menu, _("_Delete…"), "reading.delete-collection");
    }
  g_menu_append (daily, _("Use for _Daily Reading"), "reading.use-for-daily-reading");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (daily));
  gtk_menu_button_set_menu_model (self->collection_menu_button, G_MENU_MODEL (menu));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->readings));
  gtk_stack_set_visible_child_name (self->collection_stack, n_items > 0 ? "list" : "empty");
  if (n_items > 0)
    return;

  gtk_widget_set_visible (self->collection_empty_button, writable);
  if (favourites)
    set_empty_state (self, "starred-symbolic", _("No Favourites Yet"),
                     _("Add a reading to your favourites from its menu and it will wait "
                       "for you here."));
  else if (kind == RP_READING_COLLECTION_MINE)
    set_empty_state (self, "document-edit-symbolic", _("Write Your First Reading"),
                     _("A quote from a meeting, a share that stayed with you, a prayer of "
                       "your own: keep it here to read again."));
  else
    set_empty_state (self, "folder-symbolic", _("This Collection Is Empty"),
                     writable ? _("Add a text of your own to it.") : NULL);
}

static void
reading_activated_cb (RpReadingCollectionView *self,
                      guint                    position)
{
  g_autoptr(RpReading) reading = g_list_model_get_item (G_LIST_MODEL (self->readings), position);

  if (reading != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "reading.open", "x",
                                rp_reading_get_id (reading));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, rp_reading_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  rp_reading_row_set_reading (RP_READING_ROW (gtk_list_item_get_child (item)),
                              gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  rp_reading_row_set_reading (RP_READING_ROW (gtk_list_item_get_child (item)), NULL);
}

/* --- public ------------------------------------------------------------------ */

/**
 * rp_reading_collection_view_set_store:
 * @self: a #RpReadingCollectionView
 * @store: (nullable): where the readings come from (its models are read
 *   now: call it when the page is first shown)
 */
void
rp_reading_collection_view_set_store (RpReadingCollectionView *self,
                                      RpStore                 *store)
{
  g_return_if_fail (RP_IS_READING_COLLECTION_VIEW (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));

  g_set_object (&self->store, store);
  self->collection_id = 0;
  gtk_filter_list_model_set_model (self->readings,
                                   store != NULL ? rp_store_get_readings (store) : NULL);
}

gint64
rp_reading_collection_view_get_collection_id (RpReadingCollectionView *self)
{
  g_return_val_if_fail (RP_IS_READING_COLLECTION_VIEW (self), 0);

  return self->collection_id;
}

/**
 * rp_reading_collection_view_refresh:
 * @self: a #RpReadingCollectionView
 *
 * Returns: %FALSE when the collection shown no longer exists
 */
gboolean
rp_reading_collection_view_refresh (RpReadingCollectionView *self)
{
  g_autoptr(RpReadingCollection) collection = NULL;

  g_return_val_if_fail (RP_IS_READING_COLLECTION_VIEW (self), FALSE);

  if (self->store == NULL || self->collection_id == 0)
    return FALSE;

  if (self->collection_id != RP_READING_FAVOURITES_ID)
    {
      collection = rp_store_find_reading_collection (self->store, self->collection_id);
      if (collection == NULL)
        {
          self->collection_id = 0;
          return FALSE;
        }
    }

  /* Favourites may change in place. */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update (self, collection);

  return TRUE;
}

/**
 * rp_reading_collection_view_show:
 * @self: a #RpReadingCollectionView
 * @collection_id: a collection's id, or %RP_READING_FAVOURITES_ID
 *
 * Shows the collection's readings from the top.
 *
 * Returns: %FALSE (and nothing changes) when it does not exist
 */
gboolean
rp_reading_collection_view_show (RpReadingCollectionView *self,
                                 gint64                   collection_id)
{
  g_autoptr(RpReadingCollection) collection = NULL;
  GtkAdjustment *adjustment;
  gint64 previous = self->collection_id;

  g_return_val_if_fail (RP_IS_READING_COLLECTION_VIEW (self), FALSE);

  if (self->store == NULL)
    return FALSE;

  self->collection_id = collection_id;
  if (!rp_reading_collection_view_refresh (self))
    {
      self->collection_id = previous;
      return FALSE;
    }

  adjustment = gtk_scrolled_window_get_vadjustment (self->readings_scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));

  return TRUE;
}

/* --- the class ------------------------------------------------------------------- */

static void
rp_reading_collection_view_dispose (GObject *object)
{
  RpReadingCollectionView *self = RP_READING_COLLECTION_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_READING_COLLECTION_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->readings);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (rp_reading_collection_view_parent_class)->dispose (object);
}

static void
rp_reading_collection_view_class_init (RpReadingCollectionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_reading_collection_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-reading-collection-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RpReadingCollectionView, collection_title);
  gtk_widget_class_bind_template_child (widget_class, RpReadingCollectionView,
                                        collection_add_button);
  gtk_widget_class_bind_template_child (widget_class, RpReadingCollectionView,
                                        collection_menu_button);
  gtk_widget_class_bind_template_child (widget_class, RpReadingCollectionView, collection_stack);
  gtk_widget_class_bind_template_child (widget_class, RpReadingCollectionView, readings_scroller);
  gtk_widget_class_bind_template_child (widget_class, RpReadingCollectionView, readings_view);
  gtk_widget_class_bind_template_child (widget_class, RpReadingCollectionView, collection_empty);
  gtk_widget_class_bind_template_child (widget_class, RpReadingCollectionView,
                                        collection_empty_button);
  gtk_widget_class_bind_template_callback (widget_class, reading_activated_cb);
}

static void
rp_reading_collection_view_init (RpReadingCollectionView *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (match_reading, self, NULL);
  self->readings = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->readings_view, factory);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->readings)));
  gtk_list_view_set_model (self->readings_view, GTK_SELECTION_MODEL (selection));
}
