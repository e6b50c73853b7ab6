/* rp-list-slot.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpListSlot is one position of an RpSlotListModel: it holds whichever
 * item of the underlying model is at that position now, and notifies
 * "item" when that changes. */

#define G_LOG_DOMAIN "rp-list-slot"

#include "config.h"

#include "rp-list-slot.h"

struct _RpListSlot
{
  GObject  parent_instance;

  GObject *item;
};

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RpListSlot, rp_list_slot, G_TYPE_OBJECT)

/**
 * rp_list_slot_new:
 * @item: (type GObject): the item at the slot's position
 *
 * Returns: (transfer full): a new slot
 */
RpListSlot *
rp_list_slot_new (gpointer item)
{
  RpListSlot *self = g_object_new (RP_TYPE_LIST_SLOT, NULL);

  self->item = g_object_ref (item);

  return self;
}

/**
 * rp_list_slot_get_item:
 * @self: a #RpListSlot
 *
 * Returns: (transfer none) (type GObject): the item at the slot's position
 */
gpointer
rp_list_slot_get_item (RpListSlot *self)
{
  g_return_val_if_fail (RP_IS_LIST_SLOT (self), NULL);

  return self->item;
}

void
rp_list_slot_set_item (RpListSlot *self,
                       gpointer    item)
{
  g_return_if_fail (RP_IS_LIST_SLOT (self));
  g_return_if_fail (G_IS_OBJECT (item));

  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

static void
rp_list_slot_dispose (GObject *object)
{
  RpListSlot *self = RP_LIST_SLOT (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (rp_list_slot_parent_class)->dispose (object);
}

static void
rp_list_slot_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RpListSlot *self = RP_LIST_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_list_slot_class_init (RpListSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rp_list_slot_dispose;
  object_class->get_property = rp_list_slot_get_property;

  /**
   * RpListSlot:item:
   *
   * The item at the slot's position.
   */
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_list_slot_init (RpListSlot *self)
{
}
