/* rp-agenda.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The agenda: My meetings' occurrences over a span of time, in the viewer's
 * time zone, sorted, with the buckets an agenda view groups them in, the
 * moment the view must next change, the command line's line format and a
 * month calendar's marks. Pure: the clock and the viewer's zone are given;
 * the Meetings page, `reprieve --agenda` and their tests share it. */

#define G_LOG_DOMAIN "rp-agenda"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "rp-agenda.h"

G_DEFINE_BOXED_TYPE (RpAgendaItem, rp_agenda_item, rp_agenda_item_copy, rp_agenda_item_free)

/**
 * rp_agenda_item_copy:
 * @self: a #RpAgendaItem
 *
 * Returns: (transfer full): a copy of @self
 */
RpAgendaItem *
rp_agenda_item_copy (const RpAgendaItem *self)
{
  RpAgendaItem *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (RpAgendaItem, 1);
  copy->meeting = g_object_ref (self->meeting);
  copy->start = g_date_time_ref (self->start);
  copy->end = g_date_time_ref (self->end);
  copy->date = self->date;
  copy->time_zone_id = g_strdup (self->time_zone_id);

  return copy;
}

void
rp_agenda_item_free (RpAgendaItem *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->meeting);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_clear_pointer (&self->time_zone_id, g_free);
  g_free (self);
}

/* An item and what it sorts by after its times; kept beside it so that
 * names are folded once per item, not once per comparison. */
typedef struct
{
  RpAgendaItem *item;
  char         *name_key;
  guint         index;
} SortEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SortEntry *entry_a = a;
  const SortEntry *entry_b = b;
  gint64 id_a;
  gint64 id_b;
  int result;

  result = g_date_time_compare (entry_a->item->start, entry_b->item->start);
  if (result != 0)
    return result;

  result = g_date_time_compare (entry_a->item->end, entry_b->item->end);
  if (result != 0)
    return result;

  result = strcmp (entry_a->name_key, entry_b->name_key);
  if (result != 0)
    return result;

  id_a = rp_meeting_get_id (entry_a->item->meeting);
  id_b = rp_meeting_get_id (entry_b->item->meeting);
  if (id_a != id_b)
    return (id_a > id_b) - (id_a < id_b);

  /* Unsaved meetings (id 0) of the same name keep the order given. */
  return (entry_a->index > entry_b->index) - (entry_a->index < entry_b->index);
}

static void
add_meeting_items (GArray     *entries,
                   RpMeeting  *meeting,
                   GDateTime  *from,
                   GDateTime  *to,
                   GTimeZone  *viewer_time_zone)
{
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autofree char *name_key = NULL;
  RpSchedule *schedule;
  const char *zone_id;
  gboolean same_zone;

  if (rp_meeting_get_archived (meeting))
    return;

  schedule = rp_meeting_get_schedule (meeting);
  if (schedule == NULL)
    return;

  occurrences = rp_schedule_occurrences (schedule, from, to, G_MAXUINT);
  if (occurrences->len == 0)
    return;

  zone_id = rp_schedule_get_time_zone_id (schedule);
  same_zone = g_strcmp0 (zone_id, g_time_zone_get_identifier (viewer_time_zone)) == 0;

  {
    g_autofree char *folded = g_utf8_casefold (rp_meeting_get_name (meeting), -1);

    name_key = g_utf8_collate_key (folded, -1);
  }

  for (guint i = 0; i < occurrences->len; i++)
    {
      const RpOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      SortEntry entry;

      entry.item = g_new0 (RpAgendaItem, 1);
      entry.item->meeting = g_object_ref (meeting);
      entry.item->start = g_date_time_to_timezone (occurrence->start, viewer_time_zone);
      entry.item->end = g_date_time_to_timezone (occurrence->end, viewer_time_zone);
      entry.item->date = occurrence->date;
      entry.item->time_zone_id = same_zone ? NULL : g_strdup (zone_id);
      entry.name_key = g_strdup (name_key);
      entry.index = entries->len;
      g_array_append_val (entries, entry);
    }
}

static GPtrArray *
sorted_items (GArray *entries)
{
  GPtrArray *items;

  g_array_sort (entries, compare_entries);

  items = g_ptr_array_new_full (entries->len, (GDestroyNotify) rp_agenda_item_free);
  for (guint i = 0; i < entries->len; i++)
    {
      SortEntry *entry = &g_array_index (entries, SortEntry, i);

      g_ptr_array_add (items, g_steal_pointer (&entry->item));
      g_clear_pointer (&entry->name_key, g_free);
    }

  return items;
}

