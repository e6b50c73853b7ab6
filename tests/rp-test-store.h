/* rp-test-store.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Helpers for the tests of RpStore's Directory and imports. */

#pragma once

#include "rp-store.h"

G_BEGIN_DECLS

typedef struct
{
  char       *dir;
  RpDatabase *database;
  RpStore    *store;
} RpTestStore;

void        rp_test_store_set_up        (RpTestStore  *f,
                                         gconstpointer user_data);
void        rp_test_store_tear_down     (RpTestStore  *f,
                                         gconstpointer user_data);

int         rp_test_query_int           (RpDatabase   *database,
                                         const char   *sql);
char       *rp_test_query_text          (RpDatabase   *database,
                                         const char   *sql);
void        rp_test_exec                (RpDatabase   *database,
                                         const char   *sql);

GBytes     *rp_test_feed                (const char   *first_meeting,
                                         ...) G_GNUC_NULL_TERMINATED;
char       *rp_test_feed_meeting        (const char   *slug,
                                         const char   *name,
                                         int           day,
                                         const char   *time,
                                         const char   *extra);
GBytes     *rp_test_generated_feed      (guint         n_meetings,
                                         const char   *host);
char       *rp_test_find_corpus_dir     (void);

/* A text saved in @collection_id (0: My Readings); returns its id. */
gint64      rp_test_add_reading         (RpStore      *store,
                                         gint64        collection_id,
                                         const char   *title,
                                         const char   *body);
/* The titles of the readings model's items, joined by ",". */
char       *rp_test_reading_titles      (RpStore      *store);

/* Keeps a copy of a list model's items up to date from items-changed
 * alone, to check that the signals describe the changes exactly. */
typedef struct _RpTestShadow RpTestShadow;

RpTestShadow *rp_test_shadow_new        (GListModel   *model);
void          rp_test_shadow_check      (RpTestShadow *shadow);
guint         rp_test_shadow_get_n_signals (RpTestShadow *shadow);
void          rp_test_shadow_free       (RpTestShadow *shadow);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpTestShadow, rp_test_shadow_free)

G_END_DECLS
