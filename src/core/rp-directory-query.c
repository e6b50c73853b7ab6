/* rp-directory-query.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-directory-query"

#include "config.h"

#include <string.h>

#include "rp-directory-meeting-private.h"
#include "rp-directory-query.h"
#include "rp-meeting-types.h"

/* RpDirectoryQuery is what the Directory's search entry and filters ask
 * for, and the matcher that answers it. Pure: no I/O, no clock. The text
 * is folded (case, accents, punctuation) once per keystroke, and each
 * meeting's searched fields were folded once when it was loaded, so a
 * match is a few strstr() calls: thousands of meetings per keystroke in
 * well under a frame. Every word of the text must appear somewhere in the
 * meeting's name, group, location, address (street, city, region, postal
 * code), region or notes; a word may be part of a longer one, so that
 * results narrow as the user types. */

/* More words than this are ignored: no one types them, and each costs a
 * scan of every meeting. */
#define MAX_WORDS 16

struct _RpDirectoryQuery
{
  char             *text;       /* as given, capped */
  GStrv             words;      /* folded, never NULL */
  RpWeekdays        weekdays;
  RpTimeOfDay       times;
  char             *type_code;  /* canonical, or NULL */
  RpAttendanceMode  mode;
};

G_DEFINE_BOXED_TYPE (RpDirectoryQuery, rp_directory_query,
                     rp_directory_query_copy, rp_directory_query_free)

static gboolean
is_apostrophe (gunichar c)
{
  return c == 0x27 || c == 0x2018 || c == 0x2019 || c == 0x02bc || c == 0x60 || c == 0xb4;
}

/**
 * rp_directory_fold_text:
 * @text: text in UTF-8 (invalid sequences are replaced)
 *
 * The form in which search text and searched fields are compared: case
 * folded ("ß" is "ss"), compatibility-decomposed with the accents and
 * other combining marks dropped ("Café" is "cafe", "ﬁ" is "fi"),
 * apostrophes dropped ("St. Mark’s" is "st marks"), and every other run of
 * punctuation, symbols and spaces made one space, trimmed.
 *
 * Returns: (transfer full): the folded text, "" when nothing is left
 */
char *
rp_directory_fold_text (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *result;
  gboolean space_pending = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
  result = g_string_sized_new (strlen (folded));

  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c) || is_apostrophe (c))
        continue;

      if (!g_unichar_isalnum (c))
        {
          space_pending = TRUE;
          continue;
        }

      if (space_pending && result->len > 0)
        g_string_append_c (result, ' ');
      space_pending = FALSE;
      g_string_append_unichar (result, c);
    }

  return g_string_free (result, FALSE);
}

/**
 * rp_time_of_day_from_minute:
 * @start_minute: minutes after midnight, or -1 for by appointment
 *
 * Returns: the one part of the day @start_minute falls in
 */
RpTimeOfDay
rp_time_of_day_from_minute (int start_minute)
{
  if (start_minute < 0)
    return RP_TIME_OF_DAY_BY_APPOINTMENT;
  if (start_minute < 12 * 60)
    return RP_TIME_OF_DAY_MORNING;
  if (start_minute < 17 * 60)
    return RP_TIME_OF_DAY_AFTERNOON;
  if (start_minute < 21 * 60)
    return RP_TIME_OF_DAY_EVENING;

  return RP_TIME_OF_DAY_NIGHT;
}

/**
 * rp_directory_query_new:
 *
 * Returns: (transfer full): a query that every meeting matches
 */
RpDirectoryQuery *
rp_directory_query_new (void)
{
  RpDirectoryQuery *self = g_new0 (RpDirectoryQuery, 1);

  self->text = g_strdup ("");
  self->words = g_new0 (char *, 1);

  return self;
}

/**
 * rp_directory_query_copy:
 * @self: a #RpDirectoryQuery
 *
 * Returns: (transfer full): a copy of @self
 */
RpDirectoryQuery *
rp_directory_query_copy (const RpDirectoryQuery *self)
{
  RpDirectoryQuery *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (RpDirectoryQuery, 1);
  copy->text = g_strdup (self->text);
  copy->words = g_strdupv (self->words);
  copy->weekdays = self->weekdays;
  copy->times = self->times;
  copy->type_code = g_strdup (self->type_code);
  copy->mode = self->mode;

  return copy;
}

void
rp_directory_query_free (RpDirectoryQuery *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_strfreev (self->words);
  g_free (self->type_code);
  g_free (self);
}

/* Whether each word of @narrow contains one of @wide: then a meeting
 * that matches @narrow matches @wide. */