/**
 * rp_agenda_collect:
 * @meetings: a #GListModel of #RpMeeting, such as rp_store_get_meetings()
 * @from: the start of the span, in any zone
 * @to: the end of the span, in any zone
 * @viewer_time_zone: the zone to show times in
 *
 * The occurrences that end after @from and start before @to (so those in
 * progress at @from are included) of every meeting that is not archived,
 * sorted by start, then end, then name, then id: the same meetings always
 * come in the same order.
 *
 * Returns: (transfer container) (element-type RpAgendaItem): the items
 */
GPtrArray *
rp_agenda_collect (GListModel *meetings,
                   GDateTime  *from,
                   GDateTime  *to,
                   GTimeZone  *viewer_time_zone)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (SortEntry));
  guint n_meetings;

  g_return_val_if_fail (G_IS_LIST_MODEL (meetings), NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);
  g_return_val_if_fail (viewer_time_zone != NULL, NULL);

  n_meetings = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n_meetings; i++)
    {
      g_autoptr(RpMeeting) meeting = g_list_model_get_item (meetings, i);

      add_meeting_items (entries, meeting, from, to, viewer_time_zone);
    }

  return sorted_items (entries);
}

/**
 * rp_agenda_collect_array:
 * @meetings: (element-type RpMeeting): the meetings
 * @from: the start of the span, in any zone
 * @to: the end of the span, in any zone
 * @viewer_time_zone: the zone to show times in
 *
 * rp_agenda_collect() for meetings in an array.
 *
 * Returns: (transfer container) (element-type RpAgendaItem): the items
 */
GPtrArray *
rp_agenda_collect_array (GPtrArray *meetings,
                         GDateTime *from,
                         GDateTime *to,
                         GTimeZone *viewer_time_zone)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (SortEntry));

  g_return_val_if_fail (meetings != NULL, NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);
  g_return_val_if_fail (viewer_time_zone != NULL, NULL);

  for (guint i = 0; i < meetings->len; i++)
    add_meeting_items (entries, g_ptr_array_index (meetings, i), from, to, viewer_time_zone);

  return sorted_items (entries);
}

/**
 * rp_agenda_upcoming:
 * @meetings: a #GListModel of #RpMeeting
 * @now: the current time
 * @viewer_time_zone: the zone to show times in
 * @n_days: how far to look ahead: 1..%RP_AGENDA_MAX_DAYS days
 *
 * What `reprieve --agenda --days N` lists: the occurrences in progress at
 * @now and those that start before @now plus @n_days calendar days (in
 * the viewer's zone, so a day with a clock change still ends at the same
 * wall time).
 *
 * Returns: (transfer container) (element-type RpAgendaItem): the items
 */
GPtrArray *
rp_agenda_upcoming (GListModel *meetings,
                    GDateTime  *now,
                    GTimeZone  *viewer_time_zone,
                    guint       n_days)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autoptr(GDateTime) to = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (meetings), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (viewer_time_zone != NULL, NULL);
  g_return_val_if_fail (n_days >= 1 && n_days <= RP_AGENDA_MAX_DAYS, NULL);

  local_now = g_date_time_to_timezone (now, viewer_time_zone);
  to = g_date_time_add_days (local_now, (int) n_days);

  return rp_agenda_collect (meetings, now, to, viewer_time_zone);
}

static void
local_date (GDateTime *moment,
            GTimeZone *time_zone,
            GDate     *date)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (moment, time_zone);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));
}

/**
 * rp_agenda_day_start:
 * @moment: a moment, in any zone
 * @viewer_time_zone: the zone whose calendar days count
 * @days_after: 0 for the day of @moment, 1 for the next, -1 for the one
 *   before…
 *
 * Returns: (transfer full): the first moment of that day in
 *   @viewer_time_zone (its midnight, or the first time that exists where
 *   clocks skip midnight)
 */
GDateTime *
rp_agenda_day_start (GDateTime *moment,
                     GTimeZone *viewer_time_zone,
                     int        days_after)
{
  GDate date;

  g_return_val_if_fail (moment != NULL, NULL);
  g_return_val_if_fail (viewer_time_zone != NULL, NULL);

  local_date (moment, viewer_time_zone, &date);
  if (days_after > 0)
    g_date_add_days (&date, (guint) days_after);
  else if (days_after < 0)
    g_date_subtract_days (&date, (guint) -days_after);

  return g_date_time_new (viewer_time_zone, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), 0, 0, 0);
}

/**
 * rp_agenda_item_get_bucket:
 * @item: an agenda item
 * @now: the current time
 * @viewer_time_zone: the zone whose calendar days count
 *
 * An occurrence that has started and not ended is in progress, whichever
 * day it started; the others go by the viewer's day they start on.
 *
 * Returns: the bucket of @item at @now
 */
