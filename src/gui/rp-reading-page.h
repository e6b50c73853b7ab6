/* rp-reading-page.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RP_TYPE_READING_PAGE (rp_reading_page_get_type ())

G_DECLARE_FINAL_TYPE (RpReadingPage, rp_reading_page, RP, READING_PAGE, AdwBin)

G_END_DECLS
