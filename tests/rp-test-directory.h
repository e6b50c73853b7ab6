/* rp-test-directory.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the Directory's GUI tests share: test-gui-directory.c (search,
 * filters, adding, removing a feed, changes, 360 px),
 * test-gui-directory-feeds.c (the import dialog) and
 * test-gui-directory-benchmark.c (a keystroke over 5,000 meetings) use
 * the same generated feed, fixture and widget look-ups. */

#pragma once

#include <adwaita.h>

#include "rp-database.h"
#include "rp-directory-view.h"
#include "rp-import-dialog.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define CORPUS_FEED  "tsml-ui__public__data__kc.test.json"

/* --- a generated feed ---------------------------------------------------- */

typedef struct
{
  guint      n_meetings;
  int        changed_index;   /* this meeting's time is moved; -1 for none */
  int        omitted_index;   /* this meeting is left out; -1 for none */
} FeedOptions;

/* What the generator put in, meeting by meeting: the oracle. */
typedef struct
{
  GPtrArray *text;            /* lower-case name, location and address */
  GArray    *weekday;         /* GDateWeekday, 0 by appointment */
  GArray    *start_minute;    /* -1 by appointment */
  GArray    *kind;            /* i % 3: which types */
  GArray    *mode;            /* i % 4: 0 online, 1 hybrid, else in person */
} Expected;

void expected_clear (Expected *expected);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Expected, expected_clear)

GBytes *generate_feed (const FeedOptions *options,
                       Expected          *expected);

/* --- fixture ------------------------------------------------------------- */

typedef struct
{
  char       *dir;
  RpDatabase *database;
  RpStore    *store;
  GtkWindow  *window;
  AdwToastOverlay *overlay;
  RpDirectoryView *view;
} Fixture;

/* A test with the fixture, under /gui/directory/. */
#define ADD(path, func) \
  g_test_add ("/gui/directory/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

void   fixture_set_up    (Fixture       *f,
                          gconstpointer  user_data);
void   show_view         (Fixture *f,
                          int      width,
                          int      height);
void   fixture_tear_down (Fixture       *f,
                          gconstpointer  user_data);
void   import_bytes      (Fixture    *f,
                          GBytes     *feed,
                          const char *file_name);
GFile *write_file        (Fixture    *f,
                          const char *name,
                          GBytes     *contents);
char  *find_corpus_file  (const char *name);

/* --- widget look-ups ---------------------------------------------------- */

typedef gboolean (*WidgetPredicate) (GtkWidget *widget,
                                     gpointer   data);

GtkWidget      *find_widget         (GtkWidget       *root,
                                     WidgetPredicate  predicate,
                                     gpointer         data);
GtkWidget      *find_descendant     (GtkWidget *root,
                                     GType      type);
gboolean        is_label_containing (GtkWidget *widget,
                                     gpointer   data);
const char     *visible_page_name   (GtkWidget *root);
GtkEditable    *search_entry        (RpDirectoryView *view);
guint           n_results           (RpDirectoryView *view);
void            wait_for_state      (RpImportDialog      *dialog,
                                     RpImportDialogState  state);
void            wait_for_destroyed  (gpointer *weak);
RpImportDialog *open_dialog         (Fixture *f,
                                     GFile   *file);

G_END_DECLS
