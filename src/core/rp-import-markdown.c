/* rp-import-markdown.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reads a .md or .txt file into readings, before RpStore writes them: one
 * reading, or a dated collection when the file has a heading per day (a
 * book of 365 daily entries). Only the headings are looked at, line by
 * line and without recursion, so no nesting or line length can make it
 * slow; the Markdown itself is stored as it is (raw HTML included: the
 * reader shows it as text, never as HTML). */

#define G_LOG_DOMAIN "rp-import-markdown"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "rp-front-matter.h"
#include "rp-markdown-outline.h"
#include "rp-import-markdown.h"
#include "rp-reading-collection.h"

void
rp_reading_import_free (RpReadingImport *import)
{
  if (import == NULL)
    return;

  g_free (import->collection_name);
  g_free (import->import_key);
  g_clear_pointer (&import->readings, g_ptr_array_unref);
  g_clear_pointer (&import->skipped, g_ptr_array_unref);
  g_free (import);
}

/* --- day headings ----------------------------------------------------- */

typedef struct
{
  const char *name;
  int         month;
} MonthName;

static const MonthName month_names[] = {
  { "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 },
  { "may", 5 }, { "june", 6 }, { "july", 7 }, { "august", 8 },
  { "september", 9 }, { "october", 10 }, { "november", 11 }, { "december", 12 },
  { "jan", 1 }, { "feb", 2 }, { "mar", 3 }, { "apr", 4 }, { "jun", 6 },
  { "jul", 7 }, { "aug", 8 }, { "sep", 9 }, { "sept", 9 }, { "oct", 10 },
  { "nov", 11 }, { "dec", 12 },
  { "enero", 1 }, { "febrero", 2 }, { "marzo", 3 }, { "abril", 4 },
  { "mayo", 5 }, { "junio", 6 }, { "julio", 7 }, { "agosto", 8 },
  { "septiembre", 9 }, { "setiembre", 9 }, { "octubre", 10 },
  { "noviembre", 11 }, { "diciembre", 12 },
};

/* A month's name (English or Spanish, whole or abbreviated, any case, an
 * abbreviation may end in "."): its number, or 0. Moves *p past it. */
static int
read_month (const char **p)
{
  const char *start = *p;
  const char *end = start;

  while (g_ascii_isalpha (*end))
    end++;

  for (gsize i = 0; i < G_N_ELEMENTS (month_names); i++)
    {
      gsize n = strlen (month_names[i].name);

      if ((gsize) (end - start) == n && g_ascii_strncasecmp (start, month_names[i].name, n) == 0)
        {
          *p = end;
          if (**p == '.' && n <= 4)
            (*p)++;
          return month_names[i].month;
        }
    }

  return 0;
}

/* One or two digits, not followed by a third: the number, or -1. */
static int
read_day_number (const char **p)
{
  const char *s = *p;
  int value = 0;
  int n = 0;

  while (g_ascii_isdigit (s[n]) && n < 3)
    {
      value = value * 10 + (s[n] - '0');
      n++;
    }
  if (n == 0 || n > 2)
    return -1;

  *p = s + n;

  return value;
}

/* "st", "nd", "rd", "th" (English) or "º", ".º", "°" (Spanish). */
static void
skip_ordinal (const char **p)
{
  static const char * const suffixes[] = { "st", "nd", "rd", "th", ".\xc2\xba", "\xc2\xba", "\xc2\xb0" };

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      gsize n = strlen (suffixes[i]);

      if (g_ascii_strncasecmp (*p, suffixes[i], n) == 0 && !g_ascii_isalnum ((*p)[n]))
        {
          *p += n;
          return;
        }
    }
}

static void
skip_spaces (const char **p)
{
  while (**p == ' ' || **p == '\t')
    (*p)++;
}

/* The date ends there: the heading's end, or anything but a letter or a
 * digit ("January 1 — A New Start", "January 1, 2025"). */
