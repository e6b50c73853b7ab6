/* rp-store.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include "rp-store.h"

/* RpStore is the data layer the user interface talks to: it owns the
 * RpDatabase and will hand out GListModels of record objects. Widgets bind
 * to its properties and listen to "changed"; they never see SQL.
 * RpApplication owns the one RpStore. */

struct _RpStore
{
  GObject     parent_instance;

  RpDatabase *database;
};

G_DEFINE_FINAL_TYPE (RpStore, rp_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_HAS_SPONSOR,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
rp_store_dispose (GObject *object)
{
  RpStore *self = (RpStore *)object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (rp_store_parent_class)->dispose (object);
}

static void
rp_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RpStore *self = RP_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_HAS_SPONSOR:
      g_value_set_boolean (value, rp_store_get_has_sponsor (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_store_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  RpStore *self = RP_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_store_class_init (RpStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rp_store_dispose;
  object_class->get_property = rp_store_get_property;
  object_class->set_property = rp_store_set_property;

  /**
   * RpStore:database:
   *
   * The database this store reads and writes.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         RP_TYPE_DATABASE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RpStore:has-sponsor:
   *
   * Whether a primary sponsor is saved; the "Call sponsor" buttons and
   * actions follow it.
   */
  properties[PROP_HAS_SPONSOR] =
    g_param_spec_boolean ("has-sponsor", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RpStore::changed:
   * @self: a #RpStore
   * @kind: the kind of record that changed, also given as the detail
   *
   * Emitted after a write has been committed, so that views and the
   * reminder planner can refresh. Connect to `changed::meeting` and the
   * like for one kind only.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
rp_store_init (RpStore *self)
{
}

/**
 * rp_store_new:
 * @database: the open database
 *
 * Returns: (transfer full): a new #RpStore
 */
RpStore *
rp_store_new (RpDatabase *database)
{
  g_return_val_if_fail (RP_IS_DATABASE (database), NULL);

  return g_object_new (RP_TYPE_STORE,
                       "database", database,
                       NULL);
}

/**
 * rp_store_get_database:
 * @self: a #RpStore
 *
 * Returns: (transfer none): the database of @self
 */
RpDatabase *
rp_store_get_database (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  return self->database;
}

/**
 * rp_store_get_has_sponsor:
 * @self: a #RpStore
 *
 * Returns: whether a primary sponsor is saved
 */
gboolean
rp_store_get_has_sponsor (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);

  /* Always FALSE until the contacts table arrives with the support
   * network; the header bar's "Call sponsor" button already binds to it. */
  return FALSE;
}
