/* rp-next-meeting-card.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpNextMeetingCard: the Today page's "Next Meeting": the first occurrence
 * of My meetings that is in progress or still to come, with its name, when
 * ("Today at 19:30", "Tomorrow at 07:00", "Sat 28 Nov at 10:00"), where,
 * and what to do: Join for an online meeting (the link opener's policy),
 * Directions for an address (the same map search as the meeting's detail
 * page), both for a hybrid one. It is hidden while My meetings is empty
 * (the page's Getting Started says how to add one).
 *
 * It follows the store's `changed::meeting`, the day (the watch) and the
 * clock's jumps, and arms one timer for the next moment what it shows
 * changes: the occurrence starting or ending, or midnight. A fixed clock
 * (the tests') arms none: it moves only when told.
 */

#define G_LOG_DOMAIN "rp-next-meeting-card"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-agenda.h"
#include "rp-link-opener.h"
#include "rp-next-meeting-card.h"
#include "rp-toast.h"
#include "rp-uri-policy.h"

/* A weekly meeting shows up within 8 days; only rarer ones (monthly, one
 * date) need the longer look. */
#define SHORT_LOOK_DAYS 8

struct _RpNextMeetingCard
{
  AdwBin        parent_instance;

  GtkStack     *meeting_stack;
  GtkLabel     *meeting_name_label;
  GtkLabel     *meeting_when_label;
  GtkLabel     *meeting_place_label;
  GtkWidget    *directions_button;
  GtkWidget    *join_button;

  RpStore      *store;
  RpDayWatch   *watch;
  RpClock      *clock;          /* the watch's, for its ::jumped */

  RpAgendaItem *item;           /* shown; NULL when none */
  GDateTime    *next_change;    /* when to look again; NULL: no need */
  guint         change_source;
};

G_DEFINE_FINAL_TYPE (RpNextMeetingCard, rp_next_meeting_card, ADW_TYPE_BIN)

static void refresh (RpNextMeetingCard *self);