static gboolean
at_boundary (const char *p)
{
  return !g_ascii_isalnum (*p);
}

static gboolean
is_day_of_year (int month,
                int day)
{
  /* 2024 is a leap year: February 29 is a day a book may have. */
  return month >= 1 && month <= 12 && day >= 1 &&
         day <= g_date_get_days_in_month ((GDateMonth) month, 2024);
}

/* "01-01" or "2025-01-01". */
static gboolean
parse_numeric_day (const char *p,
                   int        *out_month,
                   int        *out_day)
{
  gsize n_digits = strspn (p, "0123456789");

  /* A year first: what follows it is the same as without. */
  if (n_digits == 4 && p[4] == '-')
    {
      p += 5;
      n_digits = strspn (p, "0123456789");
    }

  if (n_digits != 2 || p[2] != '-' || strspn (p + 3, "0123456789") != 2 || !at_boundary (p + 5))
    return FALSE;
  /* "01-02-2025" may be the 1st of February as well as January 2. */
  if (strchr ("-/.", p[5]) != NULL && p[5] != '\0' && g_ascii_isdigit (p[6]))
    return FALSE;

  *out_month = (p[0] - '0') * 10 + (p[1] - '0');
  *out_day = (p[3] - '0') * 10 + (p[4] - '0');

  return TRUE;
}

/**
 * rp_import_markdown_parse_day:
 * @heading: a heading's text, without the "#"s
 * @out_month: (out) (optional): 1 to 12
 * @out_day: (out) (optional): 1 to 31
 *
 * Whether @heading opens with a day of the year: "January 1", "Jan. 1",
 * "January 1st", "1 January", "1st of January", "01-01", "2025-01-01",
 * "1 de enero"; any text may follow after a space or a punctuation mark
 * ("January 1 — A New Start"). A day no year has ("February 30") is not
 * one.
 */
gboolean
rp_import_markdown_parse_day (const char *heading,
                              int        *out_month,
                              int        *out_day)
{
  const char *p = heading;
  int month = 0;
  int day = -1;

  g_return_val_if_fail (heading != NULL, FALSE);

  /* Spaces and emphasis around the date ("**January 1**"). */
  while (*p == ' ' || *p == '\t' || *p == '*' || *p == '_')
    p++;

  if (g_ascii_isalpha (*p))
    {
      const char *after_month;

      month = read_month (&p);
      after_month = p;
      skip_spaces (&p);
      /* "January 1" or "Jan.1", not "January1". */
      if (month == 0 || (p == after_month && p[-1] != '.'))
        return FALSE;
      day = read_day_number (&p);
      if (day < 0)
        return FALSE;
      skip_ordinal (&p);
    }
  else if (parse_numeric_day (p, &month, &day))
    {
      p = "";
    }
  else
    {
      day = read_day_number (&p);
      if (day < 0)
        return FALSE;
      skip_ordinal (&p);
      if (*p != ' ' && *p != '\t')
        return FALSE;
      skip_spaces (&p);
      /* "1 de enero", "1st of January". */
      if ((g_ascii_strncasecmp (p, "de", 2) == 0 || g_ascii_strncasecmp (p, "of", 2) == 0) &&
          (p[2] == ' ' || p[2] == '\t'))
        {
          p += 2;
          skip_spaces (&p);
        }
      month = read_month (&p);
    }

  if (!at_boundary (p) || !is_day_of_year (month, day))
    return FALSE;

  if (out_month != NULL)
    *out_month = month;
  if (out_day != NULL)
    *out_day = day;

  return TRUE;
}

/* --- building the readings -------------------------------------------- */

/* The offset of the first line from @offset on that is not blank, or
 * @length. */
static gsize
skip_blank_lines (const char *text,
                  gsize       length,
                  gsize       offset)
{
  gsize line_start = offset;

  for (gsize i = offset; i < length; i++)
    {
      if (text[i] == '\n')
        line_start = i + 1;
      else if (!g_ascii_isspace (text[i]))
        return line_start;
    }

  return length;
}