static gboolean
words_cover (char * const *wide,
             char * const *narrow)
{
  for (guint i = 0; wide[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; narrow[j] != NULL && !found; j++)
        found = strstr (narrow[j], wide[i]) != NULL;

      if (!found)
        return FALSE;
    }

  return TRUE;
}

static RpDirectoryQueryChange
compare_strictness (gboolean old_covers_new,
                    gboolean new_covers_old)
{
  if (old_covers_new && new_covers_old)
    return RP_DIRECTORY_QUERY_CHANGE_NONE;
  if (old_covers_new)
    return RP_DIRECTORY_QUERY_CHANGE_MORE_STRICT;
  if (new_covers_old)
    return RP_DIRECTORY_QUERY_CHANGE_LESS_STRICT;

  return RP_DIRECTORY_QUERY_CHANGE_DIFFERENT;
}

/* For filters where 0 means "any" and a set means "any of these". */
static RpDirectoryQueryChange
compare_sets (guint old_set,
              guint new_set)
{
  if (old_set == new_set)
    return RP_DIRECTORY_QUERY_CHANGE_NONE;

  return compare_strictness (old_set == 0 || (new_set != 0 && (new_set & ~old_set) == 0),
                             new_set == 0 || (old_set != 0 && (old_set & ~new_set) == 0));
}

/**
 * rp_directory_query_set_text:
 * @self: a #RpDirectoryQuery
 * @text: (nullable): what the user typed; %NULL or "" for no text
 *
 * Returns: how the set of matching meetings changed
 */
RpDirectoryQueryChange
rp_directory_query_set_text (RpDirectoryQuery *self,
                             const char       *text)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  RpDirectoryQueryChange change;

  g_return_val_if_fail (self != NULL, RP_DIRECTORY_QUERY_CHANGE_DIFFERENT);

  if (text == NULL)
    text = "";

  g_free (self->text);
  self->text = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1),
                                               RP_DIRECTORY_QUERY_MAX_TEXT));

  folded = rp_directory_fold_text (self->text);
  words = g_strsplit (folded, " ", -1);
  kept = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; words[i] != NULL && kept->len < MAX_WORDS; i++)
    {
      if (words[i][0] != '\0')
        g_ptr_array_add (kept, g_strdup (words[i]));
    }
  g_ptr_array_add (kept, NULL);

  g_strfreev (words);
  words = (GStrv) g_ptr_array_free (g_steal_pointer (&kept), FALSE);

  change = compare_strictness (words_cover (self->words, words),
                               words_cover (words, self->words));

  g_strfreev (self->words);
  self->words = g_steal_pointer (&words);

  return change;
}

const char *
rp_directory_query_get_text (const RpDirectoryQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text;
}

/**
 * rp_directory_query_set_weekdays:
 * @self: a #RpDirectoryQuery
 * @weekdays: the days to look for; %RP_WEEKDAYS_NONE for any. A meeting
 *   matches when it meets on at least one of them; one by appointment
 *   meets on none.
 *
 * Returns: how the set of matching meetings changed
 */
RpDirectoryQueryChange
rp_directory_query_set_weekdays (RpDirectoryQuery *self,
                                 RpWeekdays        weekdays)
{
  RpDirectoryQueryChange change;

  g_return_val_if_fail (self != NULL, RP_DIRECTORY_QUERY_CHANGE_DIFFERENT);
  g_return_val_if_fail ((weekdays & ~RP_WEEKDAYS_ALL) == 0, RP_DIRECTORY_QUERY_CHANGE_NONE);

  change = compare_sets (self->weekdays, weekdays);
  self->weekdays = weekdays;

  return change;
}

RpWeekdays
rp_directory_query_get_weekdays (const RpDirectoryQuery *self)
{
  g_return_val_if_fail (self != NULL, RP_WEEKDAYS_NONE);

  return self->weekdays;
}

/**
 * rp_directory_query_set_times_of_day:
 * @self: a #RpDirectoryQuery
 * @times: the parts of the day to look for; %RP_TIME_OF_DAY_ANY for any
 *
 * Returns: how the set of matching meetings changed
 */
RpDirectoryQueryChange
rp_directory_query_set_times_of_day (RpDirectoryQuery *self,
                                     RpTimeOfDay       times)
{
  RpDirectoryQueryChange change;

  g_return_val_if_fail (self != NULL, RP_DIRECTORY_QUERY_CHANGE_DIFFERENT);
  g_return_val_if_fail ((times & ~RP_TIME_OF_DAY_ALL) == 0, RP_DIRECTORY_QUERY_CHANGE_NONE);

  change = compare_sets (self->times, times);
  self->times = times;

  return change;
}

