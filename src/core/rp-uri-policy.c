/* rp-uri-policy.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The one gate every link passes before Reprieve opens it: tel:, sms:,
 * mailto: and https: are allowed, http: with a warning, nothing else.
 * Links in meeting feeds and calendars come from strangers; a file:,
 * data:, javascript: or custom-scheme link could run or reveal something,
 * so such links are refused here rather than filtered at each caller.
 * The builders make links only from validated data.
 */

#define G_LOG_DOMAIN "rp-uri-policy"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rp-uri-policy.h"

/* E.164 numbers have at most 15 digits; leave room for national prefixes
 * and extensions, but not for pasted paragraphs. */
#define PHONE_MAX_LENGTH 40
#define PHONE_MIN_DIGITS 3
#define PHONE_MAX_DIGITS 20
/* RFC 5321's limit for a forward path. */
#define EMAIL_MAX_LENGTH 254
#define ADDRESS_MAX_LENGTH 500

G_DEFINE_QUARK (rp-uri-policy-error-quark, rp_uri_policy_error)

static gboolean
has_control_or_space (const char *text)
{
  for (const char *p = text; *p; p++)
    {
      if (g_ascii_iscntrl (*p) || *p == ' ')
        return TRUE;
    }

  return FALSE;
}

/**
 * rp_uri_phone_number_is_valid:
 *
 * A phone number as people type it: digits, with an optional leading "+"
 * and the visual separators ( ) - . and space.
 */
gboolean
rp_uri_phone_number_is_valid (const char  *phone_number,
                              GError     **error)
{
  guint digits = 0;
  gsize length;

  g_return_val_if_fail (phone_number != NULL, FALSE);

  length = strlen (phone_number);
  if (length > PHONE_MAX_LENGTH)
    {
      g_set_error (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_TOO_LONG,
                   _("A phone number can have at most %d characters."), PHONE_MAX_LENGTH);
      return FALSE;
    }

  for (const char *p = phone_number; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p == '+' && digits == 0 && strchr (phone_number, '+') == p)
        continue;
      else if (strchr ("()-. ", *p) == NULL)
        {
          g_set_error_literal (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_INVALID,
                               _("A phone number may contain only digits, a leading +, "
                                 "spaces and ( ) - ."));
          return FALSE;
        }
    }

  if (digits < PHONE_MIN_DIGITS || digits > PHONE_MAX_DIGITS)
    {
      g_set_error (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_INVALID,
                   _("A phone number needs between %d and %d digits."),
                   PHONE_MIN_DIGITS, PHONE_MAX_DIGITS);
      return FALSE;
    }

  return TRUE;
}

/**
 * rp_uri_email_is_valid:
 *
 * Deliberately simple: one "@", something before it, a domain with a dot
 * after it, no spaces. Whether the mailbox exists only the mail system
 * can tell.
 */
gboolean
rp_uri_email_is_valid (const char  *address,
                       GError     **error)
{
  const char *at;
  const char *dot;

  g_return_val_if_fail (address != NULL, FALSE);

  if (strlen (address) > EMAIL_MAX_LENGTH)
    {
      g_set_error (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_TOO_LONG,
                   _("An email address can have at most %d characters."), EMAIL_MAX_LENGTH);
      return FALSE;
    }

  at = strchr (address, '@');
  dot = at != NULL ? strrchr (at, '.') : NULL;
  if (at == NULL || at == address || strchr (at + 1, '@') != NULL ||
      dot == NULL || dot == at + 1 || dot[1] == '\0' ||
      has_control_or_space (address) || strpbrk (address, "<>,;:\"()[]\\?&=") != NULL ||
      !g_utf8_validate (address, -1, NULL))
    {
      g_set_error_literal (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_INVALID,
                           _("An email address looks like name@example.org."));
      return FALSE;
    }

  return TRUE;
}

/* "+1 (555) 123-4567" → "+15551234567": handlers differ in how they read
 * visual separators, digits they all understand. */
static char *
normalise_phone_number (const char  *phone_number,
                        GError     **error)
{
  GString *normalised;

  if (!rp_uri_phone_number_is_valid (phone_number, error))
    return NULL;

  normalised = g_string_new (NULL);
  for (const char *p = phone_number; *p; p++)
    {
      if (g_ascii_isdigit (*p) || *p == '+')
        g_string_append_c (normalised, *p);
    }

  return g_string_free (normalised, FALSE);
}

char *
rp_uri_build_tel (const char  *phone_number,
                  GError     **error)
{
  g_autofree char *number = normalise_phone_number (phone_number, error);

  return number != NULL ? g_strconcat ("tel:", number, NULL) : NULL;
}

char *
rp_uri_build_sms (const char  *phone_number,
                  GError     **error)
{
  g_autofree char *number = normalise_phone_number (phone_number, error);

  return number != NULL ? g_strconcat ("sms:", number, NULL) : NULL;
}