/* @text without the blank lines that open it and the white space that
 * ends it; the first line's indentation is kept (it may be code). */
static char *
trim_blank_lines (const char *text,
                  gsize       length)
{
  gsize start = skip_blank_lines (text, length, 0);
  gsize end = length;

  while (end > start && g_ascii_isspace (text[end - 1]))
    end--;

  return g_strndup (text + start, end - start);
}

static char *
file_stem (const char *file_name)
{
  const char *dot = strrchr (file_name, '.');
  g_autofree char *stem = g_strndup (file_name, dot != NULL && dot != file_name
                                                  ? (gsize) (dot - file_name)
                                                  : strlen (file_name));

  return rp_markdown_outline_make_title (stem, -1);
}

static RpReading *
new_reading (RpReadingFormat  format,
             const char      *title,
             const char      *body,
             const char      *import_key)
{
  RpReading *reading = rp_reading_new (RP_READING_KIND_TEXT);

  rp_reading_set_origin (reading, RP_READING_ORIGIN_IMPORTED);
  rp_reading_set_format (reading, format);
  rp_reading_set_title (reading, title);
  rp_reading_set_body (reading, body);
  rp_reading_set_import_key (reading, import_key);

  return reading;
}

static char *
format_day (int month,
            int day)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2024, month, day, 12, 0, 0);

  /* Translators: a day of the year in a message, as in “January 1”; see
   * g_date_time_format() for the codes. */
  return g_date_time_format (date, C_("day of the year", "%B %-d"));
}

static void
add_skip (RpReadingImport *import,
          char            *reason)
{
  g_ptr_array_add (import->skipped, reason);
}

/* Adds @reading when it can be stored; else says why, by line. */
static void
add_reading (RpReadingImport *import,
             RpReading       *reading,
             guint            line)
{
  g_autoptr(RpReading) owned = reading;
  g_autoptr(GError) error = NULL;

  if (!rp_reading_validate (owned, NULL, &error))
    {
      add_skip (import, g_strdup_printf (_("Line %u: left out: %s"), line, error->message));
      return;
    }

  g_ptr_array_add (import->readings, g_steal_pointer (&owned));
}

/* The level with the most day headings (the highest of equals), or 0 when
 * no level has two. */
static guint
find_day_level (GArray *headings)
{
  guint counts[7] = { 0 };
  guint best = 0;

  for (guint i = 0; i < headings->len; i++)
    {
      const RpMarkdownHeading *heading = &g_array_index (headings, RpMarkdownHeading, i);

      if (heading->month != 0)
        counts[heading->level]++;
    }

  for (guint level = 1; level <= 6; level++)
    {
      if (counts[level] >= 2 && counts[level] > counts[best])
        best = level;
    }

  return best;
}

/* The front matter's title, else the first H1 before the first day that is
 * not a day, else the file's name; at most a collection name's length. */
static char *
make_collection_name (const char              *front_matter_title,
                      const RpMarkdownHeading *title_heading,
                      const char              *file_name)
{
  g_autofree char *name = NULL;

  if (front_matter_title != NULL && *front_matter_title != '\0')
    name = rp_markdown_outline_make_title (front_matter_title, -1);
  else if (title_heading != NULL)
    name = g_strdup (title_heading->text);
  else
    name = file_stem (file_name);

  if (g_utf8_strlen (name, -1) > RP_READING_COLLECTION_MAX_NAME_LENGTH)
    {
      g_autofree char *cut = g_utf8_substring (name, 0, RP_READING_COLLECTION_MAX_NAME_LENGTH - 1);

      g_free (name);
      name = g_strconcat (g_strchomp (cut), "…", NULL);
    }

  if (*name == '\0')
    {
      g_free (name);
      name = g_strdup (_("Imported Readings"));
    }

  return g_steal_pointer (&name);
}

