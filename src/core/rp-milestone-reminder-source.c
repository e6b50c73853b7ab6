/* rp-milestone-reminder-source.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The morning of each clean-time milestone (24 hours, 30 days … every
 * year, see rp_clean_time_milestones()), for every recovery date: one
 * reminder at a local time of day (9:00 unless Preferences says
 * otherwise), useful until the end of that day. It reads a list model of
 * RpRecovery (the store's) and follows its changes, so it needs no store:
 * a deleted date reminds of nothing, a reset moves the milestones. */

#define G_LOG_DOMAIN "rp-reminder"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-clean-time.h"
#include "rp-milestone-reminder-source.h"
#include "rp-recovery.h"
#include "rp-schedule-private.h"

#define MINUTES_PER_DAY (24 * 60)

struct _RpMilestoneReminderSource
{
  GObject     parent_instance;

  GListModel *recoveries;
  gboolean    enabled;
  int         minute_of_day;
  GTimeZone  *time_zone;
};

static void reminder_source_iface_init (RpReminderSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpMilestoneReminderSource, rp_milestone_reminder_source,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RP_TYPE_REMINDER_SOURCE,
                                                      reminder_source_iface_init))

enum {
  PROP_0,
  PROP_ENABLED,
  PROP_MINUTE_OF_DAY,
  PROP_TIME_ZONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static void
collect_recovery (RpMilestoneReminderSource *self,
                  RpRecovery                *recovery,
                  const GDate               *first,
                  const GDate               *last,
                  GDateTime                 *from,
                  GDateTime                 *until,
                  GPtrArray                 *out)
{
  g_autoptr(GArray) milestones = NULL;

  if (!g_date_valid (rp_recovery_get_start_date (recovery)))
    return;

  milestones = rp_clean_time_milestones (rp_recovery_get_start_date (recovery), first, last);
  for (guint i = 0; i < milestones->len; i++)
    {
      const RpCleanTimeMilestone *milestone = &g_array_index (milestones, RpCleanTimeMilestone, i);
      g_autoptr(GDateTime) due = NULL;
      g_autoptr(GDateTime) day_end = NULL;
      g_autofree char *what = NULL;
      GDate next_day = milestone->date;
      RpReminder *reminder;

      g_date_add_days (&next_day, 1);
      /* A time in a spring-forward gap takes the offset from before it,
       * as the daily reminders do. */
      due = rp_schedule_wall_time_to_date_time (self->time_zone, &milestone->date,
                                                (guint) self->minute_of_day);
      day_end = rp_schedule_wall_time_to_date_time (self->time_zone, &next_day, 0);
      if (due == NULL || day_end == NULL)
        continue;

      if (g_date_time_compare (due, until) >= 0 || g_date_time_compare (day_end, from) <= 0)
        continue;

      reminder = rp_reminder_new (RP_REMINDER_MILESTONE, rp_recovery_get_id (recovery),
                                  due, self->time_zone, day_end, 0);
      reminder->date = milestone->date;
      what = rp_clean_time_milestone_label (milestone);
      /* Translators: a milestone notification's title when not private:
       * the milestone ("90 days"), then what the clean date is for */
      reminder->title = g_strdup_printf (C_("milestone reminder", "%s · %s"),
                                         what, rp_recovery_get_label (recovery));
      g_ptr_array_add (out, reminder);
    }
}

static void
rp_milestone_reminder_source_collect (RpReminderSource *source,
                                      GDateTime        *from,
                                      GDateTime        *until,
                                      GPtrArray        *out)
{
  RpMilestoneReminderSource *self = RP_MILESTONE_REMINDER_SOURCE (source);
  guint n_items;
  GDate first;
  GDate last;

  if (!self->enabled || self->minute_of_day < 0 || self->recoveries == NULL)
    return;

  /* Each reminder is due on its day and useful until its end, so the
   * days of @from and @until bound them. */
  local_date (from, self->time_zone, &first);
  local_date (until, self->time_zone, &last);

  n_items = g_list_model_get_n_items (self->recoveries);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RpRecovery) recovery = g_list_model_get_item (self->recoveries, i);

      collect_recovery (self, recovery, &first, &last, from, until, out);
    }
}

static void
reminder_source_iface_init (RpReminderSourceInterface *iface)
{
  iface->collect = rp_milestone_reminder_source_collect;
}

static void
items_changed_cb (RpMilestoneReminderSource *self)
{
  rp_reminder_source_emit_changed (RP_REMINDER_SOURCE (self));
}

static void
rp_milestone_reminder_source_dispose (GObject *object)
{
  RpMilestoneReminderSource *self = RP_MILESTONE_REMINDER_SOURCE (object);

  if (self->recoveries != NULL)
    g_signal_handlers_disconnect_by_func (self->recoveries, items_changed_cb, self);
  g_clear_object (&self->recoveries);

  G_OBJECT_CLASS (rp_milestone_reminder_source_parent_class)->dispose (object);
}

static void
rp_milestone_reminder_source_finalize (GObject *object)
{
  RpMilestoneReminderSource *self = RP_MILESTONE_REMINDER_SOURCE (object);

  g_clear_pointer (&self->time_zone, g_time_zone_unref);

  G_OBJECT_CLASS (rp_milestone_reminder_source_parent_class)->finalize (object);
}

