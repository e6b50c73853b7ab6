/* rp-reading-collection.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReadingCollection: a set of readings in an order — the starter
 * library, the user's own ("My Readings"), or one the user made or
 * imported (a book of 365 dated entries). RpStore keeps the counts.
 */

#define G_LOG_DOMAIN "rp-reading-collection"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-reading.h"
#include "rp-reading-collection.h"
#include "rp-text.h"

struct _RpReadingCollection
{
  GObject                  parent_instance;

  gint64                   id;
  RpReadingCollectionKind  kind;
  char                    *name;
  int                      position;
  guint                    n_readings;
  gboolean                 dated;
  char                    *import_key;
};

G_DEFINE_FINAL_TYPE (RpReadingCollection, rp_reading_collection, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NAME,
  PROP_DISPLAY_NAME,
  PROP_POSITION,
  PROP_N_READINGS,
  PROP_DATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rp_reading_collection_finalize (GObject *object)
{
  RpReadingCollection *self = RP_READING_COLLECTION (object);

  g_free (self->name);
  g_free (self->import_key);

  G_OBJECT_CLASS (rp_reading_collection_parent_class)->finalize (object);
}

static void
rp_reading_collection_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RpReadingCollection *self = RP_READING_COLLECTION (object);

  switch (prop_id)
    {
    case PROP_ID:           g_value_set_int64 (value, self->id); break;
    case PROP_KIND:         g_value_set_int (value, self->kind); break;
    case PROP_NAME:         g_value_set_string (value, self->name); break;
    case PROP_DISPLAY_NAME: g_value_set_string (value, rp_reading_collection_get_display_name (self)); break;
    case PROP_POSITION:     g_value_set_int (value, self->position); break;
    case PROP_N_READINGS:   g_value_set_uint (value, self->n_readings); break;
    case PROP_DATED:        g_value_set_boolean (value, self->dated); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_reading_collection_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RpReadingCollection *self = RP_READING_COLLECTION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      rp_reading_collection_set_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_reading_collection_class_init (RpReadingCollectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rp_reading_collection_finalize;
  object_class->get_property = rp_reading_collection_get_property;
  object_class->set_property = rp_reading_collection_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, 2, 2, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, NULL, ro);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, -1, G_MAXINT, -1, ro);
  properties[PROP_N_READINGS] =
    g_param_spec_uint ("n-readings", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_DATED] = g_param_spec_boolean ("dated", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_reading_collection_init (RpReadingCollection *self)
{
  self->kind = RP_READING_COLLECTION_USER;
  self->position = -1;
}

/**
 * rp_reading_collection_new:
 * @name: what the user called it
 *
 * Returns: (transfer full): a new collection of the user's, not stored
 */
RpReadingCollection *
rp_reading_collection_new (const char *name)
{
  RpReadingCollection *self = g_object_new (RP_TYPE_READING_COLLECTION, NULL);

  self->name = g_strdup (name);

  return self;
}

gint64
rp_reading_collection_get_id (RpReadingCollection *self)
{
  g_return_val_if_fail (RP_IS_READING_COLLECTION (self), 0);
  return self->id;
}

void
rp_reading_collection_set_id (RpReadingCollection *self,
                              gint64               id)
{
  g_return_if_fail (RP_IS_READING_COLLECTION (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

RpReadingCollectionKind
rp_reading_collection_get_kind (RpReadingCollection *self)
{
  g_return_val_if_fail (RP_IS_READING_COLLECTION (self), RP_READING_COLLECTION_USER);
  return self->kind;
}

void
rp_reading_collection_set_kind (RpReadingCollection     *self,
                                RpReadingCollectionKind  kind)
{
  g_return_if_fail (RP_IS_READING_COLLECTION (self));
  g_return_if_fail (kind <= RP_READING_COLLECTION_USER);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
}

const char *
rp_reading_collection_get_name (RpReadingCollection *self)
{
  g_return_val_if_fail (RP_IS_READING_COLLECTION (self), NULL);
  return self->name;
}

void
rp_reading_collection_set_name (RpReadingCollection *self,
                                const char          *name)
{
  g_return_if_fail (RP_IS_READING_COLLECTION (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
}

/**
 * rp_reading_collection_get_display_name:
 *
 * The built-in collections' names are stored in English by the schema and
 * shown in the user's language.
 *
 * Returns: the name to show
 */
const char *
rp_reading_collection_get_display_name (RpReadingCollection *self)
{
  g_return_val_if_fail (RP_IS_READING_COLLECTION (self), NULL);

  switch (self->kind)
    {
    case RP_READING_COLLECTION_STARTER:
      return _("Starter Library");
    case RP_READING_COLLECTION_MINE:
      return _("My Readings");
    case RP_READING_COLLECTION_USER:
    default:
      return self->name;
    }
}

int
rp_reading_collection_get_position (RpReadingCollection *self)
{
  g_return_val_if_fail (RP_IS_READING_COLLECTION (self), -1);
  return self->position;
}

void
rp_reading_collection_set_position (RpReadingCollection *self,
                                    int                  position)
{
  g_return_if_fail (RP_IS_READING_COLLECTION (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

guint
rp_reading_collection_get_n_readings (RpReadingCollection *self)
{
  g_return_val_if_fail (RP_IS_READING_COLLECTION (self), 0);
  return self->n_readings;
}

gboolean
rp_reading_collection_get_dated (RpReadingCollection *self)
{
  g_return_val_if_fail (RP_IS_READING_COLLECTION (self), FALSE);
  return self->dated;
}

void
rp_reading_collection_set_counts (RpReadingCollection *self,
                                  guint                n_readings,
                                  gboolean             dated)
{
  g_return_if_fail (RP_IS_READING_COLLECTION (self));

  if (self->n_readings != n_readings)
    {
      self->n_readings = n_readings;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_READINGS]);
    }
  if (self->dated != !!dated)
    {
      self->dated = !!dated;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATED]);
    }
}

const char *
rp_reading_collection_get_import_key (RpReadingCollection *self)
{
  g_return_val_if_fail (RP_IS_READING_COLLECTION (self), NULL);
  return self->import_key;
}

void
rp_reading_collection_set_import_key (RpReadingCollection *self,
                                      const char          *import_key)
{
  g_return_if_fail (RP_IS_READING_COLLECTION (self));

  g_free (self->import_key);
  self->import_key = (import_key != NULL && import_key[0] != '\0') ? g_strdup (import_key) : NULL;
}

/**
 * rp_reading_collection_validate_name:
 * @error: an #RP_READING_ERROR_INVALID saying what to change
 *
 * Whether @name can name a collection.
 */
gboolean
rp_reading_collection_validate_name (const char  *name,
                                     GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_INVALID,
                           _("Enter a name for the collection."));
      return FALSE;
    }

  if (!rp_text_fits (name, RP_READING_COLLECTION_MAX_NAME_LENGTH) ||
      !rp_text_is_clean (name, FALSE))
    {
      g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_INVALID,
                           _("Shorten the name to one line of at most 100 characters."));
      return FALSE;
    }

  return TRUE;
}
