/* rp-agenda-view.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpAgendaView is the Meetings page's first view: the next seven days of
 * My meetings in sections (in progress, today, tomorrow, later this week),
 * from rp-agenda. It rebuilds itself when the store's meetings change; the
 * page refreshes it when the time comes (rp_agenda_view_get_next_change():
 * one timer, no polling). "now" is the clock for tests: unset, it is the
 * real time. */

#define G_LOG_DOMAIN "rp-agenda-view"

#include "config.h"

#include "rp-agenda.h"
#include "rp-agenda-row.h"
#include "rp-agenda-view.h"

/* The agenda covers today and the six days after it. */
#define AGENDA_DAYS 7

struct _RpAgendaView
{
  AdwBin      parent_instance;

  RpStore    *store;
  GDateTime  *now;
  GDateTime  *next_change;
  GtkSizeGroup *times_group;

  GtkStack   *stack;
  GtkWidget  *sections[RP_AGENDA_BUCKET_LATER];
  GtkListBox *lists[RP_AGENDA_BUCKET_LATER];
};

G_DEFINE_FINAL_TYPE (RpAgendaView, rp_agenda_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_NOW,
  PROP_NEXT_CHANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
current_time (RpAgendaView *self)
{
  return self->now != NULL ? g_date_time_ref (self->now) : g_date_time_new_now_local ();
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/**
 * rp_agenda_view_refresh:
 * @self: a #RpAgendaView
 *
 * Rebuilds the agenda for the current time (#RpAgendaView:now or the
 * clock) and works out when it next changes.
 */
void
rp_agenda_view_refresh (RpAgendaView *self)
{
  g_autoptr(GTimeZone) viewer = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GDateTime) previous_change = g_steal_pointer (&self->next_change);
  guint n_rows[RP_AGENDA_BUCKET_LATER] = { 0 };
  guint n_shown = 0;

  g_return_if_fail (RP_IS_AGENDA_VIEW (self));

  for (guint i = RP_AGENDA_BUCKET_IN_PROGRESS; i < RP_AGENDA_BUCKET_LATER; i++)
    clear_list (self->lists[i]);

  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      if (previous_change != NULL)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_CHANGE]);
      return;
    }

  now = current_time (self);
  to = rp_agenda_day_start (now, viewer, AGENDA_DAYS);
  items = rp_agenda_collect (rp_store_get_meetings (self->store), now, to, viewer);

  for (guint i = 0; i < items->len; i++)
    {
      const RpAgendaItem *item = g_ptr_array_index (items, i);
      RpAgendaBucket bucket = rp_agenda_item_get_bucket (item, now, viewer);
      RpAgendaRowFlags flags = RP_AGENDA_ROW_CAN_JOIN;
      GtkWidget *row;

      if (bucket < RP_AGENDA_BUCKET_IN_PROGRESS || bucket >= RP_AGENDA_BUCKET_LATER)
        continue;

      if (bucket == RP_AGENDA_BUCKET_IN_PROGRESS)
        flags |= RP_AGENDA_ROW_IN_PROGRESS;
      if (bucket == RP_AGENDA_BUCKET_LATER_THIS_WEEK)
        flags |= RP_AGENDA_ROW_SHOW_DAY;

      row = rp_agenda_row_new (item, flags, self->times_group);
      gtk_list_box_append (self->lists[bucket], row);
      n_rows[bucket]++;
      n_shown++;
    }

  for (guint i = RP_AGENDA_BUCKET_IN_PROGRESS; i < RP_AGENDA_BUCKET_LATER; i++)
    gtk_widget_set_visible (self->sections[i], n_rows[i] > 0);

  gtk_stack_set_visible_child_name (self->stack, n_shown > 0 ? "agenda" : "empty");

  self->next_change = rp_agenda_next_change (items, now, viewer);
  if (previous_change == NULL || !g_date_time_equal (previous_change, self->next_change))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_CHANGE]);
}

/**
 * rp_agenda_view_get_next_change:
 * @self: a #RpAgendaView
 *
 * Returns: (transfer none) (nullable): when the agenda must next be
 *   refreshed (a start, an end or midnight), or %NULL without a store
 */
GDateTime *
rp_agenda_view_get_next_change (RpAgendaView *self)
{
  g_return_val_if_fail (RP_IS_AGENDA_VIEW (self), NULL);

  return self->next_change;
}

static void
store_changed_cb (RpAgendaView *self)
{
  rp_agenda_view_refresh (self);
}

RpStore *
rp_agenda_view_get_store (RpAgendaView *self)
{
  g_return_val_if_fail (RP_IS_AGENDA_VIEW (self), NULL);

  return self->store;
}

