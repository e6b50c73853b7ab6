/* rp-schedule.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Only pointers to it cross this header: callers that build a schedule
 * from an iCalendar rule include <libical/ical.h> themselves. */
struct icalrecurrencetype;

#define RP_SCHEDULE_ERROR (rp_schedule_error_quark ())

/**
 * RpScheduleError:
 * @RP_SCHEDULE_ERROR_INVALID_DATE: a date is not a date, is outside
 *   %RP_SCHEDULE_MIN_YEAR..%RP_SCHEDULE_MAX_YEAR, or the last date is
 *   before the first one
 * @RP_SCHEDULE_ERROR_INVALID_TIME: the start time is not 00:00..23:59
 * @RP_SCHEDULE_ERROR_INVALID_DURATION: the duration is not 1..1440 minutes
 * @RP_SCHEDULE_ERROR_UNKNOWN_TIME_ZONE: no such IANA time zone
 * @RP_SCHEDULE_ERROR_NO_WEEKDAY: a weekly schedule without any weekday
 * @RP_SCHEDULE_ERROR_INVALID_RULE: the text is not a repeat rule, or a
 *   monthly position is not 1..4 or -1
 * @RP_SCHEDULE_ERROR_UNSUPPORTED_RULE: a valid iCalendar rule that the
 *   meeting editor cannot produce; the message says which part
 */
typedef enum
{
  RP_SCHEDULE_ERROR_INVALID_DATE,
  RP_SCHEDULE_ERROR_INVALID_TIME,
  RP_SCHEDULE_ERROR_INVALID_DURATION,
  RP_SCHEDULE_ERROR_UNKNOWN_TIME_ZONE,
  RP_SCHEDULE_ERROR_NO_WEEKDAY,
  RP_SCHEDULE_ERROR_INVALID_RULE,
  RP_SCHEDULE_ERROR_UNSUPPORTED_RULE,
} RpScheduleError;

/**
 * RpScheduleKind:
 * @RP_SCHEDULE_ONCE: a single date
 * @RP_SCHEDULE_WEEKLY: every week on one or more weekdays
 * @RP_SCHEDULE_MONTHLY: every month on the first..fourth or last weekday
 */
typedef enum
{
  RP_SCHEDULE_ONCE,
  RP_SCHEDULE_WEEKLY,
  RP_SCHEDULE_MONTHLY,
} RpScheduleKind;

/**
 * RpWeekdays:
 *
 * A set of weekdays: bit N is the #GDateWeekday N (Monday = 1 ..
 * Sunday = 7), so `RP_WEEKDAY_BIT (g_date_get_weekday (date))` tests a date.
 */
typedef enum
{
  RP_WEEKDAYS_NONE     = 0,
  RP_WEEKDAY_MONDAY    = 1 << G_DATE_MONDAY,
  RP_WEEKDAY_TUESDAY   = 1 << G_DATE_TUESDAY,
  RP_WEEKDAY_WEDNESDAY = 1 << G_DATE_WEDNESDAY,
  RP_WEEKDAY_THURSDAY  = 1 << G_DATE_THURSDAY,
  RP_WEEKDAY_FRIDAY    = 1 << G_DATE_FRIDAY,
  RP_WEEKDAY_SATURDAY  = 1 << G_DATE_SATURDAY,
  RP_WEEKDAY_SUNDAY    = 1 << G_DATE_SUNDAY,
  RP_WEEKDAYS_ALL      = 0xfe,
} RpWeekdays;

#define RP_WEEKDAY_BIT(weekday) ((RpWeekdays) (1u << (weekday)))

/* The monthly position of the last weekday in the month. */
#define RP_SCHEDULE_LAST (-1)

/* First dates outside these years are refused: libical 3.0 stops
 * iterating in the 26th century and misbehaves before the Gregorian era. */
#define RP_SCHEDULE_MIN_YEAR 1900
#define RP_SCHEDULE_MAX_YEAR 2500

#define RP_SCHEDULE_DEFAULT_DURATION 60
#define RP_SCHEDULE_MAX_DURATION     1440

