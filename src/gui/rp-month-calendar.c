/* rp-month-calendar.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpMonthCalendar is the Meetings page's month view: a grid of six weeks
 * whose days show a dot when a meeting starts on them and a check when the
 * user went to one (rp_agenda_mark_month() works that out, with the store's
 * attendance), today outlined, and the selected day's meetings listed
 * below, each opening the meeting's detail. "now" is the clock for tests. */

#define G_LOG_DOMAIN "rp-month-calendar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rp-agenda-row.h"
#include "rp-month-calendar.h"
#include "rp-week.h"

#define N_CELLS 42

typedef struct
{
  GtkWidget *button;
  GtkWidget *number;
  GtkWidget *dot;
  GtkWidget *check;
  GDate      date;
} DayCell;

struct _RpMonthCalendar
{
  AdwBin        parent_instance;

  RpStore      *store;
  GDateTime    *now;
  GDate         shown_month;
  GDate         selected;
  /* Until the user picks a day, the selection follows today. */
  gboolean      day_chosen;
  GDateWeekday  first_weekday;
  RpDayMarks    marks[32];
  GArray       *attended;
  GtkSizeGroup *times_group;
  DayCell       cells[N_CELLS];

  GtkLabel     *month_label;
  GtkGrid      *grid;
  GtkLabel     *day_label;
  GtkListBox   *day_list;
  GtkWidget    *day_empty_label;
};

