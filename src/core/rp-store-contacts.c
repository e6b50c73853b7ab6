/* rp-store-contacts.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-contact-private.h"
#include "rp-store-private.h"

/* RpStore's support network: the contacts in the user's order, the one
 * primary sponsor, and the call log the progress goals count. The table
 * is small (a person's network), so after each write the model is
 * brought up to date from the database, which keeps positions and the
 * sponsor rule exactly as SQLite enforced them. */

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
#define CONTACT_COLUMNS "id, display_name, role, primary_sponsor, email, call_hours, notes," \
                        " position, import_uid, created, updated"

/* --- reading ----------------------------------------------------------- */

static RpContact *
row_to_contact (sqlite3_stmt *stmt)
{
  RpContact *contact = rp_contact_new ();

  rp_contact_set_id (contact, sqlite3_column_int64 (stmt, 0));
  rp_contact_set_display_name (contact, rp_database_column_text (stmt, 1));
  rp_contact_set_role (contact, sqlite3_column_int (stmt, 2));
  rp_contact_set_primary_sponsor (contact, sqlite3_column_int (stmt, 3) != 0);
  rp_contact_set_email (contact, rp_database_column_text (stmt, 4));
  rp_contact_set_call_hours (contact, rp_database_column_text (stmt, 5));
  rp_contact_set_notes (contact, rp_database_column_text (stmt, 6));
  rp_contact_set_position (contact, sqlite3_column_int (stmt, 7));
  rp_contact_set_import_uid (contact, rp_database_column_text (stmt, 8));
  rp_contact_set_timestamps (contact,
                             rp_database_column_text (stmt, 9),
                             rp_database_column_text (stmt, 10));

  return contact;
}

static GPtrArray *
read_contacts (RpStore  *self,
               GError  **error)
{
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) phones = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT " CONTACT_COLUMNS " FROM contact ORDER BY position, id",
                              error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (contacts, row_to_contact (stmt));
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  for (guint i = 0; i < contacts->len; i++)
    {
      RpContact *contact = g_ptr_array_index (contacts, i);

      g_hash_table_insert (by_id, g_memdup2 (&(gint64) { rp_contact_get_id (contact) }, sizeof (gint64)),
                           contact);
    }

  phones = rp_database_prepare (self->database,
                                "SELECT contact_id, label, number FROM contact_phone"
                                " ORDER BY contact_id, position",
                                error);
  if (phones == NULL)
    return NULL;

  while ((rc = sqlite3_step (phones)) == SQLITE_ROW)
    {
      gint64 contact_id = sqlite3_column_int64 (phones, 0);
      RpContact *contact = g_hash_table_lookup (by_id, &contact_id);

      if (contact != NULL)
        rp_contact_add_phone (contact,
                              rp_database_column_text (phones, 1),
                              rp_database_column_text (phones, 2));
    }
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&contacts);
}

static gint64
contact_get_id (gpointer item)
{
  return rp_contact_get_id (item);
}

static gboolean
contact_same (gpointer old_item,
              gpointer new_item)
{
  return rp_contact_equal (old_item, new_item);
}

/* Brings the model and :has-sponsor up to date with the database. */
gboolean
rp_store_refresh_contacts (RpStore   *self,
                           gboolean  *out_changed,
                           GError   **error)
{
  g_autoptr(GPtrArray) contacts = read_contacts (self, error);
  gboolean has_sponsor = FALSE;
  gboolean changed;

  if (contacts == NULL)
    return FALSE;

  for (guint i = 0; i < contacts->len; i++)
    has_sponsor |= rp_contact_get_primary_sponsor (g_ptr_array_index (contacts, i));

  changed = rp_store_update_model (self->contacts, contacts, contact_get_id, contact_same);

  if (self->has_sponsor != has_sponsor)
    {
      self->has_sponsor = has_sponsor;
      g_object_notify (G_OBJECT (self), "has-sponsor");
    }

  if (out_changed != NULL)
    *out_changed = changed;

  return TRUE;
}

/* After a committed write: the model follows, then listeners hear of it.
 * A failure to re-read is logged, not returned: the write itself stood. */
void
rp_store_contacts_written (RpStore *self)
{
  g_autoptr(GError) error = NULL;

  if (!rp_store_refresh_contacts (self, NULL, &error))
    g_warning ("Could not read the contacts again: %s", error->message);

  rp_store_emit_changed (self, "contact");
}

/**
 * rp_store_get_contacts:
 * @self: a #RpStore
 *
 * Returns: (transfer none): a #GListModel of #RpContact, in the user's
 *   order; the objects are replaced, not changed, when a contact is saved
 */