/**
 * RpOccurrence:
 * @start: when it starts, in the meeting's time zone (convert it with
 *   g_date_time_to_timezone() to show it in another)
 * @end: @start plus the duration: elapsed minutes, so a one-hour meeting
 *   lasts one real hour even across a clock change
 * @date: the date in the meeting's time zone: what identifies the
 *   occurrence (attendance, fired reminders), whatever zone the viewer is in
 *
 * One meeting of a schedule. A boxed type: copy with rp_occurrence_copy().
 */
typedef struct
{
  GDateTime *start;
  GDateTime *end;
  GDate      date;
} RpOccurrence;

#define RP_TYPE_OCCURRENCE (rp_occurrence_get_type ())

GType         rp_occurrence_get_type (void) G_GNUC_CONST;
RpOccurrence *rp_occurrence_copy     (const RpOccurrence *self);
void          rp_occurrence_free     (RpOccurrence       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpOccurrence, rp_occurrence_free)

/**
 * RpSchedule:
 *
 * When a meeting takes place: a kind (weekly on a set of weekdays, monthly
 * on the first..fourth or last weekday, or once), a first date (the date of
 * a single meeting; the date from which a recurring one applies, not
 * necessarily a meeting day), an optional last date, a start time and a
 * duration, an IANA time zone and a set of excluded dates (EXDATE). All
 * dates and times are on the meeting's own clock.
 *
 * Immutable and reference counted (atomically, so a schedule may be shared
 * with a worker thread); the `copy_with` functions return a changed copy.
 * A boxed type whose copy is a new reference.
 *
 * Pure: nothing here reads the clock or a file other than the tz database;
 * callers pass the moments they mean.
 *
 * Storage: rp_schedule_to_rrule() and the `dup_*_string` functions give the
 * columns, rp_schedule_new_from_storage() reads them back (a round trip
 * gives an rp_schedule_equal() schedule). Only rules the editor can produce
 * are accepted, read by libical: FREQ=WEEKLY with BYDAY of plain weekdays
 * (none means DTSTART's weekday, as in RFC 5545), or FREQ=MONTHLY with one
 * BYDAY of position 1..4 or -1; INTERVAL absent or 1; WKST ignored (it
 * changes nothing at interval 1). Everything else is refused with
 * %RP_SCHEDULE_ERROR_UNSUPPORTED_RULE saying why: other frequencies,
 * INTERVAL > 1, COUNT, BYMONTHDAY, BYSETPOS and the other BY parts, RSCALE.
 *
 * UNTIL is kept, as the last date: .ics files use it for meetings that
 * ended or moved. It is stored as a DATE (";UNTIL=20261231": the last local
 * date on which the meeting may take place, inclusive); a DATE-TIME UNTIL
 * from an .ics file becomes the last date whose occurrence starts no later
 * than it (a UTC one compared on the time line, a floating one on the
 * meeting's clock). An .ics exporter must write it back as a UTC DATE-TIME,
 * as RFC 5545 requires next to a DTSTART with a TZID. COUNT is refused: the
 * editor has no "after N times", and an importer can turn it into a last
 * date.
 *
 * Clock changes: a wall time is placed on the time line as RFC 5545
 * (3.3.5) reads a DATE-TIME with a TZID, so Reprieve agrees with the
 * calendars its .ics files go to (GLib on its own does not):
 *  - a time that does not exist (clocks going forward) takes the offset
 *    from before the gap: 02:30 on 8 March 2026 in New York is 03:30 EDT,
 *    01:30 on 29 March 2026 in London is 02:30 BST;
 *  - a time that exists twice (clocks going back) is the first one: 01:30
 *    on 1 November 2026 in New York is 01:30 EDT (UTC−4), not EST.
 * The duration is elapsed time, so an occurrence's end may show another
 * wall time than start + duration on such a day. The occurrence keeps its
 * local date either way.
 */
typedef struct _RpSchedule RpSchedule;

#define RP_TYPE_SCHEDULE (rp_schedule_get_type ())