void
rp_agenda_view_set_store (RpAgendaView *self,
                          RpStore      *store)
{
  g_return_if_fail (RP_IS_AGENDA_VIEW (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed::meeting", G_CALLBACK (store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  rp_agenda_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * rp_agenda_view_get_now:
 * @self: a #RpAgendaView
 *
 * Returns: (transfer none) (nullable): the time the agenda is fixed at, or
 *   %NULL when it follows the clock
 */
GDateTime *
rp_agenda_view_get_now (RpAgendaView *self)
{
  g_return_val_if_fail (RP_IS_AGENDA_VIEW (self), NULL);

  return self->now;
}

void
rp_agenda_view_set_now (RpAgendaView *self,
                        GDateTime    *now)
{
  g_return_if_fail (RP_IS_AGENDA_VIEW (self));

  if (self->now == now ||
      (self->now != NULL && now != NULL && g_date_time_equal (self->now, now)))
    return;

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now != NULL ? g_date_time_ref (now) : NULL;

  rp_agenda_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOW]);
}

static void
rp_agenda_view_dispose (GObject *object)
{
  RpAgendaView *self = RP_AGENDA_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_AGENDA_VIEW);

  G_OBJECT_CLASS (rp_agenda_view_parent_class)->dispose (object);
}

static void
rp_agenda_view_finalize (GObject *object)
{
  RpAgendaView *self = RP_AGENDA_VIEW (object);

  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->next_change, g_date_time_unref);
  g_clear_object (&self->times_group);

  G_OBJECT_CLASS (rp_agenda_view_parent_class)->finalize (object);
}

static void
rp_agenda_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RpAgendaView *self = RP_AGENDA_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_NOW:
      g_value_set_boxed (value, self->now);
      break;

    case PROP_NEXT_CHANGE:
      g_value_set_boxed (value, self->next_change);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_agenda_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RpAgendaView *self = RP_AGENDA_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rp_agenda_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_NOW:
      rp_agenda_view_set_now (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_agenda_view_class_init (RpAgendaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_agenda_view_dispose;
  object_class->finalize = rp_agenda_view_finalize;
  object_class->get_property = rp_agenda_view_get_property;
  object_class->set_property = rp_agenda_view_set_property;

  /**
   * RpAgendaView:store:
   *
   * Where My meetings come from.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RP_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RpAgendaView:now:
   *
   * The time the agenda is shown for; %NULL (the default) follows the
   * clock. Tests set it.
   */
  properties[PROP_NOW] =
    g_param_spec_boxed ("now", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * RpAgendaView:next-change:
   *
   * When the agenda must next be refreshed: the next start or end of a
   * meeting it shows, or midnight. The page arms one timer for it.
   */
  properties[PROP_NEXT_CHANGE] =
    g_param_spec_boxed ("next-change", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-agenda-view.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "in_progress_section", FALSE,
                                             G_STRUCT_OFFSET (RpAgendaView,
                                                              sections[RP_AGENDA_BUCKET_IN_PROGRESS]));
  gtk_widget_class_bind_template_child_full (widget_class, "today_section", FALSE,
                                             G_STRUCT_OFFSET (RpAgendaView,
                                                              sections[RP_AGENDA_BUCKET_TODAY]));
  gtk_widget_class_bind_template_child_full (widget_class, "tomorrow_section", FALSE,
                                             G_STRUCT_OFFSET (RpAgendaView,
                                                              sections[RP_AGENDA_BUCKET_TOMORROW]));
  gtk_widget_class_bind_template_child_full (widget_class, "later_section", FALSE,
                                             G_STRUCT_OFFSET (RpAgendaView,
                                                              sections[RP_AGENDA_BUCKET_LATER_THIS_WEEK]));
  gtk_widget_class_bind_template_child_full (widget_class, "in_progress_list", FALSE,
                                             G_STRUCT_OFFSET (RpAgendaView,
                                                              lists[RP_AGENDA_BUCKET_IN_PROGRESS]));
  gtk_widget_class_bind_template_child_full (widget_class, "today_list", FALSE,
                                             G_STRUCT_OFFSET (RpAgendaView,
                                                              lists[RP_AGENDA_BUCKET_TODAY]));
  gtk_widget_class_bind_template_child_full (widget_class, "tomorrow_list", FALSE,
                                             G_STRUCT_OFFSET (RpAgendaView,
                                                              lists[RP_AGENDA_BUCKET_TOMORROW]));
  gtk_widget_class_bind_template_child_full (widget_class, "later_list", FALSE,
                                             G_STRUCT_OFFSET (RpAgendaView,
                                                              lists[RP_AGENDA_BUCKET_LATER_THIS_WEEK]));
}

static void
rp_agenda_view_init (RpAgendaView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: gtk_widget_dispose_template() would
   * unparent it behind AdwBin's back. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  self->times_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  rp_agenda_view_refresh (self);
}
