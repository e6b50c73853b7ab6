/* rp-import.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <json-glib/json-glib.h>
#include <string.h>

#include "rp-backup-json.h"
#include "rp-import.h"

G_DEFINE_QUARK (rp-import-error-quark, rp_import_error)

static const char utf8_bom[] = "\xef\xbb\xbf";
static const char vcalendar[] = "BEGIN:VCALENDAR";
static const char vcard[] = "BEGIN:VCARD";

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* The first byte that is not a BOM or white space, or @length. */
static gsize
skip_preamble (const char *text,
               gsize       length)
{
  gsize i = 0;

  if (length >= 3 && memcmp (text, utf8_bom, 3) == 0)
    i = 3;

  while (i < length && is_space (text[i]))
    i++;

  return i;
}

/* @text starts with @keyword (in any case) and a line break, space or
 * the end. */
static gboolean
starts_with_keyword (const char *text,
                     gsize       length,
                     const char *keyword)
{
  gsize n = strlen (keyword);

  return length >= n &&
         g_ascii_strncasecmp (text, keyword, n) == 0 &&
         (length == n || is_space (text[n]));
}

/**
 * rp_import_detect_format:
 * @data: (nullable): the file's contents
 *
 * Tells the formats apart by content, never by the file's name: a UTF-8
 * byte order mark and white space are skipped, then "BEGIN:VCALENDAR"
 * (in any case, as iCalendar allows) means iCalendar, "BEGIN:VCARD" (in
 * any case too) means vCard contacts, a Reprieve backup's opening
 * (rp_backup_json_sniff()) means a backup, and any other "[" or "{" means
 * JSON. Only the start of the file is looked at: the importer itself
 * decides whether the rest is what it claims to be.
 *
 * Returns: the format, or %RP_IMPORT_FORMAT_UNKNOWN
 */
RpImportFormat
rp_import_detect_format (GBytes *data)
{
  const char *text;
  gsize length;
  gsize start;
  gsize n_left;

  if (data == NULL)
    return RP_IMPORT_FORMAT_UNKNOWN;

  text = g_bytes_get_data (data, &length);
  if (text == NULL || length == 0)
    return RP_IMPORT_FORMAT_UNKNOWN;

  start = skip_preamble (text, length);
  n_left = length - start;
  if (n_left == 0)
    return RP_IMPORT_FORMAT_UNKNOWN;

  /* Before the other JSON: a backup is JSON too. */
  if (rp_backup_json_sniff (data))
    return RP_IMPORT_FORMAT_BACKUP_JSON;

  if (text[start] == '[' || text[start] == '{')
    return RP_IMPORT_FORMAT_MEETING_GUIDE_JSON;

  if (starts_with_keyword (text + start, n_left, vcalendar))
    return RP_IMPORT_FORMAT_ICALENDAR;

  if (starts_with_keyword (text + start, n_left, vcard))
    return RP_IMPORT_FORMAT_VCARD;

  return RP_IMPORT_FORMAT_UNKNOWN;
}

/* A NUL byte anywhere, or text that is not UTF-8 in its first 4 KiB (a
 * character cut by the window's edge does not count). */
static gboolean
looks_binary (const char *text,
              gsize       length)
{
  gsize window = MIN (length, 4096);
  const char *end = NULL;

  if (memchr (text, '\0', length) != NULL)
    return TRUE;

  return !g_utf8_validate_len (text, window, &end) && end < text + window - MIN (window, 3);
}

/* The message for a file no importer takes; @with_readings when readings
 * are among the choices (the command line's --import). */
