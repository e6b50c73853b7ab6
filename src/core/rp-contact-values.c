/* rp-contact-values.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The values a contact is made of, apart from the RpContact object: a
 * phone number (RpContactPhone), the roles and call kinds with their
 * stable and translated names, and the short-name suggestion. None of it
 * needs a contact's fields, so it lives apart from the object and its
 * validation (rp-contact.c). */

#define G_LOG_DOMAIN "rp-contact"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rp-contact-private.h"

G_DEFINE_BOXED_TYPE (RpContactPhone, rp_contact_phone,
                     rp_contact_phone_copy, rp_contact_phone_free)

/* --- phones ------------------------------------------------------------ */

/**
 * rp_contact_phone_new:
 * @label: (nullable): "Mobile", "Work"…, or %NULL
 * @number: the number as typed
 *
 * Returns: (transfer full): a new #RpContactPhone
 */
RpContactPhone *
rp_contact_phone_new (const char *label,
                      const char *number)
{
  RpContactPhone *self;

  g_return_val_if_fail (number != NULL, NULL);

  self = g_new0 (RpContactPhone, 1);
  self->label = (label != NULL && label[0] != '\0') ? g_strdup (label) : NULL;
  self->number = g_strdup (number);

  return self;
}

RpContactPhone *
rp_contact_phone_copy (const RpContactPhone *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return rp_contact_phone_new (self->label, self->number);
}

void
rp_contact_phone_free (RpContactPhone *self)
{
  if (self == NULL)
    return;

  g_free (self->label);
  g_free (self->number);
  g_free (self);
}

/* --- roles ------------------------------------------------------------- */

static const struct {
  const char *id;
  const char *label;
  const char *group_title;
} roles[RP_CONTACT_N_ROLES] = {
  [RP_CONTACT_ROLE_SPONSOR]      = { "sponsor",      N_("Sponsor"),                N_("Sponsors") },
  [RP_CONTACT_ROLE_SPONSEE]      = { "sponsee",      N_("Sponsee"),                N_("Sponsees") },
  [RP_CONTACT_ROLE_HOME_GROUP]   = { "home-group",   N_("Home group"),             N_("Home Group") },
  [RP_CONTACT_ROLE_FRIEND]       = { "friend",       N_("Friend in the program"),  N_("Friends in the Program") },
  [RP_CONTACT_ROLE_PROFESSIONAL] = { "professional", N_("Professional"),           N_("Professionals") },
  [RP_CONTACT_ROLE_CRISIS_LINE]  = { "crisis-line",  N_("Crisis line"),            N_("Crisis Lines") },
};

gboolean
rp_contact_role_is_valid (RpContactRole role)
{
  return (guint) role < RP_CONTACT_N_ROLES;
}

/**
 * rp_contact_role_to_string:
 *
 * Returns: the role's stable identifier ("sponsor", "crisis-line"…), for
 *   files and the command line; never translated
 */
const char *
rp_contact_role_to_string (RpContactRole role)
{
  g_return_val_if_fail (rp_contact_role_is_valid (role), NULL);

  return roles[role].id;
}

gboolean
rp_contact_role_from_string (const char    *text,
                             RpContactRole *out_role)
{
  g_return_val_if_fail (out_role != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < RP_CONTACT_N_ROLES; i++)
    {
      if (g_str_equal (text, roles[i].id))
        {
          *out_role = (RpContactRole) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * rp_contact_role_get_label:
 *
 * Returns: the role of one contact, translated ("Friend in the program")
 */
const char *
rp_contact_role_get_label (RpContactRole role)
{
  g_return_val_if_fail (rp_contact_role_is_valid (role), NULL);

  return g_dgettext (GETTEXT_PACKAGE, roles[role].label);
}

/**
 * rp_contact_role_get_group_title:
 *
 * Returns: the title of the Support page's group of this role, translated
 */
const char *
rp_contact_role_get_group_title (RpContactRole role)
{
  g_return_val_if_fail (rp_contact_role_is_valid (role), NULL);

  return g_dgettext (GETTEXT_PACKAGE, roles[role].group_title);
}

/**
 * rp_call_kind_to_string:
 *
 * Returns: "call", "text" or "email": stable, never translated
 */
const char *
rp_call_kind_to_string (RpCallKind kind)
{
  switch (kind)
    {
    case RP_CALL_KIND_CALL:
      return "call";
    case RP_CALL_KIND_TEXT:
      return "text";
    case RP_CALL_KIND_EMAIL:
      return "email";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * rp_contact_suggest_short_name:
 * @full_name: a name as given ("Jane Doe", "Mary Ann van der Berg")
 *
 * Suggests the first name and the initial of the last name ("Jane D."):
 * in the fellowships, last names stay private. A single word, a name
 * that is already short, or one that is not a person's name shape
 * (digits, "@") gets no suggestion.
 *
 * Returns: (transfer full) (nullable): the suggestion, or %NULL
 */
char *
rp_contact_suggest_short_name (const char *full_name)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *trimmed = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *last;
  gunichar initial;
  char initial_text[8] = { 0 };
  char *suggestion;

  if (full_name == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (full_name));
  if (strpbrk (trimmed, "0123456789@") != NULL)
    return NULL;

  words = g_strsplit_set (trimmed, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] != '\0')
        g_ptr_array_add (parts, words[i]);
    }

  if (parts->len < 2)
    return NULL;

  last = g_ptr_array_index (parts, parts->len - 1);
  initial = g_unichar_toupper (g_utf8_get_char_validated (last, -1));
  if (initial == (gunichar) -1 || initial == (gunichar) -2 || !g_unichar_isalpha (initial))
    return NULL;

  /* "Jane D." already is the suggestion. */
  if (parts->len == 2 && g_utf8_strlen (last, -1) <= 2 && g_str_has_suffix (last, "."))
    return NULL;

  g_unichar_to_utf8 (initial, initial_text);
  suggestion = g_strdup_printf ("%s %s.", (const char *) g_ptr_array_index (parts, 0), initial_text);

  if (g_str_equal (suggestion, trimmed))
    g_clear_pointer (&suggestion, g_free);

  return suggestion;
}
