/* rp-import-vcard.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-import-vcard"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>

#include <string.h>

#include "rp-import.h"
#include "rp-import-vcard.h"
#include "rp-uri-policy.h"
#include "rp-vcard-card.h"

/* Reads a .vcf file into unsaved contacts. The cards themselves are read
 * by the rp-vcard module (src/vcard, EVCard), loaded here the first time a
 * file is read: Reprieve runs all day, and EVCard's libraries would cost
 * every start time and memory. The module hands back plain data
 * (rp-vcard-card.h); the rules of what Reprieve keeps are all here.
 *
 * Over-long fields: a name is cut to RP_CONTACT_MAX_NAME_LENGTH (the
 * editor offers to shorten it anyway) and a note to
 * RP_CONTACT_MAX_NOTES_LENGTH, because a cut name or note is still the
 * user's; an email or number that is too long is dropped like any other
 * unusable one, because a cut one would reach someone else. A UID too
 * long to store is kept as its SHA-256, so a re-import still matches. */

G_LOCK_DEFINE_STATIC (module);
static RpVcardParseFunc module_parse;

static RpVcardParseFunc
load_module (GError **error)
{
  RpVcardParseFunc parse;

  G_LOCK (module);

  if (module_parse == NULL)
    {
      const char *dir = g_getenv ("REPRIEVE_MODULE_DIR");
      g_autofree char *path = NULL;
      GModule *handle;
      gpointer symbol = NULL;

      if (dir == NULL || *dir == '\0')
        dir = RP_MODULE_DIR;
      path = g_module_build_path (dir, "rp-vcard");

      handle = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
      if (handle != NULL && !g_module_symbol (handle, RP_VCARD_PARSE_SYMBOL, &symbol))
        g_clear_pointer (&handle, g_module_close);

      if (handle == NULL)
        {
          /* The loader's own words (a missing library it needs, say) are
           * for whoever debugs the installation. */
          g_debug ("Could not load %s: %s", path, g_module_error ());
          g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_FAILED,
                       _("vCard import is not available: %s is missing; reinstall Reprieve."),
                       path);
        }
      else
        {
          /* EVCard registers GTypes: it must never be unloaded. */
          g_module_make_resident (handle);
          module_parse = (RpVcardParseFunc) symbol;
        }
    }

  parse = module_parse;
  G_UNLOCK (module);

  return parse;
}

/* Control characters (a card's junk, or an attack on a terminal) become
 * spaces; in a note, line breaks and tabs stay. */
static char *
dup_clean_text (const char *text,
                gboolean    multi_line,
                glong       max_chars)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) clean = NULL;
  g_autofree char *trimmed = NULL;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  clean = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r' && multi_line)
        continue;
      if (multi_line && (c == '\n' || c == '\t'))
        g_string_append_unichar (clean, c);
      else if (g_unichar_iscntrl (c))
        g_string_append_c (clean, ' ');
      else
        g_string_append_unichar (clean, c);
    }

  trimmed = g_strstrip (g_strdup (clean->str));
  if (*trimmed == '\0')
    return NULL;
  if (g_utf8_strlen (trimmed, -1) > max_chars)
    {
      g_autofree char *cut = g_utf8_substring (trimmed, 0, max_chars);

      return g_strchomp (g_steal_pointer (&cut));
    }

  return g_steal_pointer (&trimmed);
}

static const char *
phone_label (const char *type)
{
  if (type == NULL)
    return NULL;
  if (strcmp (type, "cell") == 0)
    return C_("phone label", "Mobile");
  if (strcmp (type, "home") == 0)
    return C_("phone label", "Home");
  if (strcmp (type, "work") == 0)
    return C_("phone label", "Work");

  return C_("phone label", "Other");
}

static char *
dup_import_uid (const char *uid)
{
  g_autofree char *clean = dup_clean_text (uid, FALSE, G_MAXLONG);
  g_autofree char *checksum = NULL;

  if (clean == NULL)
    return NULL;
  if (strlen (clean) <= RP_CONTACT_MAX_IMPORT_UID_LENGTH)
    return g_steal_pointer (&clean);

  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, clean, -1);
  return g_strconcat ("sha256:", checksum, NULL);
}

