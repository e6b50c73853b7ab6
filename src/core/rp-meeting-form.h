/* rp-meeting-form.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rp-meeting.h"
#include "rp-schedule.h"

G_BEGIN_DECLS

/**
 * RpMeetingFormField:
 * @RP_MEETING_FORM_FIELD_GENERAL: the meeting as a whole (no one field)
 *
 * The fields of the meeting editor a problem can belong to.
 */
typedef enum
{
  RP_MEETING_FORM_FIELD_GENERAL,
  RP_MEETING_FORM_FIELD_NAME,
  RP_MEETING_FORM_FIELD_GROUP_NAME,
  RP_MEETING_FORM_FIELD_PROGRAM,
  RP_MEETING_FORM_FIELD_WEEKDAYS,
  RP_MEETING_FORM_FIELD_MONTHLY_DAY,
  RP_MEETING_FORM_FIELD_FIRST_DATE,
  RP_MEETING_FORM_FIELD_LAST_DATE,
  RP_MEETING_FORM_FIELD_START_TIME,
  RP_MEETING_FORM_FIELD_END_TIME,
  RP_MEETING_FORM_FIELD_DURATION,
  RP_MEETING_FORM_FIELD_TIME_ZONE,
  RP_MEETING_FORM_FIELD_LOCATION,
  RP_MEETING_FORM_FIELD_ADDRESS,
  RP_MEETING_FORM_FIELD_ONLINE_URL,
  RP_MEETING_FORM_FIELD_CONFERENCE_PHONE,
  RP_MEETING_FORM_FIELD_TYPES,
  RP_MEETING_FORM_FIELD_TAGS,
  RP_MEETING_FORM_FIELD_NOTES,
  RP_MEETING_FORM_FIELD_REMINDER,
  RP_MEETING_FORM_N_FIELDS
} RpMeetingFormField;

/**
 * RpMeetingFormSeverity:
 * @RP_MEETING_FORM_BLOCKING: the meeting cannot be saved like this
 * @RP_MEETING_FORM_MISSING: a required field is empty: blocks saving too,
 *   but an editor may show it quietly until the user has touched the field
 * @RP_MEETING_FORM_WARNING: may be saved, but the user should know
 */
typedef enum
{
  RP_MEETING_FORM_BLOCKING,
  RP_MEETING_FORM_MISSING,
  RP_MEETING_FORM_WARNING,
} RpMeetingFormSeverity;

typedef enum
{
  RP_MEETING_FORM_END_AT_TIME,
  RP_MEETING_FORM_END_AFTER_DURATION,
} RpMeetingFormEnd;

typedef enum
{
  RP_MEETING_FORM_REMINDER_DEFAULT,
  RP_MEETING_FORM_REMINDER_CUSTOM,
  RP_MEETING_FORM_REMINDER_OFF,
} RpMeetingFormReminder;

/**
 * RpMeetingFormValues:
 * @kind: once, weekly or monthly; decides which of @weekdays,
 *   @monthly_nth and @monthly_weekday count, and whether @last_date does
 * @first_date: "YYYY-MM-DD": the date of a single meeting, or the date from
 *   which a repeating one applies
 * @last_date: "YYYY-MM-DD" or empty (repeating meetings only)
 * @start_time, @end_time: as typed: "19:00", "7:30 pm", "1930"
 * @duration_minutes: counts when @end_kind is after a duration
 * @types: (nullable): the chosen Meeting Guide codes
 * @tags: the user's tags, separated by commas
 * @reminder_minutes: counts when @reminder_kind is custom
 *
 * What the meeting editor's fields hold, as raw as the user left them.
 * Every string may be %NULL, meaning empty. The struct owns nothing.
 */
typedef struct
{
  const char            *name;
  const char            *group_name;
  const char            *program;
  RpScheduleKind         kind;
  RpWeekdays             weekdays;
  int                    monthly_nth;
  GDateWeekday           monthly_weekday;
  const char            *first_date;
  const char            *last_date;
  const char            *start_time;
  RpMeetingFormEnd       end_kind;
  const char            *end_time;
  guint                  duration_minutes;
  const char            *time_zone;
  const char            *location;
  const char            *address;
  const char            *online_url;
  const char            *conference_phone;
  const char * const    *types;
  const char            *tags;
  const char            *notes;
  gboolean               home_group;
  RpMeetingFormReminder  reminder_kind;
  int                    reminder_minutes;
} RpMeetingFormValues;

/**
 * RpMeetingFormProblem:
 * @field: the field to show @message next to
 * @severity: whether it blocks saving
 * @message: what is wrong and what to do, translated
 */
typedef struct
{
  RpMeetingFormField     field;
  RpMeetingFormSeverity  severity;
  char                  *message;
} RpMeetingFormProblem;

void                        rp_meeting_form_problem_free     (RpMeetingFormProblem *problem);

GPtrArray                  *rp_meeting_form_check            (const RpMeetingFormValues *values);
gboolean                    rp_meeting_form_can_save         (GPtrArray                 *problems);
const RpMeetingFormProblem *rp_meeting_form_find_problem     (GPtrArray                 *problems,
                                                              RpMeetingFormField         field);

RpMeeting                  *rp_meeting_form_build            (const RpMeetingFormValues *values,
                                                              RpMeeting                 *original,
                                                              GError                   **error);

gboolean                    rp_meeting_form_parse_time       (const char                *text,
                                                              guint                     *out_minute);
char                       *rp_meeting_form_format_time      (guint                      minute);
GStrv                       rp_meeting_form_split_tags       (const char                *text);
char                       *rp_meeting_form_join_tags        (const char * const        *tags);
char                       *rp_meeting_form_dup_local_time_zone (GTimeZone              *local);
GStrv                       rp_meeting_form_parse_zone_table (const char                *contents);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpMeetingFormProblem, rp_meeting_form_problem_free)

G_END_DECLS
