/* rp-inventory-entry.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpInventoryEntry: one day's step-10 inventory — mood, craving, the
 * user's trigger tags, a short gratitude list and free notes. Setters
 * tidy what they are given (trim, drop empty and duplicate tags) so that
 * every form and the store agree on what is saved; validate() says which
 * field breaks which rule. */

#define G_LOG_DOMAIN "rp-inventory"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-inventory-entry.h"

struct _RpInventoryEntry
{
  GObject  parent_instance;

  GDate    day;
  int      mood;
  int      craving;
  GStrv    triggers;
  GStrv    gratitude;
  char    *notes;
};

G_DEFINE_FINAL_TYPE (RpInventoryEntry, rp_inventory_entry, G_TYPE_OBJECT)

G_DEFINE_QUARK (rp-inventory-error-quark, rp_inventory_error)

enum {
  PROP_0,
  PROP_DAY,
  PROP_MOOD,
  PROP_CRAVING,
  PROP_TRIGGERS,
  PROP_GRATITUDE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  return g_strv_equal (a != NULL ? a : empty_strv, b != NULL ? b : empty_strv);
}

static char *
casefold_key (const char *tag)
{
  g_autofree char *folded = g_utf8_casefold (tag, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

/* Trimmed, without empty items; @dedupe drops case-insensitive repeats. */
static GStrv
tidy_list (const char * const *items,
           gboolean            dedupe,
           gboolean            join_lines)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *item = g_strdup (items[i]);

      if (!g_utf8_validate (item, -1, NULL))
        continue;
      if (join_lines)
        g_strdelimit (item, "\r\n\t", ' ');
      g_strstrip (item);
      if (item[0] == '\0')
        continue;
      if (dedupe && !g_hash_table_add (seen, casefold_key (item)))
        continue;
      g_strv_builder_add (builder, item);
    }

  return g_strv_builder_end (builder);
}

static void
rp_inventory_entry_finalize (GObject *object)
{
  RpInventoryEntry *self = RP_INVENTORY_ENTRY (object);

  g_strfreev (self->triggers);
  g_strfreev (self->gratitude);
  g_free (self->notes);

  G_OBJECT_CLASS (rp_inventory_entry_parent_class)->finalize (object);
}

static void
rp_inventory_entry_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RpInventoryEntry *self = RP_INVENTORY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DAY:
      g_value_set_boxed (value, &self->day);
      break;
    case PROP_MOOD:
      g_value_set_int (value, self->mood);
      break;
    case PROP_CRAVING:
      g_value_set_int (value, self->craving);
      break;
    case PROP_TRIGGERS:
      g_value_set_boxed (value, self->triggers);
      break;
    case PROP_GRATITUDE:
      g_value_set_boxed (value, self->gratitude);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_inventory_entry_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RpInventoryEntry *self = RP_INVENTORY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DAY:
      if (g_value_get_boxed (value) != NULL)
        rp_inventory_entry_set_day (self, g_value_get_boxed (value));
      break;
    case PROP_MOOD:
      rp_inventory_entry_set_mood (self, g_value_get_int (value));
      break;
    case PROP_CRAVING:
      rp_inventory_entry_set_craving (self, g_value_get_int (value));
      break;
    case PROP_TRIGGERS:
      rp_inventory_entry_set_triggers (self, g_value_get_boxed (value));
      break;
    case PROP_GRATITUDE:
      rp_inventory_entry_set_gratitude (self, g_value_get_boxed (value));
      break;
    case PROP_NOTES:
      rp_inventory_entry_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_inventory_entry_class_init (RpInventoryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = rp_inventory_entry_finalize;
  object_class->get_property = rp_inventory_entry_get_property;
  object_class->set_property = rp_inventory_entry_set_property;

  properties[PROP_DAY] = g_param_spec_boxed ("day", NULL, NULL, G_TYPE_DATE, flags);
  /* Out-of-range values are kept so that validate() can name them. */
  properties[PROP_MOOD] = g_param_spec_int ("mood", NULL, NULL,
                                            G_MININT, G_MAXINT, 0, flags);
  properties[PROP_CRAVING] = g_param_spec_int ("craving", NULL, NULL,
                                               G_MININT, G_MAXINT, -1, flags);
  properties[PROP_TRIGGERS] = g_param_spec_boxed ("triggers", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_GRATITUDE] = g_param_spec_boxed ("gratitude", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_inventory_entry_init (RpInventoryEntry *self)
{
  g_date_clear (&self->day, 1);
  self->mood = RP_INVENTORY_MOOD_UNSET;
  self->craving = RP_INVENTORY_CRAVING_UNSET;
  self->triggers = g_new0 (char *, 1);
  self->gratitude = g_new0 (char *, 1);
}

/**
 * rp_inventory_entry_new:
 * @day: the local day the entry is for
 *
 * Returns: (transfer full): an empty entry for @day
 */
RpInventoryEntry *
rp_inventory_entry_new (const GDate *day)
{
  RpInventoryEntry *self;

  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  self = g_object_new (RP_TYPE_INVENTORY_ENTRY, NULL);
  self->day = *day;

  return self;
}

/**
 * rp_inventory_entry_copy:
 *
 * Returns: (transfer full): a copy of every field
 */
RpInventoryEntry *
rp_inventory_entry_copy (RpInventoryEntry *self)
{
  RpInventoryEntry *copy;

  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (self), NULL);

  copy = rp_inventory_entry_new (&self->day);
  copy->mood = self->mood;
  copy->craving = self->craving;
  g_strfreev (copy->triggers);
  copy->triggers = g_strdupv (self->triggers);
  g_strfreev (copy->gratitude);
  copy->gratitude = g_strdupv (self->gratitude);
  copy->notes = g_strdup (self->notes);

  return copy;
}

const GDate *
rp_inventory_entry_get_day (RpInventoryEntry *self)
{
  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (self), NULL);
  return &self->day;
}

