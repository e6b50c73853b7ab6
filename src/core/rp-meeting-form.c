/* rp-meeting-form.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-meeting-form"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "rp-meeting-form.h"
#include "rp-uri-policy.h"

/* The meeting editor's rules, without the editor: raw field texts in, a
 * list of problems (field, blocking or not, what to do) out, and the
 * RpMeeting they make. The widget only copies texts in and messages out,
 * so every rule is tested here without a display. Nothing here reads the
 * clock; only the time zone database is read, to know a zone. */

#define MINUTES_PER_DAY (24 * 60)

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

static gboolean
is_blank (const char *text)
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

static char *
dup_trimmed (const char *text)
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

  trimmed = trim ? dup_trimmed (text) : g_strdup (text);
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

static gboolean
parse_number (const char **p,
              guint        max_digits,
              guint       *n_digits,
              guint       *value)
{
  *n_digits = 0;
  *value = 0;
  while (g_ascii_isdigit (**p) && *n_digits < max_digits)
    {
      *value = *value * 10 + g_ascii_digit_value (**p);
      (*p)++;
      (*n_digits)++;
    }

  return *n_digits > 0;
}

/**
 * rp_meeting_form_parse_time:
 * @text: a time of day as typed: "19:00", "9:05", "19.00", "1900", "19",
 *   "7 pm", "7:30pm", "12 am"
 * @out_minute: (out): minutes since midnight
 *
 * Returns: whether @text is a time of day (00:00..23:59)
 */