RpAgendaBucket
rp_agenda_item_get_bucket (const RpAgendaItem *item,
                           GDateTime          *now,
                           GTimeZone          *viewer_time_zone)
{
  GDate today;
  GDate start_day;
  int days;

  g_return_val_if_fail (item != NULL, RP_AGENDA_BUCKET_PAST);
  g_return_val_if_fail (now != NULL, RP_AGENDA_BUCKET_PAST);
  g_return_val_if_fail (viewer_time_zone != NULL, RP_AGENDA_BUCKET_PAST);

  if (g_date_time_compare (item->end, now) <= 0)
    return RP_AGENDA_BUCKET_PAST;
  if (g_date_time_compare (item->start, now) <= 0)
    return RP_AGENDA_BUCKET_IN_PROGRESS;

  local_date (now, viewer_time_zone, &today);
  local_date (item->start, viewer_time_zone, &start_day);
  days = g_date_days_between (&today, &start_day);

  if (days <= 0)
    return RP_AGENDA_BUCKET_TODAY;
  if (days == 1)
    return RP_AGENDA_BUCKET_TOMORROW;
  if (days <= 6)
    return RP_AGENDA_BUCKET_LATER_THIS_WEEK;

  return RP_AGENDA_BUCKET_LATER;
}

static void
keep_earliest_after (GDateTime  **earliest,
                     GDateTime   *candidate,
                     GDateTime   *now)
{
  if (g_date_time_compare (candidate, now) <= 0)
    return;

  if (*earliest == NULL || g_date_time_compare (candidate, *earliest) < 0)
    {
      g_clear_pointer (earliest, g_date_time_unref);
      *earliest = g_date_time_ref (candidate);
    }
}

/**
 * rp_agenda_next_change:
 * @items: (element-type RpAgendaItem): what the agenda shows
 * @now: the current time
 * @viewer_time_zone: the zone whose calendar days count
 *
 * When what an agenda shows next changes: the first start or end after
 * @now (an occurrence moves to "in progress" or leaves), or the viewer's
 * next midnight (the days move on), whichever comes first. A view arms
 * one timer for it instead of polling.
 *
 * Returns: (transfer full): that moment, always after @now
 */
GDateTime *
rp_agenda_next_change (GPtrArray *items,
                       GDateTime *now,
                       GTimeZone *viewer_time_zone)
{
  GDateTime *earliest;

  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (viewer_time_zone != NULL, NULL);

  earliest = rp_agenda_day_start (now, viewer_time_zone, 1);

  for (guint i = 0; i < items->len; i++)
    {
      const RpAgendaItem *item = g_ptr_array_index (items, i);

      keep_earliest_after (&earliest, item->start, now);
      keep_earliest_after (&earliest, item->end, now);
    }

  return earliest;
}

/**
 * rp_agenda_format_time_of_day:
 * @moment: a moment, in the zone to show it in
 *
 * The one way Reprieve shows a time of day: the agenda, the meeting rows,
 * notifications and the window's reminders share its translation.
 *
 * Returns: (transfer full): its time of day, e.g. "19:00"
 */
char *
rp_agenda_format_time_of_day (GDateTime *moment)
{
  g_return_val_if_fail (moment != NULL, NULL);

  /* Translators: a time of day in g_date_time_format() notation; use
   * "%l:%M %p" where 12-hour times are the custom */
  return g_date_time_format (moment, C_("time of day", "%H:%M"));
}

/**
 * rp_agenda_format_line:
 * @item: an agenda item
 *
 * The command line's agenda line: `START<TAB>END<TAB>NAME`, START and END
 * in ISO 8601 with the offset of the item's zone (the viewer's), e.g.
 * `2026-11-23T19:00:00-05:00`. Tabs, line breaks and other control
 * characters in the name become spaces, so each item is one line with
 * three fields whatever the name holds.
 *
 * Returns: (transfer full): the line, without a line break
 */
char *
rp_agenda_format_line (const RpAgendaItem *item)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *name = NULL;
  GString *line;

  g_return_val_if_fail (item != NULL, NULL);

  start = g_date_time_format (item->start, "%Y-%m-%dT%H:%M:%S%:z");
  end = g_date_time_format (item->end, "%Y-%m-%dT%H:%M:%S%:z");
  name = g_utf8_make_valid (rp_meeting_get_name (item->meeting), -1);

  line = g_string_new (start);
  g_string_append_c (line, '\t');
  g_string_append (line, end);
  g_string_append_c (line, '\t');

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (g_unichar_iscntrl (c) ||
          type == G_UNICODE_LINE_SEPARATOR ||
          type == G_UNICODE_PARAGRAPH_SEPARATOR)
        g_string_append_c (line, ' ');
      else
        g_string_append_unichar (line, c);
    }

  return g_string_free (line, FALSE);
}

