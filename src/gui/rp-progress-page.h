/* rp-progress-page.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RP_TYPE_PROGRESS_PAGE (rp_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (RpProgressPage, rp_progress_page, RP, PROGRESS_PAGE, AdwBin)

G_END_DECLS
