/* rp-reading-validate.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Whether an RpReading can be stored, and whether a text can be a
 * reading's body: the rules and the messages the editor and the importers
 * show. Apart from the object (rp-reading.c), which only holds the
 * values. */

#define G_LOG_DOMAIN "rp-reading"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rp-reading-private.h"
#include "rp-text.h"
#include "rp-uri-policy.h"

/* --- validation -------------------------------------------------------- */

static gboolean
fail (RpReadingField  field,
      RpReadingField *out_field,
      GError        **error,
      const char     *message)
{
  if (out_field != NULL)
    *out_field = field;
  g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_INVALID, message);

  return FALSE;
}

/**
 * rp_reading_check_text:
 * @text: the bytes of a text (not necessarily NUL-terminated)
 * @length: how many
 * @error: an #RP_READING_ERROR_REFUSED saying precisely why
 *
 * Whether @text can be a reading's body: at most
 * %RP_READING_MAX_BODY_BYTES, no NUL byte (a binary file), valid UTF-8,
 * no line over %RP_READING_MAX_LINE_LENGTH characters. The messages name
 * the line, never quote it.
 */
gboolean
rp_reading_check_text (const char  *text,
                       gsize        length,
                       GError     **error)
{
  const char *end = text + length;
  const char *line = text;
  guint line_number = 1;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  if (length > RP_READING_MAX_BODY_BYTES)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *max_size = g_format_size (RP_READING_MAX_BODY_BYTES);

      g_set_error (error, RP_READING_ERROR, RP_READING_ERROR_REFUSED,
                   _("The text is too long for one reading (%s; at most %s). Split it into several."),
                   size, max_size);
      return FALSE;
    }

  if (memchr (text, '\0', length) != NULL)
    {
      g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_REFUSED,
                           _("This is not a text file: it holds binary data."));
      return FALSE;
    }

  while (line < end)
    {
      const char *newline = memchr (line, '\n', end - line);
      const char *line_end = newline != NULL ? newline : end;

      if (!g_utf8_validate (line, line_end - line, NULL))
        {
          g_set_error (error, RP_READING_ERROR, RP_READING_ERROR_REFUSED,
                       _("Line %u is not valid UTF-8 text. Save the file as UTF-8 and try again."),
                       line_number);
          return FALSE;
        }

      if (line_end - line > RP_READING_MAX_LINE_LENGTH &&
          g_utf8_strlen (line, line_end - line) > RP_READING_MAX_LINE_LENGTH)
        {
          g_set_error (error, RP_READING_ERROR, RP_READING_ERROR_REFUSED,
                       _("Line %u is longer than %d characters. Break it into paragraphs and try again."),
                       line_number, RP_READING_MAX_LINE_LENGTH);
          return FALSE;
        }

      line = line_end + 1;
      line_number++;
    }

  return TRUE;
}

static gboolean
uri_is_valid (const char *uri)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (g_utf8_strlen (uri, -1) > RP_READING_MAX_URI_LENGTH)
    return FALSE;

  if (g_str_has_prefix (uri, "https://"))
    return rp_uri_policy_check (uri, &error) == RP_URI_VERDICT_ALLOWED;

  if (!g_str_has_prefix (uri, "file:///"))
    return FALSE;

  path = g_filename_from_uri (uri, NULL, &error);

  return path != NULL && g_path_is_absolute (path);
}

static gboolean
entry_date_is_valid (int month,
                     int day)
{
  if (month == 0 && day == 0)
    return TRUE;

  /* 2024 is a leap year: February 29 is a day a dated book may have. */
  return month >= 1 && month <= 12 && day >= 1 &&
         day <= g_date_get_days_in_month ((GDateMonth) month, 2024);
}

/**
 * rp_reading_validate:
 * @out_field: (out) (optional): which field is wrong
 * @error: an #RP_READING_ERROR_INVALID saying what to change
 *
 * Whether the reading can be stored; the messages are for the editor,
 * shown under the field.
 */
gboolean
rp_reading_validate (RpReading       *self,
                     RpReadingField  *out_field,
                     GError         **error)
{
  g_autofree char *title = NULL;
  g_autoptr(GError) text_error = NULL;

  g_return_val_if_fail (RP_IS_READING (self), FALSE);

  if (out_field != NULL)
    *out_field = RP_READING_FIELD_NONE;

  title = g_strstrip (g_strdup (self->title != NULL ? self->title : ""));
  if (title[0] == '\0')
    return fail (RP_READING_FIELD_TITLE, out_field, error, _("Enter a title."));
  if (!rp_text_fits (self->title, RP_READING_MAX_TITLE_LENGTH) ||
      !rp_text_is_clean (self->title, FALSE))
    return fail (RP_READING_FIELD_TITLE, out_field, error,
                 _("Shorten the title to one line of at most 200 characters."));

  if (!rp_text_fits (self->description, RP_READING_MAX_DESCRIPTION_LENGTH) ||
      !rp_text_is_clean (self->description, TRUE))
    return fail (RP_READING_FIELD_DESCRIPTION, out_field, error,
                 _("Shorten the description to at most 1,000 characters."));

  if (self->kind == RP_READING_KIND_TEXT)
    {
      if (self->body == NULL)
        return fail (RP_READING_FIELD_BODY, out_field, error, _("Write the text, or paste it."));
      if (!rp_reading_check_text (self->body, strlen (self->body), &text_error))
        return fail (RP_READING_FIELD_BODY, out_field, error, text_error->message);
      if (self->uri != NULL)
        return fail (RP_READING_FIELD_URI, out_field, error, _("A text has no link."));
    }
  else
    {
      if (self->uri == NULL)
        return fail (RP_READING_FIELD_URI, out_field, error,
                     _("Enter the address of the page (https://…) or choose a file."));
      if (!uri_is_valid (self->uri))
        return fail (RP_READING_FIELD_URI, out_field, error,
                     _("Enter a secure web address starting with “https://”, or choose a file."));
    }

  if (!rp_text_fits (self->source_note, RP_READING_MAX_SOURCE_NOTE_LENGTH) ||
      !rp_text_is_clean (self->source_note, TRUE))
    return fail (RP_READING_FIELD_SOURCE_NOTE, out_field, error,
                 _("Shorten the source to at most 1,000 characters."));

  if (!entry_date_is_valid (self->entry_month, self->entry_day))
    return fail (RP_READING_FIELD_ENTRY_DATE, out_field, error,
                 _("The entry’s date is not a day of the year."));

  if (self->progress_page < -1 || self->progress_pages < 0 || self->progress_percent < -1 ||
      self->progress_percent > 100 ||
      (self->progress_pages > 0 && self->progress_page > self->progress_pages))
    return fail (RP_READING_FIELD_PROGRESS, out_field, error,
                 _("The page reached cannot be past the last page."));

  if (!rp_text_fits (self->import_key, RP_READING_MAX_IMPORT_KEY_LENGTH))
    return fail (RP_READING_FIELD_NONE, out_field, error,
                 _("The reading’s import identifier is too long."));

  return TRUE;
}
