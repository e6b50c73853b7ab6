/* rp-directory-query.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rp-directory-meeting.h"
#include "rp-schedule.h"

G_BEGIN_DECLS

/**
 * RpTimeOfDay:
 * @RP_TIME_OF_DAY_ANY: no filter
 * @RP_TIME_OF_DAY_MORNING: starts before 12:00
 * @RP_TIME_OF_DAY_AFTERNOON: starts from 12:00 to 16:59
 * @RP_TIME_OF_DAY_EVENING: starts from 17:00 to 20:59
 * @RP_TIME_OF_DAY_NIGHT: starts at 21:00 or later
 * @RP_TIME_OF_DAY_BY_APPOINTMENT: has no day and time
 *
 * A set: a meeting matches when it falls in any of the chosen parts of
 * the day, on its own clock.
 */
typedef enum
{
  RP_TIME_OF_DAY_ANY            = 0,
  RP_TIME_OF_DAY_MORNING        = 1 << 0,
  RP_TIME_OF_DAY_AFTERNOON      = 1 << 1,
  RP_TIME_OF_DAY_EVENING        = 1 << 2,
  RP_TIME_OF_DAY_NIGHT          = 1 << 3,
  RP_TIME_OF_DAY_BY_APPOINTMENT = 1 << 4,
} RpTimeOfDay;

#define RP_TIME_OF_DAY_ALL 0x1f

/**
 * RpAttendanceMode:
 * @RP_ATTENDANCE_MODE_ANY: no filter
 * @RP_ATTENDANCE_MODE_IN_PERSON: rp_directory_meeting_is_in_person()
 * @RP_ATTENDANCE_MODE_ONLINE: rp_directory_meeting_is_online()
 *
 * A hybrid meeting matches both.
 */
typedef enum
{
  RP_ATTENDANCE_MODE_ANY,
  RP_ATTENDANCE_MODE_IN_PERSON,
  RP_ATTENDANCE_MODE_ONLINE,
} RpAttendanceMode;

/**
 * RpDirectoryQueryChange:
 * @RP_DIRECTORY_QUERY_CHANGE_DIFFERENT: any meeting may match or not now
 * @RP_DIRECTORY_QUERY_CHANGE_LESS_STRICT: what matched still matches
 * @RP_DIRECTORY_QUERY_CHANGE_MORE_STRICT: what did not match still does not
 * @RP_DIRECTORY_QUERY_CHANGE_NONE: the same meetings match
 *
 * What a setter did to the set of matches. The first three have the values
 * of GtkFilterChange, so a GtkFilter can pass them on and re-check only
 * the meetings that may change.
 */
typedef enum
{
  RP_DIRECTORY_QUERY_CHANGE_DIFFERENT   = 0,
  RP_DIRECTORY_QUERY_CHANGE_LESS_STRICT = 1,
  RP_DIRECTORY_QUERY_CHANGE_MORE_STRICT = 2,
  RP_DIRECTORY_QUERY_CHANGE_NONE        = 3,
} RpDirectoryQueryChange;

/* The longest search text kept; typing more changes nothing. */
#define RP_DIRECTORY_QUERY_MAX_TEXT 200

typedef struct _RpDirectoryQuery RpDirectoryQuery;

#define RP_TYPE_DIRECTORY_QUERY (rp_directory_query_get_type ())

GType                   rp_directory_query_get_type          (void) G_GNUC_CONST;
RpDirectoryQuery       *rp_directory_query_new               (void);
RpDirectoryQuery       *rp_directory_query_copy              (const RpDirectoryQuery *self);
void                    rp_directory_query_free              (RpDirectoryQuery       *self);

RpDirectoryQueryChange  rp_directory_query_set_text          (RpDirectoryQuery       *self,
                                                              const char             *text);
const char             *rp_directory_query_get_text          (const RpDirectoryQuery *self);
RpDirectoryQueryChange  rp_directory_query_set_weekdays      (RpDirectoryQuery       *self,
                                                              RpWeekdays              weekdays);
RpWeekdays              rp_directory_query_get_weekdays      (const RpDirectoryQuery *self);
RpDirectoryQueryChange  rp_directory_query_set_times_of_day  (RpDirectoryQuery       *self,
                                                              RpTimeOfDay             times);
RpTimeOfDay             rp_directory_query_get_times_of_day  (const RpDirectoryQuery *self);
RpDirectoryQueryChange  rp_directory_query_set_type          (RpDirectoryQuery       *self,
                                                              const char             *code);
const char             *rp_directory_query_get_type_code     (const RpDirectoryQuery *self);
RpDirectoryQueryChange  rp_directory_query_set_attendance_mode (RpDirectoryQuery     *self,
                                                                RpAttendanceMode      mode);
RpAttendanceMode        rp_directory_query_get_attendance_mode (const RpDirectoryQuery *self);

gboolean                rp_directory_query_is_empty          (const RpDirectoryQuery *self);
gboolean                rp_directory_query_matches           (const RpDirectoryQuery *self,
                                                              RpDirectoryMeeting     *meeting);

RpTimeOfDay             rp_time_of_day_from_minute           (int                     start_minute);
char                   *rp_directory_fold_text               (const char             *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpDirectoryQuery, rp_directory_query_free)

G_END_DECLS