char *
rp_uri_build_mailto (const char  *address,
                     GError     **error)
{
  g_autofree char *escaped = NULL;

  if (!rp_uri_email_is_valid (address, error))
    return NULL;

  /* Keep "@" readable; escape anything else a URI would misread. */
  escaped = g_uri_escape_string (address, "@", FALSE);

  return g_strconcat ("mailto:", escaped, NULL);
}

/**
 * rp_uri_build_map_search:
 *
 * An https link that searches OpenStreetMap for @address in the browser.
 * Only the address leaves the computer, and only when the user asks.
 */
char *
rp_uri_build_map_search (const char  *address,
                         GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (address != NULL, NULL);

  trimmed = g_strstrip (g_strdup (address));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_INVALID,
                           _("There is no address to look up."));
      return NULL;
    }
  if (strlen (trimmed) > ADDRESS_MAX_LENGTH)
    {
      g_set_error (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_TOO_LONG,
                   _("An address can have at most %d characters."), ADDRESS_MAX_LENGTH);
      return NULL;
    }

  escaped = g_uri_escape_string (trimmed, NULL, FALSE);

  return g_strconcat ("https://www.openstreetmap.org/search?query=", escaped, NULL);
}

static gboolean
check_web_uri (GUri    *uri,
               GError **error)
{
  const char *host = g_uri_get_host (uri);

  if (host == NULL || *host == '\0')
    {
      g_set_error_literal (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_INVALID,
                           _("This web link has no address."));
      return FALSE;
    }

  /* "https://yourbank.example@elsewhere.example" shows one site and opens
   * another: no legitimate meeting link needs a user name in it. */
  if (g_uri_get_userinfo (uri) != NULL)
    {
      g_set_error_literal (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_INVALID,
                           _("This web link hides its real address and will not be opened."));
      return FALSE;
    }

  return TRUE;
}

/**
 * rp_uri_policy_check:
 * @uri: a link from anywhere: the user, a feed, a calendar file
 *
 * Returns: whether @uri may be opened; when refused, @error says why in
 *   words the user can act on
 */
RpUriVerdict
rp_uri_policy_check (const char  *uri,
                     GError     **error)
{
  g_autoptr(GUri) parsed = NULL;
  g_autofree char *path = NULL;
  const char *scheme;

  g_return_val_if_fail (uri != NULL, RP_URI_VERDICT_REFUSED);

  if (strlen (uri) > RP_URI_MAX_LENGTH)
    {
      g_set_error (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_TOO_LONG,
                   _("A link can have at most %d characters."), RP_URI_MAX_LENGTH);
      return RP_URI_VERDICT_REFUSED;
    }

  parsed = has_control_or_space (uri) ? NULL : g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  if (parsed == NULL)
    {
      g_set_error_literal (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_INVALID,
                           _("This is not a valid link."));
      return RP_URI_VERDICT_REFUSED;
    }

  scheme = g_uri_get_scheme (parsed);

  if (g_ascii_strcasecmp (scheme, "https") == 0)
    return check_web_uri (parsed, error) ? RP_URI_VERDICT_ALLOWED : RP_URI_VERDICT_REFUSED;

  if (g_ascii_strcasecmp (scheme, "http") == 0)
    return check_web_uri (parsed, error) ? RP_URI_VERDICT_ALLOWED_INSECURE
                                         : RP_URI_VERDICT_REFUSED;

  path = g_uri_unescape_string (g_uri_get_path (parsed), NULL);
  if (path == NULL)
    {
      g_set_error_literal (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_INVALID,
                           _("This is not a valid link."));
      return RP_URI_VERDICT_REFUSED;
    }

  if (g_ascii_strcasecmp (scheme, "tel") == 0 || g_ascii_strcasecmp (scheme, "sms") == 0)
    {
      /* tel: carries only the number; sms: may add a prefilled body. */
      if (g_ascii_strcasecmp (scheme, "tel") == 0 && g_uri_get_query (parsed) != NULL)
        {
          g_set_error_literal (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_INVALID,
                               _("This is not a valid link."));
          return RP_URI_VERDICT_REFUSED;
        }
      return rp_uri_phone_number_is_valid (path, error) ? RP_URI_VERDICT_ALLOWED
                                                        : RP_URI_VERDICT_REFUSED;
    }

  if (g_ascii_strcasecmp (scheme, "mailto") == 0)
    return rp_uri_email_is_valid (path, error) ? RP_URI_VERDICT_ALLOWED
                                               : RP_URI_VERDICT_REFUSED;

  g_set_error (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_SCHEME_NOT_ALLOWED,
               /* Translators: %s is a link's scheme, such as "file" or "javascript" */
               _("Reprieve does not open “%s:” links. Only web, phone, text message "
                 "and email links are opened."),
               scheme);
  return RP_URI_VERDICT_REFUSED;
}
