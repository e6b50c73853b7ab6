/* test-gui-markdown-view.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpMarkdownView under a real (Xvfb) display: each Markdown construct gets
 * its tag on exactly its text; links are followed by a click, by Tab and
 * Enter, and show a pointer; raw HTML stays text; hostile texts (10,000
 * levels of nesting, a 20,000-character line, a megabyte of `*_[`, invalid
 * UTF-8) are shown quickly and safely; plain text stays as written; the
 * text size scales every tag; the top offset survives a round trip and a
 * change of text size; Home and End scroll; the footer follows the text. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-markdown-view.h"
#include "rp-test-gui.h"
#include "rp-test-util.h"

typedef struct
{
  GtkWindow      *window;
  RpMarkdownView *view;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  user_data)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  f->window = GTK_WINDOW (gtk_window_new ());
  f->view = RP_MARKDOWN_VIEW (rp_markdown_view_new ());
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (f->view));
  gtk_window_set_child (f->window, scrolled);
  gtk_window_set_default_size (f->window, 480, 360);
}

static void
tear_down (Fixture       *f,
           gconstpointer  user_data)
{
  g_object_add_weak_pointer (G_OBJECT (f->view), (gpointer *) &f->view);
  gtk_window_destroy (f->window);
  rp_test_gui_iterate (50);
  g_assert_null (f->view);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
present (Fixture *f)
{
  gtk_window_present (f->window);
  rp_test_gui_iterate (150);
}

static GtkTextBuffer *
get_buffer (Fixture *f)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->view));
}

static char *
get_text (Fixture *f)
{
  return rp_markdown_view_get_text (f->view);
}

/* The character offset of the first @needle in the shown text. */
static int
find (Fixture    *f,
      const char *needle)
{
  g_autofree char *text = get_text (f);
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);

  return (int) g_utf8_pointer_to_offset (text, found);
}

static gboolean
has_tag_at (Fixture    *f,
            int         offset,
            const char *tag_name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (get_buffer (f)),
                                               tag_name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (get_buffer (f), &iter, offset);

  return gtk_text_iter_has_tag (&iter, tag);
}

/* @tag_name covers all of @needle and neither character around it. */
static void
assert_tag_exactly (Fixture    *f,
                    const char *needle,
                    const char *tag_name)
{
  int start = find (f, needle);
  int length = (int) g_utf8_strlen (needle, -1);

  g_test_message ("“%s” is %s", needle, tag_name);
  for (int i = start; i < start + length; i++)
    g_assert_true (has_tag_at (f, i, tag_name));
  if (start > 0)
    g_assert_false (has_tag_at (f, start - 1, tag_name));
  g_assert_false (has_tag_at (f, start + length, tag_name));
}

