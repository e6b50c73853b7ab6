/* rp-step-page.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_STEP_PAGE (rp_step_page_get_type ())

G_DECLARE_FINAL_TYPE (RpStepPage, rp_step_page, RP, STEP_PAGE, AdwBin)

GtkWidget *rp_step_page_new         (RpStore    *store,
                                     RpDayWatch *watch,
                                     guint       step);
guint      rp_step_page_get_step    (RpStepPage *self);
void       rp_step_page_set_step    (RpStepPage *self,
                                     guint       step);
gboolean   rp_step_page_save_notes  (RpStepPage *self);

G_END_DECLS