void
rp_inventory_entry_set_day (RpInventoryEntry *self,
                            const GDate      *day)
{
  g_return_if_fail (RP_IS_INVENTORY_ENTRY (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  if (g_date_valid (&self->day) && g_date_compare (&self->day, day) == 0)
    return;

  self->day = *day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

int
rp_inventory_entry_get_mood (RpInventoryEntry *self)
{
  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (self), 0);
  return self->mood;
}

/**
 * rp_inventory_entry_set_mood:
 * @mood: 1 (very low) to 5 (very good), or 0 for not recorded
 */
void
rp_inventory_entry_set_mood (RpInventoryEntry *self,
                             int               mood)
{
  g_return_if_fail (RP_IS_INVENTORY_ENTRY (self));

  if (self->mood == mood)
    return;

  self->mood = mood;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOOD]);
}

int
rp_inventory_entry_get_craving (RpInventoryEntry *self)
{
  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (self), -1);
  return self->craving;
}

/**
 * rp_inventory_entry_set_craving:
 * @craving: 0 (none) to 10, or -1 for not recorded
 */
void
rp_inventory_entry_set_craving (RpInventoryEntry *self,
                                int               craving)
{
  g_return_if_fail (RP_IS_INVENTORY_ENTRY (self));

  if (self->craving == craving)
    return;

  self->craving = craving;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CRAVING]);
}

const char * const *
rp_inventory_entry_get_triggers (RpInventoryEntry *self)
{
  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (self), NULL);
  return (const char * const *) self->triggers;
}

void
rp_inventory_entry_set_triggers (RpInventoryEntry   *self,
                                 const char * const *triggers)
{
  GStrv tidy;

  g_return_if_fail (RP_IS_INVENTORY_ENTRY (self));

  tidy = tidy_list (triggers, TRUE, TRUE);
  if (strv_equal ((const char * const *) tidy, (const char * const *) self->triggers))
    {
      g_strfreev (tidy);
      return;
    }

  g_strfreev (self->triggers);
  self->triggers = tidy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIGGERS]);
}

/**
 * rp_inventory_entry_has_trigger:
 *
 * Returns: whether @tag (trimmed, in any case) is one of the triggers
 */
gboolean
rp_inventory_entry_has_trigger (RpInventoryEntry *self,
                                const char       *tag)
{
  g_autofree char *copy = NULL;
  g_autofree char *key = NULL;

  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (self), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  copy = g_strstrip (g_strdup (tag));
  key = casefold_key (copy);
  for (guint i = 0; self->triggers[i] != NULL; i++)
    {
      g_autofree char *other = casefold_key (self->triggers[i]);

      if (g_str_equal (key, other))
        return TRUE;
    }

  return FALSE;
}

/**
 * rp_inventory_entry_add_trigger:
 * @tag: a tag as typed
 *
 * Returns: whether it was added (not empty, not there yet in any case)
 */
