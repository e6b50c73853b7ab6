/* rp-test-meeting-guide.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-import-meeting-guide"

#include "config.h"

#include <string.h>

#include "rp-test-meeting-guide.h"

/* Shared by the Meeting Guide importer's tests: parsing small feeds
 * written in the test, and counting the warnings they give. */

GPtrArray *
rp_test_meeting_guide_parse_text (const char    *json,
                                  RpFeedReport **report,
                                  GError       **error)
{
  return rp_import_meeting_guide_parse_data (json, strlen (json), report, error);
}

/* Parses a feed holding the one meeting @object_json. */
RpFeedMeeting *
rp_test_meeting_guide_parse_one (const char    *object_json,
                                 RpFeedReport **report)
{
  g_autofree char *json = g_strconcat ("[", object_json, "]", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(RpFeedReport) local_report = NULL;

  meetings = rp_test_meeting_guide_parse_text (json, &local_report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (meetings);
  g_assert_cmpuint (meetings->len, ==, 1);
  g_assert_cmpuint (rp_feed_report_get_n_meetings (local_report), ==, 1);

  if (report != NULL)
    *report = g_steal_pointer (&local_report);

  return rp_feed_meeting_ref (g_ptr_array_index (meetings, 0));
}

guint
rp_test_meeting_guide_count_warnings (RpFeedReport      *report,
                                      RpFeedWarningKind  kind,
                                      const char        *field)
{
  const GPtrArray *warnings = rp_feed_report_get_warnings (report);
  guint count = 0;

  for (guint i = 0; i < warnings->len; i++)
    {
      const RpFeedWarning *warning = g_ptr_array_index (warnings, i);

      if (warning->kind == kind && g_strcmp0 (warning->field, field) == 0)
        count++;
    }

  return count;
}
