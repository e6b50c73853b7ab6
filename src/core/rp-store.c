/* rp-store.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include "rp-directory-meeting.h"
#include "rp-store-private.h"

/* RpStore is the data layer the user interface talks to: it owns the
 * RpDatabase and hands out GListModels of record objects. Widgets bind
 * to its properties and listen to "changed"; they never see SQL.
 * RpApplication owns the one RpStore. Every write goes through here, so
 * the models stay in step with the database without re-reading it;
 * rp_store_reload() catches up with what another process (the command
 * line) wrote. This file holds the object, what its parts share and the
 * reload; My meetings are in rp-store-meetings.c, and rp-store-private.h
 * lists the others. */

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

  g_clear_object (&self->meetings);
  g_clear_object (&self->directory);
  g_clear_object (&self->contacts);
  g_clear_object (&self->readings);
  g_clear_object (&self->reading_collections);
  g_clear_object (&self->recoveries);
  g_clear_object (&self->goals);
  g_clear_pointer (&self->goal_streaks, g_hash_table_unref);
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
rp_store_constructed (GObject *object)
{
  RpStore *self = RP_STORE (object);
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (rp_store_parent_class)->constructed (object);

  meetings = rp_store_read_meetings (self, &error);
  if (meetings == NULL)
    g_warning ("Could not load the meetings: %s", error->message);
  else
    g_list_store_splice (self->meetings, 0, 0, meetings->pdata, meetings->len);

  if (!rp_store_refresh_contacts (self, NULL, &error))
    g_warning ("Could not load the contacts: %s", error->message);
}

static void
rp_store_class_init (RpStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rp_store_constructed;
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
  self->meetings = g_list_store_new (RP_TYPE_MEETING);
  self->directory = g_list_store_new (RP_TYPE_DIRECTORY_MEETING);
  self->contacts = g_list_store_new (RP_TYPE_CONTACT);
  self->reading_collections = g_list_store_new (RP_TYPE_READING_COLLECTION);
  self->readings = g_list_store_new (RP_TYPE_READING);
  self->recoveries = g_list_store_new (RP_TYPE_RECOVERY);
  self->goals = g_list_store_new (RP_TYPE_GOAL);
  self->goal_streaks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                               rp_store_cached_streak_free);
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

  return self->has_sponsor;
}

/* --- shared by the rp-store-*.c files ------------------------------------ */

/* Makes @model hold @items (sorted, new objects) with as small an
 * items-changed as a common start and end allow. An object of @model
 * that is the same as its new one stays, so that views keep their rows
 * and a selection its item. Returns whether @model changed. */
gboolean
rp_store_update_model (GListStore          *model,
                       GPtrArray           *items,
                       RpStoreItemIdFunc    get_id,
                       RpStoreItemSameFunc  same)
{
  g_autoptr(GHashTable) old_by_id = NULL;
  g_autoptr(GPtrArray) old_items = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (model));
  guint n_new = items->len;
  guint prefix = 0;
  guint suffix = 0;

  old_items = g_ptr_array_new_full (n_old, g_object_unref);
  old_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < n_old; i++)
    {
      gpointer item = g_list_model_get_item (G_LIST_MODEL (model), i);
      gint64 *id = g_new (gint64, 1);

      g_ptr_array_add (old_items, item);
      *id = get_id (item);
      g_hash_table_insert (old_by_id, id, item);
    }

  for (guint i = 0; i < n_new; i++)
    {
      gint64 id = get_id (g_ptr_array_index (items, i));
      gpointer old = g_hash_table_lookup (old_by_id, &id);

      if (old != NULL && old != g_ptr_array_index (items, i) &&
          same (old, g_ptr_array_index (items, i)))
        {
          g_object_unref (g_ptr_array_index (items, i));
          g_ptr_array_index (items, i) = g_object_ref (old);
        }
    }

  while (prefix < n_old && prefix < n_new &&
         g_ptr_array_index (old_items, prefix) == g_ptr_array_index (items, prefix))
    prefix++;

  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         g_ptr_array_index (old_items, n_old - 1 - suffix) ==
         g_ptr_array_index (items, n_new - 1 - suffix))
    suffix++;

  if (prefix == n_old && prefix == n_new)
    return FALSE;

  g_list_store_splice (model, prefix, n_old - prefix - suffix,
                       items->pdata + prefix, n_new - prefix - suffix);

  return TRUE;
}

