/* rp-meeting-types.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Codes with a meaning beyond a label. Online-ness is better taken from a
 * meeting's conference link or phone: the spec retired "ONL", but older
 * feeds still carry it. */
#define RP_MEETING_TYPE_ONLINE             "ONL"
#define RP_MEETING_TYPE_TEMPORARILY_CLOSED "TC"

const char         *rp_meeting_type_get_meaning    (const char *code);
gboolean            rp_meeting_type_is_known       (const char *code);
const char         *rp_meeting_type_get_canonical  (const char *code);
gboolean            rp_meeting_type_is_legacy      (const char *code);
const char * const *rp_meeting_type_get_codes      (void);
guint               rp_meeting_type_get_n_codes    (void);

G_END_DECLS