static void
test_styles (Fixture       *f,
             gconstpointer  user_data)
{
  g_autofree char *text = NULL;

  rp_markdown_view_set_text (f->view,
                             "# One Day\n\n"
                             "## At a Time\n\n"
                             "#### Deeper\n\n"
                             "Some **strong** and *gentle* and `typed` and ~~gone~~ words.\n\n"
                             "> quoted line\n\n"
                             "- first item\n"
                             "- second item\n\n"
                             "3. third\n"
                             "4. fourth\n\n"
                             "```\nblock code\n```\n\n"
                             "***\n\n"
                             "![a sunrise](sunrise.png)\n\n"
                             "| Day | Step |\n"
                             "|-----|------|\n"
                             "| one | first |\n",
                             RP_READING_FORMAT_MARKDOWN);
  present (f);

  text = get_text (f);
  /* No Markdown syntax left over. */
  g_assert_null (strstr (text, "#"));
  g_assert_null (strstr (text, "**"));
  g_assert_null (strstr (text, "```"));
  g_assert_null (strstr (text, "sunrise.png"));

  assert_tag_exactly (f, "One Day", "h1");
  assert_tag_exactly (f, "At a Time", "h2");
  assert_tag_exactly (f, "Deeper", "h3");
  assert_tag_exactly (f, "strong", "bold");
  assert_tag_exactly (f, "gentle", "italic");
  assert_tag_exactly (f, "typed", "code");
  assert_tag_exactly (f, "gone", "strikethrough");
  /* A block's tag takes its line break too. */
  g_assert_true (has_tag_at (f, find (f, "block code"), "code-block"));
  g_assert_true (has_tag_at (f, find (f, "code\n"), "code-block"));
  g_assert_false (has_tag_at (f, find (f, "———"), "code-block"));
  assert_tag_exactly (f, "a sunrise", "image");
  g_assert_false (has_tag_at (f, find (f, "words"), "bold"));

  /* A quote is indented one level and set apart. */
  g_assert_true (has_tag_at (f, find (f, "quoted line"), "quote"));
  g_assert_true (has_tag_at (f, find (f, "quoted line"), "level-1"));

  /* Lists: a bullet or the number, the marker hanging at level 1. */
  g_assert_nonnull (strstr (text, "•\tfirst item\n•\tsecond item\n"));
  g_assert_nonnull (strstr (text, "3.\tthird\n4.\tfourth\n"));
  g_assert_true (has_tag_at (f, find (f, "•\tfirst"), "item-1"));

  /* Room above a block, none inside a tight list. */
  g_assert_true (has_tag_at (f, find (f, "At a Time"), "space"));
  g_assert_false (has_tag_at (f, find (f, "One Day"), "space"));
  g_assert_false (has_tag_at (f, find (f, "•\tsecond"), "space"));

  /* A rule, centred; a table as rows, its header bold. */
  g_assert_true (has_tag_at (f, find (f, "———"), "rule"));
  g_assert_nonnull (strstr (text, "Day │ Step\none │ first\n"));
  assert_tag_exactly (f, "Step", "bold");
  g_assert_false (has_tag_at (f, find (f, "first\n"), "bold"));
}

static void
test_nested_lists (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autofree char *text = NULL;

  rp_markdown_view_set_text (f->view,
                             "- outer\n"
                             "  - inner\n"
                             "    - innermost\n"
                             "- after\n"
                             "\n"
                             "Between.\n"
                             "\n"
                             "- loose\n\n"
                             "  second paragraph\n",
                             RP_READING_FORMAT_MARKDOWN);
  text = get_text (f);

  g_assert_nonnull (strstr (text, "◦\tinner"));
  g_assert_nonnull (strstr (text, "▪\tinnermost"));
  g_assert_true (has_tag_at (f, find (f, "◦"), "item-2"));
  g_assert_true (has_tag_at (f, find (f, "▪"), "item-3"));
  /* A nested list ends inside its tight list: no room before the next
   * item, but some after the list. */
  g_assert_false (has_tag_at (f, find (f, "•\tafter"), "space"));
  g_assert_true (has_tag_at (f, find (f, "Between."), "space"));
  /* A second paragraph of an item lines up with the item's text. */
  g_assert_true (has_tag_at (f, find (f, "second paragraph"), "level-1"));
  g_assert_false (has_tag_at (f, find (f, "second paragraph"), "item-1"));
  g_assert_true (has_tag_at (f, find (f, "second paragraph"), "space"));
}

/* The view's own, by name. */
static GtkEventController *
find_controller (Fixture    *f,
                 const char *name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->view));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), name) == 0)
        return controller;
    }

  g_assert_not_reached ();
}

static gboolean
press_key (Fixture         *f,
           guint            keyval,
           GdkModifierType  state)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (find_controller (f, "rp-link-keys"), "key-pressed", keyval, 0, state,
                         &handled);

  return handled;
}