/* The text before the first day, but for the title heading: an undated
 * "Introduction" when anything is left. */
static void
add_introduction (RpReadingImport         *import,
                  RpReadingFormat          format,
                  const char              *text,
                  gsize                    start,
                  gsize                    end,
                  guint                    first_line,
                  const RpMarkdownHeading *title_heading)
{
  g_autoptr(GString) intro = g_string_new (NULL);
  g_autofree char *body = NULL;

  if (title_heading != NULL)
    {
      g_string_append_len (intro, text + start, title_heading->start - start);
      g_string_append_len (intro, text + title_heading->body_start, end - title_heading->body_start);
    }
  else
    {
      g_string_append_len (intro, text + start, end - start);
    }

  body = trim_blank_lines (intro->str, intro->len);
  if (*body != '\0')
    add_reading (import, new_reading (format, _("Introduction"), body, "introduction"), first_line);
}

static void
add_day_entry (RpReadingImport         *import,
               RpReadingFormat          format,
               const RpMarkdownHeading *heading,
               const char              *body,
               guint                    day_lines[13][32])
{
  g_autofree char *day = format_day (heading->month, heading->day);
  g_autofree char *key = g_strdup_printf ("%02d-%02d", heading->month, heading->day);
  RpReading *reading;

  if (day_lines[heading->month][heading->day] != 0)
    {
      add_skip (import, g_strdup_printf (_("Line %u: a second entry for %s was left out; the "
                                           "one on line %u was kept."),
                                         heading->line, day,
                                         day_lines[heading->month][heading->day]));
      return;
    }

  if (*body == '\0')
    {
      add_skip (import, g_strdup_printf (_("Line %u: the entry for %s has no text and was left out."),
                                         heading->line, day));
      return;
    }

  day_lines[heading->month][heading->day] = heading->line;
  reading = new_reading (format, heading->text[0] != '\0' ? heading->text : day, body, key);
  rp_reading_set_entry_date (reading, heading->month, heading->day);
  add_reading (import, reading, heading->line);
}

/* A heading that is not a day among the days ("# February", "About this
 * book"): an undated reading when text follows it, else nothing. */
static void
add_section (RpReadingImport         *import,
             RpReadingFormat          format,
             const RpMarkdownHeading *heading,
             const char              *body,
             GHashTable              *keys)
{
  g_autofree char *title = NULL;
  g_autofree char *key = NULL;

  if (*body == '\0')
    return;

  if (heading->text[0] != '\0')
    title = g_strdup (heading->text);
  else
    title = g_strdup_printf (_("Section on line %u"), heading->line);

  /* Found again at the next import by its title; a repeated one by its
   * rank among those with the same title. */
  key = g_strdup_printf ("section:%s", title);
  for (guint n = 2; g_hash_table_contains (keys, key); n++)
    {
      g_free (key);
      key = g_strdup_printf ("section:%s:%u", title, n);
    }
  if (g_utf8_strlen (key, -1) > RP_READING_MAX_IMPORT_KEY_LENGTH)
    {
      g_free (key);
      key = g_strdup_printf ("section-line:%u", heading->line);
    }
  g_hash_table_add (keys, g_strdup (key));

  add_reading (import, new_reading (format, title, body, key), heading->line);
}

/* One reading per day heading of @day_level, each up to the next heading
 * of that level or a higher one. */
