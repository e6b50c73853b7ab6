/* rp-meeting-form.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-meeting-form"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "rp-meeting-form.h"
#include "rp-meeting-form-private.h"
#include "rp-uri-policy.h"

/* The meeting editor's rules, without the editor: raw field texts in, a
 * list of problems (field, blocking or not, what to do) out, and the
 * RpMeeting they make. The widget only copies texts in and messages out,
 * so every rule is tested here without a display. Nothing here reads the
 * clock; only the time zone database is read, to know a zone.
 *
 * This file holds the checks; rp-meeting-form-build.c makes the meeting
 * and rp-meeting-form-time.c reads and writes times and lists the time
 * zones, so that each stays one subject. */

/* What the checks could read, for the checks that combine fields. */
typedef struct
{
  gboolean have_first_date;
  GDate    first_date;
  gboolean have_last_date;
  GDate    last_date;
  gboolean have_start;
  guint    start_minute;
  gboolean have_duration;
  guint    duration_minutes;
  gboolean have_time_zone;
} Parsed;

void
rp_meeting_form_problem_free (RpMeetingFormProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->message);
  g_free (problem);
}

gboolean
rp_meeting_form_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

char *
rp_meeting_form_dup_trimmed (const char *text)
{
  if (text == NULL)
    return g_strdup ("");

  return g_strstrip (g_strdup (text));
}

/* One problem per field: the first found is the one to fix first. */
static void
add_problem (GPtrArray             *problems,
             RpMeetingFormField     field,
             RpMeetingFormSeverity  severity,
             char                  *message)
{
  RpMeetingFormProblem *problem;

  if (rp_meeting_form_find_problem (problems, field) != NULL)
    {
      g_free (message);
      return;
    }

  problem = g_new0 (RpMeetingFormProblem, 1);
  problem->field = field;
  problem->severity = severity;
  problem->message = message;
  g_ptr_array_add (problems, problem);
}

static gboolean
has_problem (GPtrArray          *problems,
             RpMeetingFormField  field)
{
  return rp_meeting_form_find_problem (problems, field) != NULL;
}

/* A text field that is valid UTF-8 and no longer than @max_length
 * characters once trimmed. */
static void
check_text (GPtrArray          *problems,
            RpMeetingFormField  field,
            const char         *text,
            int                 max_length,
            gboolean            trim)
{
  g_autofree char *trimmed = NULL;
  long length;

  if (text == NULL)
    return;

  if (!g_utf8_validate (text, -1, NULL))
    {
      add_problem (problems, field, RP_MEETING_FORM_BLOCKING,
                   g_strdup (_("This text has characters Reprieve cannot read. Type it again.")));
      return;
    }

  trimmed = trim ? rp_meeting_form_dup_trimmed (text) : g_strdup (text);
  length = g_utf8_strlen (trimmed, -1);
  if (length > max_length)
    add_problem (problems, field, RP_MEETING_FORM_BLOCKING,
                 g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Shorten this to at most %d character (it has %ld).",
                                               "Shorten this to at most %d characters (it has %ld).",
                                               max_length),
                                  max_length, length));
}

/* --- times and dates ----------------------------------------------------- */
static void
check_date (GPtrArray          *problems,
            RpMeetingFormField  field,
            const char         *text,
            GDate              *out_date,
            gboolean           *out_valid)
{
  g_autofree char *trimmed = rp_meeting_form_dup_trimmed (text);

  *out_valid = FALSE;

  if (!rp_schedule_parse_storage_date (trimmed, out_date, NULL))
    {
      add_problem (problems, field, RP_MEETING_FORM_BLOCKING,
                   /* Translators: %s is what the user typed */
                   g_strdup_printf (_("“%s” is not a date. Write it like 2026-11-23 "
                                      "(year-month-day), or pick it from the calendar."),
                                    trimmed));
      return;
    }

  if (g_date_get_year (out_date) < RP_SCHEDULE_MIN_YEAR ||
      g_date_get_year (out_date) > RP_SCHEDULE_MAX_YEAR)
    {
      add_problem (problems, field, RP_MEETING_FORM_BLOCKING,
                   g_strdup_printf (_("Choose a date between the years %d and %d."),
                                    RP_SCHEDULE_MIN_YEAR, RP_SCHEDULE_MAX_YEAR));
      return;
    }

  *out_valid = TRUE;
}