G_DEFINE_FINAL_TYPE (RpMonthCalendar, rp_month_calendar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_NOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
current_time (RpMonthCalendar *self)
{
  return self->now != NULL ? g_date_time_ref (self->now) : g_date_time_new_now_local ();
}

static void
get_today (RpMonthCalendar *self,
           GTimeZone       *viewer,
           GDate           *today)
{
  g_autoptr(GDateTime) now = current_time (self);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (now, viewer);

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

static GDateTime *
date_start (const GDate *date,
            GTimeZone   *viewer)
{
  return g_date_time_new (viewer, g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), 0, 0, 0);
}

static char *
format_date (const GDate *date,
             GTimeZone   *viewer,
             const char  *format)
{
  g_autoptr(GDateTime) start = date_start (date, viewer);

  return g_date_time_format (start, format);
}

static gboolean
is_attended (RpMonthCalendar *self,
             gint64           meeting_id,
             const GDate     *date)
{
  if (self->attended == NULL)
    return FALSE;

  for (guint i = 0; i < self->attended->len; i++)
    {
      const RpAttendanceKey *key = &g_array_index (self->attended, RpAttendanceKey, i);

      if (key->meeting_id == meeting_id && g_date_compare (&key->date, date) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
refresh_day (RpMonthCalendar *self,
             GTimeZone       *viewer)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *heading = NULL;
  guint n_rows = 0;

  clear_list (self->day_list);

  /* Translators: the selected day above its meetings, in
   * g_date_time_format() notation: “Monday 23 November” */
  heading = format_date (&self->selected, viewer, C_("calendar day heading", "%A %-d %B"));
  gtk_label_set_label (self->day_label, heading);

  if (self->store != NULL)
    {
      now = current_time (self);
      from = date_start (&self->selected, viewer);
      to = rp_agenda_day_start (from, viewer, 1);
      items = rp_agenda_collect (rp_store_get_meetings (self->store), from, to, viewer);

      for (guint i = 0; i < items->len; i++)
        {
          const RpAgendaItem *item = g_ptr_array_index (items, i);
          RpAgendaRowFlags flags;
          GtkWidget *row;

          /* One that began the evening before belongs to that day. */
          if (g_date_time_compare (item->start, from) < 0)
            continue;

          flags = RP_AGENDA_ROW_NONE;
          if (g_date_time_compare (item->end, now) > 0)
            flags |= RP_AGENDA_ROW_CAN_JOIN;
          if (g_date_time_compare (item->start, now) <= 0 &&
              g_date_time_compare (item->end, now) > 0)
            flags |= RP_AGENDA_ROW_IN_PROGRESS;
          row = rp_agenda_row_new (item, flags, self->times_group);
          rp_agenda_row_set_attended (RP_AGENDA_ROW (row),
                                      is_attended (self, rp_meeting_get_id (item->meeting),
                                                   &item->date));
          gtk_list_box_append (self->day_list, row);
          n_rows++;
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->day_list), n_rows > 0);
  gtk_widget_set_visible (self->day_empty_label, n_rows == 0);
}

static void
set_class (GtkWidget  *widget,
           const char *css_class,
           gboolean    enabled)
{
  if (enabled)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
load_marks (RpMonthCalendar *self,
            GTimeZone       *viewer)
{
  g_autoptr(GError) error = NULL;
  GDateYear year = g_date_get_year (&self->shown_month);
  GDateMonth month = g_date_get_month (&self->shown_month);
  GDate from = self->shown_month;
  GDate to = self->shown_month;

  g_clear_pointer (&self->attended, g_array_unref);
  memset (self->marks, 0, sizeof self->marks);

  if (self->store == NULL)
    return;

  /* Two days either side, as rp_agenda_mark_month() asks. */
  g_date_subtract_days (&from, 2);
  g_date_add_days (&to, g_date_get_days_in_month (month, year) + 1);
  self->attended = rp_store_get_attended (self->store, &from, &to, &error);
  if (self->attended == NULL)
    /* Days still show their meetings; the checks come back on the next
     * refresh. No user data in the message. */
    g_debug ("Could not read attendance: %s", error->message);

  rp_agenda_mark_month (rp_store_get_meetings (self->store), year, month, viewer,
                        self->attended != NULL ? (RpAttendanceKey *) self->attended->data : NULL,
                        self->attended != NULL ? self->attended->len : 0,
                        self->marks);
}

static void
refresh_grid (RpMonthCalendar *self,
              GTimeZone       *viewer)
{
  g_autofree char *month_text = NULL;
  GDate today;
  GDate date;
  guint offset;

  get_today (self, viewer, &today);

  /* Translators: the month shown by the calendar, in g_date_time_format()
   * notation (%OB is the month's name on its own): “November 2026” */
  month_text = format_date (&self->shown_month, viewer, C_("calendar heading", "%OB %Y"));
  gtk_label_set_label (self->month_label, month_text);

  load_marks (self, viewer);

  date = self->shown_month;
  offset = (g_date_get_weekday (&date) - self->first_weekday + 7) % 7;
  g_date_subtract_days (&date, offset);

  for (guint i = 0; i < N_CELLS; i++, g_date_add_days (&date, 1))
    {
      DayCell *cell = &self->cells[i];
      g_autofree char *number = g_strdup_printf ("%u", g_date_get_day (&date));
      g_autofree char *name = NULL;
      g_autofree char *accessible = NULL;
      gboolean in_month = g_date_get_month (&date) == g_date_get_month (&self->shown_month);
      RpDayMarks marks = in_month ? self->marks[g_date_get_day (&date)] : RP_DAY_MARK_NONE;

      cell->date = date;
      gtk_label_set_label (GTK_LABEL (cell->number), number);
      set_class (cell->button, "other-month", !in_month);
      set_class (cell->button, "today", g_date_compare (&date, &today) == 0);
      set_class (cell->button, "selected", g_date_compare (&date, &self->selected) == 0);
      gtk_widget_set_visible (cell->check, (marks & RP_DAY_MARK_ATTENDED) != 0);
      gtk_widget_set_visible (cell->dot, marks == RP_DAY_MARK_MEETING);

      /* Translators: a day of the calendar, read to screen reader users,
       * in g_date_time_format() notation */
      name = format_date (&date, viewer, C_("calendar day", "%A %-d %B %Y"));
      if (marks & RP_DAY_MARK_ATTENDED)
        /* Translators: a calendar day on which the user went to a meeting */
        accessible = g_strdup_printf (_("%s, attended a meeting"), name);
      else if (marks & RP_DAY_MARK_MEETING)
        /* Translators: a calendar day with a meeting */
        accessible = g_strdup_printf (_("%s, meeting day"), name);
      else
        accessible = g_steal_pointer (&name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell->button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
    }
}

/**
 * rp_month_calendar_refresh:
 * @self: a #RpMonthCalendar
 *
 * Reads the marks and the selected day's meetings again, for the current
 * time (#RpMonthCalendar:now or the clock).
 */
void
rp_month_calendar_refresh (RpMonthCalendar *self)
{
  g_autoptr(GTimeZone) viewer = g_time_zone_new_local ();

  g_return_if_fail (RP_IS_MONTH_CALENDAR (self));

  if (!self->day_chosen)
    {
      get_today (self, viewer, &self->selected);
      self->shown_month = self->selected;
      g_date_set_day (&self->shown_month, 1);
    }

  refresh_grid (self, viewer);
  refresh_day (self, viewer);
}

/**
 * rp_month_calendar_select_date:
 * @self: a #RpMonthCalendar
 * @date: a date
 *
 * Selects @date, showing its month.
 */
void
rp_month_calendar_select_date (RpMonthCalendar *self,
                               const GDate     *date)
{
  g_return_if_fail (RP_IS_MONTH_CALENDAR (self));
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (g_date_get_year (date) >= RP_SCHEDULE_MIN_YEAR &&
                    g_date_get_year (date) <= RP_SCHEDULE_MAX_YEAR);

  self->day_chosen = TRUE;
  self->selected = *date;
  self->shown_month = *date;
  g_date_set_day (&self->shown_month, 1);

  rp_month_calendar_refresh (self);
}

const GDate *
rp_month_calendar_get_selected_date (RpMonthCalendar *self)
{
  g_return_val_if_fail (RP_IS_MONTH_CALENDAR (self), NULL);

  return &self->selected;
}

/**
 * rp_month_calendar_get_day_marks:
 * @self: a #RpMonthCalendar
 * @day: a day of the month shown, 1..31
 *
 * Returns: what the calendar shows on that day
 */
RpDayMarks
rp_month_calendar_get_day_marks (RpMonthCalendar *self,
                                 guint            day)
{
  g_return_val_if_fail (RP_IS_MONTH_CALENDAR (self), RP_DAY_MARK_NONE);
  g_return_val_if_fail (day >= 1 && day <= 31, RP_DAY_MARK_NONE);

  return self->marks[day];
}

static void
show_month (RpMonthCalendar *self,
            int              months)
{
  g_autoptr(GTimeZone) viewer = g_time_zone_new_local ();
  GDate month = self->shown_month;
  GDate today;

  if (months > 0)
    g_date_add_months (&month, months);
  else
    g_date_subtract_months (&month, -months);

  if (g_date_get_year (&month) < RP_SCHEDULE_MIN_YEAR ||
      g_date_get_year (&month) > RP_SCHEDULE_MAX_YEAR)
    return;

  /* Today when it is in that month, else the month's first day. */
  get_today (self, viewer, &today);
  if (g_date_get_month (&today) == g_date_get_month (&month) &&
      g_date_get_year (&today) == g_date_get_year (&month))
    rp_month_calendar_select_date (self, &today);
  else
    rp_month_calendar_select_date (self, &month);
}

static void
previous_month_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  show_month (RP_MONTH_CALENDAR (widget), -1);
}

static void
next_month_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  show_month (RP_MONTH_CALENDAR (widget), 1);
}

static void
today_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  RpMonthCalendar *self = RP_MONTH_CALENDAR (widget);

  self->day_chosen = FALSE;
  rp_month_calendar_refresh (self);
}

static void
day_clicked_cb (GtkButton       *button,
                RpMonthCalendar *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "rp-cell"));
  GDate date = self->cells[index].date;

  rp_month_calendar_select_date (self, &date);
}