static void
split_dated (RpReadingImport     *import,
             const char          *text,
             gsize                length,
             const RpFrontMatter *front_matter,
             GArray              *headings,
             guint                day_level,
             const char          *file_name)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint day_lines[13][32] = { { 0 } };
  const RpMarkdownHeading *title_heading = NULL;
  guint first = 0;

  while (first < headings->len &&
         !(g_array_index (headings, RpMarkdownHeading, first).level == day_level &&
           g_array_index (headings, RpMarkdownHeading, first).month != 0))
    first++;
  g_assert (first < headings->len);

  for (guint i = 0; i < first && title_heading == NULL; i++)
    {
      const RpMarkdownHeading *heading = &g_array_index (headings, RpMarkdownHeading, i);

      if (heading->level == 1 && heading->month == 0 && heading->text[0] != '\0')
        title_heading = heading;
    }

  import->collection_name =
    make_collection_name (front_matter != NULL ? rp_front_matter_lookup (front_matter, "title") : NULL,
                          title_heading, file_name);

  add_introduction (import, RP_READING_FORMAT_MARKDOWN, text,
                    front_matter != NULL ? front_matter->end : 0,
                    g_array_index (headings, RpMarkdownHeading, first).start,
                    front_matter != NULL ? front_matter->n_lines + 1 : 1,
                    title_heading);

  for (guint i = first; i < headings->len; i++)
    {
      const RpMarkdownHeading *heading = &g_array_index (headings, RpMarkdownHeading, i);
      gsize end = length;
      g_autofree char *body = NULL;

      if (heading->level > day_level)
        continue;

      for (guint j = i + 1; j < headings->len; j++)
        {
          const RpMarkdownHeading *next = &g_array_index (headings, RpMarkdownHeading, j);

          if (next->level <= day_level)
            {
              end = next->start;
              break;
            }
        }

      body = trim_blank_lines (text + heading->body_start, end - heading->body_start);
      if (heading->level == day_level && heading->month != 0)
        add_day_entry (import, RP_READING_FORMAT_MARKDOWN, heading, body, day_lines);
      else
        add_section (import, RP_READING_FORMAT_MARKDOWN, heading, body, keys);
    }
}

/* The whole file as one reading, for My Readings. */
static gboolean
read_single (RpReadingImport      *import,
             RpReadingFormat       format,
             const char           *text,
             gsize                 length,
             const RpFrontMatter  *front_matter,
             GArray               *headings,
             const char           *file_name,
             GError              **error)
{
  g_autoptr(RpReading) reading = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  const char *front_title = NULL;
  const char *description = NULL;
  gsize start = 0;

  if (front_matter != NULL)
    {
      front_title = rp_front_matter_lookup (front_matter, "title");
      description = rp_front_matter_lookup (front_matter, "description");
      start = front_matter->end;
    }

  if (front_title != NULL && *front_title != '\0')
    title = rp_markdown_outline_make_title (front_title, -1);
  for (guint i = 0; title == NULL && headings != NULL && i < headings->len; i++)
    {
      const RpMarkdownHeading *heading = &g_array_index (headings, RpMarkdownHeading, i);

      if (heading->text[0] != '\0')
        title = g_strdup (heading->text);
    }
  if (title == NULL)
    title = file_stem (file_name);
  if (*title == '\0')
    {
      g_free (title);
      title = g_strdup (_("Imported Text"));
    }

  /* As written, but for the blank lines after the front matter. */
  if (front_matter != NULL)
    start = skip_blank_lines (text, length, start);
  if (start == length)
    {
      g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_REFUSED,
                           _("The file has a header but no text after it."));
      return FALSE;
    }
  body = g_strndup (text + start, length - start);

  reading = new_reading (format, title, body, file_name);
  if (description != NULL && *description != '\0')
    {
      g_autofree char *cut = g_utf8_strlen (description, -1) > RP_READING_MAX_DESCRIPTION_LENGTH
                             ? g_utf8_substring (description, 0, RP_READING_MAX_DESCRIPTION_LENGTH)
                             : g_strdup (description);

      rp_reading_set_description (reading, cut);
    }

  if (!rp_reading_validate (reading, NULL, &local_error))
    {
      g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_REFUSED, local_error->message);
      return FALSE;
    }

  g_ptr_array_add (import->readings, g_steal_pointer (&reading));

  return TRUE;
}

