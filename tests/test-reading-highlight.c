/* test-reading-highlight.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-reading-highlight"

#include "config.h"

#include "rp-reading-highlight.h"
#include "rp-reading-search.h"

/* The search results' markup: the matched words in <b>, everything else
 * escaped, and ranges that do not fit the text never trusted. */

static GArray *
ranges_of (guint n,
           ...)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (RpTextRange));
  va_list args;

  va_start (args, n);
  for (guint i = 0; i < n; i++)
    {
      RpTextRange range;

      range.start = va_arg (args, guint);
      range.end = va_arg (args, guint);
      g_array_append_val (ranges, range);
    }
  va_end (args);

  return ranges;
}

/* What GtkLabel would be given must parse as markup, with no element but
 * <b>. */
static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element_name,
                  const char          **attribute_names,
                  const char          **attribute_values,
                  gpointer              user_data,
                  GError              **error)
{
  guint *n_bold = user_data;

  if (g_str_equal (element_name, "markup"))
    return;
  g_assert_cmpstr (element_name, ==, "b");
  g_assert_null (attribute_names[0]);
  (*n_bold)++;
}

static guint
assert_well_formed (const char *markup)
{
  static const GMarkupParser parser = { start_element_cb, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *document = g_strconcat ("<markup>", markup, "</markup>", NULL);
  guint n_bold = 0;

  context = g_markup_parse_context_new (&parser, 0, &n_bold, NULL);
  g_markup_parse_context_parse (context, document, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);

  return n_bold;
}

static void
check (const char *text,
       GArray     *ranges,
       const char *expected,
       guint       expected_bold)
{
  g_autofree char *markup = rp_reading_highlight_markup (text, ranges);

  g_assert_cmpstr (markup, ==, expected);
  g_assert_cmpuint (assert_well_formed (markup), ==, expected_bold);
  g_clear_pointer (&ranges, g_array_unref);
}

static void
test_bold (void)
{
  check ("Gratitude list", ranges_of (1, 0, 9), "<b>Gratitude</b> list", 1);
  check ("one day at a time, one day", ranges_of (2, 19, 22, 0, 3),
         "<b>one</b> day at a time, <b>one</b> day", 2);
  check ("No match here", NULL, "No match here", 0);
  check ("", ranges_of (1, 0, 0), "", 0);
  check (NULL, NULL, "", 0);
}

static void
test_escapes (void)
{
  /* "Tom & <Jerry>": Jerry is bytes 7 to 12. */
  check ("Tom & <Jerry>", ranges_of (1, 7, 12), "Tom &amp; &lt;<b>Jerry</b>&gt;", 1);
  check ("<b>x</b>", NULL, "&lt;b&gt;x&lt;/b&gt;", 0);
  check ("<span foreground=\"red\">a</span>", ranges_of (1, 0, 5),
         "<b>&lt;span</b> foreground=&quot;red&quot;&gt;a&lt;/span&gt;", 1);
  check ("it's &amp; \"quoted\"", NULL,
         "it&apos;s &amp;amp; &quot;quoted&quot;", 0);
  /* Line breaks and FTS5's own marks never reach the label. */
  check ("a\nb\x02" "c\x03", NULL, "a b c ", 0);
}

static void
test_multibyte (void)
{
  /* "café crème": "café" is 5 bytes, "crème" 6. */
  check ("café crème", ranges_of (2, 0, 5, 6, 12), "<b>café</b> <b>crème</b>", 2);
  /* Ending inside "é": dropped, not cut. */
  check ("café crème", ranges_of (1, 0, 4), "café crème", 0);
  check ("café crème", ranges_of (1, 9, 12), "café crème", 0);
}

static void
test_hostile_ranges (void)
{
  /* Out of bounds, empty, reversed. */
  check ("short", ranges_of (3, 2, 99, 3, 3, 4, 1), "short", 0);
  /* Unsorted and overlapping: merged into what is left. */
  check ("abcdefgh", ranges_of (3, 4, 6, 0, 2, 1, 5),
         "<b>ab</b><b>cde</b><b>f</b>gh", 3);
  check ("abcdefgh", ranges_of (2, 0, 8, 2, 4), "<b>abcdefgh</b>", 1);
}

static void
test_invalid_utf8 (void)
{
  g_autofree char *markup = rp_reading_highlight_markup ("bad \xff<b>", NULL);
  GArray *ranges = ranges_of (1, 0, 3);

  /* Shown as valid text, escaped, without highlights. */
  g_assert_true (g_utf8_validate (markup, -1, NULL));
  g_assert_cmpuint (assert_well_formed (markup), ==, 0);
  g_assert_nonnull (g_strstr_len (markup, -1, "&lt;b&gt;"));

  g_clear_pointer (&markup, g_free);
  markup = rp_reading_highlight_markup ("bad \xff", ranges);
  g_assert_cmpuint (assert_well_formed (markup), ==, 0);
  g_array_unref (ranges);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reading-highlight/bold", test_bold);
  g_test_add_func ("/reading-highlight/escapes", test_escapes);
  g_test_add_func ("/reading-highlight/multibyte", test_multibyte);
  g_test_add_func ("/reading-highlight/hostile-ranges", test_hostile_ranges);
  g_test_add_func ("/reading-highlight/invalid-utf8", test_invalid_utf8);

  return g_test_run ();
}
