/* rp-inventory-history.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpInventoryHistory: the Progress page's subpage listing past inventory
 * entries, newest first — the date, mood, craving and triggers — each row
 * opening the editor for its day. Entries are read a page at a time (Show
 * More): ten years of entries must not become 3,650 rows at once. It
 * follows `changed::inventory`, keeping as many rows as were shown. */

#define G_LOG_DOMAIN "rp-inventory-history"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-inventory-editor.h"
#include "rp-inventory-history.h"
#include "rp-inventory-summary.h"

#define PAGE_SIZE 50

struct _RpInventoryHistory
{
  AdwBin       parent_instance;

  RpStore     *store;
  GDate        today;
  GtkListBox  *list;
  GtkWidget   *more_button;
  GtkWidget   *empty_page;
  guint        n_rows;
};

G_DEFINE_FINAL_TYPE (RpInventoryHistory, rp_inventory_history, ADW_TYPE_BIN)

static void
row_activated_cb (GtkListBox         *list,
                  GtkListBoxRow      *row,
                  RpInventoryHistory *self)
{
  const GDate *day = g_object_get_data (G_OBJECT (row), "rp-day");
  RpInventoryEditor *editor;
  g_autoptr(GError) error = NULL;

  editor = rp_inventory_editor_new (self->store, &self->today, day, &error);
  if (editor == NULL)
    {
      g_warning ("Could not open an inventory entry: %s", error->message);
      return;
    }
  rp_inventory_editor_present (editor, GTK_WIDGET (self));
}

static GtkWidget *
make_row (RpInventoryEntry *entry)
{
  GtkWidget *row = adw_action_row_new ();
  const char * const *triggers = rp_inventory_entry_get_triggers (entry);
  /* Translators: a day in the inventory history */
  g_autofree char *title = rp_inventory_format_day (rp_inventory_entry_get_day (entry),
                                                    _("%A, %x"));
  g_autofree char *line = rp_inventory_summary_describe_entry (entry);
  g_autofree char *subtitle = NULL;

  if (triggers[0] != NULL)
    {
      g_autofree char *tags = g_strjoinv (", ", (char **) triggers);

      /* Translators: an entry's summary, then its trigger tags */
      subtitle = g_strdup_printf (_("%s — %s"), line, tags);
    }
  else
    subtitle = g_steal_pointer (&line);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "rp-day",
                          g_memdup2 (rp_inventory_entry_get_day (entry), sizeof (GDate)),
                          g_free);

  return row;
}

/* Appends up to @limit entries after the first @offset; returns how many
 * there were. */
static guint
append_entries (RpInventoryHistory *self,
                guint               offset,
                guint               limit)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  entries = rp_store_list_inventory (self->store, offset, limit, &error);
  if (entries == NULL)
    {
      g_warning ("Could not read the inventory history: %s", error->message);
      return 0;
    }

  for (guint i = 0; i < entries->len; i++)
    gtk_list_box_append (self->list, make_row (g_ptr_array_index (entries, i)));

  return entries->len;
}

static void
reload (RpInventoryHistory *self)
{
  guint wanted = MAX (self->n_rows, PAGE_SIZE);
  GtkWidget *child;
  gboolean more;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  /* One more than shown says whether Show More has anything to show. */
  n = append_entries (self, 0, wanted + 1);
  more = n > wanted;
  if (more)
    {
      gtk_list_box_remove (self->list,
                           GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, wanted)));
      n = wanted;
    }
  self->n_rows = n;
  gtk_widget_set_visible (self->more_button, more);
  gtk_widget_set_visible (self->empty_page, n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->list), n > 0);
}

/**
 * rp_inventory_history_load_more:
 *
 * Shows the next page of older entries.
 */
void
rp_inventory_history_load_more (RpInventoryHistory *self)
{
  guint n;

  g_return_if_fail (RP_IS_INVENTORY_HISTORY (self));

  n = append_entries (self, self->n_rows, PAGE_SIZE + 1);
  if (n > PAGE_SIZE)
    {
      gtk_list_box_remove (self->list,
                           GTK_WIDGET (gtk_list_box_get_row_at_index (self->list,
                                                                      self->n_rows + PAGE_SIZE)));
      n = PAGE_SIZE;
    }
  gtk_widget_set_visible (self->more_button, n == PAGE_SIZE);
  self->n_rows += n;
}

guint
rp_inventory_history_get_n_rows (RpInventoryHistory *self)
{
  g_return_val_if_fail (RP_IS_INVENTORY_HISTORY (self), 0);
  return self->n_rows;
}

static void
changed_cb (RpInventoryHistory *self)
{
  reload (self);
}

static void
rp_inventory_history_dispose (GObject *object)
{
  RpInventoryHistory *self = RP_INVENTORY_HISTORY (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (rp_inventory_history_parent_class)->dispose (object);
}

static void
rp_inventory_history_class_init (RpInventoryHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rp_inventory_history_dispose;
}

static void
rp_inventory_history_init (RpInventoryHistory *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->list), "inventory-history-list");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (self->list), GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Inventory History"), -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);

  self->more_button = gtk_button_new_with_mnemonic (_("Show _More"));
  gtk_widget_set_halign (self->more_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->more_button, "pill");
  g_signal_connect_swapped (self->more_button, "clicked",
                            G_CALLBACK (rp_inventory_history_load_more), self);

  self->empty_page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty_page), "document-edit-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty_page), _("No Entries Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty_page),
                                   _("Each day's inventory you write is listed here."));

  gtk_box_append (GTK_BOX (box), self->empty_page);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (box), self->more_button);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  adw_bin_set_child (ADW_BIN (self), scrolled);
}

/**
 * rp_inventory_history_new:
 * @store: where the entries are
 * @today: today's local day (past it, the editor refuses)
 *
 * Returns: (transfer floating): the history, its first page read
 */
GtkWidget *
rp_inventory_history_new (RpStore     *store,
                          const GDate *today)
{
  RpInventoryHistory *self;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = g_object_new (RP_TYPE_INVENTORY_HISTORY, NULL);
  self->store = g_object_ref (store);
  self->today = *today;
  g_signal_connect_object (store, "changed::inventory", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self);

  return GTK_WIDGET (self);
}
