/* test-reading-search.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The pure half of the reading search: what the user typed made into an
 * FTS5 query in which nothing acts as an operator, and FTS5's marks split
 * into plain text and byte ranges. test-store-reading-search runs the
 * queries against a real index. */

#include "config.h"

#include <string.h>

#include "rp-reading-search.h"

static void
assert_query (const char *text,
              const char *expected)
{
  g_autofree char *query = rp_reading_search_build_query (text);

  g_assert_cmpstr (query, ==, expected);
}

static void
test_query_words (void)
{
  assert_query ("grat", "\"grat\"*");
  assert_query ("  Gratitude   list ", "\"Gratitude\" \"list\"*");
  assert_query ("one\ttwo\nthree", "\"one\" \"two\" \"three\"*");
  /* Punctuation stays inside its word: the tokenizer makes it a phrase. */
  assert_query ("don't", "\"don't\"*");
  assert_query ("12-step", "\"12-step\"*");
}

static void
test_query_operators_are_words (void)
{
  assert_query ("AND", "\"AND\"*");
  assert_query ("a OR b", "\"a\" \"OR\" \"b\"*");
  assert_query ("NOT x", "\"NOT\" \"x\"*");
  assert_query ("NEAR(a b)", "\"NEAR(a\" \"b)\"*");
  assert_query ("NEAR(", "\"NEAR(\"*");
  assert_query ("-x", "\"-x\"*");
  assert_query ("col:x", "\"col:x\"*");
  assert_query ("title:grat*", "\"title:grat*\"*");
  assert_query ("^start", "\"^start\"*");
  assert_query ("x*", "\"x*\"*");
  assert_query ("{title body}: x", "\"{title\" \"body}:\" \"x\"*");
  assert_query ("a + b", "\"a\" \"b\"*");
}

static void
test_query_quotes_doubled (void)
{
  assert_query ("\"hi\"", "\"\"\"hi\"\"\"*");
  assert_query ("say \"hi there\"", "\"say\" \"\"\"hi\" \"there\"\"\"*");
  assert_query ("a\"\"b", "\"a\"\"\"\"b\"*");
}

static void
test_query_nothing_to_search (void)
{
  assert_query (NULL, NULL);
  assert_query ("", NULL);
  assert_query ("   \t\n", NULL);
  assert_query ("\"", NULL);
  assert_query ("\"\"\"", NULL);
  assert_query ("*", NULL);
  assert_query ("- ( ) * ^ : + { } \" ,", NULL);
  assert_query ("☃ ♥", NULL);
}

static void
test_query_unicode (void)
{
  assert_query ("café", "\"café\"*");
  assert_query ("Ñandú über", "\"Ñandú\" \"über\"*");
  assert_query ("感謝 日記", "\"感謝\" \"日記\"*");
  /* No-break and ideographic spaces separate words too. */
  assert_query ("one\xc2\xa0two\xe3\x80\x80three", "\"one\" \"two\" \"three\"*");
  /* A symbol next to a word goes with it; alone, it is dropped. */
  assert_query ("♥love ♥", "\"♥love\"*");
  /* Invalid UTF-8 is replaced, never passed on. */
  assert_query ("\xff\xfe abc", "\"abc\"*");
  assert_query ("ab\xc3", "\"ab\xef\xbf\xbd\"*");
}

static void
test_query_capped (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *query = NULL;
  guint n_quotes = 0;

  for (int i = 0; i < 1000; i++)
    g_string_append_printf (text, "w%d ", i);
  query = rp_reading_search_build_query (text->str);

  for (const char *p = query; *p != '\0'; p++)
    n_quotes += (*p == '"');
  g_assert_cmpuint (n_quotes, ==, 2 * 16);
  g_assert_true (g_str_has_prefix (query, "\"w0\" \"w1\" "));
  g_assert_true (g_str_has_suffix (query, " \"w15\"*"));
}

