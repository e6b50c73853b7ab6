/* rp-store-today.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include "rp-store-private.h"

/* RpStore's answers for the Today page's "Getting Started" steps that no
 * other part of the store gives: whether a clean date was set. The
 * meetings and the sponsor come from the models and "has-sponsor". */

/**
 * rp_store_has_recovery:
 * @out_has_recovery: (out): whether at least one recovery (clean) date is
 *   saved
 *
 * Returns: %FALSE with @error set when the database could not be read
 */
gboolean
rp_store_has_recovery (RpStore   *self,
                       gboolean  *out_has_recovery,
                       GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_has_recovery != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database, "SELECT 1 FROM recovery LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  *out_has_recovery = rc == SQLITE_ROW;
  return TRUE;
}
