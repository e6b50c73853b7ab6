/* rp-progress-paint-bench.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opens Reprieve's main window on the database in $XDG_DATA_HOME (seeded
 * by rp-progress-seed; build-aux/bench-progress.sh sets it up), waits
 * until the Today page is drawn and the main loop is idle, then switches
 * to a page (Progress by default) as the view switcher would and prints:
 *
 *  - switch_ms: how long the switch itself took (the page mapped: the
 *    sections load their data the first time they are mapped);
 *  - first_frame_ms: from the switch to the end of the first frame drawn
 *    after it (GdkFrameClock "after-paint");
 *  - first_frame_work_ms: that frame's own work, from "before-paint" to
 *    "after-paint" (layout, snapshot, render);
 *  - settled_ms: from the switch to the end of the last frame drawn before
 *    the window stayed still for --settle ms (data loaded later, in an idle
 *    or a thread, shows up here);
 *  - longest_step_ms: the longest main-loop step (one dispatch, or the
 *    switch) from the switch until settled: what the user would feel as a
 *    stall;
 *  - frames: frames drawn meanwhile.
 *
 * It measures whatever the page holds: sections that are not there yet
 * cost nothing. It asserts nothing; run it several times (--runs) to see
 * the spread: each run is a new window.
 *
 *   rp-progress-paint-bench [--page NAME] [--runs N] [--settle MS]
 */

#define G_LOG_DOMAIN "rp-progress-paint-bench"

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "rp-application.h"
#include "rp-window.h"

typedef struct
{
  gint64 switched;        /* monotonic µs, after the switch returned */
  gint64 switch_started;
  gint64 before_paint;    /* of the frame being drawn */
  gint64 first_frame_end;
  gint64 first_frame_work;
  gint64 last_frame_end;
  guint  frames;
  gboolean measuring;
} Measure;

static void
before_paint_cb (GdkFrameClock *clock,
                 Measure       *m)
{
  m->before_paint = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Measure       *m)
{
  gint64 now = g_get_monotonic_time ();

  if (!m->measuring)
    return;

  m->frames++;
  m->last_frame_end = now;
  if (m->first_frame_end == 0)
    {
      m->first_frame_end = now;
      m->first_frame_work = m->before_paint > m->switch_started ? now - m->before_paint : 0;
    }
}

/* Runs the main loop until nothing was dispatched for @quiet_ms (or
 * @limit_ms passed); returns the longest single dispatch, in µs. */
static gint64
run_until_quiet (guint quiet_ms,
                 guint limit_ms)
{
  gint64 start = g_get_monotonic_time ();
  gint64 last_work = start;
  gint64 longest = 0;

  while (g_get_monotonic_time () - last_work < (gint64) quiet_ms * 1000 &&
         g_get_monotonic_time () - start < (gint64) limit_ms * 1000)
    {
      gint64 before = g_get_monotonic_time ();

      if (g_main_context_iteration (NULL, FALSE))
        {
          gint64 after = g_get_monotonic_time ();

          longest = MAX (longest, after - before);
          last_work = after;
        }
      else
        {
          g_usleep (500);
        }
    }

  return longest;
}

static double
ms (gint64 microseconds)
{
  return (double) microseconds / 1000.0;
}

static gboolean
measure_once (RpApplication *app,
              const char    *page,
              guint          settle_ms,
              guint          run)
{
  RpWindow *window = rp_window_new (app);
  Measure m = { 0, };
  GdkFrameClock *frame_clock;
  gint64 longest;
  gint64 step;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_present (GTK_WINDOW (window));
  /* The Today page drawn, everything started at launch done. */
  run_until_quiet (500, 10000);

  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  if (frame_clock == NULL)
    {
      g_printerr ("rp-progress-paint-bench: the window has no frame clock (no display?)\n");
      gtk_window_destroy (GTK_WINDOW (window));
      return FALSE;
    }
  g_signal_connect (frame_clock, "before-paint", G_CALLBACK (before_paint_cb), &m);
  g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), &m);

  m.measuring = TRUE;
  m.switch_started = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page);
  m.switched = g_get_monotonic_time ();
  step = m.switched - m.switch_started;

  /* Not inside MAX(): it would run the loop twice. */
  longest = run_until_quiet (settle_ms, 30000);
  longest = MAX (step, longest);
  m.measuring = FALSE;
  g_signal_handlers_disconnect_by_data (frame_clock, &m);

  if (g_strcmp0 (rp_window_get_visible_page (window), page) != 0)
    {
      g_printerr ("rp-progress-paint-bench: the window has no page “%s”\n", page);
      gtk_window_destroy (GTK_WINDOW (window));
      return FALSE;
    }

  printf ("run=%u page=%s switch_ms=%.1f first_frame_ms=%.1f first_frame_work_ms=%.1f "
          "settled_ms=%.1f longest_step_ms=%.1f frames=%u\n",
          run, page, ms (step),
          m.first_frame_end != 0 ? ms (m.first_frame_end - m.switch_started) : -1.0,
          ms (m.first_frame_work),
          m.last_frame_end != 0 ? ms (m.last_frame_end - m.switch_started) : -1.0,
          ms (longest), m.frames);
  fflush (stdout);

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_quiet (100, 2000);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpApplication) app = NULL;
  g_autofree char *page = NULL;
  int runs = 3;
  int settle = 500;
  GOptionEntry entries[] = {
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, "The page to switch to (default progress)",
      "NAME" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Windows to open, one measure each (default 3)",
      "N" },
    { "settle", 0, 0, G_OPTION_ARG_INT, &settle,
      "Quiet time that ends a measure, in ms (default 500)", "MS" },
    { NULL, 0, 0, 0, NULL, NULL, NULL },
  };
  gboolean ok = TRUE;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("rp-progress-paint-bench: %s\n", error->message);
      return 2;
    }
  if (runs < 1 || settle < 50)
    {
      g_printerr ("rp-progress-paint-bench: --runs must be positive and --settle at least 50\n");
      return 2;
    }

  if (!gtk_init_check ())
    {
      g_printerr ("rp-progress-paint-bench: no display\n");
      return 2;
    }
  adw_init ();

  app = rp_application_new ();
  /* Not the single instance on the bus, and no command line to handle:
   * this process only holds windows. */
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("rp-progress-paint-bench: %s\n", error->message);
      return 1;
    }
  if (rp_application_get_store (app) == NULL)
    {
      g_printerr ("rp-progress-paint-bench: the database could not be opened\n");
      return 1;
    }

  for (int i = 0; i < runs && ok; i++)
    ok = measure_once (app, page != NULL ? page : "progress", (guint) settle, (guint) i + 1);

  return ok ? 0 : 1;
}