gboolean
rp_meeting_form_parse_time (const char *text,
                            guint      *out_minute)
{
  g_autofree char *lower = NULL;
  const char *p;
  guint hours = 0;
  guint minutes = 0;
  guint n_digits;
  int half = 0; /* 1 = am, 2 = pm */

  g_return_val_if_fail (out_minute != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  lower = g_ascii_strdown (text, -1);
  g_strstrip (lower);
  p = lower;

  if (!parse_number (&p, 4, &n_digits, &hours))
    return FALSE;

  if (n_digits >= 3)
    {
      /* "1930" or "930" */
      minutes = hours % 100;
      hours /= 100;
    }
  else if (*p == ':' || *p == '.')
    {
      p++;
      if (!parse_number (&p, 2, &n_digits, &minutes) || n_digits != 2)
        return FALSE;
    }

  while (*p == ' ')
    p++;

  if (g_str_has_prefix (p, "am") || g_str_has_prefix (p, "a.m."))
    half = 1;
  else if (g_str_has_prefix (p, "pm") || g_str_has_prefix (p, "p.m."))
    half = 2;

  if (half != 0)
    {
      p += p[1] == '.' ? 4 : 2;
      if (hours < 1 || hours > 12)
        return FALSE;
      hours %= 12;
      if (half == 2)
        hours += 12;
    }

  if (*p != '\0' || hours > 23 || minutes > 59)
    return FALSE;

  *out_minute = hours * 60 + minutes;

  return TRUE;
}

/**
 * rp_meeting_form_format_time:
 * @minute: minutes since midnight, 0..1439
 *
 * Returns: (transfer full): "HH:MM", the form the editor shows
 */
char *
rp_meeting_form_format_time (guint minute)
{
  minute %= MINUTES_PER_DAY;

  return g_strdup_printf ("%02u:%02u", minute / 60, minute % 60);
}

static void
check_date (GPtrArray          *problems,
            RpMeetingFormField  field,
            const char         *text,
            GDate              *out_date,
            gboolean           *out_valid)
{
  g_autofree char *trimmed = dup_trimmed (text);

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
  g_autofree char *trimmed = dup_trimmed (text);

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

  if (is_blank (values->first_date))
    add_problem (problems, RP_MEETING_FORM_FIELD_FIRST_DATE, RP_MEETING_FORM_MISSING,
                 g_strdup (repeating ? _("Choose the date from which this meeting takes place.")
                                     : _("Choose the date of the meeting.")));
  else
    check_date (problems, RP_MEETING_FORM_FIELD_FIRST_DATE, values->first_date,
                &parsed->first_date, &parsed->have_first_date);

  if (repeating && !is_blank (values->last_date))
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

  if (is_blank (values->start_time))
    add_problem (problems, RP_MEETING_FORM_FIELD_START_TIME, RP_MEETING_FORM_MISSING,
                 g_strdup (_("Give the start time, such as 19:00.")));
  else
    check_time (problems, RP_MEETING_FORM_FIELD_START_TIME, values->start_time,
                &parsed->start_minute, &parsed->have_start);

  if (values->end_kind == RP_MEETING_FORM_END_AT_TIME)
    {
      guint end_minute = 0;
      gboolean have_end = FALSE;

      if (is_blank (values->end_time))
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

  if (is_blank (values->time_zone))
    add_problem (problems, RP_MEETING_FORM_FIELD_TIME_ZONE, RP_MEETING_FORM_MISSING,
                 g_strdup (_("Choose a time zone.")));
  else
    {
      g_autofree char *zone = dup_trimmed (values->time_zone);
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
  g_autofree char *url = dup_trimmed (text);
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

  if (is_blank (values->name))
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
  if (!is_blank (values->conference_phone) &&
      !has_problem (problems, RP_MEETING_FORM_FIELD_CONFERENCE_PHONE))
    {
      g_autofree char *phone = dup_trimmed (values->conference_phone);
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

static RpSchedule *
build_schedule (const RpMeetingFormValues  *values,
                RpSchedule                 *original,
                GError                    **error)
{
  g_autoptr(RpSchedule) schedule = NULL;
  g_autofree char *zone = dup_trimmed (values->time_zone);
  g_autofree char *first_text = dup_trimmed (values->first_date);
  g_autofree char *last_text = dup_trimmed (values->last_date);
  g_autofree char *start_text = dup_trimmed (values->start_time);
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
      g_autofree char *end_text = dup_trimmed (values->end_time);
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
  g_autofree char *trimmed = dup_trimmed (text);

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
  rp_meeting_set_notes (meeting, is_blank (values->notes) ? NULL : values->notes);
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

/* --- time zones ------------------------------------------------------------ */

/**
 * rp_meeting_form_dup_local_time_zone:
 * @local: (nullable): the user's zone, or %NULL for g_time_zone_new_local()
 *
 * A new meeting's zone: the user's, when it has an IANA name; otherwise
 * (a POSIX rule in TZ, a system without /etc/localtime) "UTC", which the
 * user can change.
 *
 * Returns: (transfer full): an IANA time zone identifier
 */
char *
rp_meeting_form_dup_local_time_zone (GTimeZone *local)
{
  g_autoptr(GTimeZone) own = NULL;
  g_autoptr(RpSchedule) probe = NULL;
  const char *identifier;
  GDate date;

  if (local == NULL)
    local = own = g_time_zone_new_local ();

  identifier = g_time_zone_get_identifier (local);
  if (identifier == NULL)
    return g_strdup ("UTC");

  /* "/etc/localtime" or ":Europe/Paris" are not names a meeting can keep. */
  if (identifier[0] == ':')
    identifier++;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2000);
  probe = rp_schedule_new_once (&date, 0, 1, identifier, NULL);

  return g_strdup (probe != NULL ? identifier : "UTC");
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * rp_meeting_form_parse_zone_table:
 * @contents: (nullable): the text of tzdata's zone1970.tab (or zone.tab)
 *
 * The zones the editor offers: the third column of each line that is not
 * a comment, sorted, without repeats, and "UTC".
 *
 * Returns: (transfer full): the zone identifiers
 */
GStrv
rp_meeting_form_parse_zone_table (const char *contents)
{
  g_autoptr(GPtrArray) zones = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  const char *previous = NULL;

  g_ptr_array_add (zones, g_strdup ("UTC"));

  if (contents != NULL)
    lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;

      columns = g_strsplit (lines[i], "\t", 4);
      if (g_strv_length (columns) < 3 || columns[2][0] == '\0')
        continue;

      g_strstrip (columns[2]);
      if (g_utf8_validate (columns[2], -1, NULL))
        g_ptr_array_add (zones, g_strdup (columns[2]));
    }

  g_ptr_array_sort (zones, compare_strings);
  for (guint i = 0; i < zones->len; i++)
    {
      const char *zone = g_ptr_array_index (zones, i);

      if (g_strcmp0 (zone, previous) != 0)
        g_strv_builder_add (builder, zone);
      previous = zone;
    }

  return g_strv_builder_end (builder);
}