static gboolean
change_cb (gpointer user_data)
{
  RpNextMeetingCard *self = RP_NEXT_MEETING_CARD (user_data);

  self->change_source = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_change (RpNextMeetingCard *self,
                 GDateTime         *now)
{
  GTimeSpan span;
  guint seconds;

  g_clear_handle_id (&self->change_source, g_source_remove);
  if (self->next_change == NULL || rp_clock_is_fixed (self->clock))
    return;

  span = g_date_time_difference (self->next_change, now);
  /* Whole seconds let the system group wakeups; one more makes sure the
   * moment has passed when the timer fires. */
  seconds = span <= 0 ? 1 : (guint) MIN (span / G_TIME_SPAN_SECOND + 1, G_MAXUINT / 1000);
  self->change_source = g_timeout_add_seconds (seconds, change_cb, self);
  g_source_set_name_by_id (self->change_source, "[reprieve] next meeting changes");
}

static char *
format_when (const RpAgendaItem *item,
             GDateTime          *now,
             GTimeZone          *zone)
{
  g_autofree char *start = rp_agenda_format_time_of_day (item->start);
  g_autofree char *day = NULL;

  switch (rp_agenda_item_get_bucket (item, now, zone))
    {
    case RP_AGENDA_BUCKET_IN_PROGRESS:
      {
        g_autofree char *end = rp_agenda_format_time_of_day (item->end);

        /* Translators: a meeting going on now; %s is when it ends */
        return g_strdup_printf (_("Now, until %s"), end);
      }

    case RP_AGENDA_BUCKET_TODAY:
      /* Translators: %s is a time of day */
      return g_strdup_printf (_("Today at %s"), start);

    case RP_AGENDA_BUCKET_TOMORROW:
      /* Translators: %s is a time of day */
      return g_strdup_printf (_("Tomorrow at %s"), start);

    case RP_AGENDA_BUCKET_PAST:
    case RP_AGENDA_BUCKET_LATER_THIS_WEEK:
    case RP_AGENDA_BUCKET_LATER:
    default:
      /* Translators: a day in g_date_time_format() notation, as in
       * "Sat 28 Nov" */
      day = g_date_time_format (item->start, C_("next meeting day", "%a %-d %b"));
      /* Translators: a day, then a time of day: "Sat 28 Nov at 10:00" */
      return g_strdup_printf (C_("next meeting day and time", "%s at %s"), day, start);
    }
}

static char *
describe_place (RpMeeting *meeting)
{
  const char *location = rp_meeting_get_location (meeting);
  const char *address = rp_meeting_get_address (meeting);
  gboolean online = rp_meeting_get_online_url (meeting) != NULL ||
                    rp_meeting_get_conference_phone (meeting) != NULL;
  g_autoptr(GString) place = g_string_new (NULL);

  if (location != NULL)
    g_string_append (place, location);
  if (address != NULL && g_strcmp0 (address, location) != 0)
    {
      if (place->len > 0)
        g_string_append_c (place, '\n');
      g_string_append (place, address);
    }
  if (online)
    {
      if (place->len > 0)
        g_string_append_c (place, '\n');
      g_string_append (place, place->len > 0 ? _("Also online") : _("Online"));
    }

  return place->len > 0 ? g_string_free (g_steal_pointer (&place), FALSE) : NULL;
}

static void
show_item (RpNextMeetingCard *self,
           GDateTime         *now,
           GTimeZone         *zone)
{
  RpMeeting *meeting = self->item->meeting;
  g_autofree char *when = format_when (self->item, now, zone);
  g_autofree char *place = describe_place (meeting);
  g_autofree char *join_tooltip = NULL;
  gboolean online = rp_meeting_get_online_url (meeting) != NULL;
  gboolean has_address = rp_meeting_get_address (meeting) != NULL;

  gtk_label_set_text (self->meeting_name_label, rp_meeting_get_name (meeting));
  gtk_label_set_text (self->meeting_when_label, when);
  gtk_label_set_text (self->meeting_place_label, place != NULL ? place : "");
  gtk_widget_set_visible (GTK_WIDGET (self->meeting_place_label), place != NULL);
  /* A meeting in another zone: its own zone, for the curious. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->meeting_when_label), self->item->time_zone_id);

  gtk_widget_set_visible (self->join_button, online);
  gtk_widget_set_visible (self->directions_button, has_address);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "next-meeting.join", online);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "next-meeting.directions", has_address);
  /* Translators: the tooltip of a meeting's Join button */
  join_tooltip = g_strdup_printf (_("Join “%s” online"), rp_meeting_get_name (meeting));
  gtk_widget_set_tooltip_text (self->join_button, join_tooltip);

  gtk_stack_set_visible_child_name (self->meeting_stack, "meeting");
}

/* The first occurrence in progress or to come. */
static RpAgendaItem *
find_next (GListModel *meetings,
           GDateTime  *now,
           GTimeZone  *zone)
{
  g_autoptr(GPtrArray) items = rp_agenda_upcoming (meetings, now, zone, SHORT_LOOK_DAYS);

  if (items->len == 0)
    {
      g_clear_pointer (&items, g_ptr_array_unref);
      items = rp_agenda_upcoming (meetings, now, zone, RP_AGENDA_MAX_DAYS);
    }

  return items->len > 0 ? rp_agenda_item_copy (g_ptr_array_index (items, 0)) : NULL;
}

static void
refresh (RpNextMeetingCard *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  GListModel *meetings;

  g_clear_handle_id (&self->change_source, g_source_remove);
  g_clear_pointer (&self->item, rp_agenda_item_free);
  g_clear_pointer (&self->next_change, g_date_time_unref);

  meetings = self->store != NULL ? rp_store_get_meetings (self->store) : NULL;
  if (meetings == NULL || self->watch == NULL || g_list_model_get_n_items (meetings) == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  now = rp_day_watch_dup_now (self->watch);
  zone = g_time_zone_new_local ();
  self->item = find_next (meetings, now, zone);

  if (self->item != NULL)
    {
      g_autoptr(GPtrArray) shown = g_ptr_array_new ();

      show_item (self, now, zone);
      /* Its start ("Now"), its end (the one after it), or midnight
       * ("Tomorrow" becomes "Today"). */
      g_ptr_array_add (shown, self->item);
      self->next_change = rp_agenda_next_change (shown, now, zone);
    }
  else
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "next-meeting.join", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "next-meeting.directions", FALSE);
      gtk_stack_set_visible_child_name (self->meeting_stack, "none");
      self->next_change = rp_agenda_day_start (now, zone, 1);
    }

  schedule_change (self, now);
}

static void
join_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpNextMeetingCard *self = RP_NEXT_MEETING_CARD (widget);
  const char *url = self->item != NULL ? rp_meeting_get_online_url (self->item->meeting) : NULL;

  if (url != NULL)
    rp_link_opener_open (self->join_button, url);
}

static void
directions_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RpNextMeetingCard *self = RP_NEXT_MEETING_CARD (widget);
  const char *address = self->item != NULL ? rp_meeting_get_address (self->item->meeting) : NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;

  if (address == NULL)
    return;

  uri = rp_uri_build_map_search (address, &error);
  if (uri == NULL)
    rp_toast_show (widget, error->message);
  else
    rp_link_opener_open (self->directions_button, uri);
}

