/* rp-crash-writer.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The process that test-crash kills. It opens a database through
 * rp_database_open() and commits numbered transactions, each of K rows
 * tagged with its number, printing the number on stdout after each COMMIT
 * returns: a number on stdout is a promise that its rows are on disk.
 *
 *   rp-crash-writer PATH ROWS-PER-TRANSACTION [TRANSACTIONS]
 *
 * Without TRANSACTIONS it writes until killed. It never prints anything
 * but those numbers. */

#define G_LOG_DOMAIN "rp-crash-writer"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "rp-database.h"

/* Made in a write transaction of its own, like every write. */
static const char crash_schema[] =
  "CREATE TABLE IF NOT EXISTS crash_rows ("
  "  id      INTEGER PRIMARY KEY,"
  "  seq     INTEGER NOT NULL,"
  "  payload TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX IF NOT EXISTS crash_rows_seq ON crash_rows (seq);";

static gboolean
create_table (RpDatabase  *db,
              GError     **error)
{
  if (!rp_database_begin_write (db, error))
    return FALSE;

  if (!rp_database_exec (db, crash_schema, error))
    {
      rp_database_rollback (db);
      return FALSE;
    }

  return rp_database_commit (db, error);
}

static gint64
last_sequence (RpDatabase  *db,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (db, "SELECT coalesce(max(seq), 0) FROM crash_rows", error);
  if (stmt == NULL)
    return -1;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      rp_database_set_error_from_sqlite (db, rc, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/* Rows long enough that a transaction spans several pages, so that a kill
 * can land between two of its page writes. */
static gboolean
write_transaction (RpDatabase    *db,
                   sqlite3_stmt  *insert,
                   gint64         seq,
                   guint          n_rows,
                   GError       **error)
{
  if (!rp_database_begin_write (db, error))
    return FALSE;

  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *payload = g_strdup_printf ("transaction %" G_GINT64_FORMAT " row %u %0200u",
                                                  seq, i, i);

      sqlite3_bind_int64 (insert, 1, seq);
      sqlite3_bind_text (insert, 2, payload, -1, SQLITE_TRANSIENT);
      if (!rp_database_step_done (db, insert, error))
        {
          rp_database_rollback (db);
          return FALSE;
        }
    }

  return rp_database_commit (db, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDatabase) db = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  guint64 n_rows = 0;
  guint64 n_transactions = 0;
  gint64 seq;

  if (argc < 3 || argc > 4 ||
      !g_ascii_string_to_unsigned (argv[2], 10, 1, 100000, &n_rows, NULL) ||
      (argc == 4 && !g_ascii_string_to_unsigned (argv[3], 10, 1, G_MAXINT32, &n_transactions, NULL)))
    {
      g_printerr ("Usage: %s PATH ROWS-PER-TRANSACTION [TRANSACTIONS]\n", argv[0]);
      return 2;
    }

  /* The parent reads each number as soon as its COMMIT has returned. */
  setvbuf (stdout, NULL, _IONBF, 0);

  db = rp_database_open (argv[1], &error);
  if (db == NULL || !create_table (db, &error))
    goto failed;

  seq = last_sequence (db, &error);
  if (seq < 0)
    goto failed;

  insert = rp_database_prepare (db, "INSERT INTO crash_rows (seq, payload) VALUES (?1, ?2)", &error);
  if (insert == NULL)
    goto failed;

  for (guint64 done = 0; n_transactions == 0 || done < n_transactions; done++)
    {
      seq++;
      if (!write_transaction (db, insert, seq, n_rows, &error))
        goto failed;
      printf ("%" G_GINT64_FORMAT "\n", seq);
    }

  return 0;

failed:
  g_printerr ("rp-crash-writer: %s\n", error->message);
  return 1;
}
