/* rp-slot-list-model.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpSlotListModel shows another list model through stable RpListSlot
 * items, one per position: when the items of the underlying model change,
 * the slots at the same positions take the new items (and notify), and
 * only a change of length adds or removes slots, at the end.
 *
 * Why: GTK 4.8's list view destroys the row widget of every item that is
 * removed and builds a new one for every item that is added, some 200 rows
 * at a time. A search that changes the meetings on screen would do that on
 * each keystroke; through slots, the rows stay and are only given other
 * meetings. RpDirectoryView puts one between its filter model and its
 * list view. */

#define G_LOG_DOMAIN "rp-slot-list-model"

#include "config.h"

#include "rp-slot-list-model.h"

struct _RpSlotListModel
{
  GObject     parent_instance;

  GListModel *model;
  GPtrArray  *slots;   /* RpListSlot */
};

static void rp_slot_list_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpSlotListModel, rp_slot_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      rp_slot_list_model_list_model_init))

static GType
rp_slot_list_model_get_item_type (GListModel *list)
{
  return RP_TYPE_LIST_SLOT;
}

static guint
rp_slot_list_model_get_n_items (GListModel *list)
{
  return RP_SLOT_LIST_MODEL (list)->slots->len;
}

static gpointer
rp_slot_list_model_get_item (GListModel *list,
                             guint       position)
{
  RpSlotListModel *self = RP_SLOT_LIST_MODEL (list);

  if (position >= self->slots->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->slots, position));
}

static void
rp_slot_list_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rp_slot_list_model_get_item_type;
  iface->get_n_items = rp_slot_list_model_get_n_items;
  iface->get_item = rp_slot_list_model_get_item;
}

static void
items_changed_cb (GListModel      *model,
                  guint            position,
                  guint            removed,
                  guint            added,
                  RpSlotListModel *self)
{
  guint old_n = self->slots->len;
  guint new_n = g_list_model_get_n_items (model);

  for (guint i = position; i < MIN (old_n, new_n); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      rp_list_slot_set_item (g_ptr_array_index (self->slots, i), item);
    }

  if (new_n > old_n)
    {
      for (guint i = old_n; i < new_n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);

          g_ptr_array_add (self->slots, rp_list_slot_new (item));
        }
      g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
    }
  else if (new_n < old_n)
    {
      g_ptr_array_remove_range (self->slots, new_n, old_n - new_n);
      g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
    }
}

/**
 * rp_slot_list_model_new:
 * @model: the model to show through slots
 *
 * Returns: (transfer full): a new #RpSlotListModel
 */
RpSlotListModel *
rp_slot_list_model_new (GListModel *model)
{
  RpSlotListModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (RP_TYPE_SLOT_LIST_MODEL, NULL);
  self->model = g_object_ref (model);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb), self, 0);
  items_changed_cb (model, 0, 0, g_list_model_get_n_items (model), self);

  return self;
}

/**
 * rp_slot_list_model_get_model:
 * @self: a #RpSlotListModel
 *
 * Returns: (transfer none): the model shown through slots
 */
GListModel *
rp_slot_list_model_get_model (RpSlotListModel *self)
{
  g_return_val_if_fail (RP_IS_SLOT_LIST_MODEL (self), NULL);

  return self->model;
}

static void
rp_slot_list_model_dispose (GObject *object)
{
  RpSlotListModel *self = RP_SLOT_LIST_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (rp_slot_list_model_parent_class)->dispose (object);
}

static void
rp_slot_list_model_finalize (GObject *object)
{
  RpSlotListModel *self = RP_SLOT_LIST_MODEL (object);

  g_clear_pointer (&self->slots, g_ptr_array_unref);

  G_OBJECT_CLASS (rp_slot_list_model_parent_class)->finalize (object);
}

static void
rp_slot_list_model_class_init (RpSlotListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rp_slot_list_model_dispose;
  object_class->finalize = rp_slot_list_model_finalize;
}

static void
rp_slot_list_model_init (RpSlotListModel *self)
{
  self->slots = g_ptr_array_new_with_free_func (g_object_unref);
}