GListModel *
rp_store_get_contacts (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->contacts);
}

/**
 * rp_store_find_contact:
 *
 * Returns: (transfer full) (nullable): the saved contact with this id
 */
RpContact *
rp_store_find_contact (RpStore *self,
                       gint64   contact_id)
{
  guint n_items;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RpContact) contact = g_list_model_get_item (G_LIST_MODEL (self->contacts), i);

      if (rp_contact_get_id (contact) == contact_id)
        return g_steal_pointer (&contact);
    }

  return NULL;
}

/**
 * rp_store_get_sponsor:
 *
 * Returns: (transfer full) (nullable): the primary sponsor, the contact
 *   every "Call sponsor" reaches
 */
RpContact *
rp_store_get_sponsor (RpStore *self)
{
  guint n_items;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RpContact) contact = g_list_model_get_item (G_LIST_MODEL (self->contacts), i);

      if (rp_contact_get_primary_sponsor (contact))
        return g_steal_pointer (&contact);
    }

  return NULL;
}

/* --- writing ----------------------------------------------------------- */

static gboolean
validate (RpContact  *contact,
          GError    **error)
{
  g_autoptr(GError) local_error = NULL;

  if (rp_contact_validate (contact, NULL, &local_error))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* Another contact that is the primary sponsor, if any. */
static gboolean
find_other_sponsor (RpStore   *self,
                    gint64     contact_id,
                    gint64    *out_id,
                    char     **out_name,
                    GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  *out_id = 0;
  stmt = rp_database_prepare (self->database,
                              "SELECT id, display_name FROM contact"
                              " WHERE primary_sponsor = 1 AND id IS NOT ?1",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out_id = sqlite3_column_int64 (stmt, 0);
      if (out_name != NULL)
        *out_name = g_strdup (rp_database_column_text (stmt, 1));
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  return TRUE;
}

/* The single-sponsor rule: a second primary sponsor is refused unless
 * the user agreed to replace the first, who then stays a sponsor. */
static gboolean
claim_sponsor (RpStore    *self,
               RpContact  *contact,
               gboolean    replace_sponsor,
               GError    **error)
{
  g_autofree char *other_name = NULL;
  gint64 other_id = 0;

  if (!rp_contact_get_primary_sponsor (contact))
    return TRUE;

  if (!find_other_sponsor (self, rp_contact_get_id (contact), &other_id, &other_name, error))
    return FALSE;

  if (other_id == 0)
    return TRUE;

  if (!replace_sponsor)
    {
      g_set_error (error, RP_CONTACT_ERROR, RP_CONTACT_ERROR_SPONSOR_TAKEN,
                   _("%s is your sponsor now. Make %s your sponsor instead?"),
                   other_name, rp_contact_get_display_name (contact));
      return FALSE;
    }

  return rp_database_exec (self->database,
                           "UPDATE contact SET primary_sponsor = 0, updated = " NOW_SQL
                           " WHERE primary_sponsor = 1",
                           error);
}

static gboolean
write_phones (RpStore    *self,
              gint64      contact_id,
              GPtrArray  *phones,
              GError    **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;

  clear = rp_database_prepare (self->database,
                               "DELETE FROM contact_phone WHERE contact_id = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, contact_id);
  if (!rp_database_step_done (self->database, clear, error))
    return FALSE;

  insert = rp_database_prepare (self->database,
                                "INSERT INTO contact_phone (contact_id, position, label, number)"
                                " VALUES (?1, ?2, ?3, ?4)",
                                error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 0; i < phones->len; i++)
    {
      RpContactPhone *phone = g_ptr_array_index (phones, i);

      sqlite3_bind_int64 (insert, 1, contact_id);
      sqlite3_bind_int (insert, 2, i);
      sqlite3_bind_text (insert, 3, phone->label, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 4, phone->number, -1, SQLITE_TRANSIENT);
      if (!rp_database_step_done (self->database, insert, error))
        return FALSE;
    }

  return TRUE;
}

/* Binds ?1..?7: the fields the user edits. */
static void
bind_fields (sqlite3_stmt *stmt,
             RpContact    *contact)
{
  sqlite3_bind_text (stmt, 1, rp_contact_get_display_name (contact), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, rp_contact_get_role (contact));
  sqlite3_bind_int (stmt, 3, rp_contact_get_primary_sponsor (contact));
  sqlite3_bind_text (stmt, 4, rp_contact_get_email (contact), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, rp_contact_get_call_hours (contact), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, rp_contact_get_notes (contact), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, rp_contact_get_import_uid (contact), -1, SQLITE_TRANSIENT);
}

/* Inserts @contact at @position (-1: at the end), or with its own id when
 * @keep_id (Undo). Sets the id, position and timestamps on @contact. Runs
 * inside the caller's transaction. */
gboolean
rp_store_insert_contact (RpStore    *self,
                RpContact  *contact,
                int         position,
                gboolean    keep_id,
                GError    **error)
{
  g_autoptr(sqlite3_stmt) shift = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (position >= 0)
    {
      shift = rp_database_prepare (self->database,
                                   "UPDATE contact SET position = position + 1 WHERE position >= ?1",
                                   error);
      if (shift == NULL)
        return FALSE;
      sqlite3_bind_int (shift, 1, position);
      if (!rp_database_step_done (self->database, shift, error))
        return FALSE;
    }

  stmt = rp_database_prepare (self->database,
                              "INSERT INTO contact (display_name, role, primary_sponsor, email,"
                              " call_hours, notes, import_uid, position, id, created, updated)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                              "  coalesce (?8, (SELECT coalesce (max (position) + 1, 0) FROM contact)),"
                              "  ?9, coalesce (?10, " NOW_SQL "), " NOW_SQL ")"
                              " RETURNING id, position, created, updated",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_fields (stmt, contact);
  if (position >= 0)
    sqlite3_bind_int (stmt, 8, position);
  if (keep_id)
    {
      sqlite3_bind_int64 (stmt, 9, rp_contact_get_id (contact));
      sqlite3_bind_text (stmt, 10, rp_contact_get_created (contact), -1, SQLITE_TRANSIENT);
    }

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  rp_contact_set_id (contact, sqlite3_column_int64 (stmt, 0));
  rp_contact_set_position (contact, sqlite3_column_int (stmt, 1));
  rp_contact_set_timestamps (contact,
                             rp_database_column_text (stmt, 2),
                             rp_database_column_text (stmt, 3));
  sqlite3_reset (stmt);

  return write_phones (self, rp_contact_get_id (contact), rp_contact_get_phones (contact), error);
}

static gboolean
finish_write (RpStore   *self,
              gboolean   ok,
              GError   **error)
{
  if (!ok || !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  rp_store_contacts_written (self);
  return TRUE;
}

/**
 * rp_store_add_contact:
 * @self: a #RpStore
 * @contact: a new contact (id 0); gets its id, place and timestamps
 * @replace_sponsor: when @contact is the primary sponsor and another
 *   contact is, make @contact the primary one (the other stays a sponsor)
 * @error: an #RpContactError or #RpDatabaseError
 *
 * Saves @contact at the end of the user's order. Without
 * @replace_sponsor, a second primary sponsor fails with
 * %RP_CONTACT_ERROR_SPONSOR_TAKEN and nothing is written: ask the user.
 * Emits `changed::contact`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_add_contact (RpStore    *self,
                      RpContact  *contact,
                      gboolean    replace_sponsor,
                      GError    **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (rp_contact_get_id (contact) == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate (contact, error) || !rp_database_begin_write (self->database, error))
    return FALSE;

  if (!finish_write (self,
                     claim_sponsor (self, contact, replace_sponsor, error) &&
                     rp_store_insert_contact (self, contact, -1, FALSE, error),
                     error))
    {
      /* Rolled back (a full disk at the COMMIT, say): the id named a row
       * that is gone, and the contact must be new again to be retried. */
      rp_contact_set_id (contact, 0);
      rp_contact_set_position (contact, -1);
      rp_contact_set_timestamps (contact, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_not_found (GError **error)
{
  g_set_error_literal (error, RP_CONTACT_ERROR, RP_CONTACT_ERROR_NOT_FOUND,
                       _("This contact has been removed. Close it and look on the Support page."));
  return FALSE;
}

gboolean
rp_store_update_contact_row (RpStore    *self,
            RpContact  *contact,
            GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "UPDATE contact SET display_name = ?1, role = ?2, primary_sponsor = ?3,"
                              " email = ?4, call_hours = ?5, notes = ?6, import_uid = ?7,"
                              " updated = " NOW_SQL
                              " WHERE id = ?8 RETURNING position, created, updated",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_fields (stmt, contact);
  sqlite3_bind_int64 (stmt, 8, rp_contact_get_id (contact));

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return set_not_found (error);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  rp_contact_set_position (contact, sqlite3_column_int (stmt, 0));
  rp_contact_set_timestamps (contact,
                             rp_database_column_text (stmt, 1),
                             rp_database_column_text (stmt, 2));
  sqlite3_reset (stmt);

  return write_phones (self, rp_contact_get_id (contact), rp_contact_get_phones (contact), error);
}

/**
 * rp_store_update_contact:
 * @contact: a saved contact (an rp_contact_copy() the editor changed)
 *
 * Saves the changes to @contact; its place in the order stays. The
 * sponsor rule is as for rp_store_add_contact(). Emits `changed::contact`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_update_contact (RpStore    *self,
                         RpContact  *contact,
                         gboolean    replace_sponsor,
                         GError    **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (rp_contact_get_id (contact) > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate (contact, error) || !rp_database_begin_write (self->database, error))
    return FALSE;

  return finish_write (self,
                       claim_sponsor (self, contact, replace_sponsor, error) &&
                       rp_store_update_contact_row (self, contact, error),
                       error);
}

static gboolean
delete_row (RpStore  *self,
            gint64    contact_id,
            GError  **error)
{
  gboolean found;

  if (!rp_store_delete_positioned (self, "contact", contact_id, &found, error))
    return FALSE;

  return found || set_not_found (error);
}

/**
 * rp_store_delete_contact:
 *
 * Removes a contact and its numbers; its calls stay in the call log, so
 * the goals' counts do not change. Keep an rp_contact_copy() for Undo
 * (rp_store_restore_contact()). Emits `changed::contact`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_delete_contact (RpStore  *self,
                         gint64    contact_id,
                         GError  **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  return finish_write (self, delete_row (self, contact_id, error), error);
}

/**
 * rp_store_restore_contact:
 * @contact: a removed contact, as it was saved (id and position set)
 *
 * Undo for rp_store_delete_contact(): puts @contact back under the same
 * id at the same place, so its call log entries belong to it again. If
 * another contact became the primary sponsor meanwhile, @contact comes
 * back as a sponsor, not the primary one. Emits `changed::contact`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_restore_contact (RpStore    *self,
                          RpContact  *contact,
                          GError    **error)
{
  g_autoptr(RpContact) restored = NULL;
  gint64 other_id = 0;
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (rp_contact_get_id (contact) > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  restored = rp_contact_copy (contact);
  if (!validate (restored, error) || !rp_database_begin_write (self->database, error))
    return FALSE;

  ok = find_other_sponsor (self, rp_contact_get_id (restored), &other_id, NULL, error);
  if (ok && other_id != 0)
    rp_contact_set_primary_sponsor (restored, FALSE);

  if (ok)
    {
      int n_contacts = (int) g_list_model_get_n_items (G_LIST_MODEL (self->contacts));

      ok = rp_store_insert_contact (self, restored,
                           CLAMP (rp_contact_get_position (restored), 0, n_contacts),
                           TRUE, error);
    }

  return finish_write (self, ok, error);
}

/**
 * rp_store_reorder_contacts:
 * @contact_ids: (array length=n_contact_ids): ids in their new order
 *
 * Puts the listed contacts first, in the given order; any contact not
 * listed keeps its relative place after them. Unknown ids are ignored.
 * The Support page passes the whole list after a move. Emits
 * `changed::contact`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_reorder_contacts (RpStore       *self,
                           const gint64  *contact_ids,
                           guint          n_contact_ids,
                           GError       **error)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) saved = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) placed = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n_items;
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (contact_ids != NULL || n_contact_ids == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RpContact) contact = g_list_model_get_item (G_LIST_MODEL (self->contacts), i);
      gint64 id = rp_contact_get_id (contact);

      g_array_append_val (saved, id);
    }

  /* The keys point into the arrays, which outlive the table. */
  for (guint i = 0; i < n_contact_ids; i++)
    {
      for (guint j = 0; j < saved->len; j++)
        {
          gint64 *id = &g_array_index (saved, gint64, j);

          if (*id == contact_ids[i] && g_hash_table_add (placed, id))
            g_array_append_val (order, *id);
        }
    }

  for (guint j = 0; j < saved->len; j++)
    {
      gint64 *id = &g_array_index (saved, gint64, j);

      if (!g_hash_table_contains (placed, id))
        g_array_append_val (order, *id);
    }

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  stmt = rp_database_prepare (self->database,
                              "UPDATE contact SET position = ?1 WHERE id = ?2", error);
  ok = stmt != NULL;
  for (guint i = 0; ok && i < order->len; i++)
    {
      sqlite3_bind_int (stmt, 1, i);
      sqlite3_bind_int64 (stmt, 2, g_array_index (order, gint64, i));
      ok = rp_database_step_done (self->database, stmt, error);
    }

  return finish_write (self, ok, error);
}