GType           rp_schedule_get_type    (void) G_GNUC_CONST;
GQuark          rp_schedule_error_quark (void);

RpSchedule     *rp_schedule_new_weekly  (const GDate   *first_date,
                                         RpWeekdays     weekdays,
                                         guint          start_minute,
                                         guint          duration_minutes,
                                         const char    *time_zone_id,
                                         GError       **error);
RpSchedule     *rp_schedule_new_monthly (const GDate   *first_date,
                                         int            nth,
                                         GDateWeekday   weekday,
                                         guint          start_minute,
                                         guint          duration_minutes,
                                         const char    *time_zone_id,
                                         GError       **error);
RpSchedule     *rp_schedule_new_once    (const GDate   *date,
                                         guint          start_minute,
                                         guint          duration_minutes,
                                         const char    *time_zone_id,
                                         GError       **error);

RpSchedule     *rp_schedule_new_from_recurrence (const struct icalrecurrencetype  *rule,
                                                 const GDate                      *first_date,
                                                 guint                             start_minute,
                                                 guint                             duration_minutes,
                                                 const char                       *time_zone_id,
                                                 const GDate                      *excluded_dates,
                                                 guint                             n_excluded_dates,
                                                 GError                          **error);

RpSchedule     *rp_schedule_new_from_storage         (const char   *rrule,
                                                      const char   *first_date,
                                                      const char   *start_time,
                                                      guint         duration_minutes,
                                                      const char   *time_zone_id,
                                                      const char   *excluded_dates,
                                                      GError      **error);
RpSchedule     *rp_schedule_copy_with_last_date      (RpSchedule   *self,
                                                      const GDate  *last_date,
                                                      GError      **error);
RpSchedule     *rp_schedule_copy_with_excluded_dates (RpSchedule   *self,
                                                      const GDate  *excluded_dates,
                                                      guint         n_excluded_dates);

RpSchedule     *rp_schedule_ref   (RpSchedule *self);
void            rp_schedule_unref (RpSchedule *self);
gboolean        rp_schedule_equal (RpSchedule *a,
                                   RpSchedule *b);

RpScheduleKind  rp_schedule_get_kind             (RpSchedule  *self);
RpWeekdays      rp_schedule_get_weekdays         (RpSchedule  *self);
int             rp_schedule_get_nth              (RpSchedule  *self);
const GDate    *rp_schedule_get_first_date       (RpSchedule  *self);
const GDate    *rp_schedule_get_last_date        (RpSchedule  *self);
guint           rp_schedule_get_start_minute     (RpSchedule  *self);
guint           rp_schedule_get_duration_minutes (RpSchedule  *self);
const char     *rp_schedule_get_time_zone_id     (RpSchedule  *self);
GTimeZone      *rp_schedule_get_time_zone        (RpSchedule  *self);
const GDate    *rp_schedule_get_excluded_dates   (RpSchedule  *self,
                                                  guint       *n_excluded_dates);
gboolean        rp_schedule_is_excluded          (RpSchedule  *self,
                                                  const GDate *date);

char           *rp_schedule_to_rrule                  (RpSchedule *self);
char           *rp_schedule_dup_first_date_string     (RpSchedule *self);
char           *rp_schedule_dup_start_time_string     (RpSchedule *self);
char           *rp_schedule_dup_excluded_dates_string (RpSchedule *self);

/* The one storage form of a date ("YYYY-MM-DD"), for every table that keys
 * on a meeting's local date. */
char           *rp_schedule_format_storage_date       (const GDate  *date);
gboolean        rp_schedule_parse_storage_date        (const char   *text,
                                                       GDate        *date,
                                                       GError      **error);

GPtrArray      *rp_schedule_occurrences     (RpSchedule *self,
                                             GDateTime  *from,
                                             GDateTime  *to,
                                             guint       max_count);
RpOccurrence   *rp_schedule_next_occurrence (RpSchedule *self,
                                             GDateTime  *from);

char           *rp_schedule_describe (RpSchedule *self,
                                      GTimeZone  *viewer_time_zone);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpSchedule, rp_schedule_unref)

G_END_DECLS
