/* rp-call-launcher.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-contact.h"
#include "rp-store.h"

G_BEGIN_DECLS

/**
 * RpCallOutcome:
 * @RP_CALL_OUTCOME_HANDED: the tel:/sms:/mailto: link went to the
 *   desktop's default handler
 * @RP_CALL_OUTCOME_SHEET: the call sheet is shown (no handler, the launch
 *   failed, or the user asked for the number)
 * @RP_CALL_OUTCOME_FAILED: nothing could be done (the contact has no
 *   usable number or address); the error says why, and the user saw it
 *
 * What became of a call, text or email started from Reprieve. The first
 * two are logged in the call log.
 */
typedef enum
{
  RP_CALL_OUTCOME_HANDED,
  RP_CALL_OUTCOME_SHEET,
  RP_CALL_OUTCOME_FAILED,
} RpCallOutcome;

void          rp_call_launcher_contact_async  (GtkWindow           *parent,
                                               RpStore             *store,
                                               RpContact           *contact,
                                               RpCallKind           kind,
                                               guint                phone_index,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
RpCallOutcome rp_call_launcher_contact_finish (GAsyncResult        *result,
                                               GError             **error);

void          rp_call_launcher_show_sheet     (GtkWindow           *parent,
                                               RpStore             *store,
                                               RpContact           *contact,
                                               RpCallKind           kind,
                                               guint                phone_index);

G_END_DECLS
