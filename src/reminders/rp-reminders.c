/* rp-reminders.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReminders delivers reminders on time, once.
 *
 * It asks the planner (rp-reminder-plan, pure) what is due now and when
 * the next reminder is, shows what is due, and arms ONE timer for the
 * next one (rp-reminders-timer.c). Between two reminders the process
 * does not wake up: nothing polls. It plans again when
 *  - the timer fires;
 *  - a reminder source changes (meetings edited, a setting changed);
 *  - the wall clock is set (the timer is a CLOCK_REALTIME timerfd with
 *    TFD_TIMER_CANCEL_ON_SET, which the kernel cancels on a jump);
 *  - the computer resumes from suspend, or the time zone changes
 *    (#RpTimeWatch);
 *  - a notification server appears after reminders could not be shown.
 *
 * Once: each reminder is claimed in the database (kind, id, occurrence)
 * before it is shown, in one statement, so a restart or a second process
 * on the same data never shows it again. Never lost: with no notification
 * server the claim is "pending", and the window shows it when it opens,
 * or it is shown as soon as a server appears, whichever comes first.
 */

#define G_LOG_DOMAIN "rp-reminders"

#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "rp-milestone-reminder-source.h"
#include "rp-reminder-plan.h"
#include "rp-reminders.h"
#include "rp-reminders-private.h"
#include "rp-reminder-settings.h"
#include "rp-time-watch.h"
#include "rp-uri-policy.h"

/* How far back fired records matter: the longest lead time (a week) plus
 * the longest meeting (a day), and a day to spare. */
#define FIRED_LOOKBACK (9 * G_TIME_SPAN_DAY)

/* Fired records older than this are deleted, once a day. */
#define FIRED_KEEP (30 * G_TIME_SPAN_DAY)

enum {
  PROP_0,
  PROP_PRIVATE,
  N_PROPS
};

enum {
  OPEN,
  CALL_SPONSOR,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RpReminders, rp_reminders, G_TYPE_OBJECT)

/* --- showing ------------------------------------------------------------- */

static void
tell_no_server_once (RpReminders  *self,
                     const GError *error)
{
  if (self->told_no_server)
    return;

  self->told_no_server = TRUE;
  /* No user data here: only why notifications cannot be shown. */
  g_message ("No notification server answered (%s); reminders wait for the window",
             error != NULL ? error->message : "unavailable");
}

static gboolean
join_link_allowed (RpMeeting *meeting)
{
  const char *url = rp_meeting_get_online_url (meeting);

  /* Plain http asks first in the window; a notification cannot ask. */
  return url != NULL && rp_uri_policy_check (url, NULL) == RP_URI_VERDICT_ALLOWED;
}

static GStrv
build_actions (RpReminders      *self,
               const RpReminder *reminder)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_add_many (builder, RP_REMINDER_ACTION_OPEN, _("Open"), NULL);
  if (reminder->meeting != NULL && !self->private_text && join_link_allowed (reminder->meeting))
    g_strv_builder_add_many (builder, RP_REMINDER_ACTION_JOIN, _("Join"), NULL);
  /* Translators: a button on a reminder; keep it short */
  g_strv_builder_add_many (builder, RP_REMINDER_ACTION_SNOOZE, _("Snooze 10 min"), NULL);
  if (reminder->kind == RP_REMINDER_MEETING)
    g_strv_builder_add_many (builder, RP_REMINDER_ACTION_GOING, _("I’m Going"), NULL);
  if (rp_store_get_has_sponsor (self->store))
    g_strv_builder_add_many (builder, RP_REMINDER_ACTION_CALL_SPONSOR, _("Call Sponsor"), NULL);

  return g_strv_builder_end (builder);
}

