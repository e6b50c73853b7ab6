/* rp-agenda-view.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_AGENDA_VIEW (rp_agenda_view_get_type ())

G_DECLARE_FINAL_TYPE (RpAgendaView, rp_agenda_view, RP, AGENDA_VIEW, AdwBin)

RpStore   *rp_agenda_view_get_store       (RpAgendaView *self);
void       rp_agenda_view_set_store       (RpAgendaView *self,
                                           RpStore      *store);
GDateTime *rp_agenda_view_get_now         (RpAgendaView *self);
void       rp_agenda_view_set_now         (RpAgendaView *self,
                                           GDateTime    *now);
void       rp_agenda_view_refresh         (RpAgendaView *self);
GDateTime *rp_agenda_view_get_next_change (RpAgendaView *self);

G_END_DECLS