/* Where @offset is drawn, in the view's coordinates. */
static void
get_point (Fixture *f,
           int      offset,
           double  *x,
           double  *y)
{
  GtkTextIter iter;
  GdkRectangle location;
  int window_x, window_y;

  gtk_text_buffer_get_iter_at_offset (get_buffer (f), &iter, offset);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (f->view), &iter, &location);
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (f->view), GTK_TEXT_WINDOW_WIDGET,
                                         location.x + 2, location.y + location.height / 2,
                                         &window_x, &window_y);
  *x = window_x;
  *y = window_y;
}

static void
record_uri (GPtrArray  *uris,
            const char *uri)
{
  g_ptr_array_add (uris, g_strdup (uri));
}

static void
test_links (Fixture       *f,
            gconstpointer  user_data)
{
  g_autoptr(GPtrArray) uris = g_ptr_array_new_with_free_func (g_free);
  GtkEventController *click;
  GtkEventController *motion;
  GtkTextIter start, end;
  double x, y;

  rp_markdown_view_set_text (f->view,
                             "Read [Just for Now](https://example.org/now) today.\n\n"
                             "Also <https://example.org/also>, and plain text after.",
                             RP_READING_FORMAT_MARKDOWN);
  g_signal_connect_swapped (f->view, "link-activated", G_CALLBACK (record_uri), uris);
  present (f);

  assert_tag_exactly (f, "Just for Now", "link");
  assert_tag_exactly (f, "https://example.org/also", "link");
  g_assert_false (has_tag_at (f, find (f, "today"), "link"));

  /* A click on the link follows it; one on plain text does nothing. */
  click = find_controller (f, "rp-link-click");
  get_point (f, find (f, "for Now"), &x, &y);
  g_signal_emit_by_name (click, "released", 1, x, y);
  g_assert_cmpuint (uris->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (uris, 0), ==, "https://example.org/now");
  get_point (f, find (f, "today"), &x, &y);
  g_signal_emit_by_name (click, "released", 1, x, y);
  g_assert_cmpuint (uris->len, ==, 1);

  /* A pointer over a link, the text cursor elsewhere. */
  motion = find_controller (f, "rp-link-motion");
  get_point (f, find (f, "Just"), &x, &y);
  g_signal_emit_by_name (motion, "motion", x, y);
  g_assert_cmpstr (gdk_cursor_get_name (gtk_widget_get_cursor (GTK_WIDGET (f->view))), ==,
                   "pointer");
  get_point (f, find (f, "plain"), &x, &y);
  g_signal_emit_by_name (motion, "motion", x, y);
  g_assert_cmpstr (gdk_cursor_get_name (gtk_widget_get_cursor (GTK_WIDGET (f->view))), ==,
                   "text");

  /* Tab goes to each link in turn (selecting it), Enter follows it;
   * after the last, Tab leaves the view. */
  gtk_widget_grab_focus (GTK_WIDGET (f->view));
  g_assert_true (press_key (f, GDK_KEY_Tab, 0));
  g_assert_true (gtk_text_buffer_get_selection_bounds (get_buffer (f), &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, find (f, "Just for Now"));
  g_assert_true (press_key (f, GDK_KEY_Return, 0));
  g_assert_cmpuint (uris->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (uris, 1), ==, "https://example.org/now");

  g_assert_true (press_key (f, GDK_KEY_Tab, 0));
  g_assert_true (press_key (f, GDK_KEY_KP_Enter, 0));
  g_assert_cmpuint (uris->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (uris, 2), ==, "https://example.org/also");

  g_assert_false (press_key (f, GDK_KEY_Tab, 0));
  g_assert_false (gtk_text_buffer_get_has_selection (get_buffer (f)));
  /* Nothing to follow where no link is. */
  g_assert_false (press_key (f, GDK_KEY_Return, 0));

  /* Shift+Tab goes back from the end. */
  gtk_text_buffer_get_end_iter (get_buffer (f), &end);
  gtk_text_buffer_place_cursor (get_buffer (f), &end);
  g_assert_true (press_key (f, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_true (gtk_text_buffer_get_selection_bounds (get_buffer (f), &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, find (f, "https://example.org/also"));
}

static void
test_html_is_text (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autofree char *text = NULL;

  rp_markdown_view_set_text (f->view,
                             "<script>alert(1)</script>\n\n"
                             "A <b>x</b> and <a href=\"javascript:alert(2)\">y</a> &amp; &#0; done.\n",
                             RP_READING_FORMAT_MARKDOWN);
  text = get_text (f);

  g_assert_nonnull (strstr (text, "<script>alert(1)</script>"));
  g_assert_nonnull (strstr (text, "<b>x</b>"));
  g_assert_nonnull (strstr (text, "<a href=\"javascript:alert(2)\">y</a>"));
  /* Entities are characters; a NUL one is U+FFFD. */
  g_assert_nonnull (strstr (text, "& \xef\xbf\xbd done."));
  /* Nothing styled, nothing to follow. */
  g_assert_false (has_tag_at (f, find (f, "x</b>"), "bold"));
  g_assert_false (has_tag_at (f, find (f, "y</a>"), "link"));
  g_assert_false (has_tag_at (f, find (f, "alert(1)"), "code-block"));
}

static void
test_plain (Fixture       *f,
            gconstpointer  user_data)
{
  const char *plain = "# not a heading\n*not italic* [not](a link)\n\nSecond paragraph.";
  g_autofree char *text = NULL;
  g_autofree char *expected = g_strconcat (plain, "\n", NULL);

  rp_markdown_view_set_text (f->view, plain, RP_READING_FORMAT_PLAIN);
  text = get_text (f);

  g_assert_cmpstr (text, ==, expected);
  g_assert_false (has_tag_at (f, find (f, "not a heading"), "h1"));
  g_assert_false (has_tag_at (f, find (f, "not italic"), "italic"));
  g_assert_false (has_tag_at (f, find (f, "not]"), "link"));
}

static void
test_invalid_utf8 (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autofree char *text = NULL;

  rp_markdown_view_set_text (f->view, "Caf\xe9 **\xff\xfe** ok", RP_READING_FORMAT_MARKDOWN);
  present (f);
  text = get_text (f);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (strstr (text, "Caf\xef\xbf\xbd "));
  g_assert_nonnull (strstr (text, " ok"));
  g_assert_true (has_tag_at (f, find (f, "\xef\xbf\xbd\xef\xbf\xbd"), "bold"));

  g_clear_pointer (&text, g_free);
  rp_markdown_view_set_text (f->view, "half \xc3", RP_READING_FORMAT_PLAIN);
  text = get_text (f);
  g_assert_cmpstr (text, ==, "half \xef\xbf\xbd\n");
}

static guint
longest_line (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint longest = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    longest = MAX (longest, (guint) g_utf8_strlen (lines[i], -1));

  return longest;
}

typedef struct
{
  double set_text_ms;      /* parsing and filling the buffer */
  double longest_step_ms;  /* the longest the main loop was busy after */
} Timing;

/* Sets @markdown and shows it for a while, timing set_text() and each
 * main loop iteration (GTK lays a long text out in the background). */
static Timing
show_timed (Fixture    *f,
            const char *markdown)
{
  Timing timing = { 0, 0 };
  gint64 start = g_get_monotonic_time ();
  gint64 end;

  rp_markdown_view_set_text (f->view, markdown, RP_READING_FORMAT_MARKDOWN);
  timing.set_text_ms = (g_get_monotonic_time () - start) / 1000.0;
  if (!gtk_widget_get_mapped (GTK_WIDGET (f->view)))
    gtk_window_present (f->window);

  end = g_get_monotonic_time () + 1000 * 1000;
  while (g_get_monotonic_time () < end)
    {
      gint64 step = g_get_monotonic_time ();

      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
      timing.longest_step_ms = MAX (timing.longest_step_ms,
                                    (g_get_monotonic_time () - step) / 1000.0);
    }

  return timing;
}

static void
check_timing (const char *what,
              Timing      timing)
{
  g_test_message ("%s: set_text %.0f ms, longest main loop step after it %.0f ms",
                  what, timing.set_text_ms, timing.longest_step_ms);
  /* Generous for a loaded test machine; measured figures are far lower. */
  g_assert_cmpfloat (timing.set_text_ms, <, 3000);
  g_assert_cmpfloat (timing.longest_step_ms, <, 1500);
}

static void
test_hostile (Fixture       *f,
              gconstpointer  user_data)
{
  g_autoptr(GString) markdown = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (6);
  g_autofree char *text = NULL;

  /* 10,000 quotes deep, on one line and as 10,000 lines. */
  for (guint i = 0; i < 10000; i++)
    g_string_append (markdown, "> ");
  g_string_append (markdown, "deep quote\n\n");
  for (guint i = 1; i <= 10000; i++)
    {
      g_string_append_len (markdown, ">>>>>>>>>>>>>>>>>>>>", MIN (i, 20u));
      g_string_append (markdown, " step\n");
    }
  check_timing ("10,000-deep quotes", show_timed (f, markdown->str));
  /* Drawn no deeper than the deepest level. */
  g_assert_true (has_tag_at (f, find (f, "deep quote"), "level-5"));
  g_assert_true (has_tag_at (f, find (f, "deep quote"), "quote"));

  /* 10,000 lists deep. */
  g_string_truncate (markdown, 0);
  for (guint i = 0; i < 10000; i++)
    g_string_append (markdown, "- ");
  g_string_append (markdown, "deep item\n");
  check_timing ("10,000-deep list", show_timed (f, markdown->str));
  text = get_text (f);
  g_assert_nonnull (strstr (text, "deep item"));
  g_assert_cmpuint (longest_line (text), <=, 5000);
  g_clear_pointer (&text, g_free);

  /* A line of 20,000 characters. */
  g_string_truncate (markdown, 0);
  for (guint i = 0; i < 4000; i++)
    g_string_append (markdown, "word ");
  check_timing ("20,000-character line", show_timed (f, markdown->str));
  text = get_text (f);
  g_assert_cmpuint (g_utf8_strlen (text, -1), >=, 19990);
  g_assert_cmpuint (longest_line (text), <=, 5000);
  g_clear_pointer (&text, g_free);

  /* A megabyte of emphasis and link openers with no end. */
  g_string_truncate (markdown, 0);
  while (markdown->len < 1024 * 1024)
    g_string_append_c (markdown, "*_[ "[g_rand_int_range (rand, 0, 4)]);
  check_timing ("1 MB of *_[ noise", show_timed (f, markdown->str));
  text = get_text (f);
  g_assert_cmpuint (longest_line (text), <=, 5000);

  /* Styling stops at 100 emphases in a line: the rest is plain text. */
  g_string_truncate (markdown, 0);
  for (guint i = 0; i < 150; i++)
    g_string_append_printf (markdown, "*w%u* ", i);
  rp_markdown_view_set_text (f->view, markdown->str, RP_READING_FORMAT_MARKDOWN);
  g_assert_true (has_tag_at (f, find (f, "w0 "), "italic"));
  g_assert_true (has_tag_at (f, find (f, "w99 "), "italic"));
  g_assert_false (has_tag_at (f, find (f, "w100 "), "italic"));
  g_assert_false (has_tag_at (f, find (f, "w148 "), "italic"));

  /* Still responsive: a new text replaces it. */
  rp_markdown_view_set_text (f->view, "calm", RP_READING_FORMAT_MARKDOWN);
  rp_test_gui_iterate (50);
  g_clear_pointer (&text, g_free);
  text = get_text (f);
  g_assert_cmpstr (text, ==, "calm\n");
}

/* What a big real reading looks like: a 365-day book of about 1.5 MB,
 * every entry a heading, a quote, paragraphs with emphasis and a link. */
static void
test_large_book (Fixture       *f,
                 gconstpointer  user_data)
{
  g_autoptr(GString) markdown = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint day = 1; day <= 365; day++)
    {
      g_string_append_printf (markdown, "## Day %u\n\n> *A thought for the day, %u.*\n\n", day, day);
      for (guint paragraph = 0; paragraph < 8; paragraph++)
        g_string_append (markdown,
                         "Today I will take **one step** at a time, and *ask for help* when I "
                         "need it. The people in the rooms know the way, and `HALT` reminds me "
                         "to check: hungry, angry, lonely, tired? See "
                         "[the meeting list](https://example.org/meetings) for tonight. "
                         "Recovery is a daily practice, not a destination; it is lived one day "
                         "at a time, with others, in honesty and in hope.\n\n");
    }
  g_assert_cmpuint (markdown->len, >, 1000 * 1000);

  check_timing ("A 365-day book", show_timed (f, markdown->str));
  text = get_text (f);
  g_assert_nonnull (strstr (text, "Day 365\n"));
  /* Styled to the end: no cap reached. */
  g_assert_true (has_tag_at (f, find (f, "Day 365"), "h2"));
  g_assert_true (has_tag_at (f, g_utf8_strlen (text, -1) - 40, "base"));
}

static GString *
make_paragraphs (guint n)
{
  GString *markdown = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (markdown,
                            "Paragraph %u. Keep coming back; it works if you work it, one day "
                            "at a time and one step at a time.\n\n", i);

  return markdown;
}

static void
test_top_offset (Fixture       *f,
                 gconstpointer  user_data)
{
  g_autoptr(GString) markdown = make_paragraphs (200);
  GtkAdjustment *vadjustment;
  int offset_120, offset_40;

  rp_markdown_view_set_text (f->view, markdown->str, RP_READING_FORMAT_MARKDOWN);
  offset_120 = find (f, "Paragraph 120.");
  offset_40 = find (f, "Paragraph 40.");

  /* Asked for before any layout: kept, then done once laid out. */
  rp_markdown_view_scroll_to_offset (f->view, offset_120);
  g_assert_cmpint (rp_markdown_view_get_top_offset (f->view), ==, offset_120);
  present (f);
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->view));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);
  g_assert_cmpint (rp_markdown_view_get_top_offset (f->view), ==, offset_120);

  /* Back and forth once shown. */
  rp_markdown_view_scroll_to_offset (f->view, offset_40);
  rp_test_gui_iterate (50);
  g_assert_cmpint (rp_markdown_view_get_top_offset (f->view), ==, offset_40);

  /* A larger text keeps the same line at the top. */
  rp_markdown_view_set_font_scale (f->view, 2.0);
  rp_test_gui_iterate (100);
  g_assert_cmpint (rp_markdown_view_get_top_offset (f->view), ==, offset_40);

  /* Scrolled by hand to the middle of a paragraph: the start of the
   * display line in view, which restores to the same place. */
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_value (vadjustment) + 37);
  rp_test_gui_iterate (50);
  {
    int offset = rp_markdown_view_get_top_offset (f->view);
    double value = gtk_adjustment_get_value (vadjustment);

    g_assert_cmpint (offset, >, offset_40);
    rp_markdown_view_scroll_to_offset (f->view, 0);
    rp_test_gui_iterate (50);
    g_assert_cmpint (rp_markdown_view_get_top_offset (f->view), ==, 0);
    rp_markdown_view_scroll_to_offset (f->view, offset);
    rp_test_gui_iterate (50);
    g_assert_cmpint (rp_markdown_view_get_top_offset (f->view), ==, offset);
    g_assert_cmpfloat (ABS (gtk_adjustment_get_value (vadjustment) - value), <, 40);
  }

  /* The last line asked for: as far as the text goes, no further. */
  rp_markdown_view_scroll_to_offset (f->view, find (f, "Paragraph 199."));
  rp_test_gui_iterate (100);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==,
                     gtk_adjustment_get_upper (vadjustment)
                     - gtk_adjustment_get_page_size (vadjustment));
  g_assert_cmpint (rp_markdown_view_get_top_offset (f->view), <, find (f, "Paragraph 199."));

  /* A short text: its first line in view, not scrolled out of reach (what
   * gtk_text_view_scroll_to_mark() does in GTK 4.8). */
  rp_markdown_view_set_text (f->view, "One line.\n\nTwo lines.", RP_READING_FORMAT_MARKDOWN);
  rp_test_gui_iterate (100);
  {
    GdkRectangle visible;

    gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (f->view), &visible);
    g_assert_cmpint (visible.y, <=, 0);
    g_assert_cmpint (rp_markdown_view_get_top_offset (f->view), ==, 0);
  }

  /* A new text starts at its top; an offset past the end is the end. */
  rp_markdown_view_set_text (f->view, markdown->str, RP_READING_FORMAT_MARKDOWN);
  rp_test_gui_iterate (50);
  g_assert_cmpint (rp_markdown_view_get_top_offset (f->view), ==, 0);
  rp_markdown_view_scroll_to_offset (f->view, G_MAXINT);
  g_assert_cmpint (rp_markdown_view_get_top_offset (f->view), <=,
                   (int) g_utf8_strlen (markdown->str, -1));
}

