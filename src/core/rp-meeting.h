/* rp-meeting.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rp-schedule.h"

G_BEGIN_DECLS

#define RP_MEETING_ERROR (rp_meeting_error_quark ())

/**
 * RpMeetingError:
 * @RP_MEETING_ERROR_INVALID: a field is missing, too long or malformed;
 *   the message says which and how to fix it
 * @RP_MEETING_ERROR_NOT_FOUND: the meeting is not (or no longer) saved
 */
typedef enum
{
  RP_MEETING_ERROR_INVALID,
  RP_MEETING_ERROR_NOT_FOUND,
} RpMeetingError;

/**
 * RpAttendanceStatus:
 * @RP_ATTENDANCE_MISSED: the user did not go
 * @RP_ATTENDANCE_ATTENDED: the user went
 *
 * The values are stored in the database: never renumber them.
 */
typedef enum
{
  RP_ATTENDANCE_MISSED = 0,
  RP_ATTENDANCE_ATTENDED = 1,
} RpAttendanceStatus;

/* Field caps, in characters. The database enforces the same ones with CHECK
 * constraints (schema 2), so the editor may limit its entries to these. */
#define RP_MEETING_MAX_NAME_LENGTH             200
#define RP_MEETING_MAX_GROUP_NAME_LENGTH       200
#define RP_MEETING_MAX_PROGRAM_LENGTH          100
#define RP_MEETING_MAX_LOCATION_LENGTH         200
#define RP_MEETING_MAX_ADDRESS_LENGTH          500
#define RP_MEETING_MAX_ONLINE_URL_LENGTH       2048 /* RP_URI_MAX_LENGTH */
#define RP_MEETING_MAX_CONFERENCE_PHONE_LENGTH 40
#define RP_MEETING_MAX_NOTES_LENGTH            10000
/* Types and tags are stored joined by commas: these cap the joined text. */
#define RP_MEETING_MAX_TYPES_LENGTH            500
#define RP_MEETING_MAX_TAGS_LENGTH             1000
#define RP_MEETING_MAX_DIRECTORY_FEED_LENGTH   2048
#define RP_MEETING_MAX_DIRECTORY_SLUG_LENGTH   200
#define RP_MEETING_MAX_IMPORT_UID_LENGTH       500
#define RP_MEETING_MAX_ATTENDANCE_NOTE_LENGTH  2000

/* RpMeeting:reminder takes minutes before the start (0 = at the start, up
 * to a week), or one of these. */
#define RP_MEETING_REMINDER_DEFAULT     (-1)
#define RP_MEETING_REMINDER_OFF         (-2)
#define RP_MEETING_MAX_REMINDER_MINUTES 10080

/**
 * RpAttendanceRecord:
 * @date: the occurrence's date in the meeting's time zone
 * @status: attended or missed
 * @note: (nullable): the user's note
 * @recorded: when it was last recorded, "YYYY-MM-DDTHH:MM:SSZ"
 *
 * One entry of a meeting's attendance history.
 */
typedef struct
{
  GDate               date;
  RpAttendanceStatus  status;
  char               *note;
  char               *recorded;
} RpAttendanceRecord;

#define RP_TYPE_ATTENDANCE_RECORD (rp_attendance_record_get_type ())

GType               rp_attendance_record_get_type (void) G_GNUC_CONST;
RpAttendanceRecord *rp_attendance_record_copy     (const RpAttendanceRecord *self);
void                rp_attendance_record_free     (RpAttendanceRecord       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpAttendanceRecord, rp_attendance_record_free)

#define RP_TYPE_MEETING (rp_meeting_get_type ())

G_DECLARE_FINAL_TYPE (RpMeeting, rp_meeting, RP, MEETING, GObject)

GQuark              rp_meeting_error_quark        (void);

RpMeeting          *rp_meeting_new                (void);
RpMeeting          *rp_meeting_copy               (RpMeeting   *self);

gint64              rp_meeting_get_id             (RpMeeting   *self);
const char         *rp_meeting_get_name           (RpMeeting   *self);
void                rp_meeting_set_name           (RpMeeting   *self,
                                                   const char  *name);
const char         *rp_meeting_get_group_name     (RpMeeting   *self);
void                rp_meeting_set_group_name     (RpMeeting   *self,
                                                   const char  *group_name);
const char         *rp_meeting_get_program        (RpMeeting   *self);
void                rp_meeting_set_program        (RpMeeting   *self,
                                                   const char  *program);
RpSchedule         *rp_meeting_get_schedule       (RpMeeting   *self);
void                rp_meeting_set_schedule       (RpMeeting   *self,
                                                   RpSchedule  *schedule);
const char         *rp_meeting_get_location       (RpMeeting   *self);
void                rp_meeting_set_location       (RpMeeting   *self,
                                                   const char  *location);
const char         *rp_meeting_get_address        (RpMeeting   *self);
void                rp_meeting_set_address        (RpMeeting   *self,
                                                   const char  *address);
const char         *rp_meeting_get_online_url     (RpMeeting   *self);
void                rp_meeting_set_online_url     (RpMeeting   *self,
                                                   const char  *online_url);
const char         *rp_meeting_get_conference_phone (RpMeeting  *self);
void                rp_meeting_set_conference_phone (RpMeeting  *self,
                                                     const char *conference_phone);
const char * const *rp_meeting_get_types          (RpMeeting   *self);
void                rp_meeting_set_types          (RpMeeting          *self,
                                                   const char * const *types);
const char * const *rp_meeting_get_tags           (RpMeeting   *self);
void                rp_meeting_set_tags           (RpMeeting          *self,
                                                   const char * const *tags);
const char         *rp_meeting_get_notes          (RpMeeting   *self);
void                rp_meeting_set_notes          (RpMeeting   *self,
                                                   const char  *notes);
gboolean            rp_meeting_get_home_group     (RpMeeting   *self);
void                rp_meeting_set_home_group     (RpMeeting   *self,
                                                   gboolean     home_group);
int                 rp_meeting_get_reminder       (RpMeeting   *self);
void                rp_meeting_set_reminder       (RpMeeting   *self,
                                                   int          reminder);
gboolean            rp_meeting_get_archived       (RpMeeting   *self);
void                rp_meeting_set_archived       (RpMeeting   *self,
                                                   gboolean     archived);
const char         *rp_meeting_get_directory_feed (RpMeeting   *self);
void                rp_meeting_set_directory_feed (RpMeeting   *self,
                                                   const char  *directory_feed);
const char         *rp_meeting_get_directory_slug (RpMeeting   *self);
void                rp_meeting_set_directory_slug (RpMeeting   *self,
                                                   const char  *directory_slug);
const char         *rp_meeting_get_directory_fingerprint (RpMeeting *self);
const char         *rp_meeting_get_import_uid     (RpMeeting   *self);
void                rp_meeting_set_import_uid     (RpMeeting   *self,
                                                   const char  *import_uid);
const char         *rp_meeting_get_created        (RpMeeting   *self);
const char         *rp_meeting_get_updated        (RpMeeting   *self);

gboolean            rp_meeting_equal              (RpMeeting   *a,
                                                   RpMeeting   *b);
gboolean            rp_meeting_validate           (RpMeeting   *self,
                                                   GError     **error);

G_END_DECLS
