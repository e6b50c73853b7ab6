/* rp-weekdays-row.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpWeekdaysRow: the meeting editor's "Days" row, one toggle button per
 * weekday (Monday first, as RpWeekdays counts), emitting "changed" when the
 * user toggles one. Each button is named "weekday-N" after its GDateWeekday
 * and carries the full day's name as tooltip and accessible label. */

#define G_LOG_DOMAIN "rp-weekdays-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-weekdays-row.h"

struct _RpWeekdaysRow
{
  AdwPreferencesRow  parent_instance;

  GtkFlowBox        *flow_box;
  GtkToggleButton   *buttons[G_DATE_SUNDAY + 1];

  gboolean           setting;
};

G_DEFINE_FINAL_TYPE (RpWeekdaysRow, rp_weekdays_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Indexed by GDateWeekday. */
static const char * const short_names[] = {
  NULL,
  /* Translators: the weekday buttons of the meeting editor; keep them short */
  NC_ ("weekday button", "Mon"), NC_ ("weekday button", "Tue"), NC_ ("weekday button", "Wed"),
  NC_ ("weekday button", "Thu"), NC_ ("weekday button", "Fri"), NC_ ("weekday button", "Sat"),
  NC_ ("weekday button", "Sun"),
};

static const char * const long_names[] = {
  NULL,
  NC_ ("weekday", "Monday"), NC_ ("weekday", "Tuesday"), NC_ ("weekday", "Wednesday"),
  NC_ ("weekday", "Thursday"), NC_ ("weekday", "Friday"), NC_ ("weekday", "Saturday"),
  NC_ ("weekday", "Sunday"),
};

static void
toggled_cb (RpWeekdaysRow *self)
{
  if (!self->setting)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
rp_weekdays_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_WEEKDAYS_ROW);

  G_OBJECT_CLASS (rp_weekdays_row_parent_class)->dispose (object);
}

static void
rp_weekdays_row_class_init (RpWeekdaysRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_weekdays_row_dispose;

  /**
   * RpWeekdaysRow::changed:
   *
   * The user chose or unchose a day.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-weekdays-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RpWeekdaysRow, flow_box);
}

static void
rp_weekdays_row_init (RpWeekdaysRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    {
      const char *label = g_dpgettext2 (GETTEXT_PACKAGE, "weekday button", short_names[day]);
      const char *name = g_dpgettext2 (GETTEXT_PACKAGE, "weekday", long_names[day]);
      g_autofree char *widget_name = g_strdup_printf ("weekday-%d", day);
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      gtk_widget_set_name (button, widget_name);
      /* Round, so that seven fit in a line from about 330 px. */
      gtk_widget_add_css_class (button, "circular");
      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_signal_connect_object (button, "toggled", G_CALLBACK (toggled_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_flow_box_append (self->flow_box, button);
      /* The button takes the focus, not the flow box's child around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      self->buttons[day] = GTK_TOGGLE_BUTTON (button);
    }
}

GtkWidget *
rp_weekdays_row_new (void)
{
  return g_object_new (RP_TYPE_WEEKDAYS_ROW, NULL);
}

RpWeekdays
rp_weekdays_row_get_weekdays (RpWeekdaysRow *self)
{
  RpWeekdays weekdays = RP_WEEKDAYS_NONE;

  g_return_val_if_fail (RP_IS_WEEKDAYS_ROW (self), RP_WEEKDAYS_NONE);

  for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    {
      if (gtk_toggle_button_get_active (self->buttons[day]))
        weekdays |= RP_WEEKDAY_BIT (day);
    }

  return weekdays;
}

/**
 * rp_weekdays_row_set_weekdays:
 *
 * Does not emit "changed".
 */
void
rp_weekdays_row_set_weekdays (RpWeekdaysRow *self,
                              RpWeekdays     weekdays)
{
  g_return_if_fail (RP_IS_WEEKDAYS_ROW (self));

  self->setting = TRUE;
  for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    gtk_toggle_button_set_active (self->buttons[day], (weekdays & RP_WEEKDAY_BIT (day)) != 0);
  self->setting = FALSE;
}

/**
 * rp_weekdays_row_set_compact:
 * @compact: whether the window is narrow
 *
 * Narrow, the days wrap four and three rather than six and one.
 */
void
rp_weekdays_row_set_compact (RpWeekdaysRow *self,
                             gboolean       compact)
{
  g_return_if_fail (RP_IS_WEEKDAYS_ROW (self));

  gtk_flow_box_set_max_children_per_line (self->flow_box, compact ? 4 : 7);
}
