/* rp-import-meeting-guide-schedule.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include <math.h>
#include <string.h>

#include "rp-import-meeting-guide-private.h"

/* The schedule of a Meeting Guide entry: its day or days and its start and
 * end times, in all the shapes real feeds write them. Apart from the other
 * fields (rp-import-meeting-guide-entry.c) because times and weekdays are
 * a parser of their own. */

/* --- schedule --------------------------------------------------------- */

/* Skips an "am"/"pm" suffix ("pm", "p.m.", "p"); returns 0 for none, 1
 * for am, 2 for pm, -1 for something else. */
static int
parse_meridiem (const char *p)
{
  int meridiem;

  while (*p == ' ')
    p++;
  if (*p == '\0')
    return 0;

  if (*p == 'a')
    meridiem = 1;
  else if (*p == 'p')
    meridiem = 2;
  else
    return -1;
  p++;
  if (*p == '.')
    p++;
  if (*p == 'm')
    {
      p++;
      if (*p == '.')
        p++;
    }

  return *p == '\0' ? meridiem : -1;
}

static gboolean
parse_two_digits (const char **p,
                  guint        max,
                  guint       *value)
{
  const char *s = *p;

  if (!g_ascii_isdigit (s[0]) || !g_ascii_isdigit (s[1]))
    return FALSE;
  *value = (s[0] - '0') * 10 + (s[1] - '0');
  *p = s + 2;

  return *value <= max;
}

/* Minutes after midnight for "19:30", "7:30", "19:30:00", "7:30 PM",
 * "7:30pm", "7 p.m.", "7.30pm", "noon" or "midnight"; -1 if none of these.
 * "24:00", which some feeds give as an end time, is midnight when
 * @allow_24 (as a start it would belong to the next day). */
static int
parse_time_of_day (const char *text,
                   gboolean    allow_24)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  const char *p = g_strstrip (lower);
  guint hour = 0;
  guint minute = 0;
  guint second = 0;
  gboolean has_minutes = FALSE;
  int meridiem;

  if (strcmp (p, "noon") == 0)
    return 12 * 60;
  if (strcmp (p, "midnight") == 0)
    return 0;

  if (!g_ascii_isdigit (*p))
    return -1;
  hour = *p++ - '0';
  if (g_ascii_isdigit (*p))
    hour = hour * 10 + (*p++ - '0');

  if (*p == ':' || *p == '.')
    {
      p++;
      if (!parse_two_digits (&p, 59, &minute))
        return -1;
      has_minutes = TRUE;
      if (*p == ':')
        {
          p++;
          if (!parse_two_digits (&p, 59, &second))
            return -1;
        }
    }

  meridiem = parse_meridiem (p);
  if (meridiem < 0)
    return -1;

  if (meridiem == 0)
    {
      if (!has_minutes)
        return -1;
      if (allow_24 && hour == 24 && minute == 0 && second == 0)
        return 0;
      if (hour > 23)
        return -1;
    }
  else
    {
      if (hour < 1 || hour > 12)
        return -1;
      hour %= 12;
      if (meridiem == 2)
        hour += 12;
    }

  return hour * 60 + minute;
}

static int
read_time (Parser     *parser,
           JsonObject *object,
           const char *field)
{
  JsonNode *node = rp_meeting_guide_get_member (object, field);
  int minutes = -1;

  if (node == NULL)
    return -1;
  if (rp_meeting_guide_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      if (*text == '\0')
        return -1;
      minutes = parse_time_of_day (text, strcmp (field, "end_time") == 0);
    }

  if (minutes < 0)
    {
      /* Translators: "time" or "end_time" of an imported meeting. */
      rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, field, _("Not a time of day; it was left out."));
      return -1;
    }

  return minutes;
}

/* 0 = Sunday … 6 = Saturday, as the spec numbers them, to GDateWeekday. */
static GDateWeekday
weekday_from_spec_number (gint64 number)
{
  if (number < 0 || number > 6)
    return G_DATE_BAD_WEEKDAY;

  return number == 0 ? G_DATE_SUNDAY : (GDateWeekday) number;
}

