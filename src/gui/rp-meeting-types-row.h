/* rp-meeting-types-row.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RP_TYPE_MEETING_TYPES_ROW (rp_meeting_types_row_get_type ())

G_DECLARE_FINAL_TYPE (RpMeetingTypesRow, rp_meeting_types_row, RP, MEETING_TYPES_ROW, AdwExpanderRow)

GtkWidget *rp_meeting_types_row_new       (void);
void       rp_meeting_types_row_set_types (RpMeetingTypesRow  *self,
                                           const char * const *codes);
GStrv      rp_meeting_types_row_dup_types (RpMeetingTypesRow  *self);
void       rp_meeting_types_row_set_type_active (RpMeetingTypesRow *self,
                                                 const char        *code,
                                                 gboolean           active);
void       rp_meeting_types_row_search    (RpMeetingTypesRow  *self,
                                           const char         *text);
guint      rp_meeting_types_row_get_n_shown (RpMeetingTypesRow *self);

G_END_DECLS
