/* rp-call-launcher.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* THROW-AWAY STUB so the Support page links before the real call launcher
 * (another worktree) is merged: the lead replaces this file. It reports
 * every attempt as failed, with a message that says so. */

#define G_LOG_DOMAIN "rp-call-launcher"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-call-launcher.h"

void
rp_call_launcher_contact_async (GtkWindow           *parent,
                                RpStore             *store,
                                RpContact           *contact,
                                RpCallKind           kind,
                                guint                phone_index,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RP_IS_CONTACT (contact));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rp_call_launcher_contact_async);
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "%s", _("Calling is not available in this build."));
}

RpCallOutcome
rp_call_launcher_contact_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), RP_CALL_OUTCOME_FAILED);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return RP_CALL_OUTCOME_FAILED;

  return RP_CALL_OUTCOME_HANDED;
}

void
rp_call_launcher_show_sheet (GtkWindow *parent,
                             RpStore   *store,
                             RpContact *contact,
                             RpCallKind kind,
                             guint      phone_index)
{
  g_return_if_fail (RP_IS_CONTACT (contact));
}
