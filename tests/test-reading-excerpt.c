/* test-reading-excerpt.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* rp_reading_excerpt(): Markdown's syntax left out, white space made one,
 * headings and code left out, raw HTML kept as text, cut at a word with
 * "…", never over the length and never through a character, and hostile
 * text (invalid UTF-8, NUL-free control characters, huge lines, deep
 * nesting) handled. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-reading-excerpt.h"

static void
assert_excerpt (const char      *text,
                RpReadingFormat  format,
                guint            max_characters,
                const char      *expected)
{
  g_autofree char *excerpt = rp_reading_excerpt (text, format, max_characters);

  g_assert_true (g_utf8_validate (excerpt, -1, NULL));
  g_assert_cmpstr (excerpt, ==, expected);
  g_assert_cmpint (g_utf8_strlen (excerpt, -1), <=, max_characters);
}

static void
test_markdown_stripped (void)
{
  static const struct {
    const char *markdown;
    const char *expected;
  } cases[] = {
    { "# A Title\n\nThe first *day* is **the** hardest.\n",
      "The first day is the hardest." },
    { "Words with `code` and ~~struck~~ and _under_ scores.",
      "Words with code and struck and under scores." },
    { "See [the meeting list](https://example.org/meetings) and "
      "![a candle](candle.png) tonight.",
      "See the meeting list and a candle tonight." },
    { "> A quote\n> on two lines\n\n> > nested\n",
      "A quote on two lines nested" },
    { "- first\n- second\n  continued\n1. one\n2) two\n",
      "first second continued one two" },
    { "- [ ] to do\n- [x] done\n", "to do done" },
    { "Before\n\n```\nint code = 1;\n```\n\n    indented code\n\nAfter",
      "Before After" },
    { "Setext Heading\n==============\n\nBody text.\n", "Body text." },
    { "Line one  \nline two\\\nline three", "Line one line two line three" },
    { "Fish &amp; chips &lt;3 &#233;t&#xE9; &mdash; &bogus; \\*literal\\*",
      "Fish & chips <3 été — &bogus; *literal*" },
    { "A <b>bold</b> claim <script>alert(1)</script>",
      "A <b>bold</b> claim <script>alert(1)</script>" },
    { "| Day | Step |\n|-----|------|\n| 1 | One |\n", "Day Step 1 One" },
    { "Text\n\n---\n\nMore [ref] text.\n\n[ref]: https://example.org\n",
      "Text More ref text." },
    { "Tabs\tand   many\n\n\n   spaces", "Tabs and many spaces" },
    { "# Only\n\n## Headings\n", "Only Headings" },
    { "", "" },
    { "```\nonly code\n```\n", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_excerpt (cases[i].markdown, RP_READING_FORMAT_MARKDOWN, 200, cases[i].expected);

  assert_excerpt (NULL, RP_READING_FORMAT_MARKDOWN, 200, "");
}

/* A .txt reading is shown as written: nothing in it is syntax. */
static void
test_plain (void)
{
  assert_excerpt ("# Not a heading\n\n*not emphasis* [not](a link)\n",
                  RP_READING_FORMAT_PLAIN, 200,
                  "# Not a heading *not emphasis* [not](a link)");
  assert_excerpt ("  \n\t ", RP_READING_FORMAT_PLAIN, 200, "");
}

static void
test_cut_at_word (void)
{
  const char *text = "One day at a time, we learn to live with what comes, "
                     "and to ask for help before we need it most.";

  /* Short enough: whole. */
  assert_excerpt (text, RP_READING_FORMAT_MARKDOWN, 200,
                  "One day at a time, we learn to live with what comes, "
                  "and to ask for help before we need it most.");
  /* Cut at the last whole word, no dangling comma, then the ellipsis. */
  assert_excerpt (text, RP_READING_FORMAT_MARKDOWN, 20, "One day at a time…");
  assert_excerpt (text, RP_READING_FORMAT_MARKDOWN, 19, "One day at a time…");
  assert_excerpt (text, RP_READING_FORMAT_MARKDOWN, 12, "One day at…");
  /* One long word: cut inside it rather than keep nothing. */
  assert_excerpt ("Supercalifragilistic expialidocious", RP_READING_FORMAT_PLAIN, 10,
                  "Supercali…");
  assert_excerpt ("Anything", RP_READING_FORMAT_PLAIN, 1, "…");
  assert_excerpt ("Anything", RP_READING_FORMAT_PLAIN, 0, "");
  /* Exactly the length: not cut. */
  assert_excerpt ("12345", RP_READING_FORMAT_PLAIN, 5, "12345");
  assert_excerpt ("123456", RP_READING_FORMAT_PLAIN, 5, "1234…");
}

/* Characters, not bytes: a cut never splits one. */
static void
test_multibyte (void)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 100; i++)
    g_string_append (text, "día ñandú 日本語 🙏 ");

  for (guint max = 1; max < 120; max++)
    {
      g_autofree char *excerpt = rp_reading_excerpt (text->str, RP_READING_FORMAT_MARKDOWN, max);

      g_assert_true (g_utf8_validate (excerpt, -1, NULL));
      g_assert_cmpint (g_utf8_strlen (excerpt, -1), <=, max);
      g_assert_true (g_str_has_suffix (excerpt, "…"));
      g_assert_true (strncmp (excerpt, text->str, strlen (excerpt) - strlen ("…")) == 0);
    }

  assert_excerpt ("día ñandú 日本語 🙏", RP_READING_FORMAT_MARKDOWN, 12, "día ñandú…");
}

static void
test_hostile (void)
{
  g_autoptr(GString) nested = g_string_new (NULL);
  g_autofree char *huge_line = NULL;
  g_autofree char *excerpt = NULL;
  gint64 start;

  /* Invalid UTF-8 and control characters. */
  assert_excerpt ("Bad \xff\xfe bytes\x01\x7f here", RP_READING_FORMAT_MARKDOWN, 200,
                  "Bad \xEF\xBF\xBD\xEF\xBF\xBD bytes here");
  assert_excerpt ("Bad \xc3", RP_READING_FORMAT_PLAIN, 200, "Bad \xEF\xBF\xBD");

  /* Ten thousand nested quotes, and a line of two million characters. */
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (nested, '>');
  g_string_append (nested, " deep\n");
  excerpt = rp_reading_excerpt (nested->str, RP_READING_FORMAT_MARKDOWN, 200);
  g_assert_true (g_utf8_validate (excerpt, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (excerpt, -1), <=, 200);
  g_clear_pointer (&excerpt, g_free);

  huge_line = g_strnfill (2 * 1024 * 1024, 'a');
  start = g_get_monotonic_time ();
  excerpt = rp_reading_excerpt (huge_line, RP_READING_FORMAT_MARKDOWN, 200);
  g_assert_cmpint (g_utf8_strlen (excerpt, -1), ==, 200);
  g_assert_true (g_str_has_suffix (excerpt, "…"));
  /* Only the start is read: quick whatever the length. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reading-excerpt/markdown-stripped", test_markdown_stripped);
  g_test_add_func ("/reading-excerpt/plain", test_plain);
  g_test_add_func ("/reading-excerpt/cut-at-word", test_cut_at_word);
  g_test_add_func ("/reading-excerpt/multibyte", test_multibyte);
  g_test_add_func ("/reading-excerpt/hostile", test_hostile);

  return g_test_run ();
}
