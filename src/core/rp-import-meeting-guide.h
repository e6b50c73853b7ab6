/* rp-import-meeting-guide.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rp-import.h"

G_BEGIN_DECLS

/* File-level limits. The largest real feeds we know of are about 2 MB with
 * 2,000 meetings; json-glib holds the whole tree in memory (roughly ten
 * times the file), so 32 MiB keeps a hostile file from taking gigabytes.
 * A Meeting Guide feed nests three levels deep; the depth limit keeps
 * json-glib's recursive parser far from the end of the stack. */
#define RP_MEETING_GUIDE_MAX_BYTES    (32 * 1024 * 1024)
#define RP_MEETING_GUIDE_MAX_MEETINGS 100000
#define RP_MEETING_GUIDE_MAX_DEPTH    32

/* Field caps, in characters. Text over its cap is shortened (ending in
 * "…") with a warning; a link, phone number or time zone over its cap is
 * dropped with a warning, because a shortened one would be wrong; an ID
 * over its cap is replaced by "rp-" and its SHA-256, which stays unique and
 * stable across re-imports. NAME follows the spec's 255; NOTES is the
 * total of notes, location_notes, group_notes and the conference notes. */
#define RP_FEED_MAX_SLUG       255
#define RP_FEED_MAX_NAME       255
#define RP_FEED_MAX_GROUP      255
#define RP_FEED_MAX_LOCATION   255
#define RP_FEED_MAX_ADDRESS    512
#define RP_FEED_MAX_REGION     255
#define RP_FEED_MAX_ENTITY     255
#define RP_FEED_MAX_NOTES      4000
#define RP_FEED_MAX_URL        2048
#define RP_FEED_MAX_PHONE      64
#define RP_FEED_MAX_TIMEZONE   64
#define RP_FEED_MAX_TAG        64
#define RP_FEED_MAX_TYPES      64

/* At most this many warnings are kept in a report; all are counted. */
#define RP_FEED_MAX_WARNINGS   1000

/* The bit of RpFeedMeeting.weekdays for a GDateWeekday (Monday = 1 ...
 * Sunday = 7); bit 0 is never set. */
#define RP_FEED_WEEKDAY_BIT(weekday) ((guint8) (1u << (weekday)))

typedef struct _RpFeedMeeting RpFeedMeeting;
typedef struct _RpFeedReport  RpFeedReport;

/**
 * RpFeedMeeting:
 * @position: the meeting's position in the feed's list, from 0
 * @slug: the feed's ID for the meeting, numbers as decimal text; made up
 *   ("rp-" and a SHA-256) when missing or too long, see @slug_made_up
 * @slug_made_up: %TRUE when @slug was made up here
 * @name: (nullable): the meeting's name
 * @group: (nullable): the group that holds it
 * @weekdays: one RP_FEED_WEEKDAY_BIT() per day it meets; 0 when by appointment
 * @start_minute: minutes after midnight (0–1439), -1 when by appointment
 * @end_minute: minutes after midnight (0–1439), or -1; smaller than
 *   @start_minute when the meeting ends after midnight
 * @by_appointment: the feed gives no valid day and time together
 * @timezone: (nullable): an IANA zone name; %NULL means the feed's default
 * @location: (nullable): the building or landmark
 * @address: (nullable): formatted_address, or one made from address, city,
 *   state, postal_code and country
 * @approximate: the address only says roughly where (a city for an online meeting)
 * @region: (nullable): the regions from general to specific, joined with " > "
 * @has_coordinates: @latitude and @longitude are set
 * @latitude: degrees north, -90 to 90
 * @longitude: degrees east, -180 to 180
 * @conference_url: (nullable): an http or https link to join online
 * @conference_phone: (nullable): digits with an optional leading "+", and
 *   "," "*" "#" for one-tap dialling; spaces and dashes removed
 * @types: (array zero-terminated=1): Meeting Guide codes as the spec spells
 *   them (see rp-meeting-types.h), no duplicates; never %NULL
 * @custom_tags: (array zero-terminated=1): the feed's other codes; never %NULL
 * @notes: (nullable): plain text, paragraphs separated by blank lines
 * @updated: (nullable): when the listing last changed, in UTC
 * @entity: (nullable): the service entity (intergroup, district) publishing it
 * @entity_url: (nullable): the entity's website (entity_website_url or entity_url)
 * @url: (nullable): the meeting's page on the publishing site
 *
 * One meeting read from a feed. Read-only: the parser fills it in, and it
 * is shared by reference. The contact_* fields (people's names, emails and
 * phones) are never read, to protect their anonymity.
 */