static void
set_unknown_format_error (GBytes    *data,
                          gboolean   with_readings,
                          GError   **error)
{
  const char *text;
  gsize length = 0;

  text = data != NULL ? g_bytes_get_data (data, &length) : NULL;
  if (text == NULL || skip_preamble (text, length) == length)
    g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_EMPTY,
                         _("The file is empty."));
  /* Say what is wrong when it can be told: a damaged or binary file, or
   * contacts that lost their first line. */
  else if (looks_binary (text, length))
    g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_UNSUPPORTED,
                         with_readings
                         ? _("Reprieve cannot read this file: it holds binary data, not text. Choose a "
                             "Meeting Guide feed (JSON), a calendar file (.ics), contacts (.vcf) or a "
                             "reading (.md or .txt).")
                         : _("Reprieve cannot read this file: it holds binary data, not text. Choose a "
                             "Meeting Guide feed (JSON), a calendar file (.ics) or contacts (.vcf)."));
  else if (g_strstr_len (text, MIN (length, 65536), "END:VCARD") != NULL ||
           g_strstr_len (text, MIN (length, 65536), "END:vCard") != NULL)
    g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_UNSUPPORTED,
                         _("Reprieve cannot read these contacts: the file does not start with "
                           "“BEGIN:VCARD”, so it is damaged or not a vCard file."));
  else
    g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_UNSUPPORTED,
                         with_readings
                         ? _("Reprieve cannot read this file. Choose a Meeting Guide feed (JSON), a "
                             "calendar file (.ics), contacts (.vcf) or a reading (.md or .txt).")
                         : _("Reprieve cannot read this file. Choose a Meeting Guide feed (JSON), a calendar "
                             "file (.ics) or contacts (.vcf)."));
}

/**
 * rp_import_require_format:
 * @data: (nullable): the file's contents
 * @error: return location for a #RpImportError
 *
 * rp_import_detect_format(), with the message for the user when the
 * format is unknown.
 *
 * Returns: the format, or %RP_IMPORT_FORMAT_UNKNOWN with @error set to
 *   %RP_IMPORT_ERROR_EMPTY (nothing but white space) or
 *   %RP_IMPORT_ERROR_UNSUPPORTED
 */
RpImportFormat
rp_import_require_format (GBytes  *data,
                          GError **error)
{
  RpImportFormat format = rp_import_detect_format (data);

  g_return_val_if_fail (error == NULL || *error == NULL, RP_IMPORT_FORMAT_UNKNOWN);

  if (format == RP_IMPORT_FORMAT_UNKNOWN)
    set_unknown_format_error (data, FALSE, error);

  return format;
}

static gboolean
is_reading_file_name (const char *file_name)
{
  g_autofree char *lower = g_ascii_strdown (file_name, -1);

  return g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown") ||
         g_str_has_suffix (lower, ".txt");
}

/* JSON from start to end: a Markdown text may open with "[a link](…)". */
static gboolean
is_whole_json (GBytes *data)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gsize length = 0;
  const char *text = g_bytes_get_data (data, &length);

  return length <= G_MAXSSIZE && json_parser_load_from_data (parser, text, length, NULL);
}

/**
 * rp_import_detect_format_for_file:
 * @data: (nullable): the file's contents
 * @file_name: (nullable): the file's name
 *
 * rp_import_detect_format(), and readings: a file named .md, .markdown or
 * .txt is a reading unless its content is a calendar, contacts or (all of
 * it) JSON. Content first: a feed saved as "feed.txt" is still a feed.
 *
 * Returns: the format, or %RP_IMPORT_FORMAT_UNKNOWN
 */
RpImportFormat
rp_import_detect_format_for_file (GBytes     *data,
                                  const char *file_name)
{
  RpImportFormat format = rp_import_detect_format (data);

  if (file_name == NULL || !is_reading_file_name (file_name))
    return format;

  if (format == RP_IMPORT_FORMAT_ICALENDAR || format == RP_IMPORT_FORMAT_VCARD ||
      format == RP_IMPORT_FORMAT_BACKUP_JSON)
    return format;
  if (format == RP_IMPORT_FORMAT_MEETING_GUIDE_JSON && is_whole_json (data))
    return format;

  /* Empty or binary too: the reading importer says why it refuses it. */
  return RP_IMPORT_FORMAT_READING;
}

/**
 * rp_import_require_format_for_file:
 * @data: (nullable): the file's contents
 * @file_name: (nullable): the file's name
 * @error: return location for a #RpImportError
 *
 * rp_import_detect_format_for_file(), with the message for the user (which
 * offers readings too) when the format is unknown.
 *
 * Returns: the format, or %RP_IMPORT_FORMAT_UNKNOWN with @error set
 */
RpImportFormat
rp_import_require_format_for_file (GBytes      *data,
                                   const char  *file_name,
                                   GError     **error)
{
  RpImportFormat format = rp_import_detect_format_for_file (data, file_name);

  g_return_val_if_fail (error == NULL || *error == NULL, RP_IMPORT_FORMAT_UNKNOWN);

  if (format == RP_IMPORT_FORMAT_UNKNOWN)
    set_unknown_format_error (data, TRUE, error);

  return format;
}
