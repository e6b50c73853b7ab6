/* rp-meeting-validate.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-meeting"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rp-meeting.h"
#include "rp-meeting-object-private.h"
#include "rp-uri-policy.h"

/* rp_meeting_validate(): what a meeting must be before RpStore saves it,
 * with a message for the first thing to fix. Apart from the object
 * (rp-meeting.c) because its limits and messages are a subject of their
 * own. */

/* --- validation -------------------------------------------------------- */

static gboolean
too_long (const char *text,
          int         max_length)
{
  return text != NULL && g_utf8_strlen (text, -1) > max_length;
}

/* Types and tags are stored joined by commas, so an entry may hold none. */
static gboolean
list_has_bad_item (const char * const *items,
                   gboolean           *out_has_comma)
{
  for (guint i = 0; items[i] != NULL; i++)
    {
      if (items[i][0] == '\0' || strchr (items[i], ',') != NULL)
        {
          *out_has_comma = items[i][0] != '\0';
          return TRUE;
        }
    }

  return FALSE;
}

/* A lowercase SHA-256 in hex, as the database's CHECK wants it. */
static gboolean
is_fingerprint (const char *text)
{
  gsize length = strlen (text);

  if (length != 64)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]) && (text[i] < 'a' || text[i] > 'f'))
        return FALSE;
    }

  return TRUE;
}

static gboolean
joined_too_long (const char * const *items,
                 int                 max_length)
{
  g_autofree char *joined = g_strjoinv (",", (char **) items);

  return too_long (joined, max_length);
}

/**
 * rp_meeting_validate:
 * @self: a #RpMeeting
 * @error: return location for a #RpMeetingError
 *
 * Checks what the database would refuse, and more: a name that is not just
 * spaces, a schedule, a link Reprieve would open (plain http is allowed;
 * the editor warns about it) and a phone number it can dial. RpStore calls
 * it before every write.
 *
 * Returns: %TRUE when @self may be saved; otherwise @error says what to fix
 */
gboolean
rp_meeting_validate (RpMeeting  *self,
                     GError    **error)
{
  g_autofree char *trimmed_name = NULL;
  gboolean has_comma = FALSE;

  g_return_val_if_fail (RP_IS_MEETING (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed_name = g_strstrip (g_strdup (self->name));
  if (trimmed_name[0] == '\0')
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           _("Give the meeting a name."));
      return FALSE;
    }

  if (self->schedule == NULL)
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           _("Choose when the meeting takes place."));
      return FALSE;
    }

  if (too_long (self->name, RP_MEETING_MAX_NAME_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the meeting’s name to at most %d character.",
                                "Shorten the meeting’s name to at most %d characters.",
                                RP_MEETING_MAX_NAME_LENGTH),
                   RP_MEETING_MAX_NAME_LENGTH);
      return FALSE;
    }

  if (too_long (self->group_name, RP_MEETING_MAX_GROUP_NAME_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the group’s name to at most %d character.",
                                "Shorten the group’s name to at most %d characters.",
                                RP_MEETING_MAX_GROUP_NAME_LENGTH),
                   RP_MEETING_MAX_GROUP_NAME_LENGTH);
      return FALSE;
    }

  if (too_long (self->program, RP_MEETING_MAX_PROGRAM_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the program to at most %d character.",
                                "Shorten the program to at most %d characters.",
                                RP_MEETING_MAX_PROGRAM_LENGTH),
                   RP_MEETING_MAX_PROGRAM_LENGTH);
      return FALSE;
    }

  if (too_long (self->location, RP_MEETING_MAX_LOCATION_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the location to at most %d character.",
                                "Shorten the location to at most %d characters.",
                                RP_MEETING_MAX_LOCATION_LENGTH),
                   RP_MEETING_MAX_LOCATION_LENGTH);
      return FALSE;
    }

  if (too_long (self->address, RP_MEETING_MAX_ADDRESS_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the address to at most %d character.",
                                "Shorten the address to at most %d characters.",
                                RP_MEETING_MAX_ADDRESS_LENGTH),
                   RP_MEETING_MAX_ADDRESS_LENGTH);
      return FALSE;
    }

  if (too_long (self->online_url, RP_MEETING_MAX_ONLINE_URL_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the online link to at most %d character.",
                                "Shorten the online link to at most %d characters.",
                                RP_MEETING_MAX_ONLINE_URL_LENGTH),
                   RP_MEETING_MAX_ONLINE_URL_LENGTH);
      return FALSE;
    }

  if (too_long (self->conference_phone, RP_MEETING_MAX_CONFERENCE_PHONE_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the conference phone number to at most %d character.",
                                "Shorten the conference phone number to at most %d characters.",
                                RP_MEETING_MAX_CONFERENCE_PHONE_LENGTH),
                   RP_MEETING_MAX_CONFERENCE_PHONE_LENGTH);
      return FALSE;
    }

  if (too_long (self->notes, RP_MEETING_MAX_NOTES_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the notes to at most %d character.",
                                "Shorten the notes to at most %d characters.",
                                RP_MEETING_MAX_NOTES_LENGTH),
                   RP_MEETING_MAX_NOTES_LENGTH);
      return FALSE;
    }

  /* Only a bug or a damaged feed gets these wrong: the importer cuts
   * them to size. */
  if (too_long (self->directory_feed, RP_MEETING_MAX_DIRECTORY_FEED_LENGTH) ||
      too_long (self->directory_slug, RP_MEETING_MAX_DIRECTORY_SLUG_LENGTH) ||
      (self->directory_fingerprint != NULL &&
       !is_fingerprint (self->directory_fingerprint)))
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           _("This meeting’s link to the Directory is too long. Add the meeting again from the Directory."));
      return FALSE;
    }

  if (too_long (self->import_uid, RP_MEETING_MAX_IMPORT_UID_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The calendar event’s ID is longer than %d character; this event cannot be imported.",
                                "The calendar event’s ID is longer than %d characters; this event cannot be imported.",
                                RP_MEETING_MAX_IMPORT_UID_LENGTH),
                   RP_MEETING_MAX_IMPORT_UID_LENGTH);
      return FALSE;
    }

  if (list_has_bad_item ((const char * const *) self->types, &has_comma))
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           has_comma
                           ? _("Remove the comma from the meeting type.")
                           : _("Remove the empty meeting type."));
      return FALSE;
    }

  if (joined_too_long ((const char * const *) self->types, RP_MEETING_MAX_TYPES_LENGTH))
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           _("Choose fewer meeting types."));
      return FALSE;
    }

  if (list_has_bad_item ((const char * const *) self->tags, &has_comma))
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           has_comma
                           ? _("Remove the comma from the tag, or make it two tags.")
                           : _("Remove the empty tag."));
      return FALSE;
    }

  if (joined_too_long ((const char * const *) self->tags, RP_MEETING_MAX_TAGS_LENGTH))
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           _("Use fewer or shorter tags."));
      return FALSE;
    }

  if (self->online_url != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (rp_uri_policy_check (self->online_url, &local_error) == RP_URI_VERDICT_REFUSED)
        {
          g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                       _("Check the online link: %s"), local_error->message);
          return FALSE;
        }
    }

  if (self->conference_phone != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (!rp_uri_phone_number_is_valid (self->conference_phone, &local_error))
        {
          g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                       _("Check the conference phone number: %s"), local_error->message);
          return FALSE;
        }
    }

  return TRUE;
}