/* Deletes row @id of @table (a constant of ours, never user input) and
 * closes the gap its position leaves: positions stay 0…n-1, so that Undo
 * puts the row back exactly where it was. *out_found says whether there
 * was such a row. The caller holds the write transaction. */
gboolean
rp_store_delete_positioned (RpStore     *self,
                            const char  *table,
                            gint64       id,
                            gboolean    *out_found,
                            GError     **error)
{
  g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1 RETURNING position",
                                                 table);
  g_autofree char *gap_sql = g_strdup_printf ("UPDATE %s SET position = position - 1"
                                              " WHERE position > ?1", table);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) close_gap = NULL;
  int position;
  int rc;

  *out_found = FALSE;
  stmt = rp_database_prepare (self->database, delete_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  *out_found = TRUE;
  position = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  close_gap = rp_database_prepare (self->database, gap_sql, error);
  if (close_gap == NULL)
    return FALSE;
  sqlite3_bind_int (close_gap, 1, position);

  return rp_database_step_done (self->database, close_gap, error);
}

void
rp_store_emit_changed (RpStore    *self,
                       const char *kind)
{
  /* Any change may count for a goal. */
  rp_store_forget_goal_streaks (self);
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (kind), kind);
}

/* --- another process wrote -------------------------------------------- */

/**
 * rp_store_reload:
 * @self: a #RpStore
 * @error: return location for a #RpDatabaseError
 *
 * Reads My meetings, the Directory, the contacts and, once they have been
 * read, the reading library again, after another process (the command
 * line) wrote to the database. Each list model gets one items-changed
 * covering what differs, and unchanged items keep their objects. Emits
 * `changed::meeting`, `changed::directory`, `changed::contact` and
 * `changed::reading` when those changed, and `changed::attendance`,
 * `changed::call-log`, `changed::reading-log`, `changed::recovery`,
 * `changed::inventory` and `changed::step` always (they are not kept in a
 * model, or not read yet).
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_reload (RpStore  *self,
                 GError  **error)
{
  gboolean directory_changed = FALSE;
  gboolean contacts_changed = FALSE;
  gboolean readings_changed = FALSE;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_store_refresh_meetings (self, error) ||
      !rp_store_refresh_directory (self, NULL, &directory_changed, error) ||
      !rp_store_refresh_contacts (self, &contacts_changed, error) ||
      !rp_store_refresh_readings (self, &readings_changed, error) ||
      !rp_store_refresh_recoveries (self, error) ||
      !rp_store_refresh_goals (self, NULL, error))
    return FALSE;

  if (contacts_changed)
    rp_store_emit_changed (self, "contact");
  /* Until the reading models are read, the daily reading may still have
   * changed. */
  if (readings_changed || !self->readings_loaded)
    rp_store_emit_changed (self, "reading");
  rp_store_emit_changed (self, "reading-log");
  /* The call log is not kept in a model: its readers count again. */
  rp_store_emit_changed (self, "call-log");
  rp_store_emit_changed (self, "inventory");
  /* Goals count from all of the above: their readers count again. */
  rp_store_emit_changed (self, "goal");

  /* Nobody holds the Directory's model yet; its feeds may have changed. */
  if (directory_changed || !self->directory_loaded)
    rp_store_emit_changed (self, "directory");
  rp_store_emit_changed (self, "attendance");
  rp_store_emit_changed (self, "recovery");
  rp_store_emit_changed (self, "step");

  return TRUE;
}