static void
rp_milestone_reminder_source_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  RpMilestoneReminderSource *self = RP_MILESTONE_REMINDER_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_MINUTE_OF_DAY:
      g_value_set_int (value, self->minute_of_day);
      break;
    case PROP_TIME_ZONE:
      g_value_set_boxed (value, self->time_zone);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_milestone_reminder_source_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  RpMilestoneReminderSource *self = RP_MILESTONE_REMINDER_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      rp_milestone_reminder_source_set_enabled (self, g_value_get_boolean (value));
      break;
    case PROP_MINUTE_OF_DAY:
      rp_milestone_reminder_source_set_minute_of_day (self, g_value_get_int (value));
      break;
    case PROP_TIME_ZONE:
      rp_milestone_reminder_source_set_time_zone (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_milestone_reminder_source_class_init (RpMilestoneReminderSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = rp_milestone_reminder_source_dispose;
  object_class->finalize = rp_milestone_reminder_source_finalize;
  object_class->get_property = rp_milestone_reminder_source_get_property;
  object_class->set_property = rp_milestone_reminder_source_set_property;

  /**
   * RpMilestoneReminderSource:enabled:
   *
   * Whether milestones are reminded of at all (Preferences).
   */
  properties[PROP_ENABLED] = g_param_spec_boolean ("enabled", NULL, NULL, TRUE, rw);

  /**
   * RpMilestoneReminderSource:minute-of-day:
   *
   * When on the milestone's day, in minutes after midnight (local time).
   */
  properties[PROP_MINUTE_OF_DAY] =
    g_param_spec_int ("minute-of-day", NULL, NULL, 0, MINUTES_PER_DAY - 1,
                      RP_MILESTONE_REMINDER_DEFAULT_MINUTE, rw);

  /**
   * RpMilestoneReminderSource:time-zone:
   *
   * The zone whose days count; the local one unless set.
   */
  properties[PROP_TIME_ZONE] =
    g_param_spec_boxed ("time-zone", NULL, NULL, G_TYPE_TIME_ZONE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_milestone_reminder_source_init (RpMilestoneReminderSource *self)
{
  self->enabled = TRUE;
  self->minute_of_day = RP_MILESTONE_REMINDER_DEFAULT_MINUTE;
  self->time_zone = g_time_zone_new_local ();
}

/**
 * rp_milestone_reminder_source_new:
 * @recoveries: (nullable): a #GListModel of #RpRecovery, followed as it
 *   changes (rp_store_get_recoveries())
 *
 * Returns: (transfer full): a source, on at 9:00 local time
 */
RpMilestoneReminderSource *
rp_milestone_reminder_source_new (GListModel *recoveries)
{
  RpMilestoneReminderSource *self;

  g_return_val_if_fail (recoveries == NULL || G_IS_LIST_MODEL (recoveries), NULL);

  self = g_object_new (RP_TYPE_MILESTONE_REMINDER_SOURCE, NULL);
  if (recoveries != NULL)
    {
      self->recoveries = g_object_ref (recoveries);
      g_signal_connect_swapped (recoveries, "items-changed",
                                G_CALLBACK (items_changed_cb), self);
    }

  return self;
}

gboolean
rp_milestone_reminder_source_get_enabled (RpMilestoneReminderSource *self)
{
  g_return_val_if_fail (RP_IS_MILESTONE_REMINDER_SOURCE (self), FALSE);

  return self->enabled;
}

/**
 * rp_milestone_reminder_source_set_enabled:
 *
 * Emits ::changed when it changed.
 */
void
rp_milestone_reminder_source_set_enabled (RpMilestoneReminderSource *self,
                                          gboolean                   enabled)
{
  g_return_if_fail (RP_IS_MILESTONE_REMINDER_SOURCE (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
  rp_reminder_source_emit_changed (RP_REMINDER_SOURCE (self));
}

int
rp_milestone_reminder_source_get_minute_of_day (RpMilestoneReminderSource *self)
{
  g_return_val_if_fail (RP_IS_MILESTONE_REMINDER_SOURCE (self), -1);

  return self->minute_of_day;
}

/**
 * rp_milestone_reminder_source_set_minute_of_day:
 * @minute_of_day: 0..1439
 *
 * Emits ::changed when it changed.
 */
void
rp_milestone_reminder_source_set_minute_of_day (RpMilestoneReminderSource *self,
                                                int                        minute_of_day)
{
  g_return_if_fail (RP_IS_MILESTONE_REMINDER_SOURCE (self));
  g_return_if_fail (minute_of_day >= 0 && minute_of_day < MINUTES_PER_DAY);

  if (self->minute_of_day == minute_of_day)
    return;

  self->minute_of_day = minute_of_day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTE_OF_DAY]);
  rp_reminder_source_emit_changed (RP_REMINDER_SOURCE (self));
}

/**
 * rp_milestone_reminder_source_set_time_zone:
 * @time_zone: (nullable): the zone whose days count; %NULL for the local one
 *
 * Emits ::changed.
 */
void
rp_milestone_reminder_source_set_time_zone (RpMilestoneReminderSource *self,
                                            GTimeZone                 *time_zone)
{
  g_return_if_fail (RP_IS_MILESTONE_REMINDER_SOURCE (self));

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  self->time_zone = time_zone != NULL ? g_time_zone_ref (time_zone) : g_time_zone_new_local ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_ZONE]);
  rp_reminder_source_emit_changed (RP_REMINDER_SOURCE (self));
}
