/* rp-clean-time.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RP_CLEAN_TIME_ERROR (rp_clean_time_error_quark ())

/**
 * RpCleanTimeError:
 * @RP_CLEAN_TIME_ERROR_INVALID: the date is not a date, is before 1900, or
 *   the time of day is out of range
 * @RP_CLEAN_TIME_ERROR_IN_FUTURE: the start is later than now
 */
typedef enum
{
  RP_CLEAN_TIME_ERROR_INVALID,
  RP_CLEAN_TIME_ERROR_IN_FUTURE,
} RpCleanTimeError;

/* The start_minute of a start without a time of day. */
#define RP_CLEAN_TIME_NO_START_MINUTE (-1)

/* The earliest year a start may have. */
#define RP_CLEAN_TIME_FIRST_YEAR 1900

/* With a start time, the elapsed hours and minutes are shown until this
 * much real time has passed. */
#define RP_CLEAN_TIME_HOURS_SHOWN_UNDER (48 * G_TIME_SPAN_HOUR)

/**
 * RpCleanTimeSpan:
 *
 * Clean time as whole calendar years, months and days; see
 * rp_clean_time_span() for the convention.
 */
typedef struct
{
  guint years;
  guint months;
  guint days;
} RpCleanTimeSpan;

/**
 * RpCleanTimeStyle:
 * @RP_CLEAN_TIME_STYLE_DAYS: "412 days"
 * @RP_CLEAN_TIME_STYLE_CALENDAR: "1 year, 1 month, 16 days"
 */
typedef enum
{
  RP_CLEAN_TIME_STYLE_DAYS,
  RP_CLEAN_TIME_STYLE_CALENDAR,
} RpCleanTimeStyle;

/**
 * RpCleanTimeMilestoneKind:
 * @RP_CLEAN_TIME_MILESTONE_24_HOURS: the day after the start (count 1)
 * @RP_CLEAN_TIME_MILESTONE_DAYS: 30, 60 or 90 days (count: the days)
 * @RP_CLEAN_TIME_MILESTONE_MONTHS: 6, 9 or 18 months (count: the months)
 * @RP_CLEAN_TIME_MILESTONE_YEARS: every year (count: the years)
 */
typedef enum
{
  RP_CLEAN_TIME_MILESTONE_24_HOURS,
  RP_CLEAN_TIME_MILESTONE_DAYS,
  RP_CLEAN_TIME_MILESTONE_MONTHS,
  RP_CLEAN_TIME_MILESTONE_YEARS,
} RpCleanTimeMilestoneKind;

typedef struct
{
  RpCleanTimeMilestoneKind kind;
  guint count;
  GDate date;   /* the local day it is celebrated on */
} RpCleanTimeMilestone;

GQuark           rp_clean_time_error_quark       (void);

/* A start is a local calendar date in the user's time zone and an
 * optional time of day (minutes since midnight, or
 * RP_CLEAN_TIME_NO_START_MINUTE). Every function below is pure: "now"
 * and the user's time zone are given, and "today" is @now's date in
 * @time_zone, so a user who moves to another zone counts in the new one. */

gboolean         rp_clean_time_validate_start    (const GDate                *start_date,
                                                  int                         start_minute,
                                                  GDateTime                  *now,
                                                  GTimeZone                  *time_zone,
                                                  GError                    **error);

void             rp_clean_time_today             (GDateTime                  *now,
                                                  GTimeZone                  *time_zone,
                                                  GDate                      *out_today);

/* Full calendar days since the start date's midnight: 0 on the start
 * date, 0 for a start after today. */
guint            rp_clean_time_days              (const GDate                *start_date,
                                                  GDateTime                  *now,
                                                  GTimeZone                  *time_zone);

RpCleanTimeSpan  rp_clean_time_span              (const GDate                *start_date,
                                                  const GDate                *today);

/* TRUE, with the real elapsed minutes, when a start time was given, the
 * start has passed and less than RP_CLEAN_TIME_HOURS_SHOWN_UNDER has. */
gboolean         rp_clean_time_elapsed_minutes   (const GDate                *start_date,
                                                  int                         start_minute,
                                                  GDateTime                  *now,
                                                  GTimeZone                  *time_zone,
                                                  gint64                     *out_minutes);

char            *rp_clean_time_format            (const GDate                *start_date,
                                                  int                         start_minute,
                                                  GDateTime                  *now,
                                                  GTimeZone                  *time_zone,
                                                  RpCleanTimeStyle            style);
char            *rp_clean_time_format_days       (guint                       days);
char            *rp_clean_time_format_span       (const RpCleanTimeSpan      *span);
char            *rp_clean_time_format_elapsed    (gint64                      minutes);

const char      *rp_clean_time_convention_text   (void);

/* The milestones celebrated from @first to @last (both included, past or
 * coming), in date order: an array of RpCleanTimeMilestone. */
GArray          *rp_clean_time_milestones        (const GDate                *start_date,
                                                  const GDate                *first,
                                                  const GDate                *last);
gboolean         rp_clean_time_milestone_on      (const GDate                *start_date,
                                                  const GDate                *day,
                                                  RpCleanTimeMilestone       *out_milestone);
char            *rp_clean_time_milestone_label   (const RpCleanTimeMilestone *milestone);

/* @cost_per_day_cents × @days, in cents; 0 for a cost below 0, and
 * G_MAXINT64 rather than an overflow. */
gint64           rp_clean_time_money_saved_cents (gint64                      cost_per_day_cents,
                                                  guint                       days);

G_END_DECLS
