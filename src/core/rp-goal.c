/* rp-goal.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpGoal: a daily habit, a weekly target or a one-time goal, and what
 * counts for it automatically. Only the rule is kept here: the counts are
 * worked out by RpStore from the check-ins and the goal's source every
 * time, so editing the rule recounts the history. */

#define G_LOG_DOMAIN "rp-goal"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-goal.h"
#include "rp-text.h"

struct _RpGoal
{
  GObject       parent_instance;

  gint64        id;
  char         *title;
  RpGoalKind    kind;
  guint         weekly_target;
  RpGoalSource  source;
  GDate         start_date;
  GDate         due_date;
  GDate         completed_date;
  gboolean      archived;
  int           position;
};

G_DEFINE_FINAL_TYPE (RpGoal, rp_goal, G_TYPE_OBJECT)

G_DEFINE_QUARK (rp-goal-error-quark, rp_goal_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_KIND,
  PROP_WEEKLY_TARGET,
  PROP_SOURCE,
  PROP_START_DATE,
  PROP_DUE_DATE,
  PROP_COMPLETED_DATE,
  PROP_ARCHIVED,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rp_goal_finalize (GObject *object)
{
  RpGoal *self = RP_GOAL (object);

  g_free (self->title);

  G_OBJECT_CLASS (rp_goal_parent_class)->finalize (object);
}

static const GDate *
date_or_null (const GDate *date)
{
  return g_date_valid (date) ? date : NULL;
}

static void
rp_goal_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  RpGoal *self = RP_GOAL (object);

  switch (prop_id)
    {
    case PROP_ID:             g_value_set_int64 (value, self->id); break;
    case PROP_TITLE:          g_value_set_string (value, self->title); break;
    case PROP_KIND:           g_value_set_int (value, self->kind); break;
    case PROP_WEEKLY_TARGET:  g_value_set_uint (value, self->weekly_target); break;
    case PROP_SOURCE:         g_value_set_int (value, self->source); break;
    case PROP_START_DATE:     g_value_set_boxed (value, date_or_null (&self->start_date)); break;
    case PROP_DUE_DATE:       g_value_set_boxed (value, date_or_null (&self->due_date)); break;
    case PROP_COMPLETED_DATE: g_value_set_boxed (value, date_or_null (&self->completed_date)); break;
    case PROP_ARCHIVED:       g_value_set_boolean (value, self->archived); break;
    case PROP_POSITION:       g_value_set_int (value, self->position); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_goal_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  RpGoal *self = RP_GOAL (object);

  switch (prop_id)
    {
    case PROP_TITLE:          rp_goal_set_title (self, g_value_get_string (value)); break;
    case PROP_KIND:           rp_goal_set_kind (self, g_value_get_int (value)); break;
    case PROP_WEEKLY_TARGET:  rp_goal_set_weekly_target (self, g_value_get_uint (value)); break;
    case PROP_SOURCE:         rp_goal_set_source (self, g_value_get_int (value)); break;
    case PROP_START_DATE:     rp_goal_set_start_date (self, g_value_get_boxed (value)); break;
    case PROP_DUE_DATE:       rp_goal_set_due_date (self, g_value_get_boxed (value)); break;
    case PROP_COMPLETED_DATE: rp_goal_set_completed_date (self, g_value_get_boxed (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_goal_class_init (RpGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rp_goal_finalize;
  object_class->get_property = rp_goal_get_property;
  object_class->set_property = rp_goal_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, RP_GOAL_ONCE, 0, rw);
  properties[PROP_WEEKLY_TARGET] =
    g_param_spec_uint ("weekly-target", NULL, NULL, 0, G_MAXUINT, 3, rw);
  properties[PROP_SOURCE] =
    g_param_spec_int ("source", NULL, NULL, 0, RP_GOAL_N_SOURCES - 1, 0, rw);
  properties[PROP_START_DATE] = g_param_spec_boxed ("start-date", NULL, NULL, G_TYPE_DATE, rw);
  properties[PROP_DUE_DATE] = g_param_spec_boxed ("due-date", NULL, NULL, G_TYPE_DATE, rw);
  properties[PROP_COMPLETED_DATE] =
    g_param_spec_boxed ("completed-date", NULL, NULL, G_TYPE_DATE, rw);
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, ro);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, -1, G_MAXINT, -1, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_goal_init (RpGoal *self)
{
  self->weekly_target = 3;
  self->position = -1;
  g_date_clear (&self->start_date, 1);
  g_date_clear (&self->due_date, 1);
  g_date_clear (&self->completed_date, 1);
}

/**
 * rp_goal_new:
 * @start_date: (nullable): the first day counted
 *
 * Returns: (transfer full): a new goal counting nothing automatically,
 *   not stored
 */
RpGoal *
rp_goal_new (const char  *title,
             RpGoalKind   kind,
             const GDate *start_date)
{
  RpGoal *self = g_object_new (RP_TYPE_GOAL, NULL);

  self->title = g_strdup (title);
  self->kind = kind;
  if (start_date != NULL && g_date_valid (start_date))
    self->start_date = *start_date;

  return self;
}

/**
 * rp_goal_copy:
 *
 * Returns: (transfer full): a copy with the same id, for an editor to
 *   change without touching the model's item
 */
RpGoal *
rp_goal_copy (RpGoal *self)
{
  RpGoal *copy;

  g_return_val_if_fail (RP_IS_GOAL (self), NULL);

  copy = rp_goal_new (self->title, self->kind, &self->start_date);
  copy->id = self->id;
  copy->weekly_target = self->weekly_target;
  copy->source = self->source;
  copy->due_date = self->due_date;
  copy->completed_date = self->completed_date;
  copy->archived = self->archived;
  copy->position = self->position;

  return copy;
}

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  if (!g_date_valid (a) || !g_date_valid (b))
    return g_date_valid (a) == g_date_valid (b);

  return g_date_compare (a, b) == 0;
}

gboolean
rp_goal_equal (RpGoal *a,
               RpGoal *b)
{
  g_return_val_if_fail (RP_IS_GOAL (a) && RP_IS_GOAL (b), FALSE);

  return a->id == b->id &&
         g_strcmp0 (a->title, b->title) == 0 &&
         a->kind == b->kind &&
         a->weekly_target == b->weekly_target &&
         a->source == b->source &&
         dates_equal (&a->start_date, &b->start_date) &&
         dates_equal (&a->due_date, &b->due_date) &&
         dates_equal (&a->completed_date, &b->completed_date) &&
         a->archived == b->archived &&
         a->position == b->position;
}

gint64
rp_goal_get_id (RpGoal *self)
{
  g_return_val_if_fail (RP_IS_GOAL (self), 0);
  return self->id;
}

void
rp_goal_set_id (RpGoal *self,
                gint64  id)
{
  g_return_if_fail (RP_IS_GOAL (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
rp_goal_get_title (RpGoal *self)
{
  g_return_val_if_fail (RP_IS_GOAL (self), NULL);
  return self->title;
}

void
rp_goal_set_title (RpGoal     *self,
                   const char *title)
{
  g_return_if_fail (RP_IS_GOAL (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

RpGoalKind
rp_goal_get_kind (RpGoal *self)
{
  g_return_val_if_fail (RP_IS_GOAL (self), RP_GOAL_DAILY);
  return self->kind;
}

void
rp_goal_set_kind (RpGoal     *self,
                  RpGoalKind  kind)
{
  g_return_if_fail (RP_IS_GOAL (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

guint
rp_goal_get_weekly_target (RpGoal *self)
{
  g_return_val_if_fail (RP_IS_GOAL (self), 1);
  return self->weekly_target;
}

void
rp_goal_set_weekly_target (RpGoal *self,
                           guint   weekly_target)
{
  g_return_if_fail (RP_IS_GOAL (self));

  if (self->weekly_target == weekly_target)
    return;
  self->weekly_target = weekly_target;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEKLY_TARGET]);
}

RpGoalSource
rp_goal_get_source (RpGoal *self)
{
  g_return_val_if_fail (RP_IS_GOAL (self), RP_GOAL_SOURCE_MANUAL);
  return self->source;
}

void
rp_goal_set_source (RpGoal       *self,
                    RpGoalSource  source)
{
  g_return_if_fail (RP_IS_GOAL (self));

  if (self->source == source)
    return;
  self->source = source;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

static void
set_date (RpGoal      *self,
          GDate       *field,
          const GDate *date,
          GParamSpec  *pspec)
{
  GDate value;

  g_date_clear (&value, 1);
  if (date != NULL && g_date_valid (date))
    value = *date;
  if (dates_equal (field, &value))
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

const GDate *
rp_goal_get_start_date (RpGoal *self)
{
  g_return_val_if_fail (RP_IS_GOAL (self), NULL);
  return date_or_null (&self->start_date);
}

void
rp_goal_set_start_date (RpGoal      *self,
                        const GDate *date)
{
  g_return_if_fail (RP_IS_GOAL (self));
  set_date (self, &self->start_date, date, properties[PROP_START_DATE]);
}

const GDate *
rp_goal_get_due_date (RpGoal *self)
{
  g_return_val_if_fail (RP_IS_GOAL (self), NULL);
  return date_or_null (&self->due_date);
}

void
rp_goal_set_due_date (RpGoal      *self,
                      const GDate *date)
{
  g_return_if_fail (RP_IS_GOAL (self));
  set_date (self, &self->due_date, date, properties[PROP_DUE_DATE]);
}

const GDate *
rp_goal_get_completed_date (RpGoal *self)
{
  g_return_val_if_fail (RP_IS_GOAL (self), NULL);
  return date_or_null (&self->completed_date);
}

void
rp_goal_set_completed_date (RpGoal      *self,
                            const GDate *date)
{
  g_return_if_fail (RP_IS_GOAL (self));
  set_date (self, &self->completed_date, date, properties[PROP_COMPLETED_DATE]);
}

gboolean
rp_goal_get_archived (RpGoal *self)
{
  g_return_val_if_fail (RP_IS_GOAL (self), FALSE);
  return self->archived;
}

void
rp_goal_set_archived (RpGoal   *self,
                      gboolean  archived)
{
  g_return_if_fail (RP_IS_GOAL (self));

  if (self->archived == !!archived)
    return;
  self->archived = !!archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

int
rp_goal_get_position (RpGoal *self)
{
  g_return_val_if_fail (RP_IS_GOAL (self), -1);
  return self->position;
}

void
rp_goal_set_position (RpGoal *self,
                      int     position)
{
  g_return_if_fail (RP_IS_GOAL (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/**
 * rp_goal_is_overdue:
 *
 * Returns: whether @self is a one-time goal, not done, whose due date has
 *   passed on @today
 */
gboolean
rp_goal_is_overdue (RpGoal      *self,
                    const GDate *today)
{
  g_return_val_if_fail (RP_IS_GOAL (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  return self->kind == RP_GOAL_ONCE &&
         !g_date_valid (&self->completed_date) &&
         g_date_valid (&self->due_date) &&
         g_date_compare (&self->due_date, today) < 0;
}

static gboolean
fail (RpGoalField  field,
      RpGoalField *out_field,
      GError     **error,
      const char  *message)
{
  if (out_field != NULL)
    *out_field = field;
  g_set_error_literal (error, RP_GOAL_ERROR, RP_GOAL_ERROR_INVALID, message);

  return FALSE;
}

/**
 * rp_goal_validate:
 * @out_field: (out) (optional): which field is wrong
 * @error: an %RP_GOAL_ERROR_INVALID saying what to change
 *
 * Whether @self can be saved: a one-line title of 1 to 200 characters, a
 * known kind and source, a weekly target of 1 to 99 for a weekly goal, a
 * start date, and a due date (optional) and completed date only for a
 * one-time goal, neither before the start date.
 */
gboolean
rp_goal_validate (RpGoal       *self,
                  RpGoalField  *out_field,
                  GError      **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (RP_IS_GOAL (self), FALSE);

  if (out_field != NULL)
    *out_field = RP_GOAL_FIELD_NONE;

  title = g_strstrip (g_strdup (self->title != NULL ? self->title : ""));
  if (title[0] == '\0')
    return fail (RP_GOAL_FIELD_TITLE, out_field, error, _("Enter a title for the goal."));
  if (!rp_text_fits (self->title, RP_GOAL_MAX_TITLE_LENGTH) ||
      !rp_text_is_clean (self->title, FALSE))
    return fail (RP_GOAL_FIELD_TITLE, out_field, error,
                 _("Shorten the title to one line of at most 200 characters."));

  if ((guint) self->kind > RP_GOAL_ONCE)
    return fail (RP_GOAL_FIELD_KIND, out_field, error,
                 _("Choose a daily habit, a weekly target or a one-time goal."));

  if (self->kind == RP_GOAL_WEEKLY &&
      (self->weekly_target < 1 || self->weekly_target > RP_GOAL_MAX_WEEKLY_TARGET))
    return fail (RP_GOAL_FIELD_WEEKLY_TARGET, out_field, error,
                 _("Choose how many times a week, from 1 to 99."));

  if ((guint) self->source >= RP_GOAL_N_SOURCES)
    return fail (RP_GOAL_FIELD_SOURCE, out_field, error,
                 _("Choose what counts for the goal."));

  if (!g_date_valid (&self->start_date))
    return fail (RP_GOAL_FIELD_START_DATE, out_field, error, _("Choose a start date."));

  if (self->kind != RP_GOAL_ONCE)
    return TRUE;

  if (g_date_valid (&self->due_date) && g_date_compare (&self->due_date, &self->start_date) < 0)
    return fail (RP_GOAL_FIELD_DUE_DATE, out_field, error,
                 _("Choose a due date on or after the start date."));

  if (g_date_valid (&self->completed_date) &&
      g_date_compare (&self->completed_date, &self->start_date) < 0)
    return fail (RP_GOAL_FIELD_COMPLETED_DATE, out_field, error,
                 _("The goal cannot be done before it starts: choose a later day."));

  return TRUE;
}

/**
 * rp_goal_format_date:
 *
 * Returns: (transfer full): @date as "1 December" in the user's language
 */
char *
rp_goal_format_date (const GDate *date)
{
  g_autoptr(GDateTime) moment = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  moment = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 12, 0, 0);
  /* TRANSLATORS: a goal's due date, as g_date_time_format() takes it:
   * "%-d %B" is "1 December". */
  return g_date_time_format (moment, C_("goal date", "%-d %B"));
}

static const char *
describe_source (RpGoalSource source)
{
  switch (source)
    {
    case RP_GOAL_SOURCE_MEETINGS:
      return _("counts meetings attended");
    case RP_GOAL_SOURCE_CALLS:
      return _("counts calls and texts to your support network");
    case RP_GOAL_SOURCE_SPONSOR_CALLS:
      return _("counts calls and texts to your sponsor");
    case RP_GOAL_SOURCE_READINGS:
      return _("counts readings marked read");
    case RP_GOAL_SOURCE_INVENTORY:
      return _("counts daily inventories");
    case RP_GOAL_SOURCE_MANUAL:
    default:
      return NULL;
    }
}

/**
 * rp_goal_describe_rule:
 *
 * Returns: (transfer full): the goal's rule in words
 */
char *
rp_goal_describe_rule (RpGoal *self)
{
  g_autofree char *rule = NULL;
  const char *source;

  g_return_val_if_fail (RP_IS_GOAL (self), NULL);

  switch (self->kind)
    {
    case RP_GOAL_WEEKLY:
      rule = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u time a week", "%u times a week",
                                           self->weekly_target),
                              self->weekly_target);
      break;
    case RP_GOAL_ONCE:
      if (g_date_valid (&self->completed_date))
        {
          g_autofree char *day = rp_goal_format_date (&self->completed_date);

          /* TRANSLATORS: %s is a date such as "1 December". */
          rule = g_strdup_printf (_("Done on %s"), day);
        }
      else if (g_date_valid (&self->due_date))
        {
          g_autofree char *day = rp_goal_format_date (&self->due_date);

          /* TRANSLATORS: a one-time goal's due date; %s is a date such as
           * "1 December". */
          rule = g_strdup_printf (_("By %s"), day);
        }
      else
        rule = g_strdup (_("One-time goal"));
      break;
    case RP_GOAL_DAILY:
    default:
      rule = g_strdup (_("Every day"));
      break;
    }

  source = describe_source (self->source);
  if (source == NULL)
    return g_steal_pointer (&rule);

  /* TRANSLATORS: a goal's rule, then what counts for it, such as
   * "3 times a week · counts meetings attended". */
  return g_strdup_printf (_("%s · %s"), rule, source);
}

/**
 * rp_goal_describe_streak:
 * @streak: from rp_store_get_goal_streak()
 *
 * Returns: (transfer full): the current and longest streak in words
 */
char *
rp_goal_describe_streak (RpGoal             *self,
                         const RpGoalStreak *streak)
{
  g_autofree char *current = NULL;

  g_return_val_if_fail (RP_IS_GOAL (self), NULL);
  g_return_val_if_fail (streak != NULL, NULL);

  if (self->kind == RP_GOAL_ONCE)
    return g_strdup (streak->this_period_done ? C_("one-time goal", "Done") : _("Not done yet"));

  /* No "0-day streak": nothing yet, or an encouragement after a break. */
  if (streak->longest == 0)
    return g_strdup (_("No streak yet"));
  if (streak->current == 0)
    return g_strdup_printf (self->kind == RP_GOAL_WEEKLY
                            ? g_dngettext (GETTEXT_PACKAGE, "A new streak starts this week · best %u week",
                                           "A new streak starts this week · best %u weeks",
                                           streak->longest)
                            : g_dngettext (GETTEXT_PACKAGE, "A new streak starts today · best %u day",
                                           "A new streak starts today · best %u days",
                                           streak->longest),
                            streak->longest);

  if (self->kind == RP_GOAL_WEEKLY)
    current = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u-week streak", "%u-week streak",
                                            streak->current),
                               streak->current);
  else
    current = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u-day streak", "%u-day streak",
                                            streak->current),
                               streak->current);

  /* TRANSLATORS: the current streak, then the longest one: "5-day streak
   * · best 12". */
  return g_strdup_printf (_("%s · best %u"), current, streak->longest);
}