gboolean
rp_inventory_entry_add_trigger (RpInventoryEntry *self,
                                const char       *tag)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) triggers = NULL;
  guint before;

  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (self), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  before = g_strv_length (self->triggers);
  g_strv_builder_addv (builder, (const char **) self->triggers);
  g_strv_builder_add (builder, tag);
  triggers = g_strv_builder_end (builder);
  rp_inventory_entry_set_triggers (self, (const char * const *) triggers);

  return g_strv_length (self->triggers) > before;
}

const char * const *
rp_inventory_entry_get_gratitude (RpInventoryEntry *self)
{
  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (self), NULL);
  return (const char * const *) self->gratitude;
}

void
rp_inventory_entry_set_gratitude (RpInventoryEntry   *self,
                                  const char * const *gratitude)
{
  GStrv tidy;

  g_return_if_fail (RP_IS_INVENTORY_ENTRY (self));

  tidy = tidy_list (gratitude, FALSE, TRUE);
  if (strv_equal ((const char * const *) tidy, (const char * const *) self->gratitude))
    {
      g_strfreev (tidy);
      return;
    }

  g_strfreev (self->gratitude);
  self->gratitude = tidy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRATITUDE]);
}

const char *
rp_inventory_entry_get_notes (RpInventoryEntry *self)
{
  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (self), NULL);
  return self->notes;
}

/**
 * rp_inventory_entry_set_notes:
 * @notes: (nullable): free text; blank text counts as none
 */