static void
store_changed_cb (RpMonthCalendar *self)
{
  rp_month_calendar_refresh (self);
}

RpStore *
rp_month_calendar_get_store (RpMonthCalendar *self)
{
  g_return_val_if_fail (RP_IS_MONTH_CALENDAR (self), NULL);

  return self->store;
}

void
rp_month_calendar_set_store (RpMonthCalendar *self,
                             RpStore         *store)
{
  g_return_if_fail (RP_IS_MONTH_CALENDAR (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::meeting", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::attendance", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  rp_month_calendar_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * rp_month_calendar_get_now:
 * @self: a #RpMonthCalendar
 *
 * Returns: (transfer none) (nullable): the time the calendar is fixed at,
 *   or %NULL when it follows the clock
 */
GDateTime *
rp_month_calendar_get_now (RpMonthCalendar *self)
{
  g_return_val_if_fail (RP_IS_MONTH_CALENDAR (self), NULL);

  return self->now;
}

/* A new "now" selects its day only if the user has not chosen one: moving
 * on past midnight must not take them away from the day they look at. */
void
rp_month_calendar_set_now (RpMonthCalendar *self,
                           GDateTime       *now)
{
  g_return_if_fail (RP_IS_MONTH_CALENDAR (self));

  if (self->now == now ||
      (self->now != NULL && now != NULL && g_date_time_equal (self->now, now)))
    return;

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now != NULL ? g_date_time_ref (now) : NULL;

  rp_month_calendar_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOW]);
}

static void
build_grid (RpMonthCalendar *self)
{
  /* 23 November 2026 is a Monday: the weekdays' short names from it. */
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2026, 11, 23, 12, 0, 0);

  for (guint column = 0; column < 7; column++)
    {
      GDateWeekday weekday = (self->first_weekday - 1 + column) % 7 + 1;
      g_autoptr(GDateTime) day = g_date_time_add_days (monday, weekday - G_DATE_MONDAY);
      g_autofree char *name = g_date_time_format (day, "%a");
      g_autofree char *full_name = g_date_time_format (day, "%A");
      GtkWidget *label = gtk_label_new (name);

      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 4);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, full_name,
                                      -1);
      gtk_grid_attach (self->grid, label, (int) column, 0, 1, 1);
    }

  for (guint i = 0; i < N_CELLS; i++)
    {
      DayCell *cell = &self->cells[i];
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *marker = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      cell->number = gtk_label_new (NULL);
      gtk_widget_add_css_class (cell->number, "numeric");
      gtk_box_append (GTK_BOX (box), cell->number);

      /* The marker row keeps its height whether or not it shows
       * something, so the weeks stay aligned. */
      gtk_widget_set_halign (marker, GTK_ALIGN_CENTER);
      gtk_widget_set_size_request (marker, -1, 12);
      cell->dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      gtk_widget_set_valign (cell->dot, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (cell->dot, "meeting-dot");
      gtk_box_append (GTK_BOX (marker), cell->dot);
      cell->check = gtk_image_new_from_icon_name ("object-select-symbolic");
      gtk_image_set_pixel_size (GTK_IMAGE (cell->check), 12);
      gtk_widget_add_css_class (cell->check, "attended-check");
      gtk_box_append (GTK_BOX (marker), cell->check);
      gtk_box_append (GTK_BOX (box), marker);

      cell->button = gtk_button_new ();
      gtk_widget_set_halign (cell->button, GTK_ALIGN_CENTER);
      gtk_button_set_child (GTK_BUTTON (cell->button), box);
      gtk_widget_add_css_class (cell->button, "flat");
      gtk_widget_add_css_class (cell->button, "calendar-day");
      g_object_set_data (G_OBJECT (cell->button), "rp-cell", GUINT_TO_POINTER (i));
      g_signal_connect (cell->button, "clicked", G_CALLBACK (day_clicked_cb), self);
      gtk_grid_attach (self->grid, cell->button, (int) (i % 7), (int) (i / 7) + 1, 1, 1);
    }
}

