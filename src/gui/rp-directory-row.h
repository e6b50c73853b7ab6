/* rp-directory-row.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-directory-meeting.h"

G_BEGIN_DECLS

#define RP_TYPE_DIRECTORY_ROW (rp_directory_row_get_type ())

G_DECLARE_FINAL_TYPE (RpDirectoryRow, rp_directory_row, RP, DIRECTORY_ROW, GtkWidget)

GtkWidget          *rp_directory_row_new         (void);
RpDirectoryMeeting *rp_directory_row_get_meeting (RpDirectoryRow     *self);
void                rp_directory_row_set_meeting (RpDirectoryRow     *self,
                                                  RpDirectoryMeeting *meeting);
gboolean            rp_directory_row_get_added   (RpDirectoryRow     *self);
void                rp_directory_row_set_added   (RpDirectoryRow     *self,
                                                  gboolean            added);

G_END_DECLS
