/* rp-database-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-database.h"

G_BEGIN_DECLS

/**
 * RpMigration:
 * @version: the schema version this step produces; steps are listed in
 *   strictly increasing order, starting at 1
 * @sql: fixed SQL (never built from user data), possibly several statements
 *
 * One schema upgrade step. It runs inside a single transaction that also
 * sets `PRAGMA user_version` to @version, so a step is applied entirely or
 * not at all.
 */
typedef struct
{
  int         version;
  const char *sql;
} RpMigration;

/* Like rp_database_open(), with a migration list other than the built-in
 * one. Tests use it to inject a step that fails halfway. */
RpDatabase *rp_database_open_with_migrations (const char         *path,
                                              const RpMigration  *migrations,
                                              guint               n_migrations,
                                              GError            **error);

/* Opens a temporary copy of a backup that is being restored, upgrading
 * it like rp_database_open() but without a pre-migration backup: the
 * backup it was copied from is itself that copy (rp-backups-restore.c). */
RpDatabase *rp_database_open_copy             (const char         *path,
                                              GError            **error);

/* The built-in steps, so that tests can stop at an older schema. */
const RpMigration *rp_database_get_builtin_migrations (guint *out_n_migrations);

/* The migration runner (rp-database-migrations.c), for the open in
 * rp-database.c: steps in strictly increasing order, each with SQL. */
gboolean    rp_database_migrations_are_valid  (const RpMigration  *migrations,
                                               guint               n_migrations);
/* Applies the steps of @migrations after @from_version, each in its own
 * transaction, after a pre-migration backup when @back_up_first, and
 * reads back the schema version reached. */
gboolean    rp_database_migrate               (RpDatabase         *self,
                                               int                 from_version,
                                               const RpMigration  *migrations,
                                               guint               n_migrations,
                                               gboolean            back_up_first,
                                               int                *out_schema_version,
                                               GError            **error);

/* The connection itself, for rp-backups (VACUUM INTO, the backup API). */
sqlite3    *rp_database_get_handle            (RpDatabase  *self);

/* One integer from @sql's first row (SQLITE_ERROR when there is none). */
int         rp_database_sqlite_query_int      (sqlite3     *db,
                                               const char  *sql,
                                               int         *out_value);
/* SQLITE_OK with *out_intact FALSE when PRAGMA quick_check finds damage;
 * shared by the open (rp-database.c) and the backups' checks. */
int         rp_database_sqlite_quick_check    (sqlite3     *db,
                                               gboolean    *out_intact);

/* Creates @folder (and its parents) if needed and makes it 0700
 * (rp-database-files.c). */
gboolean    rp_database_make_private_folder   (const char  *folder,
                                               GError     **error);
/* Creates the database file 0600, or makes an existing regular file so;
 * *out_empty says whether it has no bytes yet (rp-database-files.c). */
gboolean    rp_database_make_private_file     (const char  *path,
                                               gboolean    *out_empty,
                                               GError     **error);

G_END_DECLS
