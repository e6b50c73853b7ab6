/* rp-attendance-history.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpAttendanceHistory: the "Attendance History" group of the meeting
 * detail: one row per recorded occurrence, newest first (date, attended or
 * missed, the note), or a row saying nothing is recorded yet. */

#define G_LOG_DOMAIN "rp-attendance-history"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-attendance-history.h"
#include "rp-meeting.h"

struct _RpAttendanceHistory
{
  AdwPreferencesGroup  parent_instance;

  GtkWidget           *empty_row;

  GPtrArray           *rows;
};

G_DEFINE_FINAL_TYPE (RpAttendanceHistory, rp_attendance_history, ADW_TYPE_PREFERENCES_GROUP)

static GtkWidget *
new_record_row (const RpAttendanceRecord *record)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_get_year (&record->date),
                                                     g_date_get_month (&record->date),
                                                     g_date_get_day (&record->date), 12, 0, 0);
  /* Translators: a date in the attendance history, g_date_time_format() notation */
  g_autofree char *date = noon != NULL ? g_date_time_format (noon, C_("attendance", "%a %-d %B %Y"))
                                       : g_strdup ("");
  const char *status = record->status == RP_ATTENDANCE_ATTENDED ? _("Attended") : _("Missed");
  g_autofree char *subtitle = NULL;

  if (record->note != NULL)
    /* Translators: attended or missed, then the user's note */
    subtitle = g_strdup_printf (C_("attendance", "%s — %s"), status, record->note);

  /* Notes are the user's text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : status);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row),
                                record->status == RP_ATTENDANCE_ATTENDED ? "object-select-symbolic"
                                                                         : "window-close-symbolic");

  return row;
}

static void
rp_attendance_history_dispose (GObject *object)
{
  RpAttendanceHistory *self = RP_ATTENDANCE_HISTORY (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_ATTENDANCE_HISTORY);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (rp_attendance_history_parent_class)->dispose (object);
}

static void
rp_attendance_history_class_init (RpAttendanceHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_attendance_history_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-attendance-history.ui");
  gtk_widget_class_bind_template_child (widget_class, RpAttendanceHistory, empty_row);
}

static void
rp_attendance_history_init (RpAttendanceHistory *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
}

GtkWidget *
rp_attendance_history_new (void)
{
  return g_object_new (RP_TYPE_ATTENDANCE_HISTORY, NULL);
}

/**
 * rp_attendance_history_set_records:
 * @records: (element-type RpAttendanceRecord): from
 *   rp_store_get_attendance_history(), newest first
 */
void
rp_attendance_history_set_records (RpAttendanceHistory *self,
                                   GPtrArray           *records)
{
  g_return_if_fail (RP_IS_ATTENDANCE_HISTORY (self));
  g_return_if_fail (records != NULL);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < records->len; i++)
    {
      GtkWidget *row = new_record_row (g_ptr_array_index (records, i));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (self->empty_row, records->len == 0);
}

guint
rp_attendance_history_get_n_records (RpAttendanceHistory *self)
{
  g_return_val_if_fail (RP_IS_ATTENDANCE_HISTORY (self), 0);

  return self->rows->len;
}