static void
deliver (RpReminders      *self,
         const RpReminder *reminder,
         GDateTime        *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autofree char *key = rp_reminder_dup_key (reminder);
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;
  g_auto(GStrv) actions = NULL;
  gboolean claimed = FALSE;

  if (!rp_notifier_get_available (self->notifier))
    {
      if (!rp_store_claim_reminder (self->store, reminder, RP_FIRED_REMINDER_PENDING, now,
                                    &claimed, &error))
        g_message ("Could not keep a reminder for later: %s", error->message);
      return;
    }

  if (!rp_store_claim_reminder (self->store, reminder, RP_FIRED_REMINDER_SHOWN, now,
                                &claimed, &error))
    {
      /* Not shown rather than shown twice: the next plan tries again. */
      g_message ("Could not record a reminder: %s", error->message);
      return;
    }
  if (!claimed)
    return;  /* another Reprieve process showed it */

  rp_reminder_format (reminder, self->private_text, now, local, &summary, &body);
  actions = build_actions (self, reminder);

  if (!rp_notifier_show (self->notifier, key, summary, body,
                         (const char * const *) actions, &error))
    {
      g_autoptr(GError) store_error = NULL;

      tell_no_server_once (self, error);
      if (!rp_store_set_reminder_pending (self->store, reminder, now, &store_error))
        g_message ("Could not keep a reminder for later: %s", store_error->message);
      return;
    }

  g_debug ("Reminder shown %.3f s after it was due",
           g_date_time_difference (now, reminder->due) / (double) G_TIME_SPAN_SECOND);
  g_hash_table_replace (self->shown, g_steal_pointer (&key), rp_reminder_copy (reminder));
}

/* Forgets the notifications whose event is over: their actions no longer
 * make sense, and the table stays small. */
static void
forget_finished (RpReminders *self,
                 GDateTime   *now)
{
  GHashTableIter iter;
  RpReminder *reminder;

  g_hash_table_iter_init (&iter, self->shown);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &reminder))
    {
      if (g_date_time_compare (reminder->event_end, now) <= 0)
        g_hash_table_iter_remove (&iter);
    }
}

static void
forget_old_records (RpReminders *self,
                    GDateTime   *now)
{
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GError) error = NULL;

  if (self->last_forget != NULL &&
      g_date_time_difference (now, self->last_forget) < G_TIME_SPAN_DAY)
    return;

  before = g_date_time_add (now, -FIRED_KEEP);
  if (!rp_store_forget_fired_reminders (self->store, before, &error))
    g_debug ("Could not delete old reminder records: %s", error->message);

  g_clear_pointer (&self->last_forget, g_date_time_unref);
  self->last_forget = g_date_time_ref (now);
}

/**
 * rp_reminders_plan:
 *
 * Shows what is due now and arms the timer for the next reminder. Called
 * by the timer and the change signals; callers that know something
 * changed (another process wrote the data) may call it too.
 */
void
rp_reminders_plan (RpReminders *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) since = NULL;
  g_autoptr(GPtrArray) fired = NULL;
  g_autoptr(RpReminderPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *due;

  g_return_if_fail (RP_IS_REMINDERS (self));

  g_clear_handle_id (&self->plan_idle_id, g_source_remove);

  now = rp_clock_now (self->clock);
  since = g_date_time_add (now, -FIRED_LOOKBACK);
  fired = rp_store_list_fired_reminders (self->store, since, &error);
  if (fired == NULL)
    {
      /* Without the records a reminder could be shown twice: wait for
       * the next change or a minute, whichever comes first. */
      g_message ("Could not read which reminders were shown: %s", error->message);
      g_clear_pointer (&self->wake_up, g_date_time_unref);
      self->wake_up = g_date_time_add_minutes (now, 1);
      rp_reminders_arm_timer (self);
      return;
    }

  /* With a server there, reminders that could not be shown before are
   * due again, if they are still useful. */
  if (rp_notifier_get_available (self->notifier))
    {
      for (guint i = fired->len; i > 0; i--)
        {
          RpFiredReminder *record = g_ptr_array_index (fired, i - 1);

          if (record->state == RP_FIRED_REMINDER_PENDING)
            g_ptr_array_remove_index (fired, i - 1);
        }
    }

  plan = rp_reminder_plan_new (self->sources, fired, now);
  due = rp_reminder_plan_get_due (plan);
  for (guint i = 0; i < due->len; i++)
    deliver (self, g_ptr_array_index (due, i), now);

  forget_finished (self, now);
  forget_old_records (self, now);

  g_clear_pointer (&self->wake_up, g_date_time_unref);
  self->wake_up = g_date_time_ref (rp_reminder_plan_get_wake_up (plan));
  g_debug ("Next wake-up in %" G_GINT64_FORMAT " s",
           g_date_time_difference (self->wake_up, now) / G_TIME_SPAN_SECOND);
  rp_reminders_arm_timer (self);
}

