/* rp-reminder-plan.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reminder planner: from every source's reminders and the records of
 * those that already fired, what is due now and when to look again. Pure
 * and immutable: the reminders timer makes a new plan whenever a source,
 * the records or the clock changed, and arms one timer for its wake-up. */

#define G_LOG_DOMAIN "rp-reminder"

#include "config.h"

#include "rp-reminder-plan.h"

struct _RpReminderPlan
{
  grefcount  ref_count;

  GPtrArray *due;        /* RpReminder, sorted */
  GDateTime *next_due;   /* nullable */
  GDateTime *wake_up;
};

G_DEFINE_BOXED_TYPE (RpReminderPlan, rp_reminder_plan, rp_reminder_plan_ref, rp_reminder_plan_unref)

static int
compare_reminders (gconstpointer a,
                   gconstpointer b)
{
  const RpReminder *reminder_a = *(const RpReminder * const *) a;
  const RpReminder *reminder_b = *(const RpReminder * const *) b;

  return rp_reminder_compare (reminder_a, reminder_b);
}

/* Applies a reminder's fired record, if any. Returns FALSE when the
 * reminder is done: shown, waiting in the window, or snoozed past its
 * event's end. */
static gboolean
apply_fired_record (RpReminder *reminder,
                    GHashTable *fired_by_key)
{
  g_autofree char *key = rp_reminder_dup_key (reminder);
  const RpFiredReminder *record = g_hash_table_lookup (fired_by_key, key);

  if (record == NULL)
    return TRUE;

  switch (record->state)
    {
    case RP_FIRED_REMINDER_SNOOZED:
      if (record->snoozed_until == NULL ||
          g_date_time_compare (record->snoozed_until, reminder->event_end) >= 0)
        return FALSE;
      g_date_time_unref (reminder->due);
      reminder->due = g_date_time_ref (record->snoozed_until);
      reminder->snoozed = TRUE;
      return TRUE;

    case RP_FIRED_REMINDER_SHOWN:
    case RP_FIRED_REMINDER_PENDING:
    default:
      return FALSE;
    }
}

/**
 * rp_reminder_plan_new:
 * @sources: (element-type RpReminderSource): everything that reminds
 * @fired: (element-type RpFiredReminder) (nullable): the records of the
 *   reminders that fired; the caller picks which count (leave out PENDING
 *   ones to have them fire again)
 * @now: the current time
 *
 * Collects every source's reminders from @now to
 * %RP_REMINDER_PLAN_HORIZON later. A reminder with a shown or pending
 * record is done; a snoozed one is due at the end of its snooze, unless
 * that is at or after its event's end. Those due at or before @now are
 * the plan's due list, marked late when more than %RP_REMINDER_LATE_AFTER
 * late; reminders of events that already ended never are, since sources
 * give only reminders of events that end after @now.
 *
 * Returns: (transfer full): the plan
 */
RpReminderPlan *
rp_reminder_plan_new (GPtrArray *sources,
                      GPtrArray *fired,
                      GDateTime *now)
{
  g_autoptr(GPtrArray) collected = NULL;
  g_autoptr(GHashTable) fired_by_key = NULL;
  g_autoptr(GDateTime) until = NULL;
  RpReminderPlan *self;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  until = g_date_time_add (now, RP_REMINDER_PLAN_HORIZON);
  collected = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_reminder_free);
  for (guint i = 0; i < sources->len; i++)
    rp_reminder_source_collect (g_ptr_array_index (sources, i), now, until, collected);

  fired_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; fired != NULL && i < fired->len; i++)
    {
      const RpFiredReminder *record = g_ptr_array_index (fired, i);

      g_hash_table_replace (fired_by_key, rp_fired_reminder_dup_key (record), (gpointer) record);
    }

  self = g_new0 (RpReminderPlan, 1);
  g_ref_count_init (&self->ref_count);
  self->due = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_reminder_free);

  for (guint i = 0; i < collected->len; i++)
    {
      RpReminder *reminder = g_ptr_array_index (collected, i);

      if (!apply_fired_record (reminder, fired_by_key))
        continue;

      /* Sources promise it; a source of a later issue might slip. */
      if (g_date_time_compare (reminder->event_end, now) <= 0)
        continue;

      if (g_date_time_compare (reminder->due, now) <= 0)
        {
          reminder->late = g_date_time_difference (now, reminder->due) > RP_REMINDER_LATE_AFTER;
          g_ptr_array_add (self->due, g_steal_pointer (&collected->pdata[i]));
        }
      else if (self->next_due == NULL || g_date_time_compare (reminder->due, self->next_due) < 0)
        {
          g_clear_pointer (&self->next_due, g_date_time_unref);
          self->next_due = g_date_time_ref (reminder->due);
        }
    }

  g_ptr_array_sort (self->due, compare_reminders);
  self->wake_up = self->next_due != NULL ? g_date_time_ref (self->next_due)
                                         : g_date_time_ref (until);

  return self;
}

/**
 * rp_reminder_plan_ref:
 * @self: a #RpReminderPlan
 *
 * Returns: (transfer full): @self
 */
RpReminderPlan *
rp_reminder_plan_ref (RpReminderPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * rp_reminder_plan_unref:
 * @self: a #RpReminderPlan
 */
void
rp_reminder_plan_unref (RpReminderPlan *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->due, g_ptr_array_unref);
  g_clear_pointer (&self->next_due, g_date_time_unref);
  g_clear_pointer (&self->wake_up, g_date_time_unref);
  g_free (self);
}

/**
 * rp_reminder_plan_get_due:
 * @self: a #RpReminderPlan
 *
 * Returns: (transfer none) (element-type RpReminder): the reminders due
 *   now, earliest first; possibly empty
 */
GPtrArray *
rp_reminder_plan_get_due (RpReminderPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->due;
}

/**
 * rp_reminder_plan_get_next_due:
 * @self: a #RpReminderPlan
 *
 * Returns: (transfer none) (nullable): when the next reminder after now
 *   is due, or %NULL when none is within the horizon
 */
GDateTime *
rp_reminder_plan_get_next_due (RpReminderPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->next_due;
}

/**
 * rp_reminder_plan_get_wake_up:
 * @self: a #RpReminderPlan
 *
 * Returns: (transfer none): when to plan again: the next due moment, or
 *   the horizon when nothing is due before it
 */
GDateTime *
rp_reminder_plan_get_wake_up (RpReminderPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->wake_up;
}