static void
check_time (GPtrArray          *problems,
            RpMeetingFormField  field,
            const char         *text,
            guint              *out_minute,
            gboolean           *out_valid)
{
  g_autofree char *trimmed = rp_meeting_form_dup_trimmed (text);

  *out_valid = rp_meeting_form_parse_time (trimmed, out_minute);
  if (!*out_valid)
    add_problem (problems, field, RP_MEETING_FORM_BLOCKING,
                 /* Translators: %s is what the user typed */
                 g_strdup_printf (_("“%s” is not a time of day. Write it like 19:00 or 7:00 pm."),
                                  trimmed));
}

static void
check_schedule (GPtrArray                 *problems,
                const RpMeetingFormValues *values,
                Parsed                    *parsed)
{
  gboolean repeating = values->kind != RP_SCHEDULE_ONCE;

  if (values->kind == RP_SCHEDULE_WEEKLY &&
      (values->weekdays & RP_WEEKDAYS_ALL) == RP_WEEKDAYS_NONE)
    add_problem (problems, RP_MEETING_FORM_FIELD_WEEKDAYS, RP_MEETING_FORM_MISSING,
                 g_strdup (_("Choose at least one day of the week.")));

  if (values->kind == RP_SCHEDULE_MONTHLY &&
      ((values->monthly_nth != RP_SCHEDULE_LAST &&
        (values->monthly_nth < 1 || values->monthly_nth > 4)) ||
       !g_date_valid_weekday (values->monthly_weekday)))
    add_problem (problems, RP_MEETING_FORM_FIELD_MONTHLY_DAY, RP_MEETING_FORM_BLOCKING,
                 g_strdup (_("Choose the first, second, third, fourth or last weekday of the month.")));

  if (rp_meeting_form_is_blank (values->first_date))
    add_problem (problems, RP_MEETING_FORM_FIELD_FIRST_DATE, RP_MEETING_FORM_MISSING,
                 g_strdup (repeating ? _("Choose the date from which this meeting takes place.")
                                     : _("Choose the date of the meeting.")));
  else
    check_date (problems, RP_MEETING_FORM_FIELD_FIRST_DATE, values->first_date,
                &parsed->first_date, &parsed->have_first_date);

  if (repeating && !rp_meeting_form_is_blank (values->last_date))
    {
      check_date (problems, RP_MEETING_FORM_FIELD_LAST_DATE, values->last_date,
                  &parsed->last_date, &parsed->have_last_date);

      if (parsed->have_first_date && parsed->have_last_date &&
          g_date_compare (&parsed->last_date, &parsed->first_date) < 0)
        {
          g_autofree char *first = rp_schedule_format_storage_date (&parsed->first_date);

          add_problem (problems, RP_MEETING_FORM_FIELD_LAST_DATE, RP_MEETING_FORM_BLOCKING,
                       /* Translators: %s is the first date, 2026-11-23 */
                       g_strdup_printf (_("Ends before it starts — choose a last date on or after %s."),
                                        first));
        }
    }

  if (rp_meeting_form_is_blank (values->start_time))
    add_problem (problems, RP_MEETING_FORM_FIELD_START_TIME, RP_MEETING_FORM_MISSING,
                 g_strdup (_("Give the start time, such as 19:00.")));
  else
    check_time (problems, RP_MEETING_FORM_FIELD_START_TIME, values->start_time,
                &parsed->start_minute, &parsed->have_start);

  if (values->end_kind == RP_MEETING_FORM_END_AT_TIME)
    {
      guint end_minute = 0;
      gboolean have_end = FALSE;

      if (rp_meeting_form_is_blank (values->end_time))
        add_problem (problems, RP_MEETING_FORM_FIELD_END_TIME, RP_MEETING_FORM_MISSING,
                     g_strdup (_("Give the end time, such as 20:00, or a duration instead.")));
      else
        check_time (problems, RP_MEETING_FORM_FIELD_END_TIME, values->end_time,
                    &end_minute, &have_end);

      if (have_end && parsed->have_start)
        {
          g_autofree char *start = rp_meeting_form_format_time (parsed->start_minute);

          if (end_minute < parsed->start_minute)
            add_problem (problems, RP_MEETING_FORM_FIELD_END_TIME, RP_MEETING_FORM_BLOCKING,
                         /* Translators: %s is the start time, 19:00 */
                         g_strdup_printf (_("Ends before it starts — set an end time after %s. "
                                            "For a meeting past midnight, give a duration instead."),
                                          start));
          else if (end_minute == parsed->start_minute)
            add_problem (problems, RP_MEETING_FORM_FIELD_END_TIME, RP_MEETING_FORM_BLOCKING,
                         /* Translators: %s is the start time, 19:00 */
                         g_strdup_printf (_("Ends when it starts — set an end time after %s."),
                                          start));
          else
            {
              parsed->have_duration = TRUE;
              parsed->duration_minutes = end_minute - parsed->start_minute;
            }
        }
    }
  else if (values->duration_minutes < 1 || values->duration_minutes > RP_SCHEDULE_MAX_DURATION)
    add_problem (problems, RP_MEETING_FORM_FIELD_DURATION, RP_MEETING_FORM_BLOCKING,
                 g_strdup (_("Choose a duration between 1 minute and 24 hours.")));
  else
    {
      parsed->have_duration = TRUE;
      parsed->duration_minutes = values->duration_minutes;
    }

  if (rp_meeting_form_is_blank (values->time_zone))
    add_problem (problems, RP_MEETING_FORM_FIELD_TIME_ZONE, RP_MEETING_FORM_MISSING,
                 g_strdup (_("Choose a time zone.")));
  else
    {
      g_autofree char *zone = rp_meeting_form_dup_trimmed (values->time_zone);
      g_autoptr(RpSchedule) probe = NULL;
      g_autoptr(GError) error = NULL;
      GDate date;

      /* The schedule's own rule for a zone, so the editor never accepts one
       * that saving would refuse. */
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2000);
      probe = rp_schedule_new_once (&date, 0, 1, zone, &error);
      if (probe == NULL)
        add_problem (problems, RP_MEETING_FORM_FIELD_TIME_ZONE, RP_MEETING_FORM_BLOCKING,
                     /* Translators: %s is what the user typed */
                     g_strdup_printf (_("“%s” is not a time zone Reprieve knows. Pick one "
                                        "from the list, such as Europe/London."),
                                      zone));
      else
        parsed->have_time_zone = TRUE;
    }
}