static gboolean
plan_idle_cb (gpointer user_data)
{
  RpReminders *self = user_data;

  self->plan_idle_id = 0;
  rp_reminders_plan (self);

  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (an import, a settings page): plan once after. */
static void
queue_plan (RpReminders *self)
{
  if (self->plan_idle_id == 0)
    self->plan_idle_id = g_idle_add (plan_idle_cb, self);
}

/* --- actions ------------------------------------------------------------- */

static void
launch_uri_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_message ("Could not open the meeting’s link: %s", error->message);
}

static void
action_invoked_cb (RpNotifier *notifier,
                   const char *id,
                   const char *action,
                   gpointer    user_data)
{
  RpReminders *self = user_data;
  RpReminder *reminder = g_hash_table_lookup (self->shown, id);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  if (reminder == NULL)
    return;

  if (g_str_equal (action, RP_REMINDER_ACTION_OPEN))
    {
      date = rp_schedule_format_storage_date (&reminder->date);
      g_signal_emit (self, signals[OPEN], 0, reminder->kind, reminder->source_id, date);
    }
  else if (g_str_equal (action, RP_REMINDER_ACTION_SNOOZE))
    {
      g_autoptr(GDateTime) now = rp_clock_now (self->clock);
      g_autoptr(GDateTime) until = g_date_time_add_minutes (now, RP_REMINDER_SNOOZE_MINUTES);

      if (!rp_store_snooze_reminder (self->store, reminder, until, &error))
        g_message ("Could not snooze a reminder: %s", error->message);
      g_hash_table_remove (self->shown, id);
      queue_plan (self);
    }
  else if (g_str_equal (action, RP_REMINDER_ACTION_GOING))
    {
      if (reminder->kind == RP_REMINDER_MEETING &&
          !rp_store_set_attendance (self->store, reminder->source_id, &reminder->date,
                                    RP_ATTENDANCE_ATTENDED, NULL, &error))
        g_message ("Could not record the attendance: %s", error->message);
    }
  else if (g_str_equal (action, RP_REMINDER_ACTION_JOIN))
    {
      if (reminder->meeting != NULL && join_link_allowed (reminder->meeting))
        g_app_info_launch_default_for_uri_async (rp_meeting_get_online_url (reminder->meeting),
                                                 NULL, NULL, launch_uri_cb, NULL);
    }
  else if (g_str_equal (action, RP_REMINDER_ACTION_CALL_SPONSOR))
    {
      g_signal_emit (self, signals[CALL_SPONSOR], 0);
    }
}

/* --- what makes it plan again ------------------------------------------- */

static void
source_changed_cb (RpReminderSource *source,
                   gpointer          user_data)
{
  queue_plan (RP_REMINDERS (user_data));
}

static void
available_changed_cb (RpNotifier *notifier,
                      GParamSpec *pspec,
                      gpointer    user_data)
{
  RpReminders *self = user_data;

  if (rp_notifier_get_available (notifier))
    {
      self->told_no_server = FALSE;
      queue_plan (self);
    }
}

static void
clock_jumped_cb (RpClock  *clock,
                 gpointer  user_data)
{
  rp_reminders_plan (RP_REMINDERS (user_data));
}

static void
time_changed_cb (RpTimeWatch *watch,
                 gpointer     user_data)
{
  queue_plan (RP_REMINDERS (user_data));
}

/* --- the object ---------------------------------------------------------- */

/**
 * rp_reminders_new:
 * @store: the data
 * @clock: what time it is
 * @notifier: where reminders are shown
 *
 * Starts delivering reminders for My meetings: what is due (or was missed
 * and is still useful) is shown from the main loop's next idle moment.
 *
 * Returns: (transfer full): the reminders
 */
