/* rp-window.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-application.h"

G_BEGIN_DECLS

#define RP_TYPE_WINDOW (rp_window_get_type ())

G_DECLARE_FINAL_TYPE (RpWindow, rp_window, RP, WINDOW, AdwApplicationWindow)

RpWindow   *rp_window_new                (RpApplication *application);
void        rp_window_show_page          (RpWindow      *self,
                                          const char    *page_name);
const char *rp_window_get_visible_page   (RpWindow      *self);
void        rp_window_add_toast          (RpWindow      *self,
                                          const char    *message);
void        rp_window_show_missed_reminder (RpWindow    *self,
                                            RpMeeting   *meeting,
                                            const GDate *occurrence_date,
                                            GDateTime   *start);
void        rp_window_show_meeting       (RpWindow      *self,
                                          gint64         meeting_id,
                                          const GDate   *occurrence_date);
void        rp_window_show_reading       (RpWindow      *self,
                                          gint64         reading_id);
void        rp_window_prompt_sponsor     (RpWindow      *self);
void        rp_window_show_storage_error (RpWindow      *self,
                                          const GError  *error);
void        rp_window_show_recovery      (RpWindow      *self,
                                          const char    *kept_path,
                                          GDateTime     *backup_taken);
void        rp_window_reload_store       (RpWindow      *self);

G_END_DECLS