/* Meeting ids and Julian days packed into one hash key: Julian days stay
 * below 2^20 until the year 2800, past RP_SCHEDULE_MAX_YEAR. */
static gint64
attendance_key (gint64       meeting_id,
                const GDate *date)
{
  return (meeting_id << 20) | (gint64) g_date_get_julian (date);
}

/**
 * rp_agenda_mark_month:
 * @meetings: a #GListModel of #RpMeeting: the meetings to show
 * @year: the year
 * @month: the month
 * @viewer_time_zone: the zone whose calendar days count
 * @attended: (array length=n_attended) (nullable): the occurrences the user
 *   went to, from rp_store_get_attended() over the month and two days
 *   either side
 * @n_attended: the length of @attended
 * @marks: (out caller-allocates) (array fixed-size=32): set to the marks of
 *   each day, `marks[1]` for the first; `marks[0]` and the days past the
 *   month's end are cleared
 *
 * A month calendar's marks. A day has a meeting when an occurrence starts
 * on it in the viewer's zone. An attended occurrence marks the viewer's
 * day it started on; one no meeting of @meetings gives (an archived
 * meeting's, or one whose schedule changed since) marks its own date.
 */
void
rp_agenda_mark_month (GListModel            *meetings,
                      GDateYear              year,
                      GDateMonth             month,
                      GTimeZone             *viewer_time_zone,
                      const RpAttendanceKey *attended,
                      guint                  n_attended,
                      RpDayMarks             marks[32])
{
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) attended_set = NULL;
  g_autoptr(GHashTable) matched = NULL;
  guint8 n_days;

  for (guint i = 0; i < 32; i++)
    marks[i] = RP_DAY_MARK_NONE;

  g_return_if_fail (G_IS_LIST_MODEL (meetings));
  g_return_if_fail (g_date_valid_month (month));
  g_return_if_fail (year >= RP_SCHEDULE_MIN_YEAR && year <= RP_SCHEDULE_MAX_YEAR);
  g_return_if_fail (viewer_time_zone != NULL);
  g_return_if_fail (attended != NULL || n_attended == 0);

  n_days = g_date_get_days_in_month (month, year);
  first = g_date_time_new (viewer_time_zone, year, month, 1, 0, 0, 0);
  /* Two days either side: an occurrence whose date (in its own zone)
   * falls in the month may start just outside it for the viewer, and its
   * attendance must then not be put on the month's first or last day. */
  from = rp_agenda_day_start (first, viewer_time_zone, -2);
  to = rp_agenda_day_start (first, viewer_time_zone, n_days + 2);
  items = rp_agenda_collect (meetings, from, to, viewer_time_zone);

  attended_set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < n_attended; i++)
    {
      gint64 *key;

      if (!g_date_valid (&attended[i].date))
        continue;

      key = g_new (gint64, 1);
      *key = attendance_key (attended[i].meeting_id, &attended[i].date);
      g_hash_table_add (attended_set, key);
    }

  matched = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < items->len; i++)
    {
      const RpAgendaItem *item = g_ptr_array_index (items, i);
      g_autoptr(GDateTime) start = g_date_time_to_timezone (item->start, viewer_time_zone);
      gint64 key = attendance_key (rp_meeting_get_id (item->meeting), &item->date);
      gpointer stored_key = NULL;
      gboolean in_month;

      in_month = (g_date_time_get_year (start) == (int) year &&
                  g_date_time_get_month (start) == (int) month);

      /* The set owns its keys; the matched set borrows them. */
      if (g_hash_table_lookup_extended (attended_set, &key, &stored_key, NULL))
        {
          g_hash_table_add (matched, stored_key);
          if (in_month)
            marks[g_date_time_get_day_of_month (start)] |= RP_DAY_MARK_ATTENDED;
        }

      if (in_month)
        marks[g_date_time_get_day_of_month (start)] |= RP_DAY_MARK_MEETING;
    }

  for (guint i = 0; i < n_attended; i++)
    {
      const GDate *date = &attended[i].date;
      gint64 key;

      if (!g_date_valid (date))
        continue;

      key = attendance_key (attended[i].meeting_id, date);
      if (g_hash_table_contains (matched, &key))
        continue;

      if (g_date_get_year (date) == year && g_date_get_month (date) == month)
        marks[g_date_get_day (date)] |= RP_DAY_MARK_ATTENDED;
    }
}
