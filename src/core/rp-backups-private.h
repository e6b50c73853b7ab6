/* rp-backups-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-backups.h"

G_BEGIN_DECLS

#define RP_BACKUPS_NAME_PREFIX "reprieve-"
#define RP_BACKUPS_NAME_SUFFIX ".db"
#define RP_BACKUPS_TMP_SUFFIX ".tmp"

/* Removes @path and any -journal, -wal, -shm beside it. */
void rp_backups_remove_with_sidecars (const char *path);

/* Called with the temporary copy's path after it is written and before
 * it is checked: tests damage the copy here to see that a bad copy is
 * reported and never renamed. %NULL (the default) for none. */
typedef void (*RpBackupsCopyHook) (const char *tmp_path);

void rp_backups_set_copy_hook (RpBackupsCopyHook hook);

G_END_DECLS
