/* rp-backups-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "rp-backups.h"

G_BEGIN_DECLS

#define RP_BACKUPS_NAME_PREFIX "reprieve-"
#define RP_BACKUPS_NAME_SUFFIX ".db"
#define RP_BACKUPS_TMP_SUFFIX ".tmp"

/* Shared by rp-backups.c (writing) and rp-backups-restore.c. */

/* Sets @error from a failed SQLite call writing into @dir; returns FALSE. */
gboolean rp_backups_set_error       (int          rc,
                                     const char  *dir,
                                     GError     **error);
/* Likewise from an errno. */
gboolean rp_backups_set_errno_error (int          saved_errno,
                                     const char  *dir,
                                     GError     **error);
/* Opens a backup read-only, as it is (immutable). */
sqlite3 *rp_backups_open_read_only  (const char  *path,
                                     GError     **error);
/* Writes, checks, flushes and renames one copy of @db (a connection with
 * no transaction open) as @name into the backups folder of @db_path. */
gboolean rp_backups_write_copy      (sqlite3     *db,
                                     const char  *db_path,
                                     const char  *name,
                                     char       **out_path,
                                     GError     **error);

/* Removes @path and any -journal, -wal, -shm beside it. */
void rp_backups_remove_with_sidecars (const char *path);

/* Called with the temporary copy's path after it is written and before
 * it is checked: tests damage the copy here to see that a bad copy is
 * reported and never renamed. %NULL (the default) for none. */
typedef void (*RpBackupsCopyHook) (const char *tmp_path);

void rp_backups_set_copy_hook (RpBackupsCopyHook hook);

G_END_DECLS
