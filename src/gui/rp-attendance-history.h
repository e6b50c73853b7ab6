/* rp-attendance-history.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RP_TYPE_ATTENDANCE_HISTORY (rp_attendance_history_get_type ())

G_DECLARE_FINAL_TYPE (RpAttendanceHistory, rp_attendance_history, RP, ATTENDANCE_HISTORY,
                      AdwPreferencesGroup)

GtkWidget *rp_attendance_history_new           (void);
void       rp_attendance_history_set_records   (RpAttendanceHistory *self,
                                                GPtrArray           *records);
guint      rp_attendance_history_get_n_records (RpAttendanceHistory *self);

G_END_DECLS
