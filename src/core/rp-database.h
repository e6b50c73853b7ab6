/* rp-database.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define RP_DATABASE_ERROR (rp_database_error_quark ())

/**
 * RpDatabaseError:
 * @RP_DATABASE_ERROR_FAILED: anything not covered below
 * @RP_DATABASE_ERROR_ACCESS: the folder or file cannot be created, opened or written
 * @RP_DATABASE_ERROR_NOT_REPRIEVE: the file is an SQLite database of another program
 * @RP_DATABASE_ERROR_NEWER_VERSION: written by a newer Reprieve; left untouched
 * @RP_DATABASE_ERROR_CORRUPT: the file is damaged (bad header or failed quick_check)
 * @RP_DATABASE_ERROR_BUSY: locked by another process for longer than the busy timeout
 * @RP_DATABASE_ERROR_FULL: the disk is full
 * @RP_DATABASE_ERROR_IO: the operating system reported an I/O error
 * @RP_DATABASE_ERROR_MIGRATION: a schema upgrade failed and was rolled back
 *
 * BUSY, FULL and IO are transient: the data stays where it is and the
 * operation may be retried. Only CORRUPT means the file itself is damaged.
 */
typedef enum
{
  RP_DATABASE_ERROR_FAILED,
  RP_DATABASE_ERROR_ACCESS,
  RP_DATABASE_ERROR_NOT_REPRIEVE,
  RP_DATABASE_ERROR_NEWER_VERSION,
  RP_DATABASE_ERROR_CORRUPT,
  RP_DATABASE_ERROR_BUSY,
  RP_DATABASE_ERROR_FULL,
  RP_DATABASE_ERROR_IO,
  RP_DATABASE_ERROR_MIGRATION,
} RpDatabaseError;

/* "RPRV": written to PRAGMA application_id so that file(1) and we can tell
 * a Reprieve database from any other SQLite file. */
#define RP_DATABASE_APPLICATION_ID 0x52505256

#define RP_TYPE_DATABASE (rp_database_get_type ())

G_DECLARE_FINAL_TYPE (RpDatabase, rp_database, RP, DATABASE, GObject)

GQuark        rp_database_error_quark            (void);

char         *rp_database_get_default_path       (void);
int           rp_database_get_latest_version     (void);

RpDatabase   *rp_database_open                   (const char   *path,
                                                  GError      **error);
RpDatabase   *rp_database_open_for_thread        (RpDatabase   *self,
                                                  GError      **error);
const char   *rp_database_get_path               (RpDatabase   *self);
int           rp_database_get_schema_version     (RpDatabase   *self);

sqlite3_stmt *rp_database_prepare                (RpDatabase   *self,
                                                  const char   *sql,
                                                  GError      **error);
gboolean      rp_database_step_done              (RpDatabase   *self,
                                                  sqlite3_stmt *stmt,
                                                  GError      **error);
gboolean      rp_database_exec                   (RpDatabase   *self,
                                                  const char   *sql,
                                                  GError      **error);
gboolean      rp_database_begin_write            (RpDatabase   *self,
                                                  GError      **error);
gboolean      rp_database_commit                 (RpDatabase   *self,
                                                  GError      **error);
void          rp_database_rollback               (RpDatabase   *self);
gboolean      rp_database_set_error_from_sqlite  (RpDatabase   *self,
                                                  int           rc,
                                                  GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* Text columns come back as unsigned char: one cast, in one place. */
static inline const char *
rp_database_column_text (sqlite3_stmt *stmt,
                         int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

G_END_DECLS
