/* rp-test-meeting-form.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-meeting-form"

#include "config.h"

#include <string.h>

#include "rp-test-meeting-form.h"

/* Shared by test-meeting-form.c and test-meeting-form-build.c: a form that
 * passes every check, and the assertion that it does. */

/* A form that makes a valid weekly meeting: Mondays and Thursdays, 19:00
 * to 20:30 in New York, from 2026-11-23. */
void
rp_test_meeting_form_valid_values (RpMeetingFormValues *values)
{
  memset (values, 0, sizeof *values);
  values->name = "Monday Night Group";
  values->group_name = "Hope Group";
  values->program = "AA";
  values->kind = RP_SCHEDULE_WEEKLY;
  values->weekdays = RP_WEEKDAY_MONDAY | RP_WEEKDAY_THURSDAY;
  values->monthly_nth = 1;
  values->monthly_weekday = G_DATE_MONDAY;
  values->first_date = "2026-11-23";
  values->last_date = "";
  values->start_time = "19:00";
  values->end_kind = RP_MEETING_FORM_END_AT_TIME;
  values->end_time = "20:30";
  values->duration_minutes = 60;
  values->time_zone = "America/New_York";
  values->reminder_kind = RP_MEETING_FORM_REMINDER_DEFAULT;
}

void
rp_test_meeting_form_assert_no_problem (const RpMeetingFormValues *values)
{
  g_autoptr(GPtrArray) problems = rp_meeting_form_check (values);

  for (guint i = 0; i < problems->len; i++)
    {
      const RpMeetingFormProblem *problem = g_ptr_array_index (problems, i);
      g_test_message ("unexpected problem: field %d: %s", problem->field, problem->message);
    }
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (rp_meeting_form_can_save (problems));
}