RpReminders *
rp_reminders_new (RpStore    *store,
                  RpClock    *clock,
                  RpNotifier *notifier)
{
  RpReminders *self;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (RP_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (RP_IS_NOTIFIER (notifier), NULL);

  self = g_object_new (RP_TYPE_REMINDERS, NULL);
  self->store = g_object_ref (store);
  self->clock = g_object_ref (clock);
  self->notifier = g_object_ref (notifier);

  g_signal_connect_object (notifier, "action-invoked",
                           G_CALLBACK (action_invoked_cb), self, 0);
  g_signal_connect_object (notifier, "notify::available",
                           G_CALLBACK (available_changed_cb), self, 0);
  g_signal_connect_object (clock, "jumped", G_CALLBACK (clock_jumped_cb), self, 0);

  self->meeting_source = rp_meeting_reminder_source_new (rp_store_get_meetings (store));
  rp_reminders_add_source (self, RP_REMINDER_SOURCE (self->meeting_source));

  /* A fixed clock (tests) is moved by hand: the system's changes are not
   * its changes. */
  if (!rp_clock_is_fixed (clock))
    {
      self->time_watch = rp_time_watch_new ();
      g_signal_connect_object (self->time_watch, "changed",
                               G_CALLBACK (time_changed_cb), self, 0);
    }

  queue_plan (self);

  return self;
}

static gboolean
minutes_from_setting (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  int minutes = g_variant_get_int32 (variant);

  g_value_set_uint (value, (guint) CLAMP (minutes, 0, RP_MEETING_MAX_REMINDER_MINUTES));

  return TRUE;
}

/**
 * rp_reminders_bind_settings:
 * @settings: the application's settings
 *
 * Follows Preferences: `meeting-reminders`, `default-reminder-minutes`,
 * `private-notifications`, the daily reading's reminder
 * (`daily-reading-reminder` at `daily-reading-time`), the clean-time
 * milestones' (`milestone-reminders` at `milestone-time`) and the daily
 * check-in's (`check-in-reminder` at `check-in-time`).
 */
void
rp_reminders_bind_settings (RpReminders *self,
                            GSettings   *settings)
{
  g_return_if_fail (RP_IS_REMINDERS (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_settings_bind (settings, "meeting-reminders",
                   self->meeting_source, "enabled", G_SETTINGS_BIND_GET);
  g_settings_bind_with_mapping (settings, "default-reminder-minutes",
                                self->meeting_source, "default-lead-minutes",
                                G_SETTINGS_BIND_GET,
                                minutes_from_setting, NULL, NULL, NULL);
  g_settings_bind (settings, "private-notifications",
                   self, "private", G_SETTINGS_BIND_GET);

  if (self->reading_source == NULL)
    {
      /* Translators: the title of the daily reading's reminder */
      self->reading_source = rp_reminder_settings_new_daily_source (settings, RP_REMINDER_READING,
                                                                    _("Today’s Reading"),
                                                                    "daily-reading-reminder",
                                                                    "daily-reading-time");
      rp_reminders_add_source (self, RP_REMINDER_SOURCE (self->reading_source));
    }

  if (self->milestone_source == NULL)
    {
      self->milestone_source =
        rp_milestone_reminder_source_new (rp_store_get_recoveries (self->store));
      g_settings_bind (settings, "milestone-reminders",
                       self->milestone_source, "enabled", G_SETTINGS_BIND_GET);
      g_settings_bind (settings, "milestone-time",
                       self->milestone_source, "minute-of-day", G_SETTINGS_BIND_GET);
      rp_reminders_add_source (self, RP_REMINDER_SOURCE (self->milestone_source));
    }

  if (self->check_in_source == NULL)
    {
      /* Translators: the title of the daily check-in's reminder */
      self->check_in_source = rp_reminder_settings_new_daily_source (settings,
                                                                     RP_REMINDER_CHECK_IN,
                                                                     _("Daily Check-In"),
                                                                     "check-in-reminder",
                                                                     "check-in-time");
      rp_reminders_add_source (self, RP_REMINDER_SOURCE (self->check_in_source));
    }
}

/**
 * rp_reminders_add_source:
 * @source: something else that reminds (the daily reading, the check-in,
 *   milestones)
 *
 * The extension point: @source's reminders are planned, shown and
 * recorded like the meetings', and its ::changed plans again.
 */
void
rp_reminders_add_source (RpReminders      *self,
                         RpReminderSource *source)
{
  g_return_if_fail (RP_IS_REMINDERS (self));
  g_return_if_fail (RP_IS_REMINDER_SOURCE (source));

  g_ptr_array_add (self->sources, g_object_ref (source));
  g_signal_connect_object (source, "changed", G_CALLBACK (source_changed_cb), self, 0);
  queue_plan (self);
}

/**
 * rp_reminders_get_meeting_source:
 *
 * Returns: (transfer none): the source of My meetings' reminders
 */
RpMeetingReminderSource *
rp_reminders_get_meeting_source (RpReminders *self)
{
  g_return_val_if_fail (RP_IS_REMINDERS (self), NULL);

  return self->meeting_source;
}

gboolean
rp_reminders_get_private (RpReminders *self)
{
  g_return_val_if_fail (RP_IS_REMINDERS (self), TRUE);

  return self->private_text;
}

void
rp_reminders_set_private (RpReminders *self,
                          gboolean     private_text)
{
  g_return_if_fail (RP_IS_REMINDERS (self));

  private_text = !!private_text;
  if (self->private_text == (guint) private_text)
    return;

  self->private_text = private_text;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIVATE]);
}

/**
 * rp_reminders_get_wake_up:
 *
 * Returns: (transfer none) (nullable): when the timer fires next, or
 *   %NULL before the first plan
 */
GDateTime *
rp_reminders_get_wake_up (RpReminders *self)
{
  g_return_val_if_fail (RP_IS_REMINDERS (self), NULL);

  return self->wake_up;
}

static void
rp_reminders_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RpReminders *self = RP_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_PRIVATE:
      g_value_set_boolean (value, self->private_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_reminders_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RpReminders *self = RP_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_PRIVATE:
      rp_reminders_set_private (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_reminders_dispose (GObject *object)
{
  RpReminders *self = RP_REMINDERS (object);

  g_clear_object (&self->time_watch);
  g_clear_handle_id (&self->plan_idle_id, g_source_remove);
  g_clear_handle_id (&self->timer_source_id, g_source_remove);
  if (self->timer_fd >= 0)
    {
      close (self->timer_fd);
      self->timer_fd = -1;
    }

  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_object (&self->meeting_source);
  g_clear_object (&self->reading_source);
  g_clear_object (&self->milestone_source);
  g_clear_object (&self->check_in_source);
  g_clear_object (&self->notifier);
  g_clear_object (&self->clock);
  g_clear_object (&self->store);
  g_clear_pointer (&self->shown, g_hash_table_unref);

  G_OBJECT_CLASS (rp_reminders_parent_class)->dispose (object);
}

static void
rp_reminders_finalize (GObject *object)
{
  RpReminders *self = RP_REMINDERS (object);

  g_clear_pointer (&self->wake_up, g_date_time_unref);
  g_clear_pointer (&self->last_forget, g_date_time_unref);

  G_OBJECT_CLASS (rp_reminders_parent_class)->finalize (object);
}

static void
rp_reminders_class_init (RpRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = rp_reminders_get_property;
  object_class->set_property = rp_reminders_set_property;
  object_class->dispose = rp_reminders_dispose;
  object_class->finalize = rp_reminders_finalize;

  /**
   * RpReminders:private:
   *
   * Whether notifications name no meeting, place or person.
   */
  properties[PROP_PRIVATE] =
    g_param_spec_boolean ("private", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RpReminders::open:
   * @kind: the #RpReminderKind
   * @source_id: the meeting's (or other source's) id
   * @date: the occurrence's date, "YYYY-MM-DD"
   *
   * The user chose Open on a reminder: show what it is about.
   */
  signals[OPEN] = g_signal_new ("open",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL,
                                G_TYPE_NONE, 3,
                                G_TYPE_INT, G_TYPE_INT64, G_TYPE_STRING);

  /**
   * RpReminders::call-sponsor:
   *
   * The user chose Call Sponsor on a reminder.
   */
  signals[CALL_SPONSOR] = g_signal_new ("call-sponsor",
                                        G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 0);
}

static void
rp_reminders_init (RpReminders *self)
{
  self->private_text = TRUE;
  self->timer_fd = -1;
  self->sources = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) rp_reminder_free);
}
