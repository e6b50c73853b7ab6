/* rp-inventory-entry.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RP_INVENTORY_ERROR (rp_inventory_error_quark ())

/**
 * RpInventoryError:
 * @RP_INVENTORY_ERROR_INVALID: a field is wrong (the message says which)
 * @RP_INVENTORY_ERROR_EMPTY: the entry holds nothing to save
 */
typedef enum
{
  RP_INVENTORY_ERROR_INVALID,
  RP_INVENTORY_ERROR_EMPTY,
} RpInventoryError;

typedef enum
{
  RP_INVENTORY_FIELD_NONE,
  RP_INVENTORY_FIELD_DAY,
  RP_INVENTORY_FIELD_MOOD,
  RP_INVENTORY_FIELD_CRAVING,
  RP_INVENTORY_FIELD_TRIGGERS,
  RP_INVENTORY_FIELD_GRATITUDE,
  RP_INVENTORY_FIELD_NOTES,
} RpInventoryField;

/* Caps, in characters. The database stores gratitude as one item per
 * line: 10 lines of 200 and their 9 line breaks fit its 2,100. */
#define RP_INVENTORY_MAX_TAG_LENGTH        50
#define RP_INVENTORY_MAX_TRIGGERS          20
#define RP_INVENTORY_MAX_GRATITUDE_LENGTH  200
#define RP_INVENTORY_MAX_GRATITUDE_ITEMS   10
#define RP_INVENTORY_MAX_NOTES_LENGTH      20000

#define RP_INVENTORY_MOOD_UNSET     0
#define RP_INVENTORY_CRAVING_UNSET  (-1)

/**
 * RpInventoryDay:
 * @mood: 1–5, or %RP_INVENTORY_MOOD_UNSET
 * @craving: 0–10, or %RP_INVENTORY_CRAVING_UNSET
 * @recorded: whether the day has an entry at all
 *
 * One day of a chart's series.
 */
typedef struct
{
  gint8    mood;
  gint8    craving;
  gboolean recorded;
} RpInventoryDay;

#define RP_TYPE_INVENTORY_ENTRY (rp_inventory_entry_get_type ())

G_DECLARE_FINAL_TYPE (RpInventoryEntry, rp_inventory_entry, RP, INVENTORY_ENTRY, GObject)

GQuark              rp_inventory_error_quark          (void);

RpInventoryEntry   *rp_inventory_entry_new            (const GDate      *day);
RpInventoryEntry   *rp_inventory_entry_copy           (RpInventoryEntry *self);

/* Properties (all G_PARAM_EXPLICIT_NOTIFY): "day" (GDate), "mood",
 * "craving", "triggers" (GStrv), "gratitude" (GStrv), "notes". */
const GDate        *rp_inventory_entry_get_day        (RpInventoryEntry *self);
void                rp_inventory_entry_set_day        (RpInventoryEntry *self,
                                                       const GDate      *day);
int                 rp_inventory_entry_get_mood       (RpInventoryEntry *self);
void                rp_inventory_entry_set_mood       (RpInventoryEntry *self,
                                                       int               mood);
int                 rp_inventory_entry_get_craving    (RpInventoryEntry *self);
void                rp_inventory_entry_set_craving    (RpInventoryEntry *self,
                                                       int               craving);
/* Tags are trimmed, empty ones dropped, and a tag equal to an earlier one
 * but for case is dropped too; the order is kept. */
const char * const *rp_inventory_entry_get_triggers   (RpInventoryEntry *self);
void                rp_inventory_entry_set_triggers   (RpInventoryEntry *self,
                                                       const char * const *triggers);
gboolean            rp_inventory_entry_add_trigger    (RpInventoryEntry *self,
                                                       const char       *tag);
gboolean            rp_inventory_entry_has_trigger    (RpInventoryEntry *self,
                                                       const char       *tag);
/* Items are trimmed (a line break becomes a space) and empty ones dropped. */
const char * const *rp_inventory_entry_get_gratitude  (RpInventoryEntry *self);
void                rp_inventory_entry_set_gratitude  (RpInventoryEntry *self,
                                                       const char * const *gratitude);
const char         *rp_inventory_entry_get_notes      (RpInventoryEntry *self);
void                rp_inventory_entry_set_notes      (RpInventoryEntry *self,
                                                       const char       *notes);

gboolean            rp_inventory_entry_is_empty       (RpInventoryEntry *self);
gboolean            rp_inventory_entry_equal          (RpInventoryEntry *a,
                                                       RpInventoryEntry *b);
gboolean            rp_inventory_entry_validate       (RpInventoryEntry *self,
                                                       RpInventoryField *out_field,
                                                       GError          **error);

/* "Very low" … "Very good" for 1–5; NULL otherwise. */
const char         *rp_inventory_mood_to_string       (int               mood);
/* The icon that goes with a mood. */
const char         *rp_inventory_mood_icon_name       (int               mood);

G_END_DECLS
