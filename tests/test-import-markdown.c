/* test-import-markdown.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-import-markdown.h"
#include "rp-test-util.h"

/* rp_import_markdown_parse(): day headings, dated books split into entries,
 * front matter, plain text, and hostile files (generated here) shown
 * safely or refused with a reason; every file of the shared corpora goes
 * through it without a crash. */

static RpReadingImport *
parse_text (const char  *file_name,
            const char  *text,
            gssize       length,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return rp_import_markdown_parse (file_name, bytes, error);
}

static RpReading *
reading_at (RpReadingImport *import,
            guint            index)
{
  g_assert_cmpuint (index, <, import->readings->len);

  return g_ptr_array_index (import->readings, index);
}

/* --- day headings ----------------------------------------------------- */

typedef struct
{
  const char *heading;
  int         month;   /* 0: not a day */
  int         day;
} DayCase;

static const DayCase day_cases[] = {
  { "January 1", 1, 1 },
  { "Jan 1", 1, 1 },
  { "Jan. 1", 1, 1 },
  { "JANUARY 1", 1, 1 },
  { "january 31", 1, 31 },
  { "1 January", 1, 1 },
  { "1st January", 1, 1 },
  { "1st of January", 1, 1 },
  { "January 1st", 1, 1 },
  { "March 2nd", 3, 2 },
  { "April 3rd", 4, 3 },
  { "May 4th", 5, 4 },
  { "Sept 9", 9, 9 },
  { "Sep 9", 9, 9 },
  { "01-01", 1, 1 },
  { "12-31", 12, 31 },
  { "2025-03-04", 3, 4 },
  { "1 de enero", 1, 1 },
  { "31 de diciembre", 12, 31 },
  { "1º de enero", 1, 1 },
  { "Setiembre 3", 9, 3 },
  { "February 29", 2, 29 },
  { "January 1 — A New Start", 1, 1 },
  { "January 1: Hope", 1, 1 },
  { "January 1, 2025", 1, 1 },
  { "January 10", 1, 10 },
  { "  December 25  ", 12, 25 },
  { "**July 4**", 7, 4 },
  { "01-01 Beginnings", 1, 1 },
  /* Not days. */
  { "February 30", 0, 0 },
  { "February 31", 0, 0 },
  { "April 31", 0, 0 },
  { "June 31", 0, 0 },
  { "January 0", 0, 0 },
  { "January 32", 0, 0 },
  { "January 100", 0, 0 },
  { "13-01", 0, 0 },
  { "00-10", 0, 0 },
  { "02-30", 0, 0 },
  { "1-1", 0, 0 },
  { "2025-x1-01", 0, 0 },
  { "2025-01-011", 0, 0 },
  { "01-01-2025", 0, 0 },
  { "30 de febrero", 0, 0 },
  { "January", 0, 0 },
  { "January 1x", 0, 0 },
  { "January1", 0, 0 },
  { "Janvier 1", 0, 0 },
  { "Introduction", 0, 0 },
  { "Chapter 1", 0, 0 },
  { "1 Corinthians", 0, 0 },
  { "1. January", 0, 0 },
  { "Reading for January 1", 0, 0 },
  { "Mayday 1", 0, 0 },
  { "", 0, 0 },
};

static void
test_parse_day (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (day_cases); i++)
    {
      int month = -1;
      int day = -1;
      gboolean is_day = rp_import_markdown_parse_day (day_cases[i].heading, &month, &day);

      g_test_message ("“%s”", day_cases[i].heading);
      g_assert_cmpint (is_day, ==, day_cases[i].month != 0);
      if (is_day)
        {
          g_assert_cmpint (month, ==, day_cases[i].month);
          g_assert_cmpint (day, ==, day_cases[i].day);
        }
    }

  /* The out arguments may be left out. */
  g_assert_true (rp_import_markdown_parse_day ("March 3", NULL, NULL));
}

/* --- dated books -------------------------------------------------------- */

