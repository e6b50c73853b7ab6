/* rp-meeting-reminder-source.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reminders of My meetings: one before each occurrence, by the
 * meeting's own lead time or the default one from Preferences, unless the
 * meeting's reminder is off or all meeting reminders are. It reads the
 * store's list model of meetings, so an edit, an archive or a delete
 * changes what it collects; the reminders timer owns it. */

#define G_LOG_DOMAIN "rp-reminder"

#include "config.h"

#include "rp-meeting-reminder-source.h"

struct _RpMeetingReminderSource
{
  GObject     parent_instance;

  GListModel *meetings;
  guint       default_lead_minutes;
  gboolean    enabled;
};

static void reminder_source_iface_init (RpReminderSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpMeetingReminderSource, rp_meeting_reminder_source, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RP_TYPE_REMINDER_SOURCE,
                                                      reminder_source_iface_init))

enum {
  PROP_0,
  PROP_MEETINGS,
  PROP_DEFAULT_LEAD_MINUTES,
  PROP_ENABLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_meeting_reminders (RpMeetingReminderSource *self,
                       RpMeeting               *meeting,
                       GDateTime               *from,
                       GDateTime               *until,
                       GPtrArray               *out)
{
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GDateTime) last_start = NULL;
  RpSchedule *schedule = rp_meeting_get_schedule (meeting);
  int reminder = rp_meeting_get_reminder (meeting);
  int lead;

  /* The store lists active meetings only; a model from elsewhere may not. */
  if (schedule == NULL || rp_meeting_get_archived (meeting) || reminder == RP_MEETING_REMINDER_OFF)
    return;

  lead = reminder == RP_MEETING_REMINDER_DEFAULT ? (int) self->default_lead_minutes : reminder;
  if (lead < 0)
    return;

  /* Due before @until means starting before @until + lead; the schedule
   * already gives the occurrences that end after @from, those in
   * progress included. */
  last_start = g_date_time_add_minutes (until, lead);
  occurrences = rp_schedule_occurrences (schedule, from, last_start, G_MAXUINT);

  for (guint i = 0; i < occurrences->len; i++)
    {
      const RpOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      RpReminder *reminder_item;

      reminder_item = rp_reminder_new (RP_REMINDER_MEETING, rp_meeting_get_id (meeting),
                                       occurrence->start, rp_schedule_get_time_zone (schedule),
                                       occurrence->end, lead);
      /* The occurrence's date is the key of its attendance; keep the
       * schedule's, whatever the time of day. */
      reminder_item->date = occurrence->date;
      reminder_item->meeting = g_object_ref (meeting);

      if (g_date_time_compare (reminder_item->due, until) >= 0 ||
          g_date_time_compare (reminder_item->event_end, from) <= 0)
        {
          rp_reminder_free (reminder_item);
          continue;
        }

      g_ptr_array_add (out, reminder_item);
    }
}

static void
rp_meeting_reminder_source_collect (RpReminderSource *source,
                                    GDateTime        *from,
                                    GDateTime        *until,
                                    GPtrArray        *out)
{
  RpMeetingReminderSource *self = RP_MEETING_REMINDER_SOURCE (source);
  guint n_meetings;

  if (!self->enabled || self->meetings == NULL)
    return;

  n_meetings = g_list_model_get_n_items (self->meetings);
  for (guint i = 0; i < n_meetings; i++)
    {
      g_autoptr(RpMeeting) meeting = g_list_model_get_item (self->meetings, i);

      add_meeting_reminders (self, meeting, from, until, out);
    }
}

static void
reminder_source_iface_init (RpReminderSourceInterface *iface)
{
  iface->collect = rp_meeting_reminder_source_collect;
}

static void
items_changed_cb (RpMeetingReminderSource *self,
                  guint                    position,
                  guint                    removed,
                  guint                    added,
                  GListModel              *model)
{
  rp_reminder_source_emit_changed (RP_REMINDER_SOURCE (self));
}