/* --- links and lists ------------------------------------------------------ */

static void
check_online_url (GPtrArray  *problems,
                  const char *text)
{
  g_autofree char *url = rp_meeting_form_dup_trimmed (text);
  g_autoptr(GError) error = NULL;
  g_autofree char *scheme = NULL;
  RpUriVerdict verdict;

  if (url[0] == '\0' || has_problem (problems, RP_MEETING_FORM_FIELD_ONLINE_URL))
    return;

  scheme = g_uri_parse_scheme (url);
  if (scheme == NULL)
    {
      /* "zoom.us/j/123": what people copy from an invitation's text. */
      add_problem (problems, RP_MEETING_FORM_FIELD_ONLINE_URL, RP_MEETING_FORM_BLOCKING,
                   strchr (url, '.') != NULL && strchr (url, ' ') == NULL
                   ? g_strdup (_("Start the link with https:// — copy it whole from the invitation."))
                   : g_strdup (_("This is not a web link. Paste the meeting’s link, starting "
                                 "with https://.")));
      return;
    }

  verdict = rp_uri_policy_check (url, &error);
  if (verdict == RP_URI_VERDICT_REFUSED)
    {
      add_problem (problems, RP_MEETING_FORM_FIELD_ONLINE_URL, RP_MEETING_FORM_BLOCKING,
                   g_strdup (error->message));
      return;
    }

  if (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0)
    {
      add_problem (problems, RP_MEETING_FORM_FIELD_ONLINE_URL, RP_MEETING_FORM_BLOCKING,
                   g_strdup (_("Use a web link (https://…) here. A phone number goes under "
                               "Conference phone.")));
      return;
    }

  if (verdict == RP_URI_VERDICT_ALLOWED_INSECURE)
    add_problem (problems, RP_MEETING_FORM_FIELD_ONLINE_URL, RP_MEETING_FORM_WARNING,
                 g_strdup (_("This link is not encrypted (http). Use https:// if the meeting "
                             "offers it; Reprieve will warn before opening it.")));
}

