/* rp-milestone-list.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpMilestoneList: the Progress page's subpage for one clean date — the
 * milestones reached (with their dates and a check mark), the next few to
 * come, and the history: the current period and every past one with its
 * dates and length, never hidden. Built when it is pushed. */

#define G_LOG_DOMAIN "rp-milestone-list"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-clean-time.h"
#include "rp-clean-time-text.h"
#include "rp-milestone-list.h"

/* How many coming milestones are listed. */
#define N_COMING 5

struct _RpMilestoneList
{
  AdwBin               parent_instance;

  AdwPreferencesGroup *milestones_group;
  AdwPreferencesGroup *history_group;
};

G_DEFINE_FINAL_TYPE (RpMilestoneList, rp_milestone_list, ADW_TYPE_BIN)

static void
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *icon_name,
         const char          *icon_label)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (icon_name != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, icon_label, -1);
      gtk_widget_add_css_class (icon, "success");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  adw_preferences_group_add (group, row);
}

static void
add_milestones (RpMilestoneList *self,
                const GDate     *start,
                const GDate     *today)
{
  g_autoptr(GArray) reached = rp_clean_time_milestones (start, start, today);
  g_autoptr(GArray) coming = NULL;
  GDate first = *today;
  GDate last = *today;

  for (guint i = 0; i < reached->len; i++)
    {
      const RpCleanTimeMilestone *milestone = &g_array_index (reached, RpCleanTimeMilestone, i);
      g_autofree char *what = rp_clean_time_milestone_label (milestone);
      g_autofree char *when = rp_clean_time_text_date (&milestone->date);

      add_row (self->milestones_group, what, when, "object-select-symbolic", _("Reached"));
    }

  g_date_add_days (&first, 1);
  g_date_add_years (&last, N_COMING + 1);
  coming = rp_clean_time_milestones (start, &first, &last);
  for (guint i = 0; i < MIN (coming->len, N_COMING); i++)
    {
      const RpCleanTimeMilestone *milestone = &g_array_index (coming, RpCleanTimeMilestone, i);
      g_autofree char *what = rp_clean_time_milestone_label (milestone);
      g_autofree char *when = rp_clean_time_text_date (&milestone->date);
      /* Translators: a coming milestone's date, "on 1/31/27" */
      g_autofree char *subtitle = g_strdup_printf (_("Coming on %s"), when);

      add_row (self->milestones_group, what, subtitle, NULL, NULL);
    }
}

static void
add_history (RpMilestoneList *self,
             RpStore         *store,
             RpRecovery      *recovery,
             GDateTime       *now)
{
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(GError) error = NULL;
  const GDate *start = rp_recovery_get_start_date (recovery);
  g_autofree char *length = rp_clean_time_format_days (rp_clean_time_days (start, now,
                                                                           g_date_time_get_timezone (now)));
  g_autofree char *since = rp_clean_time_text_date (start);
  /* Translators: the current period of clean time, "since 1/31/25" */
  g_autofree char *current = g_strdup_printf (_("Now, since %s"), since);

  add_row (self->history_group, length, current, NULL, NULL);

  periods = rp_store_list_recovery_periods (store, rp_recovery_get_id (recovery), &error);
  if (periods == NULL)
    {
      g_message ("Could not read a clean date's history: %s", error->message);
      return;
    }

  for (guint i = 0; i < periods->len; i++)
    {
      RpRecoveryPeriod *period = g_ptr_array_index (periods, i);
      g_autofree char *days = rp_clean_time_format_days (rp_recovery_period_get_days (period));
      g_autofree char *from = rp_clean_time_text_date (&period->start_date);
      g_autofree char *to = rp_clean_time_text_date (&period->end_date);
      g_autofree char *dates = NULL;
      g_autofree char *subtitle = NULL;

      /* Translators: a past period's first and last day, "1/31/25 – 8/31/25" */
      dates = g_strdup_printf (_("%s – %s"), from, to);
      if (period->note != NULL && period->note[0] != '\0')
        subtitle = g_strdup_printf ("%s\n%s", dates, period->note);
      add_row (self->history_group, days, subtitle != NULL ? subtitle : dates, NULL, NULL);
    }
}

/**
 * rp_milestone_list_new:
 * @store: where the history is read
 * @watch: (nullable): what "today" is
 * @recovery: the clean date
 *
 * Returns: (transfer floating): the list, for rp_progress_page_push()
 */
GtkWidget *
rp_milestone_list_new (RpStore    *store,
                       RpDayWatch *watch,
                       RpRecovery *recovery)
{
  RpMilestoneList *self;
  g_autoptr(GDateTime) now = NULL;
  GDate today;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (RP_IS_RECOVERY (recovery), NULL);

  self = g_object_new (RP_TYPE_MILESTONE_LIST, NULL);
  now = watch != NULL ? rp_day_watch_dup_now (watch) : g_date_time_new_now_local ();
  rp_clean_time_today (now, g_date_time_get_timezone (now), &today);

  add_milestones (self, rp_recovery_get_start_date (recovery), &today);
  add_history (self, store, recovery, now);

  return GTK_WIDGET (self);
}

static void
rp_milestone_list_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_MILESTONE_LIST);

  G_OBJECT_CLASS (rp_milestone_list_parent_class)->dispose (object);
}

static void
rp_milestone_list_class_init (RpMilestoneListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_milestone_list_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-milestone-list.ui");
  gtk_widget_class_bind_template_child (widget_class, RpMilestoneList, milestones_group);
  gtk_widget_class_bind_template_child (widget_class, RpMilestoneList, history_group);
}

static void
rp_milestone_list_init (RpMilestoneList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
