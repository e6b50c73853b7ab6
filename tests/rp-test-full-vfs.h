/* rp-test-full-vfs.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A disk that fills up on demand: an SQLite VFS wrapping the default one,
 * installed as the new default, whose writes fail with SQLITE_FULL once
 * an armed byte budget is spent. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Call before the first database is opened; later calls do nothing. */
void     rp_test_full_vfs_install          (void);

/* Allows @n_bytes more bytes of writes, to any file (database, -wal,
 * -journal, temporary); the write that crosses the budget writes what
 * still fits, then fails, as a short write on a full disk does. Resets
 * the counters below. */
void     rp_test_full_vfs_arm              (guint64 n_bytes);
/* Writes succeed again. The counters keep counting. */
void     rp_test_full_vfs_disarm           (void);
/* Zeroes the counters without arming. */
void     rp_test_full_vfs_reset_counts     (void);

/* Whether a write failed for the budget since the last arm or reset. */
gboolean rp_test_full_vfs_get_tripped      (void);
/* Bytes written since the last arm or reset: to every file, to -wal files. */
guint64  rp_test_full_vfs_get_n_written    (void);
guint64  rp_test_full_vfs_get_n_wal_written (void);

G_END_DECLS