/**
 * rp_meeting_form_split_tags:
 * @text: (nullable): tags separated by commas, as typed
 *
 * Returns: (transfer full): the tags, trimmed, without empty ones or
 *   repeats (ignoring case; the first spelling wins)
 */
GStrv
rp_meeting_form_split_tags (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return g_strv_builder_end (builder);

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);
      char *key;

      if (tag[0] == '\0')
        continue;

      key = g_utf8_casefold (tag, -1);
      if (g_hash_table_contains (seen, key))
        {
          g_free (key);
          continue;
        }
      g_hash_table_add (seen, key);
      g_strv_builder_add (builder, tag);
    }

  return g_strv_builder_end (builder);
}

/**
 * rp_meeting_form_join_tags:
 * @tags: (nullable): tags
 *
 * Returns: (transfer full): "tag, other tag", what the tags field shows
 */
char *
rp_meeting_form_join_tags (const char * const *tags)
{
  if (tags == NULL)
    return g_strdup ("");

  return g_strjoinv (", ", (char **) tags);
}

static void
check_lists (GPtrArray                 *problems,
             const RpMeetingFormValues *values)
{
  g_auto(GStrv) tags = NULL;
  g_autofree char *joined_tags = NULL;

  if (values->types != NULL)
    {
      g_autofree char *joined = g_strjoinv (",", (char **) values->types);

      if (g_utf8_strlen (joined, -1) > RP_MEETING_MAX_TYPES_LENGTH)
        add_problem (problems, RP_MEETING_FORM_FIELD_TYPES, RP_MEETING_FORM_BLOCKING,
                     g_strdup (_("Choose fewer meeting types.")));
    }

  check_text (problems, RP_MEETING_FORM_FIELD_TAGS, values->tags, G_MAXINT, FALSE);
  if (has_problem (problems, RP_MEETING_FORM_FIELD_TAGS))
    return;

  tags = rp_meeting_form_split_tags (values->tags);
  joined_tags = g_strjoinv (",", tags);
  if (g_utf8_strlen (joined_tags, -1) > RP_MEETING_MAX_TAGS_LENGTH)
    add_problem (problems, RP_MEETING_FORM_FIELD_TAGS, RP_MEETING_FORM_BLOCKING,
                 g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Use fewer or shorter tags: at most %d character in all.",
                                               "Use fewer or shorter tags: at most %d characters in all.",
                                               RP_MEETING_MAX_TAGS_LENGTH),
                                  RP_MEETING_MAX_TAGS_LENGTH));
}

/* --- the whole form ------------------------------------------------------- */

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const RpMeetingFormProblem *problem_a = *(const RpMeetingFormProblem * const *) a;
  const RpMeetingFormProblem *problem_b = *(const RpMeetingFormProblem * const *) b;

  return (int) problem_a->field - (int) problem_b->field;
}

/**
 * rp_meeting_form_check:
 * @values: the editor's fields
 *
 * Everything that keeps these values from making a meeting that can be
 * saved and scheduled, and what the user should know before saving; at
 * most one problem per field, in the order of the fields.
 *
 * Returns: (transfer container) (element-type RpMeetingFormProblem): the
 *   problems, possibly none; the array frees them
 */