static void
set_meetings (RpMeetingReminderSource *self,
              GListModel              *meetings)
{
  if (meetings == NULL)
    return;

  self->meetings = g_object_ref (meetings);
  g_signal_connect_object (meetings, "items-changed", G_CALLBACK (items_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
rp_meeting_reminder_source_dispose (GObject *object)
{
  RpMeetingReminderSource *self = RP_MEETING_REMINDER_SOURCE (object);

  g_clear_object (&self->meetings);

  G_OBJECT_CLASS (rp_meeting_reminder_source_parent_class)->dispose (object);
}

static void
rp_meeting_reminder_source_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  RpMeetingReminderSource *self = RP_MEETING_REMINDER_SOURCE (object);

  switch (prop_id)
    {
    case PROP_MEETINGS:
      g_value_set_object (value, self->meetings);
      break;

    case PROP_DEFAULT_LEAD_MINUTES:
      g_value_set_uint (value, self->default_lead_minutes);
      break;

    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_meeting_reminder_source_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  RpMeetingReminderSource *self = RP_MEETING_REMINDER_SOURCE (object);

  switch (prop_id)
    {
    case PROP_MEETINGS:
      set_meetings (self, g_value_get_object (value));
      break;

    case PROP_DEFAULT_LEAD_MINUTES:
      rp_meeting_reminder_source_set_default_lead_minutes (self, g_value_get_uint (value));
      break;

    case PROP_ENABLED:
      rp_meeting_reminder_source_set_enabled (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_meeting_reminder_source_class_init (RpMeetingReminderSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rp_meeting_reminder_source_dispose;
  object_class->get_property = rp_meeting_reminder_source_get_property;
  object_class->set_property = rp_meeting_reminder_source_set_property;

  /**
   * RpMeetingReminderSource:meetings:
   *
   * The meetings (#RpMeeting), such as rp_store_get_meetings().
   */
  properties[PROP_MEETINGS] =
    g_param_spec_object ("meetings", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RpMeetingReminderSource:default-lead-minutes:
   *
   * The lead time of meetings whose reminder is
   * %RP_MEETING_REMINDER_DEFAULT.
   */
  properties[PROP_DEFAULT_LEAD_MINUTES] =
    g_param_spec_uint ("default-lead-minutes", NULL, NULL,
                       0, RP_MEETING_MAX_REMINDER_MINUTES, RP_REMINDER_DEFAULT_LEAD_MINUTES,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RpMeetingReminderSource:enabled:
   *
   * Whether meetings remind at all (Preferences); off, nothing is
   * collected.
   */
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_meeting_reminder_source_init (RpMeetingReminderSource *self)
{
  self->default_lead_minutes = RP_REMINDER_DEFAULT_LEAD_MINUTES;
  self->enabled = TRUE;
}

/**
 * rp_meeting_reminder_source_new:
 * @meetings: a #GListModel of #RpMeeting, such as rp_store_get_meetings()
 *
 * Returns: (transfer full): a source of reminders before each occurrence
 *   of @meetings; it emits ::changed when the model's items change
 */
RpMeetingReminderSource *
rp_meeting_reminder_source_new (GListModel *meetings)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (meetings), NULL);

  return g_object_new (RP_TYPE_MEETING_REMINDER_SOURCE,
                       "meetings", meetings,
                       NULL);
}

/**
 * rp_meeting_reminder_source_get_default_lead_minutes:
 * @self: a #RpMeetingReminderSource
 *
 * Returns: the lead time of meetings that use the default
 */
guint
rp_meeting_reminder_source_get_default_lead_minutes (RpMeetingReminderSource *self)
{
  g_return_val_if_fail (RP_IS_MEETING_REMINDER_SOURCE (self), 0);

  return self->default_lead_minutes;
}

/**
 * rp_meeting_reminder_source_set_default_lead_minutes:
 * @self: a #RpMeetingReminderSource
 * @minutes: 0..%RP_MEETING_MAX_REMINDER_MINUTES
 *
 * Sets the default lead time; emits ::changed when it changed.
 */
void
rp_meeting_reminder_source_set_default_lead_minutes (RpMeetingReminderSource *self,
                                                     guint                    minutes)
{
  g_return_if_fail (RP_IS_MEETING_REMINDER_SOURCE (self));
  g_return_if_fail (minutes <= RP_MEETING_MAX_REMINDER_MINUTES);

  if (self->default_lead_minutes == minutes)
    return;

  self->default_lead_minutes = minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFAULT_LEAD_MINUTES]);
  rp_reminder_source_emit_changed (RP_REMINDER_SOURCE (self));
}

/**
 * rp_meeting_reminder_source_get_enabled:
 * @self: a #RpMeetingReminderSource
 *
 * Returns: whether meetings remind at all
 */
gboolean
rp_meeting_reminder_source_get_enabled (RpMeetingReminderSource *self)
{
  g_return_val_if_fail (RP_IS_MEETING_REMINDER_SOURCE (self), FALSE);

  return self->enabled;
}

/**
 * rp_meeting_reminder_source_set_enabled:
 * @self: a #RpMeetingReminderSource
 * @enabled: whether meetings remind at all
 *
 * Emits ::changed when it changed.
 */
void
rp_meeting_reminder_source_set_enabled (RpMeetingReminderSource *self,
                                        gboolean                 enabled)
{
  g_return_if_fail (RP_IS_MEETING_REMINDER_SOURCE (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
  rp_reminder_source_emit_changed (RP_REMINDER_SOURCE (self));
}