static GDateWeekday
weekday_from_text (const char *text)
{
  static const struct
  {
    const char   *name;
    GDateWeekday  weekday;
  } names[] = {
    { "sunday", G_DATE_SUNDAY }, { "sun", G_DATE_SUNDAY },
    { "monday", G_DATE_MONDAY }, { "mon", G_DATE_MONDAY },
    { "tuesday", G_DATE_TUESDAY }, { "tue", G_DATE_TUESDAY }, { "tues", G_DATE_TUESDAY },
    { "wednesday", G_DATE_WEDNESDAY }, { "wed", G_DATE_WEDNESDAY },
    { "thursday", G_DATE_THURSDAY }, { "thu", G_DATE_THURSDAY },
    { "thur", G_DATE_THURSDAY }, { "thurs", G_DATE_THURSDAY },
    { "friday", G_DATE_FRIDAY }, { "fri", G_DATE_FRIDAY },
    { "saturday", G_DATE_SATURDAY }, { "sat", G_DATE_SATURDAY },
  };
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;
  guint64 number;

  if (*copy == '\0')
    return G_DATE_BAD_WEEKDAY;

  if (g_ascii_isdigit (*copy))
    {
      number = g_ascii_strtoull (copy, &end, 10);
      if (*end != '\0' || number > 6)
        return G_DATE_BAD_WEEKDAY;
      return weekday_from_spec_number ((gint64) number);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_ascii_strcasecmp (copy, names[i].name) == 0)
        return names[i].weekday;
    }

  return G_DATE_BAD_WEEKDAY;
}

/* Adds the days in one value (a number, a numeric string, a day's name,
 * or a comma-separated list of these) to @weekdays; FALSE if any part is
 * not a day. */
static gboolean
add_weekdays_from_value (JsonNode *node,
                         guint8   *weekdays)
{
  GDateWeekday weekday = G_DATE_BAD_WEEKDAY;

  switch (rp_meeting_guide_value_type (node))
    {
    case G_TYPE_INT64:
      weekday = weekday_from_spec_number (json_node_get_int (node));
      break;

    case G_TYPE_DOUBLE:
      {
        double number = json_node_get_double (node);

        if (number == floor (number))
          weekday = weekday_from_spec_number ((gint64) CLAMP (number, -1, 7));
      }
      break;

    case G_TYPE_STRING:
      {
        g_auto(GStrv) parts = g_strsplit (json_node_get_string (node), ",", -1);
        gboolean all_valid = TRUE;

        for (guint i = 0; parts[i] != NULL; i++)
          {
            if (*g_strstrip (parts[i]) == '\0')
              continue;
            weekday = weekday_from_text (parts[i]);
            if (weekday == G_DATE_BAD_WEEKDAY)
              all_valid = FALSE;
            else
              *weekdays |= RP_FEED_WEEKDAY_BIT (weekday);
          }
        return all_valid;
      }

    default:
      return FALSE;
    }

  if (weekday == G_DATE_BAD_WEEKDAY)
    return FALSE;

  *weekdays |= RP_FEED_WEEKDAY_BIT (weekday);
  return TRUE;
}

/* "day" is a number 0–6 in the spec, but feeds also send strings, day
 * names and lists of any of these. "days" is the spec's proposed v2 name. */
static guint8
read_weekdays (Parser      *parser,
               JsonObject  *object,
               const char **field)
{
  JsonNode *node;
  guint8 weekdays = 0;
  gboolean valid = TRUE;

  *field = !json_object_has_member (object, "day") && json_object_has_member (object, "days")
           ? "days" : "day";
  node = rp_meeting_guide_get_member (object, *field);
  if (node == NULL)
    return 0;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint length = json_array_get_length (array);

      for (guint i = 0; i < length; i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_NULL (element))
            continue;
          if (!add_weekdays_from_value (element, &weekdays))
            valid = FALSE;
        }
    }
  else if (rp_meeting_guide_value_type (node) == G_TYPE_STRING &&
           rp_meeting_guide_is_blank (json_node_get_string (node)))
    {
      /* a blank string says as much as a missing day */
      return 0;
    }
  else
    {
      valid = add_weekdays_from_value (node, &weekdays);
    }

  if (!valid)
    rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, *field,
                           _("Not a day of the week (0 for Sunday to 6 for Saturday); it was left out."));

  return weekdays;
}

void
rp_meeting_guide_read_schedule (Parser        *parser,
                                JsonObject    *object,
                                RpFeedMeeting *meeting)
{
  const char *day_field;
  guint8 weekdays;
  int start;

  weekdays = read_weekdays (parser, object, &day_field);
  start = read_time (parser, object, "time");

  if (weekdays != 0 && start >= 0)
    {
      meeting->weekdays = weekdays;
      meeting->start_minute = start;
      meeting->end_minute = read_time (parser, object, "end_time");
      return;
    }

  meeting->by_appointment = TRUE;
  if (weekdays != 0)
    rp_meeting_guide_warn (parser, RP_FEED_WARNING_BY_APPOINTMENT, "time",
                           _("The meeting has a day but no valid time, so it is listed as by appointment."));
  else if (start >= 0)
    rp_meeting_guide_warn (parser, RP_FEED_WARNING_BY_APPOINTMENT, day_field,
                           _("The meeting has a time but no valid day, so it is listed as by appointment."));
}
