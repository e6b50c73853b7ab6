/* rp-meeting-form-build.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-meeting-form"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-meeting-form.h"
#include "rp-meeting-form-private.h"

/* rp_meeting_form_build(): the RpMeeting that checked form texts make, its
 * schedule included. Apart from the checks (rp-meeting-form.c) because it
 * runs only once they pass, and turns texts into objects instead of
 * problems. */

static RpSchedule *
build_schedule (const RpMeetingFormValues  *values,
                RpSchedule                 *original,
                GError                    **error)
{
  g_autoptr(RpSchedule) schedule = NULL;
  g_autofree char *zone = rp_meeting_form_dup_trimmed (values->time_zone);
  g_autofree char *first_text = rp_meeting_form_dup_trimmed (values->first_date);
  g_autofree char *last_text = rp_meeting_form_dup_trimmed (values->last_date);
  g_autofree char *start_text = rp_meeting_form_dup_trimmed (values->start_time);
  GDate first;
  guint start_minute;
  guint duration;

  if (!rp_schedule_parse_storage_date (first_text, &first, error))
    return NULL;

  if (!rp_meeting_form_parse_time (start_text, &start_minute))
    {
      g_set_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_TIME,
                   _("“%s” is not a time of day. Write it like 19:00 or 7:00 pm."), start_text);
      return NULL;
    }

  if (values->end_kind == RP_MEETING_FORM_END_AT_TIME)
    {
      g_autofree char *end_text = rp_meeting_form_dup_trimmed (values->end_time);
      guint end_minute;

      if (!rp_meeting_form_parse_time (end_text, &end_minute) || end_minute <= start_minute)
        {
          g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_DURATION,
                               _("Set an end time after the start time."));
          return NULL;
        }
      duration = end_minute - start_minute;
    }
  else
    duration = values->duration_minutes;

  switch (values->kind)
    {
    case RP_SCHEDULE_WEEKLY:
      schedule = rp_schedule_new_weekly (&first, values->weekdays & RP_WEEKDAYS_ALL,
                                         start_minute, duration, zone, error);
      break;

    case RP_SCHEDULE_MONTHLY:
      if (!g_date_valid_weekday (values->monthly_weekday))
        {
          g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_RULE,
                               _("Choose the first, second, third, fourth or last weekday of the month."));
          return NULL;
        }
      schedule = rp_schedule_new_monthly (&first, values->monthly_nth, values->monthly_weekday,
                                          start_minute, duration, zone, error);
      break;

    case RP_SCHEDULE_ONCE:
    default:
      schedule = rp_schedule_new_once (&first, start_minute, duration, zone, error);
      break;
    }

  if (schedule == NULL)
    return NULL;

  if (values->kind != RP_SCHEDULE_ONCE && last_text[0] != '\0')
    {
      g_autoptr(GDateTime) from = NULL;
      g_autoptr(RpOccurrence) next = NULL;
      RpSchedule *with_last;
      GDate last;

      if (!rp_schedule_parse_storage_date (last_text, &last, error))
        return NULL;

      with_last = rp_schedule_copy_with_last_date (schedule, &last, error);
      if (with_last == NULL)
        return NULL;
      rp_schedule_unref (schedule);
      schedule = with_last;

      /* A repeating meeting whose days never fall between its dates. */
      from = g_date_time_new (rp_schedule_get_time_zone (schedule),
                              g_date_get_year (&first), g_date_get_month (&first),
                              g_date_get_day (&first), 0, 0, 0);
      next = from != NULL ? rp_schedule_next_occurrence (schedule, from) : NULL;
      if (next == NULL)
        {
          g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_DATE,
                               _("The meeting never takes place between these dates. Choose a "
                                 "later last date, or other days."));
          return NULL;
        }
    }

  /* Dates the meeting was cancelled on stay cancelled across an edit. */
  if (original != NULL)
    {
      guint n_excluded = 0;
      const GDate *excluded = rp_schedule_get_excluded_dates (original, &n_excluded);

      if (n_excluded > 0)
        {
          RpSchedule *with_excluded = rp_schedule_copy_with_excluded_dates (schedule, excluded,
                                                                            n_excluded);

          rp_schedule_unref (schedule);
          schedule = with_excluded;
        }
    }

  return g_steal_pointer (&schedule);
}

static void
set_text (RpMeeting  *meeting,
          void      (*setter) (RpMeeting *, const char *),
          const char *text)
{
  g_autofree char *trimmed = rp_meeting_form_dup_trimmed (text);

  setter (meeting, trimmed);
}

/**
 * rp_meeting_form_build:
 * @values: the editor's fields, with no blocking problem
 * @original: (nullable): the meeting being edited; its id, archived flag,
 *   Directory link and excluded dates are kept
 * @error: return location for a #RpScheduleError
 *
 * Returns: (transfer full) (nullable): a new meeting (for @original: a
 *   changed copy, to hand to rp_store_update_meeting()), or %NULL with
 *   @error set when the schedule cannot be made
 */
RpMeeting *
rp_meeting_form_build (const RpMeetingFormValues  *values,
                       RpMeeting                  *original,
                       GError                    **error)
{
  g_autoptr(RpMeeting) meeting = NULL;
  g_autoptr(RpSchedule) schedule = NULL;
  g_auto(GStrv) tags = NULL;
  int reminder;

  g_return_val_if_fail (values != NULL, NULL);
  g_return_val_if_fail (original == NULL || RP_IS_MEETING (original), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  schedule = build_schedule (values,
                             original != NULL ? rp_meeting_get_schedule (original) : NULL,
                             error);
  if (schedule == NULL)
    return NULL;

  meeting = original != NULL ? rp_meeting_copy (original) : rp_meeting_new ();

  set_text (meeting, rp_meeting_set_name, values->name);
  set_text (meeting, rp_meeting_set_group_name, values->group_name);
  set_text (meeting, rp_meeting_set_program, values->program);
  rp_meeting_set_schedule (meeting, schedule);
  set_text (meeting, rp_meeting_set_location, values->location);
  set_text (meeting, rp_meeting_set_address, values->address);
  set_text (meeting, rp_meeting_set_online_url, values->online_url);
  set_text (meeting, rp_meeting_set_conference_phone, values->conference_phone);
  rp_meeting_set_types (meeting, values->types);
  tags = rp_meeting_form_split_tags (values->tags);
  rp_meeting_set_tags (meeting, (const char * const *) tags);
  /* Notes keep their line breaks and indentation; only blank ones go. */
  rp_meeting_set_notes (meeting, rp_meeting_form_is_blank (values->notes) ? NULL : values->notes);
  rp_meeting_set_home_group (meeting, values->home_group);

  switch (values->reminder_kind)
    {
    case RP_MEETING_FORM_REMINDER_CUSTOM:
      reminder = CLAMP (values->reminder_minutes, 0, RP_MEETING_MAX_REMINDER_MINUTES);
      break;
    case RP_MEETING_FORM_REMINDER_OFF:
      reminder = RP_MEETING_REMINDER_OFF;
      break;
    case RP_MEETING_FORM_REMINDER_DEFAULT:
    default:
      reminder = RP_MEETING_REMINDER_DEFAULT;
      break;
    }
  rp_meeting_set_reminder (meeting, reminder);

  return g_steal_pointer (&meeting);
}
