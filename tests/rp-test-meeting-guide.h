/* rp-test-meeting-guide.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shared by the Meeting Guide importer's tests
 * (test-import-meeting-guide*.c): small feeds parsed, warnings counted. */

#pragma once

#include "rp-import-meeting-guide.h"

G_BEGIN_DECLS

GPtrArray     *rp_test_meeting_guide_parse_text     (const char         *json,
                                                     RpFeedReport      **report,
                                                     GError            **error);
/* Parses a feed holding the one meeting @object_json. */
RpFeedMeeting *rp_test_meeting_guide_parse_one      (const char         *object_json,
                                                     RpFeedReport      **report);
guint          rp_test_meeting_guide_count_warnings (RpFeedReport       *report,
                                                     RpFeedWarningKind   kind,
                                                     const char         *field);

G_END_DECLS
