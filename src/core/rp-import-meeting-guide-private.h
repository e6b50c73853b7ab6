/* rp-import-meeting-guide-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "rp-import-meeting-guide.h"

G_BEGIN_DECLS

/* The Meeting Guide feed parser is written in four files:
 * rp-import-meeting-guide.c (the records it returns and the file as a
 * whole), rp-import-meeting-guide-entry.c (one entry and its fields),
 * rp-import-meeting-guide-schedule.c (days and times) and
 * rp-import-meeting-guide-members.c (warnings, text and the member
 * readers the others build on). This is what they share. */

struct _RpFeedReport
{
  guint      n_entries;
  guint      n_meetings;
  guint      n_skipped;
  guint      n_by_appointment;
  guint      n_with_warnings;
  guint      n_warnings;
  GPtrArray *warnings;  /* RpFeedWarning */
  GPtrArray *entities;  /* char *, NULL-terminated once parsing is done */
};

typedef enum
{
  TEXT_LINE,        /* one line: newlines and tabs become spaces */
  TEXT_PARAGRAPHS,  /* keeps line breaks, at most one blank line in a row */
} TextKind;

typedef struct
{
  RpFeedReport *report;
  GHashTable   *zones;         /* identifier → GINT_TO_POINTER (1 known, 2 unknown) */
  GHashTable   *slugs;         /* slugs of the meetings kept so far */
  GHashTable   *entities;      /* entity names already in report->entities */
  GPtrArray    *pending;       /* RpFeedWarning of the entry being read */
  guint         position;
} Parser;

/* rp-import-meeting-guide.c */
RpFeedMeeting *rp_feed_meeting_new                 (guint              position);

/* rp-import-meeting-guide-members.c */
void           rp_meeting_guide_warn               (Parser            *parser,
                                                    RpFeedWarningKind  kind,
                                                    const char        *field,
                                                    const char        *reason);
void           rp_meeting_guide_warn_truncated     (Parser            *parser,
                                                    const char        *field,
                                                    guint              cap);
void           rp_meeting_guide_flush_warnings     (Parser            *parser,
                                                    const char        *slug);
gboolean       rp_meeting_guide_is_blank           (const char        *text);
char          *rp_meeting_guide_clean_text         (const char        *raw,
                                                    TextKind           kind);
gboolean       rp_meeting_guide_truncate_text      (char             **text,
                                                    guint              cap);
JsonNode      *rp_meeting_guide_get_member         (JsonObject        *object,
                                                    const char        *name);
GType          rp_meeting_guide_value_type         (JsonNode          *node);
char          *rp_meeting_guide_read_raw           (Parser            *parser,
                                                    JsonObject        *object,
                                                    const char        *field);
char          *rp_meeting_guide_read_text          (Parser            *parser,
                                                    JsonObject        *object,
                                                    const char        *field,
                                                    TextKind           kind,
                                                    guint              cap);
char          *rp_meeting_guide_read_web_link      (Parser            *parser,
                                                    JsonObject        *object,
                                                    const char        *field);
char          *rp_meeting_guide_read_phone         (Parser            *parser,
                                                    JsonObject        *object,
                                                    const char        *field);

/* rp-import-meeting-guide-schedule.c */
void           rp_meeting_guide_read_schedule      (Parser            *parser,
                                                    JsonObject        *object,
                                                    RpFeedMeeting     *meeting);

/* rp-import-meeting-guide-entry.c */
gboolean       rp_meeting_guide_looks_like_meeting (JsonObject        *object);
void           rp_meeting_guide_read_entry         (Parser            *parser,
                                                    JsonNode          *node,
                                                    GPtrArray         *meetings);

G_END_DECLS
