/* rp-call-sheet.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-contact.h"

G_BEGIN_DECLS

/**
 * RpCallSheetReason:
 * @RP_CALL_SHEET_REASON_ASKED: the user asked for the number
 * @RP_CALL_SHEET_REASON_NO_HANDLER: no app on this computer took the link
 *
 * Why the call sheet is shown, which the sheet says in its first line.
 */
typedef enum
{
  RP_CALL_SHEET_REASON_ASKED,
  RP_CALL_SHEET_REASON_NO_HANDLER,
} RpCallSheetReason;

#define RP_TYPE_CALL_SHEET (rp_call_sheet_get_type ())

G_DECLARE_FINAL_TYPE (RpCallSheet, rp_call_sheet, RP, CALL_SHEET, AdwWindow)

RpCallSheet *rp_call_sheet_new          (const char        *name,
                                         RpCallKind         kind,
                                         const char        *number_or_address,
                                         const char        *uri,
                                         RpCallSheetReason  reason);
const char  *rp_call_sheet_get_uri      (RpCallSheet       *self);
const char  *rp_call_sheet_get_shown    (RpCallSheet       *self);

G_END_DECLS