static void
rp_month_calendar_dispose (GObject *object)
{
  RpMonthCalendar *self = RP_MONTH_CALENDAR (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_MONTH_CALENDAR);

  G_OBJECT_CLASS (rp_month_calendar_parent_class)->dispose (object);
}

static void
rp_month_calendar_finalize (GObject *object)
{
  RpMonthCalendar *self = RP_MONTH_CALENDAR (object);

  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->attended, g_array_unref);
  g_clear_object (&self->times_group);

  G_OBJECT_CLASS (rp_month_calendar_parent_class)->finalize (object);
}

static void
rp_month_calendar_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RpMonthCalendar *self = RP_MONTH_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_NOW:
      g_value_set_boxed (value, self->now);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_month_calendar_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RpMonthCalendar *self = RP_MONTH_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rp_month_calendar_set_store (self, g_value_get_object (value));
      break;

    case PROP_NOW:
      rp_month_calendar_set_now (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_month_calendar_class_init (RpMonthCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_month_calendar_dispose;
  object_class->finalize = rp_month_calendar_finalize;
  object_class->get_property = rp_month_calendar_get_property;
  object_class->set_property = rp_month_calendar_set_property;

  /**
   * RpMonthCalendar:store:
   *
   * Where My meetings and their attendance come from.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RP_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RpMonthCalendar:now:
   *
   * The time that decides "today"; %NULL (the default) follows the clock.
   */
  properties[PROP_NOW] =
    g_param_spec_boxed ("now", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-month-calendar.ui");
  gtk_widget_class_bind_template_child (widget_class, RpMonthCalendar, month_label);
  gtk_widget_class_bind_template_child (widget_class, RpMonthCalendar, grid);
  gtk_widget_class_bind_template_child (widget_class, RpMonthCalendar, day_label);
  gtk_widget_class_bind_template_child (widget_class, RpMonthCalendar, day_list);
  gtk_widget_class_bind_template_child (widget_class, RpMonthCalendar, day_empty_label);

  gtk_widget_class_install_action (widget_class, "calendar.previous-month", NULL,
                                   previous_month_cb);
  gtk_widget_class_install_action (widget_class, "calendar.next-month", NULL, next_month_cb);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, today_cb);
}

static void
rp_month_calendar_init (RpMonthCalendar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->shown_month, 1);
  g_date_clear (&self->selected, 1);
  self->first_weekday = rp_week_locale_first_day ();
  self->times_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  build_grid (self);

  rp_month_calendar_refresh (self);
}