struct _RpFeedMeeting
{
  guint       position;
  char       *slug;
  gboolean    slug_made_up;
  char       *name;
  char       *group;
  guint8      weekdays;
  int         start_minute;
  int         end_minute;
  gboolean    by_appointment;
  char       *timezone;
  char       *location;
  char       *address;
  gboolean    approximate;
  char       *region;
  gboolean    has_coordinates;
  double      latitude;
  double      longitude;
  char       *conference_url;
  char       *conference_phone;
  char      **types;
  char      **custom_tags;
  char       *notes;
  GDateTime  *updated;
  char       *entity;
  char       *entity_url;
  char       *url;
};

/**
 * RpFeedWarningKind:
 * @RP_FEED_WARNING_DROPPED: the field was left out (wrong kind of value, invalid)
 * @RP_FEED_WARNING_TRUNCATED: the field was shortened to its cap
 * @RP_FEED_WARNING_MISSING: a field the spec requires is missing (the name)
 * @RP_FEED_WARNING_BY_APPOINTMENT: a day without a time or a time without a
 *   day; the meeting is kept as by appointment
 * @RP_FEED_WARNING_SLUG_MADE_UP: the ID was missing or too long and was made up
 * @RP_FEED_WARNING_SKIPPED: the whole entry was left out: not a meeting, or
 *   a repeat of an earlier meeting's ID
 *
 * Only what loses or invents information is a warning. Lossless
 * re-spellings are not: numeric IDs, days as text or lists, 12-hour
 * times, types as a comma-separated string, spaces in phone numbers,
 * HTML markup and entities in text, empty strings and nulls.
 */
typedef enum
{
  RP_FEED_WARNING_DROPPED,
  RP_FEED_WARNING_TRUNCATED,
  RP_FEED_WARNING_MISSING,
  RP_FEED_WARNING_BY_APPOINTMENT,
  RP_FEED_WARNING_SLUG_MADE_UP,
  RP_FEED_WARNING_SKIPPED,
} RpFeedWarningKind;

/**
 * RpFeedWarning:
 * @kind: what happened
 * @position: the entry's position in the feed's list, from 0
 * @slug: (nullable): the meeting's ID, if it has one
 * @field: (nullable): the JSON member concerned, %NULL for the whole entry
 * @reason: translated, for people; it never quotes the feed's values
 */
typedef struct
{
  RpFeedWarningKind  kind;
  guint              position;
  char              *slug;
  const char        *field;
  char              *reason;
} RpFeedWarning;

#define RP_TYPE_FEED_MEETING (rp_feed_meeting_get_type ())
#define RP_TYPE_FEED_REPORT  (rp_feed_report_get_type ())

GType               rp_feed_meeting_get_type              (void) G_GNUC_CONST;
RpFeedMeeting      *rp_feed_meeting_ref                   (RpFeedMeeting       *self);
void                rp_feed_meeting_unref                 (RpFeedMeeting       *self);
gboolean            rp_feed_meeting_has_weekday           (const RpFeedMeeting *self,
                                                           GDateWeekday         weekday);

GType               rp_feed_report_get_type               (void) G_GNUC_CONST;
RpFeedReport       *rp_feed_report_ref                    (RpFeedReport        *self);
void                rp_feed_report_unref                  (RpFeedReport        *self);
guint               rp_feed_report_get_n_entries          (RpFeedReport        *self);
guint               rp_feed_report_get_n_meetings         (RpFeedReport        *self);
guint               rp_feed_report_get_n_skipped          (RpFeedReport        *self);
guint               rp_feed_report_get_n_by_appointment   (RpFeedReport        *self);
guint               rp_feed_report_get_n_with_warnings    (RpFeedReport        *self);
guint               rp_feed_report_get_n_warnings         (RpFeedReport        *self);
const GPtrArray    *rp_feed_report_get_warnings           (RpFeedReport        *self);
const char * const *rp_feed_report_get_entities           (RpFeedReport        *self);

GPtrArray          *rp_import_meeting_guide_parse_bytes   (GBytes              *feed,
                                                           RpFeedReport       **report,
                                                           GError             **error);
GPtrArray          *rp_import_meeting_guide_parse_data    (const char          *data,
                                                           gsize                length,
                                                           RpFeedReport       **report,
                                                           GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpFeedMeeting, rp_feed_meeting_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpFeedReport, rp_feed_report_unref)

G_END_DECLS