static void
test_home_end (Fixture       *f,
               gconstpointer  user_data)
{
  g_autoptr(GString) markdown = make_paragraphs (100);
  GtkAdjustment *vadjustment;

  rp_markdown_view_set_text (f->view, markdown->str, RP_READING_FORMAT_MARKDOWN);
  present (f);
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->view));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);

  /* What End does (the cursor is hidden: it scrolls). */
  g_signal_emit_by_name (f->view, "move-cursor", GTK_MOVEMENT_DISPLAY_LINE_ENDS, 1, FALSE);
  rp_test_gui_iterate (600);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >=,
                     gtk_adjustment_get_upper (vadjustment)
                     - gtk_adjustment_get_page_size (vadjustment) - 1);

  /* Home. */
  g_signal_emit_by_name (f->view, "move-cursor", GTK_MOVEMENT_DISPLAY_LINE_ENDS, -1, FALSE);
  rp_test_gui_iterate (600);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
  g_assert_cmpint (rp_markdown_view_get_top_offset (f->view), ==, 0);
}

static void
test_font_scale (Fixture       *f,
                 gconstpointer  user_data)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (get_buffer (f));
  double base, heading;
  int margin;
  guint notified = 0;

  g_signal_connect_swapped (f->view, "notify::font-scale", G_CALLBACK (rp_test_count_signal),
                            &notified);
  rp_markdown_view_set_text (f->view, "# Title\n\n- item\n\ntext", RP_READING_FORMAT_MARKDOWN);
  g_assert_cmpfloat (rp_markdown_view_get_font_scale (f->view), ==, 1.0);
  g_object_get (gtk_text_tag_table_lookup (table, "h1"), "scale", &heading, NULL);
  g_assert_cmpfloat (heading, >, 1.2);

  rp_markdown_view_set_font_scale (f->view, 1.5);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (gtk_text_tag_table_lookup (table, "base"), "scale", &base, NULL);
  g_assert_cmpfloat_with_epsilon (base, 1.5, 0.0001);
  g_object_get (gtk_text_tag_table_lookup (table, "h1"), "scale", &heading, NULL);
  g_assert_cmpfloat_with_epsilon (heading / base, 1.6, 0.0001);
  /* Indents grow with the text; the view's own margin does not. */
  g_object_get (gtk_text_tag_table_lookup (table, "level-1"), "left-margin", &margin, NULL);
  g_assert_cmpint (margin, ==, 18 + 42);
  g_object_get (gtk_text_tag_table_lookup (table, "item-1"), "indent", &margin, NULL);
  g_assert_cmpint (margin, ==, -36);
  /* The whole text carries the base size. */
  g_assert_true (has_tag_at (f, find (f, "text"), "base"));

  /* The same value again: no notification. Out of range: clamped. */
  rp_markdown_view_set_font_scale (f->view, 1.5);
  g_assert_cmpuint (notified, ==, 1);
  rp_markdown_view_set_font_scale (f->view, 10.0);
  g_assert_cmpfloat (rp_markdown_view_get_font_scale (f->view), ==, 3.0);
  rp_markdown_view_set_font_scale (f->view, 0.1);
  g_assert_cmpfloat (rp_markdown_view_get_font_scale (f->view), ==, 0.5);
  g_assert_cmpuint (notified, ==, 3);
}

