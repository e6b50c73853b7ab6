/* rp-inventory-card.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpInventoryCard: the Today page's way into the daily inventory. "How are
 * you today?" with the five moods: choosing one opens the editor with that
 * mood set. Once today's entry is written, the card shows what it holds
 * and an Edit button. It reads the day's entry when first mapped and
 * again when the inventory changes or the day turns. */

#define G_LOG_DOMAIN "rp-inventory-card"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-inventory-card.h"
#include "rp-inventory-editor.h"
#include "rp-inventory-summary.h"
#include "rp-mood-buttons.h"

struct _RpInventoryCard
{
  AdwBin         parent_instance;

  RpStore       *store;
  RpDayWatch    *watch;

  RpMoodButtons *mood_buttons;
  GtkWidget     *written_box;
  GtkLabel      *summary_label;

  guint          dirty : 1;
  guint          resetting : 1;
};

G_DEFINE_FINAL_TYPE (RpInventoryCard, rp_inventory_card, ADW_TYPE_BIN)

static void
get_today (RpInventoryCard *self,
           GDate           *out_today)
{
  if (self->watch != NULL)
    rp_day_watch_get_today (self->watch, out_today);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (out_today, 1);
      g_date_set_dmy (out_today, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }
}

static void
refresh (RpInventoryCard *self)
{
  g_autoptr(RpInventoryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;

  if (self->store != NULL)
    {
      get_today (self, &today);
      entry = rp_store_load_inventory (self->store, &today, &error);
      if (error != NULL)
        g_warning ("Could not read today's inventory: %s", error->message);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->mood_buttons), entry == NULL);
  gtk_widget_set_visible (self->written_box, entry != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "inventory-card.edit", entry != NULL);
  if (entry != NULL)
    {
      g_autofree char *line = rp_inventory_summary_describe_entry (entry);

      gtk_label_set_text (self->summary_label, line);
    }
}

static void
open_editor (RpInventoryCard *self,
             int              mood)
{
  RpInventoryEditor *editor;
  g_autoptr(GError) error = NULL;
  GDate today;

  if (self->store == NULL)
    return;

  get_today (self, &today);
  editor = rp_inventory_editor_new (self->store, &today, NULL, &error);
  if (editor == NULL)
    {
      g_warning ("Could not open today's inventory: %s", error->message);
      return;
    }
  if (mood > 0)
    rp_inventory_editor_set_mood (editor, mood);
  rp_inventory_editor_present (editor, GTK_WIDGET (self));
}

static void
mood_chosen_cb (RpInventoryCard *self)
{
  int mood = rp_mood_buttons_get_mood (self->mood_buttons);

  if (self->resetting || mood == 0)
    return;

  /* The card's buttons only start the entry: the editor holds the mood. */
  self->resetting = TRUE;
  rp_mood_buttons_set_mood (self->mood_buttons, 0);
  self->resetting = FALSE;
  open_editor (self, mood);
}

static void
edit_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  open_editor (RP_INVENTORY_CARD (widget), 0);
}

static void
changed_cb (RpInventoryCard *self)
{
  refresh (self);
}

static void
rp_inventory_card_map (GtkWidget *widget)
{
  RpInventoryCard *self = RP_INVENTORY_CARD (widget);

  GTK_WIDGET_CLASS (rp_inventory_card_parent_class)->map (widget);

  if (self->dirty)
    refresh (self);
}

static void
rp_inventory_card_dispose (GObject *object)
{
  RpInventoryCard *self = RP_INVENTORY_CARD (object);

  g_clear_object (&self->store);
  g_clear_object (&self->watch);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_INVENTORY_CARD);

  G_OBJECT_CLASS (rp_inventory_card_parent_class)->dispose (object);
}

static void
rp_inventory_card_class_init (RpInventoryCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_inventory_card_dispose;
  widget_class->map = rp_inventory_card_map;

  g_type_ensure (RP_TYPE_MOOD_BUTTONS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-inventory-card.ui");
  gtk_widget_class_bind_template_child (widget_class, RpInventoryCard, mood_buttons);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryCard, written_box);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryCard, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, mood_chosen_cb);

  gtk_widget_class_install_action (widget_class, "inventory-card.edit", NULL, edit_action_cb);
}

static void
rp_inventory_card_init (RpInventoryCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->dirty = TRUE;
}

/**
 * rp_inventory_card_bind:
 * @store: (nullable): the store; %NULL when the data could not be opened
 * @watch: (nullable): today, and when it turns
 * @settings: (nullable): unused for now
 *
 * Reads today's entry when the card is first shown, and follows it.
 */
void
rp_inventory_card_bind (RpInventoryCard *self,
                        RpStore         *store,
                        RpDayWatch      *watch,
                        GSettings       *settings)
{
  g_return_if_fail (RP_IS_INVENTORY_CARD (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));
  g_return_if_fail (watch == NULL || RP_IS_DAY_WATCH (watch));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);
  g_set_object (&self->store, store);
  g_set_object (&self->watch, watch);

  if (store != NULL)
    g_signal_connect_object (store, "changed::inventory", G_CALLBACK (changed_cb), self,
                             G_CONNECT_SWAPPED);
  if (watch != NULL)
    g_signal_connect_object (watch, "day-changed", G_CALLBACK (changed_cb), self,
                             G_CONNECT_SWAPPED);

  refresh (self);
}
