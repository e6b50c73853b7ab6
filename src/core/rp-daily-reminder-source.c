/* rp-daily-reminder-source.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A reminder once a day at a time of the user's day: the daily reading
 * and the daily check-in. Off (minute -1) until the settings that own it
 * give it a time; what it is about (kind, source id, title) is fixed when
 * it is made. It is useful until the end of its day. */

#define G_LOG_DOMAIN "rp-reminder"

#include "config.h"

#include "rp-daily-reminder-source.h"
#include "rp-schedule-private.h"

#define MINUTES_PER_DAY (24 * 60)

struct _RpDailyReminderSource
{
  GObject         parent_instance;

  RpReminderKind  kind;
  gint64          source_id;
  char           *title;
  int             minute_of_day;
  GTimeZone      *time_zone;
};

static void reminder_source_iface_init (RpReminderSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpDailyReminderSource, rp_daily_reminder_source, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RP_TYPE_REMINDER_SOURCE,
                                                      reminder_source_iface_init))

enum {
  PROP_0,
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
rp_daily_reminder_source_collect (RpReminderSource *source,
                                  GDateTime        *from,
                                  GDateTime        *until,
                                  GPtrArray        *out)
{
  RpDailyReminderSource *self = RP_DAILY_REMINDER_SOURCE (source);
  GDate date;
  GDate last;

  if (self->minute_of_day < 0)
    return;

  local_date (from, self->time_zone, &date);
  local_date (until, self->time_zone, &last);

  /* Each day's reminder is due on that day and useful until its end, so
   * the days of @from and @until bound them. */
  for (; g_date_compare (&date, &last) <= 0; g_date_add_days (&date, 1))
    {
      g_autoptr(GDateTime) due = NULL;
      g_autoptr(GDateTime) day_end = NULL;
      GDate next_day = date;
      RpReminder *reminder;

      g_date_add_days (&next_day, 1);
      /* A time inside a spring-forward gap takes the offset from before
       * the gap, as meetings' times do; so does a skipped midnight. */
      due = rp_schedule_wall_time_to_date_time (self->time_zone, &date, (guint) self->minute_of_day);
      day_end = rp_schedule_wall_time_to_date_time (self->time_zone, &next_day, 0);
      if (due == NULL || day_end == NULL)
        continue;

      if (g_date_time_compare (due, until) >= 0 || g_date_time_compare (day_end, from) <= 0)
        continue;

      reminder = rp_reminder_new (self->kind, self->source_id, due, self->time_zone, day_end, 0);
      reminder->date = date;
      reminder->title = g_strdup (self->title);
      g_ptr_array_add (out, reminder);
    }
}

static void
reminder_source_iface_init (RpReminderSourceInterface *iface)
{
  iface->collect = rp_daily_reminder_source_collect;
}

static void
rp_daily_reminder_source_finalize (GObject *object)
{
  RpDailyReminderSource *self = RP_DAILY_REMINDER_SOURCE (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);

  G_OBJECT_CLASS (rp_daily_reminder_source_parent_class)->finalize (object);
}

static void
rp_daily_reminder_source_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  RpDailyReminderSource *self = RP_DAILY_REMINDER_SOURCE (object);