void
rp_inventory_entry_set_notes (RpInventoryEntry *self,
                              const char       *notes)
{
  g_autofree char *tidy = NULL;

  g_return_if_fail (RP_IS_INVENTORY_ENTRY (self));

  if (notes != NULL)
    {
      tidy = g_strstrip (g_strdup (notes));
      if (tidy[0] == '\0')
        g_clear_pointer (&tidy, g_free);
    }

  if (g_strcmp0 (tidy, self->notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_steal_pointer (&tidy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

/**
 * rp_inventory_entry_is_empty:
 *
 * Returns: whether nothing at all is recorded (not worth saving)
 */
gboolean
rp_inventory_entry_is_empty (RpInventoryEntry *self)
{
  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (self), TRUE);

  return self->mood == RP_INVENTORY_MOOD_UNSET &&
         self->craving == RP_INVENTORY_CRAVING_UNSET &&
         self->triggers[0] == NULL &&
         self->gratitude[0] == NULL &&
         self->notes == NULL;
}

gboolean
rp_inventory_entry_equal (RpInventoryEntry *a,
                          RpInventoryEntry *b)
{
  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (a), FALSE);
  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (b), FALSE);

  return g_date_valid (&a->day) == g_date_valid (&b->day) &&
         (!g_date_valid (&a->day) || g_date_compare (&a->day, &b->day) == 0) &&
         a->mood == b->mood &&
         a->craving == b->craving &&
         strv_equal ((const char * const *) a->triggers, (const char * const *) b->triggers) &&
         strv_equal ((const char * const *) a->gratitude, (const char * const *) b->gratitude) &&
         g_strcmp0 (a->notes, b->notes) == 0;
}

static gboolean
fail (RpInventoryField  field,
      RpInventoryField *out_field,
      GError          **error,
      int               code,
      const char       *message)
{
  if (out_field != NULL)
    *out_field = field;
  g_set_error_literal (error, RP_INVENTORY_ERROR, code, message);

  return FALSE;
}

/**
 * rp_inventory_entry_validate:
 * @out_field: (out) (optional): the field that is wrong
 * @error: %RP_INVENTORY_ERROR_INVALID naming the field and the rule, or
 *   %RP_INVENTORY_ERROR_EMPTY when nothing is recorded
 *
 * Returns: whether the entry can be saved
 */
gboolean
rp_inventory_entry_validate (RpInventoryEntry  *self,
                             RpInventoryField  *out_field,
                             GError           **error)
{
  guint n;

  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_field != NULL)
    *out_field = RP_INVENTORY_FIELD_NONE;

  if (!g_date_valid (&self->day) || g_date_get_year (&self->day) > 9999)
    return fail (RP_INVENTORY_FIELD_DAY, out_field, error, RP_INVENTORY_ERROR_INVALID,
                 _("The day of the inventory is not a valid date."));

  if (self->mood != RP_INVENTORY_MOOD_UNSET && (self->mood < 1 || self->mood > 5))
    return fail (RP_INVENTORY_FIELD_MOOD, out_field, error, RP_INVENTORY_ERROR_INVALID,
                 _("Mood must be one of the five choices, from Very low to Very good."));

  if (self->craving != RP_INVENTORY_CRAVING_UNSET && (self->craving < 0 || self->craving > 10))
    return fail (RP_INVENTORY_FIELD_CRAVING, out_field, error, RP_INVENTORY_ERROR_INVALID,
                 _("Craving must be from 0 (none) to 10."));

  n = g_strv_length (self->triggers);
  if (n > RP_INVENTORY_MAX_TRIGGERS)
    {
      if (out_field != NULL)
        *out_field = RP_INVENTORY_FIELD_TRIGGERS;
      g_set_error (error, RP_INVENTORY_ERROR, RP_INVENTORY_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Keep triggers to %d tag: remove some.",
                                "Keep triggers to %d tags: remove some.",
                                RP_INVENTORY_MAX_TRIGGERS),
                   RP_INVENTORY_MAX_TRIGGERS);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    if (g_utf8_strlen (self->triggers[i], -1) > RP_INVENTORY_MAX_TAG_LENGTH)
      {
        if (out_field != NULL)
          *out_field = RP_INVENTORY_FIELD_TRIGGERS;
        g_set_error (error, RP_INVENTORY_ERROR, RP_INVENTORY_ERROR_INVALID,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "A trigger tag can be at most %d character long.",
                                  "A trigger tag can be at most %d characters long.",
                                  RP_INVENTORY_MAX_TAG_LENGTH),
                     RP_INVENTORY_MAX_TAG_LENGTH);
        return FALSE;
      }

  n = g_strv_length (self->gratitude);
  if (n > RP_INVENTORY_MAX_GRATITUDE_ITEMS)
    {
      if (out_field != NULL)
        *out_field = RP_INVENTORY_FIELD_GRATITUDE;
      g_set_error (error, RP_INVENTORY_ERROR, RP_INVENTORY_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Keep the gratitude list to %d line: remove some.",
                                "Keep the gratitude list to %d lines: remove some.",
                                RP_INVENTORY_MAX_GRATITUDE_ITEMS),
                   RP_INVENTORY_MAX_GRATITUDE_ITEMS);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      glong length = g_utf8_strlen (self->gratitude[i], -1);

      if (length > RP_INVENTORY_MAX_GRATITUDE_LENGTH)
        {
          if (out_field != NULL)
            *out_field = RP_INVENTORY_FIELD_GRATITUDE;
          g_set_error (error, RP_INVENTORY_ERROR, RP_INVENTORY_ERROR_INVALID,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "A gratitude line can be at most %d character long.",
                                    "A gratitude line can be at most %d characters long.",
                                    RP_INVENTORY_MAX_GRATITUDE_LENGTH),
                       RP_INVENTORY_MAX_GRATITUDE_LENGTH);
          return FALSE;
        }
    }

  if (self->notes != NULL &&
      g_utf8_strlen (self->notes, -1) > RP_INVENTORY_MAX_NOTES_LENGTH)
    {
      if (out_field != NULL)
        *out_field = RP_INVENTORY_FIELD_NOTES;
      g_set_error (error, RP_INVENTORY_ERROR, RP_INVENTORY_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Notes can be at most %d character long.",
                                "Notes can be at most %d characters long.",
                                RP_INVENTORY_MAX_NOTES_LENGTH),
                   RP_INVENTORY_MAX_NOTES_LENGTH);
      return FALSE;
    }

  if (rp_inventory_entry_is_empty (self))
    return fail (RP_INVENTORY_FIELD_NONE, out_field, error, RP_INVENTORY_ERROR_EMPTY,
                 _("Choose a mood or write something before saving."));

  return TRUE;
}

/**
 * rp_inventory_mood_to_string:
 * @mood: 1–5
 *
 * Returns: (nullable): the mood's name, translated
 */
const char *
rp_inventory_mood_to_string (int mood)
{
  static const char * const names[] = {
    N_("Very low"), N_("Low"), N_("Okay"), N_("Good"), N_("Very good"),
  };

  if (mood < 1 || mood > 5)
    return NULL;

  return g_dgettext (GETTEXT_PACKAGE, names[mood - 1]);
}

/**
 * rp_inventory_mood_icon_name:
 * @mood: 1–5
 *
 * Returns: (nullable): a symbolic icon of the theme for the mood
 */
const char *
rp_inventory_mood_icon_name (int mood)
{
  static const char * const icons[] = {
    "face-sad-symbolic", "face-worried-symbolic", "face-plain-symbolic",
    "face-smile-symbolic", "face-smile-big-symbolic",
  };

  if (mood < 1 || mood > 5)
    return NULL;

  return icons[mood - 1];
}