static void
test_footer (Fixture       *f,
             gconstpointer  user_data)
{
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  int width;

  gtk_box_append (GTK_BOX (footer), gtk_button_new_with_label ("Mark as Read Today"));
  g_object_add_weak_pointer (G_OBJECT (footer), (gpointer *) &footer);
  rp_markdown_view_set_footer (f->view, footer);
  rp_markdown_view_set_text (f->view, "First text.", RP_READING_FORMAT_MARKDOWN);
  present (f);

  /* After the text, as wide as the text, and not part of it. */
  g_assert_true (gtk_widget_get_parent (footer) == GTK_WIDGET (f->view));
  g_assert_true (gtk_widget_get_mapped (footer));
  width = gtk_widget_get_width (GTK_WIDGET (f->view)) - 36;
  g_assert_cmpint (gtk_widget_get_width (footer), ==, width);
  {
    g_autofree char *text = get_text (f);

    g_assert_cmpstr (text, ==, "First text.\n");
  }

  /* A new text keeps it; a narrower view narrows it. */
  rp_markdown_view_set_text (f->view, "Second text, longer.", RP_READING_FORMAT_PLAIN);
  gtk_widget_set_margin_end (gtk_window_get_child (f->window), 120);
  rp_test_gui_iterate (200);
  g_assert_true (gtk_widget_get_parent (footer) == GTK_WIDGET (f->view));
  g_assert_cmpint (gtk_widget_get_width (footer), ==,
                   gtk_widget_get_width (GTK_WIDGET (f->view)) - 36);
  g_assert_cmpint (gtk_widget_get_width (footer), <, width);

  /* Taken away: gone with the view's reference. */
  rp_markdown_view_set_footer (f->view, NULL);
  g_assert_null (footer);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add ("/markdown-view/styles", Fixture, NULL, set_up, test_styles, tear_down);
  g_test_add ("/markdown-view/nested-lists", Fixture, NULL, set_up, test_nested_lists, tear_down);
  g_test_add ("/markdown-view/links", Fixture, NULL, set_up, test_links, tear_down);
  g_test_add ("/markdown-view/html-is-text", Fixture, NULL, set_up, test_html_is_text, tear_down);
  g_test_add ("/markdown-view/plain", Fixture, NULL, set_up, test_plain, tear_down);
  g_test_add ("/markdown-view/invalid-utf8", Fixture, NULL, set_up, test_invalid_utf8, tear_down);
  g_test_add ("/markdown-view/hostile", Fixture, NULL, set_up, test_hostile, tear_down);
  g_test_add ("/markdown-view/large-book", Fixture, NULL, set_up, test_large_book, tear_down);
  g_test_add ("/markdown-view/top-offset", Fixture, NULL, set_up, test_top_offset, tear_down);
  g_test_add ("/markdown-view/home-end", Fixture, NULL, set_up, test_home_end, tear_down);
  g_test_add ("/markdown-view/font-scale", Fixture, NULL, set_up, test_font_scale, tear_down);
  g_test_add ("/markdown-view/footer", Fixture, NULL, set_up, test_footer, tear_down);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
