/* rp-store-inventory.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-schedule.h"
#include "rp-store-private.h"

/* RpStore's daily inventory: one row of `inventory` per local day, its
 * trigger tags as rows of `inventory_trigger` (so earlier tags can be
 * suggested by how often they were used), gratitude one item per line.
 * The charts read a range of days in one query on the day's UNIQUE index,
 * so a year of a ten-year history loads in a few milliseconds. */

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"

#define SELECT_ENTRY \
  "SELECT i.day, i.mood, i.craving, i.gratitude, i.notes," \
  " (SELECT group_concat (t.tag, char (10)) FROM inventory_trigger t" \
  "  WHERE t.inventory_id = i.id)" \
  " FROM inventory i"

static void
set_day_error (GError **error)
{
  g_set_error_literal (error, RP_INVENTORY_ERROR, RP_INVENTORY_ERROR_INVALID,
                       _("The day of the inventory is not a valid date."));
}

static GStrv
split_lines (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return g_new0 (char *, 1);

  return g_strsplit (text, "\n", -1);
}

/* One entry from a row of SELECT_ENTRY; NULL when the stored day is not a
 * date (the CHECK constraint says it always is). */
static RpInventoryEntry *
read_entry (sqlite3_stmt *stmt)
{
  g_autoptr(RpInventoryEntry) entry = NULL;
  g_auto(GStrv) gratitude = NULL;
  g_auto(GStrv) triggers = NULL;
  GDate day;

  g_date_clear (&day, 1);
  if (!rp_schedule_parse_storage_date (rp_database_column_text (stmt, 0), &day, NULL))
    return NULL;

  entry = rp_inventory_entry_new (&day);
  if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
    rp_inventory_entry_set_mood (entry, sqlite3_column_int (stmt, 1));
  if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
    rp_inventory_entry_set_craving (entry, sqlite3_column_int (stmt, 2));
  gratitude = split_lines (rp_database_column_text (stmt, 3));
  rp_inventory_entry_set_gratitude (entry, (const char * const *) gratitude);
  rp_inventory_entry_set_notes (entry, rp_database_column_text (stmt, 4));
  triggers = split_lines (rp_database_column_text (stmt, 5));
  rp_inventory_entry_set_triggers (entry, (const char * const *) triggers);

  return g_steal_pointer (&entry);
}

/**
 * rp_store_load_inventory:
 * @day: a local day
 *
 * Returns: (transfer full) (nullable): the day's entry; %NULL without
 *   @error set when the day has none
 */
