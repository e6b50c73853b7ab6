/* rp-support-page.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RP_TYPE_SUPPORT_PAGE (rp_support_page_get_type ())

G_DECLARE_FINAL_TYPE (RpSupportPage, rp_support_page, RP, SUPPORT_PAGE, AdwBin)

G_END_DECLS
