/* rp-meetings-page.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RP_TYPE_MEETINGS_PAGE (rp_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (RpMeetingsPage, rp_meetings_page, RP, MEETINGS_PAGE, AdwBin)

G_END_DECLS
