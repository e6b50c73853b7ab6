/* rp-application.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"
#include "rp-clock.h"

G_BEGIN_DECLS

#define RP_TYPE_APPLICATION (rp_application_get_type ())

G_DECLARE_FINAL_TYPE (RpApplication, rp_application, RP, APPLICATION, AdwApplication)

RpApplication *rp_application_new                (void);
RpStore       *rp_application_get_store          (RpApplication *self);
RpClock       *rp_application_get_clock          (RpApplication *self);
gboolean       rp_application_get_keeps_running  (RpApplication *self);
gboolean       rp_application_restore_backup     (RpApplication *self,
                                                  GError       **error);
gboolean       rp_application_retry_open         (RpApplication *self,
                                                  GError       **error);
gboolean       rp_application_start_empty        (RpApplication *self,
                                                  GError       **error);

G_END_DECLS
