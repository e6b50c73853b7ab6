/* rp-schedule-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libical/ical.h>

#include "rp-schedule.h"

G_BEGIN_DECLS

/* RpSchedule is one type spread over four files: rp-schedule.c
 * (construction and accessors), rp-schedule-rules.c (iCalendar rules and
 * the storage form), rp-schedule-expand.c (occurrences) and
 * rp-schedule-describe.c (the sentence shown to people). This header is
 * what they, and the .ics importer and exporter, share. */

#define RP_SCHEDULE_MINUTES_PER_DAY 1440
#define RP_SCHEDULE_SECONDS_PER_DAY G_GINT64_CONSTANT (86400)

struct _RpSchedule
{
  RpScheduleKind kind;
  /* Weekly: the days; monthly: its one weekday; once: none. */
  RpWeekdays     weekdays;
  /* Monthly: 1..4 or RP_SCHEDULE_LAST; otherwise 0. */
  int            nth;
  GDate          first_date;
  /* Invalid (cleared) when the schedule has no last date. */
  GDate          last_date;
  guint          start_minute;
  guint          duration_minutes;
  char          *time_zone_id;
  GTimeZone     *time_zone;
  /* Sorted, without duplicates. */
  GDate         *excluded_dates;
  guint          n_excluded_dates;
  /* Recurring kinds: the rule the iterator runs, without UNTIL (the last
   * date is applied here, on local dates), parsed once from our own text. */
  struct icalrecurrencetype rule;
};

/* Indexed by GDateWeekday. */
extern const char * const rp_schedule_weekday_codes[8];

gboolean    rp_schedule_check_first_date          (const GDate     *date,
                                                   GError         **error);
gboolean    rp_schedule_check_start_and_duration  (guint            start_minute,
                                                   guint            duration_minutes,
                                                   GError         **error);
GTimeZone  *rp_schedule_load_time_zone            (const char      *time_zone_id,
                                                   GError         **error);
RpSchedule *rp_schedule_new_internal              (RpScheduleKind   kind,
                                                   RpWeekdays       weekdays,
                                                   int              nth,
                                                   const GDate     *first_date,
                                                   guint            start_minute,
                                                   guint            duration_minutes,
                                                   const char      *time_zone_id,
                                                   GTimeZone       *time_zone);
void        rp_schedule_set_excluded_dates        (RpSchedule      *self,
                                                   const GDate     *dates,
                                                   guint            n_dates);
void        rp_schedule_append_rule_text          (RpSchedule      *self,
                                                   GString         *text);
int         rp_schedule_compare_dates             (gconstpointer    a,
                                                   gconstpointer    b);
GDateTime  *rp_schedule_wall_time_to_date_time    (GTimeZone       *time_zone,
                                                   const GDate     *date,
                                                   guint            minute);
gboolean    rp_schedule_rule_matches              (RpSchedule      *self,
                                                   const GDate     *date);

G_END_DECLS