RpInventoryEntry *
rp_store_load_inventory (RpStore      *self,
                         const GDate  *day,
                         GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *day_text = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (day != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_date_valid (day))
    {
      set_day_error (error);
      return NULL;
    }

  stmt = rp_database_prepare (self->database, SELECT_ENTRY " WHERE i.day = ?1", error);
  if (stmt == NULL)
    return NULL;

  day_text = rp_schedule_format_storage_date (day);
  sqlite3_bind_text (stmt, 1, day_text, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return read_entry (stmt);
}

static gboolean
write_triggers (RpStore           *self,
                gint64             inventory_id,
                RpInventoryEntry  *entry,
                GError           **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  const char * const *triggers = rp_inventory_entry_get_triggers (entry);

  clear = rp_database_prepare (self->database,
                               "DELETE FROM inventory_trigger WHERE inventory_id = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, inventory_id);
  if (!rp_database_step_done (self->database, clear, error))
    return FALSE;

  insert = rp_database_prepare (self->database,
                                "INSERT INTO inventory_trigger (inventory_id, tag) VALUES (?1, ?2)",
                                error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 0; triggers[i] != NULL; i++)
    {
      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, inventory_id);
      sqlite3_bind_text (insert, 2, triggers[i], -1, SQLITE_TRANSIENT);
      if (!rp_database_step_done (self->database, insert, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_entry (RpStore           *self,
             RpInventoryEntry  *entry,
             GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *day_text = rp_schedule_format_storage_date (rp_inventory_entry_get_day (entry));
  g_autofree char *gratitude = g_strjoinv ("\n",
                                           (char **) rp_inventory_entry_get_gratitude (entry));
  int mood = rp_inventory_entry_get_mood (entry);
  int craving = rp_inventory_entry_get_craving (entry);
  gint64 id;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "INSERT INTO inventory"
                              " (day, mood, craving, gratitude, notes, created, updated)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, " NOW_SQL ", " NOW_SQL ")"
                              " ON CONFLICT (day) DO UPDATE SET"
                              " mood = excluded.mood, craving = excluded.craving,"
                              " gratitude = excluded.gratitude, notes = excluded.notes,"
                              " updated = excluded.updated"
                              " RETURNING id",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, day_text, -1, SQLITE_TRANSIENT);
  if (mood != RP_INVENTORY_MOOD_UNSET)
    sqlite3_bind_int (stmt, 2, mood);
  if (craving != RP_INVENTORY_CRAVING_UNSET)
    sqlite3_bind_int (stmt, 3, craving);
  if (gratitude[0] != '\0')
    sqlite3_bind_text (stmt, 4, gratitude, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, rp_inventory_entry_get_notes (entry), -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return write_triggers (self, id, entry, error);
}

/**
 * rp_store_save_inventory:
 * @entry: the entry; its day says which row it is
 * @error: an #RpInventoryError when the entry is invalid or empty, or an
 *   #RpDatabaseError
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_save_inventory (RpStore           *self,
                         RpInventoryEntry  *entry,
                         GError           **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (entry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_inventory_entry_validate (entry, NULL, error) ||
      !rp_database_begin_write (self->database, error))
    return FALSE;

  if (!write_entry (self, entry, error) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  rp_store_emit_changed (self, "inventory");
  return TRUE;
}

/**
 * rp_store_delete_inventory:
 * @day: the entry's day
 * @out_deleted: (out) (optional) (transfer full) (nullable): the entry as
 *   it was, to give back with rp_store_save_inventory(); %NULL when the
 *   day had none
 *
 * No entry that day is not an error (and emits nothing).
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_delete_inventory (RpStore           *self,
                           const GDate       *day,
                           RpInventoryEntry **out_deleted,
                           GError           **error)
{
  g_autoptr(RpInventoryEntry) deleted = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *day_text = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_deleted != NULL)
    *out_deleted = NULL;

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  deleted = rp_store_load_inventory (self, day, &local_error);
  if (local_error != NULL)
    {
      rp_database_rollback (self->database);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  stmt = rp_database_prepare (self->database, "DELETE FROM inventory WHERE day = ?1", error);
  day_text = rp_schedule_format_storage_date (day);
  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, day_text, -1, SQLITE_TRANSIENT);
  if (stmt == NULL ||
      !rp_database_step_done (self->database, stmt, error) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  if (deleted != NULL)
    rp_store_emit_changed (self, "inventory");
  if (out_deleted != NULL)
    *out_deleted = g_steal_pointer (&deleted);

  return TRUE;
}

/**
 * rp_store_list_inventory:
 * @offset: how many of the newest entries to skip
 * @limit: at most this many
 *
 * Returns: (transfer full) (element-type RpInventoryEntry): entries, newest
 *   day first, or %NULL with @error set
 */
GPtrArray *
rp_store_list_inventory (RpStore  *self,
                         guint     offset,
                         guint     limit,
                         GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = rp_database_prepare (self->database,
                              SELECT_ENTRY " ORDER BY i.day DESC LIMIT ?1 OFFSET ?2", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, limit);
  sqlite3_bind_int64 (stmt, 2, offset);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RpInventoryEntry *entry = read_entry (stmt);

      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

/**
 * rp_store_count_inventory:
 * @out_count: (out): how many days have an entry
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_count_inventory (RpStore  *self,
                          guint    *out_count,
                          GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_count != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database, "SELECT count(*) FROM inventory", error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  *out_count = (guint) sqlite3_column_int (stmt, 0);
  return TRUE;
}

typedef struct
{
  char  *spelling;  /* the most used spelling */
  guint  spelling_uses;
  guint  uses;      /* every spelling */
  gint64 last_id;   /* the newest entry that used it */
} TagUse;

static void
tag_use_free (gpointer data)
{
  TagUse *use = data;

  g_free (use->spelling);
  g_free (use);
}

static int
compare_tag_uses (gconstpointer a,
                  gconstpointer b)
{
  const TagUse *x = *(TagUse * const *) a;
  const TagUse *y = *(TagUse * const *) b;

  if (x->uses != y->uses)
    return x->uses > y->uses ? -1 : 1;
  if (x->last_id != y->last_id)
    return x->last_id > y->last_id ? -1 : 1;

  return g_utf8_collate (x->spelling, y->spelling);
}

static char *
fold (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

/**
 * rp_store_list_trigger_tags:
 * @prefix: (nullable): what the user typed so far
 * @limit: at most this many
 *
 * Tags that differ only by case are one tag, shown in its most used
 * spelling. SQLite's NOCASE only folds ASCII, so the folding is done here:
 * a user has hundreds of distinct tags at most.
 *
 * Returns: (transfer full) (element-type utf8): tags, most used (then most
 *   recently used) first, or %NULL with @error set
 */
GPtrArray *
rp_store_list_trigger_tags (RpStore     *self,
                            const char  *prefix,
                            guint        limit,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) by_key = NULL;
  g_autoptr(GPtrArray) uses = NULL;
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *prefix_key = NULL;
  GHashTableIter iter;
  gpointer value;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (prefix != NULL)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (prefix));

      prefix_key = fold (trimmed);
    }

  stmt = rp_database_prepare (self->database,
                              "SELECT tag, count(*), max (inventory_id) FROM inventory_trigger"
                              " GROUP BY tag",
                              error);
  if (stmt == NULL)
    return NULL;

  by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, tag_use_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *tag = rp_database_column_text (stmt, 0);
      guint n = (guint) sqlite3_column_int (stmt, 1);
      gint64 last_id = sqlite3_column_int64 (stmt, 2);
      g_autofree char *key = NULL;
      TagUse *use;

      if (tag == NULL || !g_utf8_validate (tag, -1, NULL))
        continue;
      key = fold (tag);
      if (prefix_key != NULL && !g_str_has_prefix (key, prefix_key))
        continue;

      use = g_hash_table_lookup (by_key, key);
      if (use == NULL)
        {
          use = g_new0 (TagUse, 1);
          g_hash_table_insert (by_key, g_steal_pointer (&key), use);
        }
      if (use->spelling == NULL || n > use->spelling_uses)
        {
          g_free (use->spelling);
          use->spelling = g_strdup (tag);
          use->spelling_uses = n;
        }
      use->uses += n;
      use->last_id = MAX (use->last_id, last_id);
    }
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  uses = g_ptr_array_sized_new (g_hash_table_size (by_key));
  g_hash_table_iter_init (&iter, by_key);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (uses, value);
  g_ptr_array_sort (uses, compare_tag_uses);
  for (guint i = 0; i < uses->len && i < limit; i++)
    g_ptr_array_add (tags, g_strdup (((TagUse *) g_ptr_array_index (uses, i))->spelling));

  return g_steal_pointer (&tags);
}

/**
 * rp_store_get_inventory_series:
 * @first_day: the first day of the series
 * @n_days: how many days
 *
 * Returns: (transfer full) (element-type RpInventoryDay): @n_days days,
 *   or %NULL with @error set
 */
GArray *
rp_store_get_inventory_series (RpStore      *self,
                               const GDate  *first_day,
                               guint         n_days,
                               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) series = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  const RpInventoryDay missing = { RP_INVENTORY_MOOD_UNSET, RP_INVENTORY_CRAVING_UNSET, FALSE };
  GDate last_day;
  guint32 first_julian;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (first_day != NULL && g_date_valid (first_day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  series = g_array_sized_new (FALSE, FALSE, sizeof (RpInventoryDay), n_days);
  for (guint i = 0; i < n_days; i++)
    g_array_append_val (series, missing);
  if (n_days == 0)
    return g_steal_pointer (&series);

  last_day = *first_day;
  g_date_add_days (&last_day, n_days - 1);
  first_julian = g_date_get_julian (first_day);

  stmt = rp_database_prepare (self->database,
                              "SELECT day, mood, craving FROM inventory"
                              " WHERE day BETWEEN ?1 AND ?2",
                              error);
  if (stmt == NULL)
    return NULL;

  from_text = rp_schedule_format_storage_date (first_day);
  to_text = rp_schedule_format_storage_date (&last_day);
  sqlite3_bind_text (stmt, 1, from_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to_text, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RpInventoryDay *slot;
      GDate day;
      guint32 index;

      g_date_clear (&day, 1);
      if (!rp_schedule_parse_storage_date (rp_database_column_text (stmt, 0), &day, NULL))
        continue;
      index = g_date_get_julian (&day) - first_julian;
      if (index >= n_days)
        continue;

      slot = &g_array_index (series, RpInventoryDay, index);
      slot->recorded = TRUE;
      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        slot->mood = (gint8) sqlite3_column_int (stmt, 1);
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        slot->craving = (gint8) sqlite3_column_int (stmt, 2);
    }
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&series);
}

/**
 * rp_store_count_attended_per_week:
 * @first_day: the first day of the first week
 * @n_weeks: how many weeks
 *
 * Meetings marked attended, by the occurrence's date (see
 * rp_store_get_attended()), archived meetings included.
 *
 * Returns: (transfer full) (element-type guint): @n_weeks counts, or %NULL
 *   with @error set
 */
GArray *
rp_store_count_attended_per_week (RpStore      *self,
                                  const GDate  *first_day,
                                  guint         n_weeks,
                                  GError      **error)
{
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GArray) attended = NULL;
  GDate last_day;
  guint32 first_julian;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (first_day != NULL && g_date_valid (first_day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  counts = g_array_sized_new (FALSE, TRUE, sizeof (guint), n_weeks);
  g_array_set_size (counts, n_weeks);
  if (n_weeks == 0)
    return g_steal_pointer (&counts);

  last_day = *first_day;
  g_date_add_days (&last_day, n_weeks * 7 - 1);
  attended = rp_store_get_attended (self, first_day, &last_day, error);
  if (attended == NULL)
    return NULL;

  first_julian = g_date_get_julian (first_day);
  for (guint i = 0; i < attended->len; i++)
    {
      const RpAttendanceKey *key = &g_array_index (attended, RpAttendanceKey, i);
      guint32 week = (g_date_get_julian (&key->date) - first_julian) / 7;

      if (week < n_weeks)
        g_array_index (counts, guint, week)++;
    }

  return g_steal_pointer (&counts);
}
