/* rp-meeting-form-time.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-meeting-form"

#include "config.h"

#include <string.h>

#include "rp-meeting-form.h"

/* The meeting editor's times of day, read and written, and the time zones
 * it offers: its own subject, apart from the checks (rp-meeting-form.c),
 * and needed by them and by the editor alike. */

#define MINUTES_PER_DAY (24 * 60)
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
