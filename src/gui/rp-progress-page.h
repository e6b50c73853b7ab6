/* rp-progress-page.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_PROGRESS_PAGE (rp_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (RpProgressPage, rp_progress_page, RP, PROGRESS_PAGE, AdwBin)

void rp_progress_page_bind         (RpProgressPage *self,
                                    RpStore        *store,
                                    RpDayWatch     *watch,
                                    GSettings      *settings);
void rp_progress_page_push         (RpProgressPage *self,
                                    GtkWidget      *subpage,
                                    const char     *title);
void rp_progress_page_pop          (RpProgressPage *self);
void rp_progress_page_set_title    (RpProgressPage *self,
                                    const char     *title);
RpProgressPage *rp_progress_page_find (GtkWidget   *descendant);
void rp_progress_page_add_clean_date (RpProgressPage *self);

G_END_DECLS
