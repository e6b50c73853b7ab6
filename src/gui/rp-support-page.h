/* rp-support-page.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_SUPPORT_PAGE (rp_support_page_get_type ())

G_DECLARE_FINAL_TYPE (RpSupportPage, rp_support_page, RP, SUPPORT_PAGE, AdwBin)

RpStore  *rp_support_page_get_store      (RpSupportPage *self);
void      rp_support_page_set_store      (RpSupportPage *self,
                                          RpStore       *store);
void      rp_support_page_prompt_sponsor (RpSupportPage *self);
void      rp_support_page_refresh        (RpSupportPage *self);

G_END_DECLS