  switch (prop_id)
    {
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
rp_daily_reminder_source_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  RpDailyReminderSource *self = RP_DAILY_REMINDER_SOURCE (object);

  switch (prop_id)
    {
    case PROP_MINUTE_OF_DAY:
      rp_daily_reminder_source_set_minute_of_day (self, g_value_get_int (value));
      break;

    case PROP_TIME_ZONE:
      rp_daily_reminder_source_set_time_zone (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_daily_reminder_source_class_init (RpDailyReminderSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rp_daily_reminder_source_finalize;
  object_class->get_property = rp_daily_reminder_source_get_property;
  object_class->set_property = rp_daily_reminder_source_set_property;

  /**
   * RpDailyReminderSource:minute-of-day:
   *
   * When the reminder is due, in minutes after midnight (0..1439), or -1
   * for none.
   */
  properties[PROP_MINUTE_OF_DAY] =
    g_param_spec_int ("minute-of-day", NULL, NULL,
                      -1, MINUTES_PER_DAY - 1, -1,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  /**
   * RpDailyReminderSource:time-zone:
   *
   * The zone whose days count; the local one unless set (tests set it,
   * and the reminders timer when the system's zone changes).
   */
  properties[PROP_TIME_ZONE] =
    g_param_spec_boxed ("time-zone", NULL, NULL,
                        G_TYPE_TIME_ZONE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_daily_reminder_source_init (RpDailyReminderSource *self)
{
  self->minute_of_day = -1;
  self->time_zone = g_time_zone_new_local ();
}

/**
 * rp_daily_reminder_source_new:
 * @kind: what its reminders are about, such as %RP_REMINDER_READING
 * @source_id: their source id (see #RpReminderKind)
 * @title: (nullable): the summary of a non-private notification, already
 *   translated
 *
 * Returns: (transfer full): a daily source, off until
 *   rp_daily_reminder_source_set_minute_of_day() gives it a time
 */
RpDailyReminderSource *
rp_daily_reminder_source_new (RpReminderKind  kind,
                              gint64          source_id,
                              const char     *title)
{
  RpDailyReminderSource *self;

  g_return_val_if_fail (rp_reminder_kind_to_string (kind) != NULL, NULL);

  self = g_object_new (RP_TYPE_DAILY_REMINDER_SOURCE, NULL);
  self->kind = kind;
  self->source_id = source_id;
  self->title = g_strdup (title);

  return self;
}

/**
 * rp_daily_reminder_source_get_minute_of_day:
 * @self: a #RpDailyReminderSource
 *
 * Returns: when the reminder is due, in minutes after midnight, or -1
 */
int
rp_daily_reminder_source_get_minute_of_day (RpDailyReminderSource *self)
{
  g_return_val_if_fail (RP_IS_DAILY_REMINDER_SOURCE (self), -1);

  return self->minute_of_day;
}

/**
 * rp_daily_reminder_source_set_minute_of_day:
 * @self: a #RpDailyReminderSource
 * @minute_of_day: 0..1439, or -1 for no reminder
 *
 * Emits ::changed when it changed.
 */
void
rp_daily_reminder_source_set_minute_of_day (RpDailyReminderSource *self,
                                            int                    minute_of_day)
{
  g_return_if_fail (RP_IS_DAILY_REMINDER_SOURCE (self));
  g_return_if_fail (minute_of_day >= -1 && minute_of_day < MINUTES_PER_DAY);

  if (self->minute_of_day == minute_of_day)
    return;

  self->minute_of_day = minute_of_day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTE_OF_DAY]);
  rp_reminder_source_emit_changed (RP_REMINDER_SOURCE (self));
}

/* An IANA name names one set of rules; a local zone read from a file
 * (identifier "/etc/localtime" and the like) may have changed under the
 * same name, so only the same object is the same zone then. */
static gboolean
same_zone (GTimeZone *a,
           GTimeZone *b)
{
  const char *id_a = g_time_zone_get_identifier (a);

  if (a == b)
    return TRUE;

  return id_a[0] != '/' && id_a[0] != ':' &&
         g_strcmp0 (id_a, g_time_zone_get_identifier (b)) == 0;
}

/**
 * rp_daily_reminder_source_set_time_zone:
 * @self: a #RpDailyReminderSource
 * @time_zone: (nullable): the zone whose days count; %NULL for the local
 *   one
 *
 * Emits ::changed when it changed.
 */
void
rp_daily_reminder_source_set_time_zone (RpDailyReminderSource *self,
                                        GTimeZone             *time_zone)
{
  g_autoptr(GTimeZone) new_zone = NULL;

  g_return_if_fail (RP_IS_DAILY_REMINDER_SOURCE (self));

  new_zone = time_zone != NULL ? g_time_zone_ref (time_zone) : g_time_zone_new_local ();

  if (same_zone (new_zone, self->time_zone))
    return;

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  self->time_zone = g_steal_pointer (&new_zone);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_ZONE]);
  rp_reminder_source_emit_changed (RP_REMINDER_SOURCE (self));
}