static gboolean
is_markdown_name (const char *file_name)
{
  g_autofree char *lower = g_ascii_strdown (file_name, -1);

  return g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown");
}

/* Without a byte order mark, and with "\n" for "\r\n": the lines (and
 * their numbers) stay as they were. */
static char *
normalise_text (const char *data,
                gsize       length,
                gsize      *out_length)
{
  GString *text = g_string_sized_new (length);

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  for (gsize i = 0; i < length; i++)
    {
      if (data[i] == '\r' && i + 1 < length && data[i + 1] == '\n')
        continue;
      g_string_append_c (text, data[i]);
    }

  *out_length = text->len;

  return g_string_free (text, FALSE);
}

/* Front matter only when it opens with a "field: value" line: a "---"
 * rule over a paragraph is Markdown, not a header. */
static RpFrontMatter *
read_front_matter (const char *text,
                   gsize       length)
{
  g_autoptr(RpFrontMatter) front_matter = rp_front_matter_parse (text, length);

  if (front_matter == NULL || front_matter->fields->len == 0)
    return NULL;

  if (front_matter->first_bad_line != 0 &&
      front_matter->first_bad_line < g_array_index (front_matter->fields, RpFrontMatterField, 0).line)
    return NULL;

  return g_steal_pointer (&front_matter);
}

/**
 * rp_import_markdown_parse:
 * @file_name: the file's base name
 * @bytes: its contents
 * @error: an #RP_READING_ERROR_REFUSED saying why the file cannot be read
 *
 * Returns: (transfer full): what the file holds, for
 *   rp_store_import_readings()
 */
RpReadingImport *
rp_import_markdown_parse (const char  *file_name,
                          GBytes      *bytes,
                          GError     **error)
{
  g_autoptr(RpReadingImport) import = NULL;
  g_autoptr(RpFrontMatter) front_matter = NULL;
  g_autoptr(GArray) headings = NULL;
  g_autofree char *text = NULL;
  RpReadingFormat format;
  const char *data;
  gsize length = 0;

  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length == 0)
    {
      g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_REFUSED,
                           _("The file is empty."));
      return NULL;
    }
  if (!rp_reading_check_text (data, length, error))
    return NULL;

  text = normalise_text (data, length, &length);
  if (skip_blank_lines (text, length, 0) == length)
    {
      g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_REFUSED,
                           _("The file is empty."));
      return NULL;
    }

  import = g_new0 (RpReadingImport, 1);
  import->import_key = g_strdup (file_name);
  import->readings = g_ptr_array_new_with_free_func (g_object_unref);
  import->skipped = g_ptr_array_new_with_free_func (g_free);

  format = is_markdown_name (file_name) ? RP_READING_FORMAT_MARKDOWN : RP_READING_FORMAT_PLAIN;
  if (format == RP_READING_FORMAT_MARKDOWN)
    {
      guint day_level;

      front_matter = read_front_matter (text, length);
      headings = rp_markdown_outline_find_headings (text, length,
                                front_matter != NULL ? front_matter->end : 0,
                                front_matter != NULL ? front_matter->n_lines + 1 : 1);
      for (guint i = 0; i < headings->len; i++)
        {
          RpMarkdownHeading *heading = &g_array_index (headings, RpMarkdownHeading, i);

          rp_import_markdown_parse_day (heading->text, &heading->month, &heading->day);
        }
      day_level = find_day_level (headings);

      if (day_level > 0)
        {
          split_dated (import, text, length, front_matter, headings, day_level, file_name);
          if (import->readings->len == 0)
            {
              g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_REFUSED,
                                   _("None of the file’s dated entries has any text."));
              return NULL;
            }
          return g_steal_pointer (&import);
        }
    }

  if (!read_single (import, format, text, length, front_matter, headings, file_name, error))
    return NULL;

  return g_steal_pointer (&import);
}