/* The ranges as "start-end" joined by ",". */
static char *
ranges_to_string (GArray *ranges)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < ranges->len; i++)
    {
      RpTextRange *range = &g_array_index (ranges, RpTextRange, i);

      g_string_append_printf (text, "%s%u-%u", i > 0 ? "," : "", range->start, range->end);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_split (const char *marked,
              const char *expected_text,
              const char *expected_ranges)
{
  g_autoptr(GArray) ranges = NULL;
  g_autofree char *text = rp_reading_search_split_marks (marked, &ranges);
  g_autofree char *ranges_text = ranges_to_string (ranges);

  g_assert_cmpstr (text, ==, expected_text);
  g_assert_cmpstr (ranges_text, ==, expected_ranges);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (guint i = 0; i < ranges->len; i++)
    {
      RpTextRange *range = &g_array_index (ranges, RpTextRange, i);

      g_assert_cmpuint (range->start, <, range->end);
      g_assert_cmpuint (range->end, <=, strlen (text));
      g_assert_true (g_utf8_validate (text + range->start, range->end - range->start, NULL));
    }
}

static void
test_split_marks (void)
{
  assert_split ("", "", "");
  assert_split ("no match here", "no match here", "");
  assert_split ("\x02Gratitude\x03 list", "Gratitude list", "0-9");
  assert_split ("a \x02one\x03 and \x02two\x03", "a one and two", "2-5,10-13");
  assert_split ("…three \x02things\x03 at night…", "…three things at night…", "9-15");
}

static void
test_split_marks_multibyte (void)
{
  /* Byte offsets, each on a character boundary. */
  assert_split ("un \x02" "café\x03 noir", "un café noir", "3-8");
  assert_split ("\x02Ñandú\x03 y \x02über\x03", "Ñandú y über", "0-7,10-15");
  assert_split ("感謝\x02日記\x03", "感謝日記", "6-12");
}

static void
test_split_marks_unpaired (void)
{
  /* A close with nothing open and an open inside another are dropped; an
   * open one ends with the text; empty ones vanish; touching ones join. */
  assert_split ("a\x03 b", "a b", "");
  assert_split ("\x02" "a \x02" "b\x03 c", "a b c", "0-3");
  assert_split ("a \x02" "bc", "a bc", "2-4");
  assert_split ("a\x02\x03 b", "a b", "");
  assert_split ("\x02" "ab\x03\x02" "cd\x03", "abcd", "0-4");
  assert_split ("\x03\x03\x02\x02\x02", "", "");
}

static void
test_split_marks_without_ranges (void)
{
  g_autofree char *text = rp_reading_search_split_marks ("\x02" "a\x03 b", NULL);

  g_assert_cmpstr (text, ==, "a b");
}

static void
test_match_free (void)
{
  RpReadingMatch *match = g_new0 (RpReadingMatch, 1);

  match->title = g_strdup ("Gratitude");
  match->title_ranges = g_array_new (FALSE, FALSE, sizeof (RpTextRange));
  match->snippet = g_strdup ("…three things…");
  match->snippet_ranges = g_array_new (FALSE, FALSE, sizeof (RpTextRange));
  rp_reading_match_free (match);
  rp_reading_match_free (NULL);
}

/* A snippet of Markdown shows words, not syntax; the marks stay put. */
static void
test_plain_snippet (void)
{
  static const struct {
    const char *marked;
    const char *plain;
  } cases[] = {
    { "# When a \x02" "Craving\x03" " Hits", "When a \x02" "Craving\x03" " Hits" },
    { "well?** - When was \x02" "it\x03" "", "well? · When was \x02" "it\x03" "" },
    { "> a quote with **\x02" "bold\x03" "** and `code`", "a quote with \x02" "bold\x03" " and code" },
    { "__strong__ snake_case stays", "strong snake_case stays" },
    { "###### six ####### seven", "six ####### seven" },
    { "- first + second * third", "· first · second · third" },
    { "…tail ##", "…tail" },
    { "", "" },
    { "** ``", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *plain = rp_reading_search_plain_snippet (cases[i].marked);

      g_assert_cmpstr (plain, ==, cases[i].plain);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reading-search/query/words", test_query_words);
  g_test_add_func ("/reading-search/query/operators-are-words", test_query_operators_are_words);
  g_test_add_func ("/reading-search/query/quotes-doubled", test_query_quotes_doubled);
  g_test_add_func ("/reading-search/query/nothing-to-search", test_query_nothing_to_search);
  g_test_add_func ("/reading-search/query/unicode", test_query_unicode);
  g_test_add_func ("/reading-search/query/capped", test_query_capped);
  g_test_add_func ("/reading-search/split/marks", test_split_marks);
  g_test_add_func ("/reading-search/split/multibyte", test_split_marks_multibyte);
  g_test_add_func ("/reading-search/split/unpaired", test_split_marks_unpaired);
  g_test_add_func ("/reading-search/split/without-ranges", test_split_marks_without_ranges);
  g_test_add_func ("/reading-search/match-free", test_match_free);

  g_test_add_func ("/reading-search/plain-snippet", test_plain_snippet);

  return g_test_run ();
}
