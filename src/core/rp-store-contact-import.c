/* rp-store-contact-import.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include "rp-store-private.h"
#include "rp-uri-policy.h"

/* RpStore's side of the vCard import: imported contacts are found again
 * by their UID, or by name and first number, so that importing the same
 * file twice adds nothing; all of a file is saved or none of it. */

/* Numbers compare by what they dial, so "+1 (555) 123-4567" and
 * "+15551234567" are the same number. */
static gboolean
same_number (const char *a,
             const char *b)
{
  g_autofree char *uri_a = rp_uri_build_tel (a, NULL);
  g_autofree char *uri_b = rp_uri_build_tel (b, NULL);

  return uri_a != NULL && g_strcmp0 (uri_a, uri_b) == 0;
}

static gboolean
same_ways_to_reach (RpContact *a,
                    RpContact *b)
{
  GPtrArray *phones_a = rp_contact_get_phones (a);
  GPtrArray *phones_b = rp_contact_get_phones (b);

  if (phones_a->len != phones_b->len ||
      g_strcmp0 (rp_contact_get_email (a), rp_contact_get_email (b)) != 0)
    return FALSE;

  for (guint i = 0; i < phones_a->len; i++)
    {
      RpContactPhone *pa = g_ptr_array_index (phones_a, i);
      RpContactPhone *pb = g_ptr_array_index (phones_b, i);

      if (!same_number (pa->number, pb->number) || g_strcmp0 (pa->label, pb->label) != 0)
        return FALSE;
    }

  return TRUE;
}

/* The saved contact an imported one is again: the same vCard UID, or
 * without one the same name and first number (or email). */
static RpContact *
find_imported (GPtrArray *known,
               RpContact *contact)
{
  const char *uid = rp_contact_get_import_uid (contact);

  for (guint i = 0; i < known->len; i++)
    {
      RpContact *candidate = g_ptr_array_index (known, i);
      const char *number = rp_contact_get_phone_number (contact);

      if (uid != NULL)
        {
          if (g_strcmp0 (uid, rp_contact_get_import_uid (candidate)) == 0)
            return candidate;
          continue;
        }

      if (g_strcmp0 (rp_contact_get_display_name (contact),
                     rp_contact_get_display_name (candidate)) != 0)
        continue;

      if (number != NULL ? (rp_contact_get_phone_number (candidate) != NULL &&
                            same_number (number, rp_contact_get_phone_number (candidate)))
                         : g_strcmp0 (rp_contact_get_email (contact),
                                      rp_contact_get_email (candidate)) == 0)
        return candidate;
    }

  return NULL;
}

static gboolean
import_all (RpStore    *self,
            GPtrArray  *contacts,
            guint      *imported,
            guint      *updated,
            guint      *skipped,
            GError    **error)
{
  g_autoptr(GPtrArray) known = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (known, g_list_model_get_item (G_LIST_MODEL (self->contacts), i));

  for (guint i = 0; i < contacts->len; i++)
    {
      RpContact *contact = g_ptr_array_index (contacts, i);
      RpContact *existing;

      if (!rp_contact_validate (contact, NULL, NULL))
        {
          (*skipped)++;
          continue;
        }

      existing = find_imported (known, contact);
      if (existing == NULL)
        {
          g_autoptr(RpContact) copy = rp_contact_copy (contact);

          /* Never the primary sponsor by import: that is the user's call. */
          rp_contact_set_primary_sponsor (copy, FALSE);
          if (!rp_store_insert_contact (self, copy, -1, FALSE, error))
            return FALSE;
          g_ptr_array_add (known, g_steal_pointer (&copy));
          (*imported)++;
        }
      else if (same_ways_to_reach (existing, contact))
        {
          (*skipped)++;
        }
      else
        {
          /* Only the numbers and the address follow the file: the name
           * the user shortened, the role and the notes stay theirs. */
          g_autoptr(RpContact) changed = rp_contact_copy (existing);

          /* A copy: the model's objects are replaced after the commit,
           * never changed in place (nor left changed by a rollback). */
          rp_contact_set_phones (changed, rp_contact_get_phones (contact));
          rp_contact_set_email (changed, rp_contact_get_email (contact));
          if (!rp_store_update_contact_row (self, changed, error))
            return FALSE;
          g_ptr_array_remove (known, existing);
          g_ptr_array_add (known, g_steal_pointer (&changed));
          (*updated)++;
        }
    }

  return TRUE;
}

/**
 * rp_store_import_contacts:
 * @contacts: (element-type RpContact): parsed, unsaved contacts
 *   (rp_import_vcard_parse())
 * @out_imported: (out) (optional): how many were added
 * @out_updated: (out) (optional): how many saved ones got new numbers or
 *   a new address
 * @out_skipped: (out) (optional): how many were already saved unchanged,
 *   or could not be saved
 *
 * Saves imported contacts in one transaction: all or nothing. A contact
 * is found again by its vCard UID, or by its name and first number.
 * @contacts themselves are not changed. Emits `changed::contact`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_import_contacts (RpStore    *self,
                          GPtrArray  *contacts,
                          guint      *out_imported,
                          guint      *out_updated,
                          guint      *out_skipped,
                          GError    **error)
{
  guint imported = 0;
  guint updated = 0;
  guint skipped = 0;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (contacts != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!import_all (self, contacts, &imported, &updated, &skipped, error) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  rp_store_contacts_written (self);

  if (out_imported != NULL)
    *out_imported = imported;
  if (out_updated != NULL)
    *out_updated = updated;
  if (out_skipped != NULL)
    *out_skipped = skipped;

  return TRUE;
}
