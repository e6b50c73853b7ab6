/* rp-test-reminder-plan.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the reminder planner's tests share: test-reminder-plan.c (lead
 * times and clock changes) and test-reminder-plan-due.c (what is due, the
 * fired records, snoozes, the daily source) build the same meetings and
 * instants and compare them the same way. */

#pragma once

#include <gio/gio.h>

#include "rp-meeting.h"
#include "rp-reminder-plan.h"

G_BEGIN_DECLS

GTimeZone *zone     (const char *zone_id);
GDateTime *zoned    (const char *zone_id,
                     int         year,
                     int         month,
                     int         day,
                     int         hour,
                     int         minute);
GDateTime *utc      (int year,
                     int month,
                     int day,
                     int hour,
                     int minute);
char      *utc_text (GDateTime *moment);

#define assert_utc(moment, expected) \
  G_STMT_START { \
    g_autofree char *assert_utc_text = utc_text (moment); \
    g_assert_cmpstr (assert_utc_text, ==, (expected)); \
  } G_STMT_END

RpMeeting  *meeting_new  (gint64      id,
                          const char *name,
                          RpSchedule *schedule,
                          int         reminder);
RpMeeting  *once_meeting (gint64      id,
                          int         year,
                          int         month,
                          int         day,
                          guint       start_minute,
                          const char *zone_id,
                          int         reminder);
GListStore *meetings_new (RpMeeting *first,
                          ...);
GPtrArray  *collect      (gpointer   source,
                          GDateTime *from,
                          GDateTime *until);
void        count_cb     (gpointer  object,
                          guint    *count);

G_END_DECLS