static void
clear_sources (RpNextMeetingCard *self)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);
  if (self->clock != NULL)
    g_signal_handlers_disconnect_by_data (self->clock, self);
  g_clear_object (&self->store);
  g_clear_object (&self->watch);
  g_clear_object (&self->clock);
}

static void
rp_next_meeting_card_dispose (GObject *object)
{
  RpNextMeetingCard *self = RP_NEXT_MEETING_CARD (object);

  g_clear_handle_id (&self->change_source, g_source_remove);
  clear_sources (self);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_NEXT_MEETING_CARD);

  G_OBJECT_CLASS (rp_next_meeting_card_parent_class)->dispose (object);
}

static void
rp_next_meeting_card_finalize (GObject *object)
{
  RpNextMeetingCard *self = RP_NEXT_MEETING_CARD (object);

  g_clear_pointer (&self->item, rp_agenda_item_free);
  g_clear_pointer (&self->next_change, g_date_time_unref);

  G_OBJECT_CLASS (rp_next_meeting_card_parent_class)->finalize (object);
}

static void
rp_next_meeting_card_class_init (RpNextMeetingCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_next_meeting_card_dispose;
  object_class->finalize = rp_next_meeting_card_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-next-meeting-card.ui");
  gtk_widget_class_bind_template_child (widget_class, RpNextMeetingCard, meeting_stack);
  gtk_widget_class_bind_template_child (widget_class, RpNextMeetingCard, meeting_name_label);
  gtk_widget_class_bind_template_child (widget_class, RpNextMeetingCard, meeting_when_label);
  gtk_widget_class_bind_template_child (widget_class, RpNextMeetingCard, meeting_place_label);
  gtk_widget_class_bind_template_child (widget_class, RpNextMeetingCard, directions_button);
  gtk_widget_class_bind_template_child (widget_class, RpNextMeetingCard, join_button);

  gtk_widget_class_install_action (widget_class, "next-meeting.join", NULL, join_action_cb);
  gtk_widget_class_install_action (widget_class, "next-meeting.directions", NULL,
                                   directions_action_cb);
}

static void
rp_next_meeting_card_init (RpNextMeetingCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rp_next_meeting_card_bind:
 * @store: (nullable): the store; %NULL when the data could not be opened
 * @watch: (nullable): today, and when it turns; its clock says what time
 *   it is
 * @settings: (nullable): unused for now: the signature of every Today card
 *
 * Shows the next meeting of @store (hidden without both @store and @watch).
 */
void
rp_next_meeting_card_bind (RpNextMeetingCard *self,
                           RpStore           *store,
                           RpDayWatch        *watch,
                           GSettings         *settings)
{
  g_return_if_fail (RP_IS_NEXT_MEETING_CARD (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));
  g_return_if_fail (watch == NULL || RP_IS_DAY_WATCH (watch));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  clear_sources (self);

  if (store != NULL)
    {
      self->store = g_object_ref (store);
      g_signal_connect_object (store, "changed::meeting", G_CALLBACK (refresh), self,
                               G_CONNECT_SWAPPED);
    }
  if (watch != NULL)
    {
      self->watch = g_object_ref (watch);
      self->clock = g_object_ref (rp_day_watch_get_clock (watch));
      g_signal_connect_object (watch, "day-changed", G_CALLBACK (refresh), self,
                               G_CONNECT_SWAPPED);
      /* The clock set (or a test's moved) within the day: a meeting may
       * have started or ended. */
      g_signal_connect_object (self->clock, "jumped", G_CALLBACK (refresh), self,
                               G_CONNECT_SWAPPED);
    }

  refresh (self);
}

/**
 * rp_next_meeting_card_check:
 *
 * Looks again if the moment to do so has passed: a timer sleeps through a
 * suspend, so the page calls this when its window comes back.
 */
void
rp_next_meeting_card_check (RpNextMeetingCard *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (RP_IS_NEXT_MEETING_CARD (self));

  if (self->watch == NULL || self->next_change == NULL)
    return;

  now = rp_day_watch_dup_now (self->watch);
  if (g_date_time_compare (now, self->next_change) >= 0)
    refresh (self);
}

/**
 * rp_next_meeting_card_get_next_change:
 *
 * Returns: (transfer none) (nullable): when what the card shows changes
 *   next (the timer's moment); %NULL when nothing is shown
 */
GDateTime *
rp_next_meeting_card_get_next_change (RpNextMeetingCard *self)
{
  g_return_val_if_fail (RP_IS_NEXT_MEETING_CARD (self), NULL);

  return self->next_change;
}
