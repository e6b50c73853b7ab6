/* rp-test-disk-full.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What test-disk-full.c and test-disk-full-backups.c share: the user's
 * data before each case, and running a write while the disk fills up at
 * every point of it (rp-test-full-vfs). */

#pragma once

#include "rp-test-store.h"

G_BEGIN_DECLS

typedef gboolean (*RpTestWriteFunc) (RpTestStore  *f,
                                     gconstpointer data,
                                     GError      **error);

/* g_test_init(), after installing rp-test-full-vfs: before the first
 * database is opened, so that every file is ours. */
void     rp_test_disk_full_init              (int             *argc,
                                              char          ***argv);

/* A case on a fresh store of its own. */
#define RP_TEST_DISK_FULL_ADD(name, func) \
  g_test_add (name, RpTestStore, NULL, rp_test_store_set_up, func, rp_test_store_tear_down)

/* What the user has before each case. */
void     rp_test_disk_full_seed              (RpTestStore     *f);
/* A digest of every row and of the store's lists: nothing of the data
 * reaches the test's output. */
char    *rp_test_disk_full_snapshot          (RpTestStore     *f);
void     rp_test_disk_full_assert_intact     (RpDatabase      *database);
/* The user is told that the disk is full and what to do about it. */
void     rp_test_disk_full_assert_full_error (const GError    *error);
/* @write under every budget on @f, then with room again; see the .c. */
void     rp_test_disk_full_run_budgets       (RpTestStore     *f,
                                              RpTestWriteFunc  write,
                                              gconstpointer    data,
                                              guint64         *out_n_wal,
                                              guint64         *out_n_total);
/* An ordinary write: one meeting added. */
gboolean rp_test_disk_full_add_meeting       (RpTestStore     *f,
                                              gconstpointer    data,
                                              GError         **error);

G_END_DECLS