GPtrArray *
rp_meeting_form_check (const RpMeetingFormValues *values)
{
  GPtrArray *problems;
  Parsed parsed = { 0 };

  g_return_val_if_fail (values != NULL, NULL);

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_meeting_form_problem_free);

  if (rp_meeting_form_is_blank (values->name))
    add_problem (problems, RP_MEETING_FORM_FIELD_NAME, RP_MEETING_FORM_MISSING,
                 g_strdup (_("Give the meeting a name.")));
  check_text (problems, RP_MEETING_FORM_FIELD_NAME, values->name,
              RP_MEETING_MAX_NAME_LENGTH, TRUE);
  check_text (problems, RP_MEETING_FORM_FIELD_GROUP_NAME, values->group_name,
              RP_MEETING_MAX_GROUP_NAME_LENGTH, TRUE);
  check_text (problems, RP_MEETING_FORM_FIELD_PROGRAM, values->program,
              RP_MEETING_MAX_PROGRAM_LENGTH, TRUE);

  check_schedule (problems, values, &parsed);

  check_text (problems, RP_MEETING_FORM_FIELD_LOCATION, values->location,
              RP_MEETING_MAX_LOCATION_LENGTH, TRUE);
  check_text (problems, RP_MEETING_FORM_FIELD_ADDRESS, values->address,
              RP_MEETING_MAX_ADDRESS_LENGTH, TRUE);
  check_text (problems, RP_MEETING_FORM_FIELD_ONLINE_URL, values->online_url,
              RP_MEETING_MAX_ONLINE_URL_LENGTH, TRUE);
  check_online_url (problems, values->online_url);

  check_text (problems, RP_MEETING_FORM_FIELD_CONFERENCE_PHONE, values->conference_phone,
              RP_MEETING_MAX_CONFERENCE_PHONE_LENGTH, TRUE);
  if (!rp_meeting_form_is_blank (values->conference_phone) &&
      !has_problem (problems, RP_MEETING_FORM_FIELD_CONFERENCE_PHONE))
    {
      g_autofree char *phone = rp_meeting_form_dup_trimmed (values->conference_phone);
      g_autoptr(GError) error = NULL;

      if (!rp_uri_phone_number_is_valid (phone, &error))
        add_problem (problems, RP_MEETING_FORM_FIELD_CONFERENCE_PHONE, RP_MEETING_FORM_BLOCKING,
                     g_strdup (error->message));
    }

  check_lists (problems, values);
  check_text (problems, RP_MEETING_FORM_FIELD_NOTES, values->notes,
              RP_MEETING_MAX_NOTES_LENGTH, FALSE);

  if (values->reminder_kind == RP_MEETING_FORM_REMINDER_CUSTOM &&
      (values->reminder_minutes < 0 || values->reminder_minutes > RP_MEETING_MAX_REMINDER_MINUTES))
    add_problem (problems, RP_MEETING_FORM_FIELD_REMINDER, RP_MEETING_FORM_BLOCKING,
                 g_strdup (_("Choose a reminder between 0 minutes and 7 days before the meeting.")));

  /* The fields are fine one by one: now the schedule as a whole, and what
   * the store will check, so Save is never offered for what it refuses. */
  if (rp_meeting_form_can_save (problems))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RpMeeting) meeting = rp_meeting_form_build (values, NULL, &error);

      if (meeting == NULL)
        add_problem (problems,
                     g_error_matches (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_DATE)
                     ? RP_MEETING_FORM_FIELD_LAST_DATE : RP_MEETING_FORM_FIELD_GENERAL,
                     RP_MEETING_FORM_BLOCKING, g_strdup (error->message));
      else if (!rp_meeting_validate (meeting, &error))
        add_problem (problems, RP_MEETING_FORM_FIELD_GENERAL, RP_MEETING_FORM_BLOCKING,
                     g_strdup (error->message));
    }

  g_ptr_array_sort (problems, compare_problems);

  return problems;
}

/**
 * rp_meeting_form_can_save:
 * @problems: (element-type RpMeetingFormProblem): from rp_meeting_form_check()
 *
 * Returns: %TRUE when nothing but warnings is left
 */
gboolean
rp_meeting_form_can_save (GPtrArray *problems)
{
  g_return_val_if_fail (problems != NULL, FALSE);

  for (guint i = 0; i < problems->len; i++)
    {
      const RpMeetingFormProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity != RP_MEETING_FORM_WARNING)
        return FALSE;
    }

  return TRUE;
}

/**
 * rp_meeting_form_find_problem:
 * @problems: (element-type RpMeetingFormProblem): from rp_meeting_form_check()
 * @field: a field
 *
 * Returns: (transfer none) (nullable): the problem with @field, if any
 */
const RpMeetingFormProblem *
rp_meeting_form_find_problem (GPtrArray          *problems,
                              RpMeetingFormField  field)
{
  g_return_val_if_fail (problems != NULL, NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      const RpMeetingFormProblem *problem = g_ptr_array_index (problems, i);

      if (problem->field == field)
        return problem;
    }

  return NULL;
}
