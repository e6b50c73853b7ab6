/* rp-agenda-row.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-agenda.h"

G_BEGIN_DECLS

/**
 * RpAgendaRowFlags:
 * @RP_AGENDA_ROW_NONE: nothing more
 * @RP_AGENDA_ROW_CAN_JOIN: the occurrence has not ended: offer Join for a
 *   meeting with an online link
 * @RP_AGENDA_ROW_SHOW_DAY: show the day above the times, for rows not
 *   grouped under one day
 * @RP_AGENDA_ROW_IN_PROGRESS: the occurrence is on now: Join is the
 *   suggested action
 */
typedef enum
{
  RP_AGENDA_ROW_NONE        = 0,
  RP_AGENDA_ROW_CAN_JOIN    = 1 << 0,
  RP_AGENDA_ROW_SHOW_DAY    = 1 << 1,
  RP_AGENDA_ROW_IN_PROGRESS = 1 << 2,
} RpAgendaRowFlags;

#define RP_TYPE_AGENDA_ROW (rp_agenda_row_get_type ())

G_DECLARE_FINAL_TYPE (RpAgendaRow, rp_agenda_row, RP, AGENDA_ROW, AdwActionRow)

GtkWidget          *rp_agenda_row_new          (const RpAgendaItem *item,
                                                RpAgendaRowFlags    flags,
                                                GtkSizeGroup       *times_group);
const RpAgendaItem *rp_agenda_row_get_item     (RpAgendaRow        *self);
void                rp_agenda_row_set_attended (RpAgendaRow        *self,
                                                gboolean            attended);


G_END_DECLS
