/* rp-database-recovery.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-backups.h"
#include "rp-database.h"

G_BEGIN_DECLS

char         *rp_database_recovery_make_name        (const char  *db_path,
                                                     GDateTime   *now,
                                                     guint        attempt);
char         *rp_database_recovery_move_aside       (const char  *db_path,
                                                     GDateTime   *now,
                                                     GError     **error);
char         *rp_database_recovery_find_pending     (const char  *db_path);
RpDatabase   *rp_database_recovery_open             (const char  *db_path,
                                                     GDateTime   *now,
                                                     char       **out_kept_path,
                                                     GError     **error);
RpBackupInfo *rp_database_recovery_find_backup      (const char  *db_path,
                                                     GError     **error);

G_END_DECLS
