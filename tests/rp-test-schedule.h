/* rp-test-schedule.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What RpSchedule's tests share: test-schedule.c (DST, zones, monthly
 * rules), test-schedule-window.c (windows, exclusions, fast-forward) and
 * test-schedule-storage.c (storage, constructors, description, the boxed
 * type) build schedules and check their occurrences the same way. */

#pragma once

#include <glib.h>

#include "rp-schedule.h"

G_BEGIN_DECLS

GDateTime  *utc           (int year,
                           int month,
                           int day,
                           int hour,
                           int minute);
RpSchedule *weekly        (int         year,
                           int         month,
                           int         day,
                           RpWeekdays  weekdays,
                           guint       start_minute,
                           const char *zone_id);
RpSchedule *monthly       (int          year,
                           int          month,
                           int          day,
                           int          nth,
                           GDateWeekday weekday,
                           guint        start_minute,
                           const char  *zone_id);
GPtrArray  *expand        (RpSchedule *schedule,
                           GDateTime  *from,
                           GDateTime  *to,
                           guint       max_count);
char       *format_start  (RpOccurrence *occurrence,
                           const char   *zone_id);
void        assert_starts (GPtrArray          *occurrences,
                           const char         *zone_id,
                           const char * const *expected);
void        assert_date   (const GDate *date,
                           int          year,
                           int          month,
                           int          day);

G_END_DECLS