/* The contact for @card, or NULL with the reason it is skipped. */
static RpContact *
contact_from_card (const RpVcardCard  *card,
                   guint               number,
                   char              **out_reason)
{
  g_autoptr(RpContact) contact = NULL;
  g_autofree char *name = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *uid = NULL;
  g_autoptr(GError) error = NULL;
  const char *email = NULL;
  guint n_phones = 0;

  if (card->readable)
    name = dup_clean_text (card->full_name, FALSE, RP_CONTACT_MAX_NAME_LENGTH);
  if (name == NULL)
    {
      *out_reason = g_strdup_printf (_("Card %u has no name."), number);
      return NULL;
    }

  contact = rp_contact_new ();
  rp_contact_set_display_name (contact, name);
  rp_contact_set_role (contact, RP_CONTACT_ROLE_FRIEND);

  for (guint i = 0; i < card->phones->len && n_phones < RP_CONTACT_MAX_PHONES; i++)
    {
      const RpVcardPhone *phone = g_ptr_array_index (card->phones, i);
      g_autofree char *clean = dup_clean_text (phone->number, FALSE, G_MAXLONG);

      if (clean == NULL || !rp_uri_phone_number_is_valid (clean, NULL))
        continue;
      rp_contact_add_phone (contact, phone_label (phone->type), clean);
      n_phones++;
    }

  for (guint i = 0; i < card->emails->len && email == NULL; i++)
    {
      const char *candidate = g_ptr_array_index (card->emails, i);

      if (strlen (candidate) <= RP_CONTACT_MAX_EMAIL_LENGTH &&
          rp_uri_email_is_valid (candidate, NULL))
        email = candidate;
    }

  if (n_phones == 0 && email == NULL)
    {
      *out_reason = g_strdup_printf (_("Card %u has no phone number or email address Reprieve can use."),
                                     number);
      return NULL;
    }

  rp_contact_set_email (contact, email);

  notes = dup_clean_text (card->note, TRUE, RP_CONTACT_MAX_NOTES_LENGTH);
  rp_contact_set_notes (contact, notes);

  uid = dup_import_uid (card->uid);
  rp_contact_set_import_uid (contact, uid);

  /* Whatever rp_contact_validate() refuses would fail in the store:
   * skip the card now, with a reason, not the whole import later. The
   * validator's message may quote the field, so it is not shown. */
  if (!rp_contact_validate (contact, NULL, &error))
    {
      g_debug ("Card %u: %s", number, error->message);
      *out_reason = g_strdup_printf (_("Card %u has a field Reprieve cannot use."), number);
      return NULL;
    }

  return g_steal_pointer (&contact);
}

/**
 * rp_import_vcard_parse:
 * @data: the file's bytes (vCard 2.1, 3.0 or 4.0; one or more cards)
 * @out_skipped: (out) (optional) (element-type utf8): for each card that
 *   was not taken, a sentence saying which card and why (never its
 *   contents)
 * @error: a #RpImportError when the file is not a vCard file at all
 *
 * Reads every card: each becomes a contact in the role "friend in the
 * program" with its full name as given, its usable numbers (labelled
 * Mobile, Home, Work or Other), its first usable email, its note and its
 * UID (as the import UID, so that importing it again updates it). A card
 * without a name, or without any usable number or email, is skipped.
 *
 * Returns: (transfer full) (element-type RpContact): new unsaved contacts
 *   (maybe none, when every card was skipped), or %NULL with @error set
 */
GPtrArray *
rp_import_vcard_parse (GBytes     *data,
                       GPtrArray **out_skipped,
                       GError    **error)
{
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  RpVcardParseFunc parse;
  const char *text;
  gsize length = 0;
  guint n_cards = 0;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = data != NULL ? g_bytes_get_data (data, &length) : NULL;
  if (length > RP_IMPORT_VCARD_MAX_BYTES)
    {
      g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MiB, more than any address book Reprieve "
                     "can import."),
                   RP_IMPORT_VCARD_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  /* Binary data (a photo, an archive, UTF-16) is refused before the
   * parser sees it: it would only read it as one long line. */
  if (text != NULL && memchr (text, '\0', length) != NULL)
    {
      g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_UNRECOGNISED,
                           _("This is not a contacts file (vCard): it holds binary data. "
                             "Export your contacts as a .vcf file and choose that."));
      return NULL;
    }

  switch (rp_import_require_format (data, error))
    {
    case RP_IMPORT_FORMAT_VCARD:
      break;

    case RP_IMPORT_FORMAT_UNKNOWN:
      /* Empty, or not a format Reprieve knows: the message says so. */
      if (error != NULL && (*error)->code == RP_IMPORT_ERROR_EMPTY)
        return NULL;
      g_clear_error (error);
      G_GNUC_FALLTHROUGH;

    case RP_IMPORT_FORMAT_MEETING_GUIDE_JSON:
    case RP_IMPORT_FORMAT_ICALENDAR:
    default:
      g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_UNRECOGNISED,
                           _("This is not a contacts file: a vCard file (.vcf) starts with "
                             "BEGIN:VCARD."));
      return NULL;
    }

  parse = load_module (error);
  if (parse == NULL)
    return NULL;

  cards = parse (text, length, RP_VCARD_MAX_CARDS, &n_cards);
  if (n_cards > RP_VCARD_MAX_CARDS)
    {
      g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE,
                   _("The file holds more than %u contacts, more than Reprieve can import "
                     "at once."),
                   (guint) RP_VCARD_MAX_CARDS);
      return NULL;
    }
  if (cards->len == 0)
    {
      g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_EMPTY,
                           _("The file holds no contacts."));
      return NULL;
    }

  contacts = g_ptr_array_new_with_free_func (g_object_unref);
  skipped = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < cards->len; i++)
    {
      char *reason = NULL;
      RpContact *contact = contact_from_card (g_ptr_array_index (cards, i), i + 1, &reason);

      if (contact != NULL)
        g_ptr_array_add (contacts, contact);
      else
        g_ptr_array_add (skipped, reason);
    }

  if (out_skipped != NULL)
    *out_skipped = g_steal_pointer (&skipped);

  return g_steal_pointer (&contacts);
}
