/* rp-talk-now-dialog.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_TALK_NOW_DIALOG (rp_talk_now_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RpTalkNowDialog, rp_talk_now_dialog, RP, TALK_NOW_DIALOG, AdwWindow)

RpTalkNowDialog *rp_talk_now_dialog_new     (RpStore   *store);
RpTalkNowDialog *rp_talk_now_dialog_present (GtkWindow *parent,
                                             RpStore   *store);
void             rp_talk_now_dialog_refresh (RpTalkNowDialog *self);

G_END_DECLS
