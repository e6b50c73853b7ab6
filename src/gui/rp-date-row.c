/* rp-date-row.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpDateRow: an entry row for a date written as YYYY-MM-DD (what the
 * meeting editor checks), with a calendar button beside it for those who
 * would rather pick the day. The calendar opens on the date typed, or on
 * today. */

#define G_LOG_DOMAIN "rp-date-row"

#include "config.h"

#include "rp-date-row.h"
#include "rp-schedule.h"

struct _RpDateRow
{
  AdwEntryRow  parent_instance;

  GtkPopover  *popover;
  GtkCalendar *calendar;

  gboolean     showing;
};

G_DEFINE_FINAL_TYPE (RpDateRow, rp_date_row, ADW_TYPE_ENTRY_ROW)

static void
popover_show_cb (RpDateRow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  g_autoptr(GDateTime) shown = NULL;
  GDate date;

  if (rp_schedule_parse_storage_date (text, &date, NULL))
    shown = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                   g_date_get_day (&date), 12, 0, 0);
  if (shown == NULL)
    shown = g_date_time_new_now_local ();

  /* Selecting the shown day is not the user's choice. */
  self->showing = TRUE;
  gtk_calendar_select_day (self->calendar, shown);
  self->showing = FALSE;
}

static void
day_selected_cb (RpDateRow *self)
{
  g_autoptr(GDateTime) chosen = NULL;

  if (self->showing)
    return;

  chosen = gtk_calendar_get_date (self->calendar);
  rp_date_row_choose_date (self, chosen);
}

static void
rp_date_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_DATE_ROW);

  G_OBJECT_CLASS (rp_date_row_parent_class)->dispose (object);
}

static void
rp_date_row_class_init (RpDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_date_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RpDateRow, popover);
  gtk_widget_class_bind_template_child (widget_class, RpDateRow, calendar);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
}

static void
rp_date_row_init (RpDateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rp_date_row_new (void)
{
  return g_object_new (RP_TYPE_DATE_ROW, NULL);
}

/**
 * rp_date_row_choose_date:
 * @date: the day to write in the row, as a click in the calendar does
 */
void
rp_date_row_choose_date (RpDateRow *self,
                         GDateTime *date)
{
  g_autofree char *text = NULL;

  g_return_if_fail (RP_IS_DATE_ROW (self));
  g_return_if_fail (date != NULL);

  text = g_date_time_format (date, "%Y-%m-%d");
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  gtk_popover_popdown (self->popover);
}
