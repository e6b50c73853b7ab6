/* rp-month-calendar.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-agenda.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_MONTH_CALENDAR (rp_month_calendar_get_type ())

G_DECLARE_FINAL_TYPE (RpMonthCalendar, rp_month_calendar, RP, MONTH_CALENDAR, AdwBin)

RpStore     *rp_month_calendar_get_store         (RpMonthCalendar *self);
void         rp_month_calendar_set_store         (RpMonthCalendar *self,
                                                  RpStore         *store);
GDateTime   *rp_month_calendar_get_now           (RpMonthCalendar *self);
void         rp_month_calendar_set_now           (RpMonthCalendar *self,
                                                  GDateTime       *now);
void         rp_month_calendar_select_date       (RpMonthCalendar *self,
                                                  const GDate     *date);
const GDate *rp_month_calendar_get_selected_date (RpMonthCalendar *self);
RpDayMarks   rp_month_calendar_get_day_marks     (RpMonthCalendar *self,
                                                  guint            day);
void         rp_month_calendar_refresh           (RpMonthCalendar *self);

G_END_DECLS
