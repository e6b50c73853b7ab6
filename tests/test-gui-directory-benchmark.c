/* test-gui-directory-benchmark.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The time a keystroke takes in the Directory's search over 5,000
 * meetings, under a real (Xvfb) display, and the longest stall of the
 * main loop while the dialog imports them: measured and told with
 * g_test_message(), in a program of its own so that test-gui-directory.c
 * stays short. It shares rp-test-directory with the Directory's other
 * tests, and not one warning or critical may be logged. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-test-directory.h"
#include "rp-test-gui.h"
#include "rp-test-util.h"

/* --- the benchmark ------------------------------------------------------ */

typedef struct
{
  gint64 frame_start;
  gint64 frame_end;
  guint  n_frames;
} FrameTimes;

static void
before_paint_cb (GdkFrameClock *clock,
                 FrameTimes    *times)
{
  times->frame_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                FrameTimes    *times)
{
  times->frame_end = g_get_monotonic_time ();
  times->n_frames++;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        GArray     *samples)
{
  g_array_sort (samples, compare_int64);
  g_test_message ("%s: median %.2f ms, 90th percentile %.2f ms, max %.2f ms over %u keystrokes",
                  what,
                  g_array_index (samples, gint64, samples->len / 2) / 1000.0,
                  g_array_index (samples, gint64, samples->len * 9 / 10) / 1000.0,
                  g_array_index (samples, gint64, samples->len - 1) / 1000.0,
                  samples->len);
}

static gboolean
tick_cb (gpointer data)
{
  gint64 *ticks = data;
  gint64 now = g_get_monotonic_time ();

  if (ticks[0] != 0)
    ticks[1] = MAX (ticks[1], now - ticks[0]);
  ticks[0] = now;

  return G_SOURCE_CONTINUE;
}

static void
test_keystroke_benchmark (Fixture       *f,
                          gconstpointer  user_data)
{
  static const char * const typed[] = { "lakeside", "sunrise women", "oak", "grace chapel" };
  FeedOptions options = { 5000, -1, -1 };
  g_autoptr(GBytes) feed = generate_feed (&options, NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GArray) filter_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) frame_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  FrameTimes frames = { 0 };
  GdkFrameClock *clock;
  GtkEditable *entry;
  RpImportDialog *dialog;
  gint64 ticks[2] = { 0, 0 };
  gint64 started;
  guint tick_source;

  show_view (f, 1000, 700);
  entry = search_entry (f->view);

  /* The import runs in a worker: the main loop keeps ticking. */
  file = write_file (f, "large.json", feed);
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_PREVIEW);
  tick_source = g_timeout_add (5, tick_cb, ticks);
  started = g_get_monotonic_time ();
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  wait_for_destroyed ((gpointer *) &dialog);
  g_test_message ("Import of 5,000 meetings from the dialog: %.0f ms; longest main loop "
                  "stall meanwhile: %.1f ms",
                  (g_get_monotonic_time () - started) / 1000.0, ticks[1] / 1000.0);
  g_source_remove (tick_source);
  g_assert_cmpuint (n_results (f->view), ==, 5000);
  rp_test_gui_iterate (100);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &frames);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frames);

  for (guint w = 0; w < G_N_ELEMENTS (typed); w++)
    {
      gsize length = strlen (typed[w]);

      /* Type the words letter by letter at the end, as the keyboard
       * does, then delete them with backspace. */
      for (gsize step = 1; step <= 2 * length; step++)
        {
          guint n_frames = frames.n_frames;
          gint64 start;
          gint64 end;
          gint64 elapsed;

          start = g_get_monotonic_time ();
          if (step <= length)
            {
              int position = (int) step - 1;

              gtk_editable_insert_text (entry, typed[w] + step - 1, 1, &position);
            }
          else
            {
              gtk_editable_delete_text (entry, (int) (2 * length - step), -1);
            }
          elapsed = g_get_monotonic_time () - start;
          g_array_append_val (filter_times, elapsed);

          /* The frame that shows it: its layout, snapshot and paint. */
          end = g_get_monotonic_time () + G_USEC_PER_SEC;
          while (frames.n_frames == n_frames && g_get_monotonic_time () < end)
            g_main_context_iteration (NULL, TRUE);
          if (frames.n_frames > n_frames)
            {
              elapsed = frames.frame_end - frames.frame_start;
              g_array_append_val (frame_times, elapsed);
            }
        }
      g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
    }

  g_signal_handlers_disconnect_by_data (clock, &frames);
  gtk_editable_set_text (entry, "");
  g_assert_cmpuint (n_results (f->view), ==, 5000);

  report ("Keystroke over 5,000 meetings, filter and model update", filter_times);
  if (frame_times->len > 0)
    report ("Keystroke over 5,000 meetings, the frame after it (layout and paint)", frame_times);
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

  ADD ("keystroke-benchmark", test_keystroke_benchmark);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