/* One "## Month D" heading per day of @year, the body naming its date. */
static char *
make_book (int         year,
           const char *preamble)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
  };
  g_autoptr(GString) book = g_string_new (preamble);

  for (int month = 1; month <= 12; month++)
    {
      for (int day = 1; day <= g_date_get_days_in_month (month, year); day++)
        g_string_append_printf (book, "## %s %d — A Thought\n\nThe text for %02d-%02d.\n\n",
                                months[month - 1], day, month, day);
    }

  return g_string_free (g_steal_pointer (&book), FALSE);
}

static void
test_book_of_days (void)
{
  g_autofree char *book = make_book (2024, "# A Year of Days\n\n");
  g_autoptr(RpReadingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  RpReading *leap_day;

  import = parse_text ("year.md", book, -1, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (import->collection_name, ==, "A Year of Days");
  g_assert_cmpstr (import->import_key, ==, "year.md");
  g_assert_cmpuint (import->skipped->len, ==, 0);
  /* The title alone is no introduction. */
  g_assert_cmpuint (import->readings->len, ==, 366);

  for (guint i = 0; i < import->readings->len; i++)
    {
      RpReading *reading = reading_at (import, i);
      g_autofree char *key = g_strdup_printf ("%02d-%02d", rp_reading_get_entry_month (reading),
                                              rp_reading_get_entry_day (reading));
      g_autofree char *body = g_strdup_printf ("The text for %s.", key);

      g_assert_cmpint (rp_reading_get_kind (reading), ==, RP_READING_KIND_TEXT);
      g_assert_cmpint (rp_reading_get_origin (reading), ==, RP_READING_ORIGIN_IMPORTED);
      g_assert_cmpint (rp_reading_get_format (reading), ==, RP_READING_FORMAT_MARKDOWN);
      g_assert_cmpstr (rp_reading_get_import_key (reading), ==, key);
      g_assert_cmpstr (rp_reading_get_body (reading), ==, body);
      g_assert_true (g_str_has_suffix (rp_reading_get_title (reading), " — A Thought"));
      g_assert_true (rp_reading_validate (reading, NULL, NULL));
    }

  g_assert_cmpstr (rp_reading_get_title (reading_at (import, 0)), ==, "January 1 — A Thought");
  leap_day = reading_at (import, 59);
  g_assert_cmpint (rp_reading_get_entry_month (leap_day), ==, 2);
  g_assert_cmpint (rp_reading_get_entry_day (leap_day), ==, 29);
  g_assert_cmpint (rp_reading_get_entry_month (reading_at (import, 365)), ==, 12);
  g_assert_cmpint (rp_reading_get_entry_day (reading_at (import, 365)), ==, 31);
}

static void
test_book_without_title (void)
{
  g_autofree char *book = make_book (2025, "");
  g_autoptr(RpReadingImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = parse_text ("Daily Thoughts.md", book, -1, &error);
  g_assert_no_error (error);

  /* No front matter, no H1 but days: the file's name. */
  g_assert_cmpstr (import->collection_name, ==, "Daily Thoughts");
  g_assert_cmpuint (import->readings->len, ==, 365);
}

static void
test_introduction_and_sections (void)
{
  const char *text =
    "---\n"
    "title: Morning Pages\n"
    "author: somebody\n"
    "---\n"
    "# Morning Pages\n"
    "\n"
    "A word before the year begins.\n"
    "\n"
    "## January 1\n"
    "\n"
    "First.\n"
    "\n"
    "### A sub-heading stays inside\n"
    "\n"
    "More of the first.\n"
    "\n"
    "## 01-02\n"
    "Second.\n"
    "\n"
    "# February\n"
    "\n"
    "## February 1st\n"
    "Third.\n"
    "## About This Book\n"
    "\n"
    "An afterword.\n";
  g_autoptr(RpReadingImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = parse_text ("pages.md", text, -1, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (import->collection_name, ==, "Morning Pages");
  g_assert_cmpuint (import->readings->len, ==, 5);

  g_assert_cmpstr (rp_reading_get_title (reading_at (import, 0)), ==, "Introduction");
  g_assert_cmpstr (rp_reading_get_body (reading_at (import, 0)), ==, "A word before the year begins.");
  g_assert_cmpint (rp_reading_get_entry_month (reading_at (import, 0)), ==, 0);

  g_assert_cmpstr (rp_reading_get_import_key (reading_at (import, 1)), ==, "01-01");
  g_assert_cmpstr (rp_reading_get_body (reading_at (import, 1)), ==,
                   "First.\n\n### A sub-heading stays inside\n\nMore of the first.");
  g_assert_cmpstr (rp_reading_get_import_key (reading_at (import, 2)), ==, "01-02");
  g_assert_cmpstr (rp_reading_get_body (reading_at (import, 2)), ==, "Second.");
  /* "# February" has no text of its own: a divider, not a reading. */
  g_assert_cmpstr (rp_reading_get_import_key (reading_at (import, 3)), ==, "02-01");
  g_assert_cmpstr (rp_reading_get_title (reading_at (import, 4)), ==, "About This Book");
  g_assert_cmpstr (rp_reading_get_body (reading_at (import, 4)), ==, "An afterword.");
  g_assert_cmpint (rp_reading_get_entry_month (reading_at (import, 4)), ==, 0);
  g_assert_cmpuint (import->skipped->len, ==, 0);
}

static void
test_front_matter_names_collection (void)
{
  const char *text =
    "---\n"
    "title: \"Quiet Mornings\"\n"
    "---\n"
    "# Not the name\n"
    "# January 1\nOne.\n"
    "# January 2\nTwo.\n";
  g_autoptr(RpReadingImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = parse_text ("x.md", text, -1, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (import->collection_name, ==, "Quiet Mornings");
  g_assert_cmpuint (import->readings->len, ==, 2);
}

static void
test_duplicate_day (void)
{
  const char *text =
    "---\n"
    "title: Twice\n"
    "---\n"
    "\n"
    "## January 1\n"          /* line 5 */
    "One.\n"
    "\n"
    "## Jan 1st — again\n"    /* line 8 */
    "Another one, left out.\n"
    "\n"
    "## January 2\n"          /* line 11 */
    "\n"
    "## January 3\n"          /* line 13 */
    "Three.\n";
  g_autoptr(RpReadingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char *reason;

  import = parse_text ("twice.md", text, -1, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (import->readings->len, ==, 2);
  g_assert_cmpstr (rp_reading_get_body (reading_at (import, 0)), ==, "One.");
  g_assert_cmpstr (rp_reading_get_import_key (reading_at (import, 1)), ==, "01-03");

  g_assert_cmpuint (import->skipped->len, ==, 2);
  reason = g_ptr_array_index (import->skipped, 0);
  g_test_message ("%s", reason);
  g_assert_true (g_str_has_prefix (reason, "Line 8:"));
  g_assert_nonnull (strstr (reason, "line 5"));
  /* It never quotes the file. */
  g_assert_null (strstr (reason, "again"));
  reason = g_ptr_array_index (import->skipped, 1);
  g_assert_true (g_str_has_prefix (reason, "Line 11:"));
}

/* Day headings inside code, quotes or lists are not headings; setext ones
 * are. */
static void
test_headings_in_context (void)
{
  const char *text =
    "January 1\n"
    "=========\n"
    "Setext.\n"
    "\n"
    "```\n"
    "# January 2\n"
    "```\n"
    "\n"
    "> # January 3\n"
    "\n"
    "    # January 4\n"
    "\n"
    "- January 5\n"
    "  ---------\n"
    "\n"
    "~~~~ text\n"
    "## January 6\n"
    "~~~\n"
    "still code\n"
    "~~~~\n"
    "\n"
    "January 7\n"
    "=========\n"
    "Last.\n";
  g_autoptr(RpReadingImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = parse_text ("context.md", text, -1, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (import->readings->len, ==, 2);
  g_assert_cmpstr (rp_reading_get_import_key (reading_at (import, 0)), ==, "01-01");
  g_assert_true (g_str_has_prefix (rp_reading_get_body (reading_at (import, 0)), "Setext.\n\n```\n# January 2"));
  g_assert_nonnull (strstr (rp_reading_get_body (reading_at (import, 0)), "still code"));
  g_assert_cmpstr (rp_reading_get_import_key (reading_at (import, 1)), ==, "01-07");
}

static void
test_crlf (void)
{
  const char *text = "\xef\xbb\xbf# Book\r\n\r\n## January 1\r\nOne.\r\n\r\n## January 2\r\nTwo.\r\n";
  g_autoptr(RpReadingImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = parse_text ("crlf.md", text, -1, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (import->collection_name, ==, "Book");
  g_assert_cmpuint (import->readings->len, ==, 2);
  g_assert_cmpstr (rp_reading_get_title (reading_at (import, 0)), ==, "January 1");
  g_assert_cmpstr (rp_reading_get_body (reading_at (import, 0)), ==, "One.");
}

/* --- single readings -------------------------------------------------- */

static void
test_single_with_front_matter (void)
{
  const char *text =
    "---\n"
    "title: 'What I Heard Tonight'\n"
    "description: Notes from the Tuesday meeting.\n"
    "tags:\n"
    "  - meeting\n"
    "---\n"
    "\n"
    "# Tuesday\n"
    "\n"
    "Keep it *simple*.\n";
  g_autoptr(RpReadingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  RpReading *reading;

  import = parse_text ("notes.md", text, -1, &error);
  g_assert_no_error (error);

  g_assert_null (import->collection_name);
  g_assert_cmpstr (import->import_key, ==, "notes.md");
  g_assert_cmpuint (import->readings->len, ==, 1);
  reading = reading_at (import, 0);
  g_assert_cmpstr (rp_reading_get_title (reading), ==, "What I Heard Tonight");
  g_assert_cmpstr (rp_reading_get_description (reading), ==, "Notes from the Tuesday meeting.");
  /* The Markdown as written, without its header. */
  g_assert_cmpstr (rp_reading_get_body (reading), ==, "# Tuesday\n\nKeep it *simple*.\n");
  g_assert_cmpstr (rp_reading_get_import_key (reading), ==, "notes.md");
  g_assert_cmpint (rp_reading_get_format (reading), ==, RP_READING_FORMAT_MARKDOWN);
  g_assert_cmpint (rp_reading_get_entry_month (reading), ==, 0);
}

static void
test_single_title (void)
{
  g_autoptr(RpReadingImport) from_heading = NULL;
  g_autoptr(RpReadingImport) from_name = NULL;
  g_autoptr(RpReadingImport) one_day = NULL;
  g_autoptr(RpReadingImport) rule = NULL;
  g_autoptr(GError) error = NULL;

  from_heading = parse_text ("a.markdown", "Some words.\n\n### Serenity\n\nMore.\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rp_reading_get_title (reading_at (from_heading, 0)), ==, "Serenity");
  g_assert_cmpstr (rp_reading_get_body (reading_at (from_heading, 0)), ==,
                   "Some words.\n\n### Serenity\n\nMore.\n");

  from_name = parse_text ("My Prayer.MD", "Words without a heading.\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rp_reading_get_title (reading_at (from_name, 0)), ==, "My Prayer");
  g_assert_cmpint (rp_reading_get_format (reading_at (from_name, 0)), ==, RP_READING_FORMAT_MARKDOWN);

  /* One day heading is not a dated book. */
  one_day = parse_text ("day.md", "# January 1\n\nJust one.\n", -1, &error);
  g_assert_no_error (error);
  g_assert_null (one_day->collection_name);
  g_assert_cmpuint (one_day->readings->len, ==, 1);
  g_assert_cmpint (rp_reading_get_entry_month (reading_at (one_day, 0)), ==, 0);

  /* A rule over a paragraph is Markdown, not front matter. */
  rule = parse_text ("rule.md", "---\nJust a line.\n\n---\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rp_reading_get_body (reading_at (rule, 0)), ==, "---\nJust a line.\n\n---\n");
}

static void
test_plain_text (void)
{
  const char *text = "# January 1\nNot a heading here.\n\n# January 2\n<b>as is</b>\n";
  g_autoptr(RpReadingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  RpReading *reading;

  import = parse_text ("journal.txt", text, -1, &error);
  g_assert_no_error (error);

  g_assert_null (import->collection_name);
  g_assert_cmpuint (import->readings->len, ==, 1);
  reading = reading_at (import, 0);
  g_assert_cmpint (rp_reading_get_format (reading), ==, RP_READING_FORMAT_PLAIN);
  g_assert_cmpstr (rp_reading_get_title (reading), ==, "journal");
  g_assert_cmpstr (rp_reading_get_body (reading), ==, text);
  g_assert_null (rp_reading_get_description (reading));
}

/* --- hostile files ------------------------------------------------------ */

static void
assert_refused (const char *file_name,
                const char *text,
                gssize      length,
                const char *expected)
{
  g_autoptr(RpReadingImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = parse_text (file_name, text, length, &error);
  g_assert_null (import);
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_REFUSED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, expected));
}

static void
test_raw_html_kept (void)
{
  const char *text =
    "# <script>alert('x')</script>\n"
    "\n"
    "<img src=x onerror=alert(1)>\n"
    "<a href=\"javascript:alert(1)\">click</a>\n"
    "<!-- a comment -->\n"
    "&lt;&#x3C;&amp;\n";
  g_autoptr(RpReadingImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = parse_text ("html.md", text, -1, &error);
  g_assert_no_error (error);

  /* Stored as written: the reader shows it as text, never as HTML. */
  g_assert_cmpstr (rp_reading_get_body (reading_at (import, 0)), ==, text);
  g_assert_cmpstr (rp_reading_get_title (reading_at (import, 0)), ==, "<script>alert('x')</script>");
}

static void
test_long_line_refused (void)
{
  g_autoptr(GString) text = g_string_new ("# Title\n\n");

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, 'a' + i % 26);
  g_string_append (text, "\nafter\n");

  assert_refused ("long.md", text->str, text->len, "Line 3 ");
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) text = g_string_new ("# Deep\n\n");
  g_autoptr(RpReadingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (text, '>');
  g_string_append (text, " bottom\n\n");
  /* And as many lines each one level deeper, and a deep list. */
  for (guint i = 0; i < 2000; i++)
    {
      for (guint j = 0; j < i % 200; j++)
        g_string_append (text, "> ");
      g_string_append (text, "- [x\n");
    }

  start = g_get_monotonic_time ();
  import = parse_text ("deep.md", text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);

  /* Accepted, and stored verbatim. */
  g_assert_cmpuint (import->readings->len, ==, 1);
  g_assert_cmpstr (rp_reading_get_body (reading_at (import, 0)), ==, text->str);
}

static void
test_invalid_utf8_refused (void)
{
  assert_refused ("latin1.md", "# Caf\xc3\xa9\n\nline three\ncaf\xe9 on line four\n", -1, "Line 4 ");
  assert_refused ("cut.txt", "ok\n\xf0\x9f\x98", -1, "Line 2 ");
}

static void
test_binary_refused (void)
{
  assert_refused ("nul.md", "# Hello\n\nworld\0more", 19, "binary");
  assert_refused ("image.md", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, "binary");
}

static void
test_empty_refused (void)
{
  assert_refused ("empty.md", "", 0, "empty");
  assert_refused ("blank.txt", "\xef\xbb\xbf \n\r\n\t\n", -1, "empty");
  assert_refused ("header-only.md", "---\ntitle: Nothing\n---\n\n\n", -1, "no text");
  assert_refused ("empty-days.md", "# January 1\n\n# January 2\n", -1, "entries");
}

/* --- the shared corpora ----------------------------------------------- */

static char *
find_corpora (void)
{
  const char *corpora = g_getenv ("RP_CORPORA_DIR");
  g_autofree char *relative = NULL;

  if (corpora != NULL && *corpora != '\0')
    return g_strdup (corpora);

  relative = g_build_filename (g_test_get_dir (G_TEST_DIST), "..", "..", "shared", "corpora", NULL);

  return g_canonicalize_filename (relative, NULL);
}

/* Parsed (each reading valid) or refused with a message, whatever the
 * file, read under its own name and as Markdown. */
static void
parse_corpus_file (const char *path,
                   guint      *n_parsed,
                   guint      *n_refused)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *as_markdown = g_strconcat (base, ".md", NULL);
  const char *names[] = { base, as_markdown };
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(RpReadingImport) import = rp_import_markdown_parse (names[i], bytes, &error);

      if (import == NULL)
        {
          g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_REFUSED);
          g_assert_cmpstr (error->message, !=, "");
          /* The name only: the corpora's contents are never printed. */
          g_test_message ("%s: refused", names[i]);
          g_clear_error (&error);
          (*n_refused)++;
          continue;
        }

      g_assert_cmpuint (import->readings->len, >, 0);
      for (guint j = 0; j < import->readings->len; j++)
        g_assert_true (rp_reading_validate (reading_at (import, j), NULL, NULL));
      g_test_message ("%s: %u readings, %u skipped", names[i], import->readings->len,
                      import->skipped->len);
      (*n_parsed)++;
    }
}

static void
test_corpora (void)
{
  g_autofree char *corpora = find_corpora ();
  g_autoptr(GDir) dir = NULL;
  const char *folder;
  guint n_parsed = 0;
  guint n_refused = 0;

  if (!g_file_test (corpora, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("The corpora are absent; set RP_CORPORA_DIR");
      return;
    }

  dir = g_dir_open (corpora, 0, NULL);
  g_assert_nonnull (dir);
  while ((folder = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *folder_path = g_build_filename (corpora, folder, NULL);
      g_autoptr(GDir) files = NULL;
      const char *file;

      if (!g_file_test (folder_path, G_FILE_TEST_IS_DIR))
        {
          parse_corpus_file (folder_path, &n_parsed, &n_refused);
          continue;
        }

      files = g_dir_open (folder_path, 0, NULL);
      g_assert_nonnull (files);
      while ((file = g_dir_read_name (files)) != NULL)
        {
          g_autofree char *path = g_build_filename (folder_path, file, NULL);

          if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
            parse_corpus_file (path, &n_parsed, &n_refused);
        }
    }

  g_test_message ("%u parsed, %u refused", n_parsed, n_refused);
  /* The PROVENANCE.md notes at least are Markdown. */
  g_assert_cmpuint (n_parsed, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-markdown/parse-day", test_parse_day);
  g_test_add_func ("/import-markdown/book-of-days", test_book_of_days);
  g_test_add_func ("/import-markdown/book-without-title", test_book_without_title);
  g_test_add_func ("/import-markdown/introduction-and-sections", test_introduction_and_sections);
  g_test_add_func ("/import-markdown/front-matter-names-collection", test_front_matter_names_collection);
  g_test_add_func ("/import-markdown/duplicate-day", test_duplicate_day);
  g_test_add_func ("/import-markdown/headings-in-context", test_headings_in_context);
  g_test_add_func ("/import-markdown/crlf", test_crlf);
  g_test_add_func ("/import-markdown/single-with-front-matter", test_single_with_front_matter);
  g_test_add_func ("/import-markdown/single-title", test_single_title);
  g_test_add_func ("/import-markdown/plain-text", test_plain_text);
  g_test_add_func ("/import-markdown/hostile/raw-html", test_raw_html_kept);
  g_test_add_func ("/import-markdown/hostile/long-line", test_long_line_refused);
  g_test_add_func ("/import-markdown/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/import-markdown/hostile/invalid-utf8", test_invalid_utf8_refused);
  g_test_add_func ("/import-markdown/hostile/binary", test_binary_refused);
  g_test_add_func ("/import-markdown/hostile/empty", test_empty_refused);
  g_test_add_func ("/import-markdown/corpora", test_corpora);

  return g_test_run ();
}
