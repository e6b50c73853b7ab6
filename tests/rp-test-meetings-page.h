/* rp-test-meetings-page.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the Meetings page's GUI tests share: test-gui-meetings-page.c (the
 * agenda, the calendar, the detail, the window) and
 * test-gui-meetings-page-views.c (My Meetings, the Directory view, widths,
 * the refresh timer, join links) use the same store of meetings, fixed
 * "now", page in a window and widget look-ups. */

#pragma once

#include <adwaita.h>

#include "rp-agenda-row.h"
#include "rp-application.h"
#include "rp-database.h"
#include "rp-meetings-page.h"
#include "rp-store.h"

G_BEGIN_DECLS

typedef struct
{
  char       *dir;
  RpDatabase *database;
  RpStore    *store;
  gint64      step_study;
  gint64      big_book;
  gint64      speaker;
  gint64      berlin;
  gint64      candlelight;
  gint64      archived;
} Fixture;

/* --- finding widgets ---------------------------------------------------- */

void         collect_descendants (GtkWidget *root,
                                  GType      type,
                                  GPtrArray *found);
GtkWidget   *find_descendant     (GtkWidget *root,
                                  GType      type);
GtkWidget   *find_label          (GtkWidget  *root,
                                  const char *text);
gboolean     is_shown            (GtkWidget *widget,
                                  GtkWidget *root);
RpAgendaRow *find_agenda_row     (GtkWidget  *root,
                                  const char *title);

/* --- the store ---------------------------------------------------------- */

gint64      add_meeting       (Fixture    *f,
                               const char *name,
                               RpSchedule *schedule,
                               const char *location,
                               const char *online_url,
                               gboolean    home_group);
RpSchedule *weekly            (RpWeekdays  weekdays,
                               guint       start_minute,
                               const char *zone_id);
void        fixture_set_up    (Fixture       *f,
                               gconstpointer  user_data);
void        fixture_tear_down (Fixture       *f,
                               gconstpointer  user_data);

/* --- the page in a window ----------------------------------------------- */

GDateTime      *test_now       (void);
RpMeetingsPage *new_page       (Fixture   *f,
                                int        width,
                                GtkWindow **out_window);
void            destroy_window (GtkWindow *window);

RpApplication *rp_test_meetings_page_init (int    *argc,
                                           char ***argv);

G_END_DECLS