RpTimeOfDay
rp_directory_query_get_times_of_day (const RpDirectoryQuery *self)
{
  g_return_val_if_fail (self != NULL, RP_TIME_OF_DAY_ANY);

  return self->times;
}

/**
 * rp_directory_query_set_type:
 * @self: a #RpDirectoryQuery
 * @code: (nullable): a Meeting Guide type code, in any ASCII case, or
 *   %NULL for any; a code that is not in the table matches nothing
 *
 * Returns: how the set of matching meetings changed
 */
RpDirectoryQueryChange
rp_directory_query_set_type (RpDirectoryQuery *self,
                             const char       *code)
{
  g_autofree char *canonical = NULL;
  RpDirectoryQueryChange change;

  g_return_val_if_fail (self != NULL, RP_DIRECTORY_QUERY_CHANGE_DIFFERENT);

  if (code != NULL && code[0] != '\0')
    {
      const char *known = rp_meeting_type_get_canonical (code);

      /* An unknown code is kept as given: it matches nothing. */
      canonical = g_strdup (known != NULL ? known : code);
    }

  if (g_strcmp0 (self->type_code, canonical) == 0)
    change = RP_DIRECTORY_QUERY_CHANGE_NONE;
  else
    change = compare_strictness (self->type_code == NULL, canonical == NULL);

  g_free (self->type_code);
  self->type_code = g_steal_pointer (&canonical);

  return change;
}

const char *
rp_directory_query_get_type_code (const RpDirectoryQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->type_code;
}

/**
 * rp_directory_query_set_attendance_mode:
 * @self: a #RpDirectoryQuery
 * @mode: in person, online, or any
 *
 * Returns: how the set of matching meetings changed
 */
RpDirectoryQueryChange
rp_directory_query_set_attendance_mode (RpDirectoryQuery *self,
                                        RpAttendanceMode  mode)
{
  RpDirectoryQueryChange change;

  g_return_val_if_fail (self != NULL, RP_DIRECTORY_QUERY_CHANGE_DIFFERENT);
  g_return_val_if_fail (mode <= RP_ATTENDANCE_MODE_ONLINE, RP_DIRECTORY_QUERY_CHANGE_NONE);

  if (self->mode == mode)
    change = RP_DIRECTORY_QUERY_CHANGE_NONE;
  else
    change = compare_strictness (self->mode == RP_ATTENDANCE_MODE_ANY,
                                 mode == RP_ATTENDANCE_MODE_ANY);
  self->mode = mode;

  return change;
}

RpAttendanceMode
rp_directory_query_get_attendance_mode (const RpDirectoryQuery *self)
{
  g_return_val_if_fail (self != NULL, RP_ATTENDANCE_MODE_ANY);

  return self->mode;
}

/**
 * rp_directory_query_is_empty:
 * @self: a #RpDirectoryQuery
 *
 * Returns: %TRUE when every meeting matches: no words, no filter
 */
gboolean
rp_directory_query_is_empty (const RpDirectoryQuery *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->words[0] == NULL &&
         self->weekdays == RP_WEEKDAYS_NONE &&
         self->times == RP_TIME_OF_DAY_ANY &&
         self->type_code == NULL &&
         self->mode == RP_ATTENDANCE_MODE_ANY;
}

/**
 * rp_directory_query_matches:
 * @self: a #RpDirectoryQuery
 * @meeting: a directory meeting
 *
 * Returns: whether @meeting passes every filter and holds every word
 */
gboolean
rp_directory_query_matches (const RpDirectoryQuery *self,
                            RpDirectoryMeeting     *meeting)
{
  const char *search_text;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (RP_IS_DIRECTORY_MEETING (meeting), FALSE);

  /* The cheap tests first: most meetings fail one of them. */
  if (self->weekdays != RP_WEEKDAYS_NONE &&
      (rp_directory_meeting_get_weekdays (meeting) & self->weekdays) == 0)
    return FALSE;

  if (self->times != RP_TIME_OF_DAY_ANY &&
      (rp_time_of_day_from_minute (rp_directory_meeting_get_start_minute (meeting)) &
       self->times) == 0)
    return FALSE;

  if (self->mode == RP_ATTENDANCE_MODE_IN_PERSON && !rp_directory_meeting_is_in_person (meeting))
    return FALSE;
  if (self->mode == RP_ATTENDANCE_MODE_ONLINE && !rp_directory_meeting_is_online (meeting))
    return FALSE;

  if (self->type_code != NULL &&
      !g_strv_contains (rp_directory_meeting_get_types (meeting), self->type_code))
    return FALSE;

  search_text = rp_directory_meeting_get_search_text (meeting);
  for (guint i = 0; self->words[i] != NULL; i++)
    {
      if (strstr (search_text, self->words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}
