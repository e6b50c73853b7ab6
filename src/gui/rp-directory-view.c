/* rp-directory-view.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpDirectoryView is the Directory: the meetings of every imported feed,
 * searched as the user types and filtered by day, time of day, type and
 * in person or online, each with a button that adds it to My meetings.
 * The Meetings page holds it; it talks only to RpStore.
 *
 * The search text and the filters are properties (and, through them,
 * stateful "directory.*" actions) feeding one RpDirectoryQuery; the list
 * is a GtkFilterListModel over rp_store_get_directory() whose filter asks
 * that query. Each change tells the filter how the set of matches changed,
 * so typing one more letter re-checks only the meetings that matched. The
 * list view sees the results through an RpSlotListModel, so that its rows
 * are given other meetings rather than built anew as the results change.
 *
 * The rows, and adding a meeting to My meetings from them, are in
 * rp-directory-view-rows.c; the fields are in rp-directory-view-private.h,
 * which both files share. */

#define G_LOG_DOMAIN "rp-directory-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-directory-changes-bar.h"
#include "rp-directory-feed-list.h"
#include "rp-directory-view-private.h"
#include "rp-slot-list-model.h"

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH_TEXT,
  PROP_WEEKDAY,
  PROP_TIME_OF_DAY,
  PROP_TYPE_CODE,
  PROP_ATTENDANCE_MODE,
  PROP_N_ACTIVE_FILTERS,
  PROP_N_RESULTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RpDirectoryView, rp_directory_view, ADW_TYPE_BIN)

/* --- state ------------------------------------------------------------ */

static guint
count_active_filters (RpDirectoryView *self)
{
  return (self->weekday != 0) +
         (self->time_of_day != RP_TIME_OF_DAY_ANY) +
         (self->type_code != NULL) +
         (self->attendance_mode != RP_ATTENDANCE_MODE_ANY);
}

static void
update_counts (RpDirectoryView *self)
{
  GListModel *directory = gtk_filter_list_model_get_model (self->results);
  guint total = directory != NULL ? g_list_model_get_n_items (directory) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  g_autofree char *text = NULL;

  gtk_stack_set_visible_child_name (self->main_stack, total > 0 ? "directory" : "empty");
  gtk_stack_set_visible_child_name (self->results_stack, shown > 0 ? "list" : "no-results");

  if (shown == total)
    text = g_strdup_printf (ngettext ("%u meeting", "%u meetings", total), total);
  else
    /* Translators: how many meetings match the search, of how many */
    text = g_strdup_printf (ngettext ("%u of %u meeting", "%u of %u meetings", total),
                            shown, total);
  gtk_label_set_text (self->count_label, text);

  if (self->n_results != shown)
    {
      self->n_results = shown;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RESULTS]);
    }
}

static void
filter_changed (RpDirectoryView        *self,
                RpDirectoryQueryChange  change)
{
  if (change == RP_DIRECTORY_QUERY_CHANGE_NONE)
    return;

  /* RpDirectoryQueryChange's first values are GtkFilterChange's. */
  gtk_filter_changed (GTK_FILTER (self->filter), (GtkFilterChange) change);
}

static void
filter_property_changed (RpDirectoryView *self,
                         GParamSpec      *pspec)
{
  guint n_active = count_active_filters (self);
  g_autofree char *count = g_strdup_printf ("%u", n_active);

  gtk_label_set_text (self->filter_count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->filter_count_label), n_active > 0);

  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ACTIVE_FILTERS]);
}

static gboolean
match_meeting (gpointer item,
               gpointer user_data)
{
  RpDirectoryView *self = user_data;

  return rp_directory_query_matches (self->query, item);
}

/* --- the filter setters ------------------------------------------------- */

static void
set_weekday (RpDirectoryView *self,
             int              weekday)
{
  RpWeekdays weekdays = weekday > 0 ? RP_WEEKDAY_BIT (weekday) : RP_WEEKDAYS_NONE;

  if (self->weekday == weekday)
    return;

  self->weekday = weekday;
  filter_changed (self, rp_directory_query_set_weekdays (self->query, weekdays));
  filter_property_changed (self, properties[PROP_WEEKDAY]);
}

static void
set_time_of_day (RpDirectoryView *self,
                 RpTimeOfDay      times)
{
  if (self->time_of_day == times)
    return;

  self->time_of_day = times;
  filter_changed (self, rp_directory_query_set_times_of_day (self->query, times));
  filter_property_changed (self, properties[PROP_TIME_OF_DAY]);
}

static void
set_type_code (RpDirectoryView *self,
               const char      *code)
{
  if (code != NULL && code[0] == '\0')
    code = NULL;

  if (g_strcmp0 (self->type_code, code) == 0)
    return;

  g_free (self->type_code);
  self->type_code = g_strdup (code);
  filter_changed (self, rp_directory_query_set_type (self->query, code));
  filter_property_changed (self, properties[PROP_TYPE_CODE]);
}

static void
set_attendance_mode (RpDirectoryView  *self,
                     RpAttendanceMode  mode)
{
  if (self->attendance_mode == mode)
    return;

  self->attendance_mode = mode;
  filter_changed (self, rp_directory_query_set_attendance_mode (self->query, mode));
  filter_property_changed (self, properties[PROP_ATTENDANCE_MODE]);
}

static void
search_changed_cb (RpDirectoryView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (g_strcmp0 (text, rp_directory_query_get_text (self->query)) == 0)
    return;

  filter_changed (self, rp_directory_query_set_text (self->query, text));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

static void
reset_filters_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  rp_directory_view_reset_filters (RP_DIRECTORY_VIEW (widget));
}

static void
clear_filters_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  rp_directory_view_clear_filters (RP_DIRECTORY_VIEW (widget));
}

/* --- public ------------------------------------------------------------ */

GtkWidget *
rp_directory_view_new (void)
{
  return g_object_new (RP_TYPE_DIRECTORY_VIEW, NULL);
}

RpStore *
rp_directory_view_get_store (RpDirectoryView *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_VIEW (self), NULL);

  return self->store;
}

/**
 * rp_directory_view_set_store:
 * @self: a #RpDirectoryView
 * @store: (nullable): the store whose Directory to show
 */
void
rp_directory_view_set_store (RpDirectoryView *self,
                             RpStore         *store)
{
  GListModel *directory = NULL;

  g_return_if_fail (RP_IS_DIRECTORY_VIEW (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (rp_store_get_directory (self->store), self);
      g_signal_handlers_disconnect_by_data (rp_store_get_meetings (self->store), self);
    }

  g_set_object (&self->store, store);

  if (store != NULL)
    {
      directory = rp_store_get_directory (store);
      g_signal_connect_object (directory, "items-changed",
                               G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (rp_store_get_meetings (store), "items-changed",
                               G_CALLBACK (rp_directory_view_update_added), self,
                               G_CONNECT_SWAPPED);
    }

  rp_directory_view_update_added (self);
  gtk_filter_list_model_set_model (self->results, directory);
  rp_directory_filters_set_model (self->filters, directory);
  update_counts (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
rp_directory_view_get_search_text (RpDirectoryView *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_VIEW (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
}

/**
 * rp_directory_view_set_search_text:
 * @self: a #RpDirectoryView
 * @text: (nullable): the words to search for, as if typed
 */
void
rp_directory_view_set_search_text (RpDirectoryView *self,
                                   const char      *text)
{
  g_return_if_fail (RP_IS_DIRECTORY_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
}

/**
 * rp_directory_view_get_results:
 * @self: a #RpDirectoryView
 *
 * Returns: (transfer none): the meetings shown, a #GListModel of
 *   #RpDirectoryMeeting
 */
GListModel *
rp_directory_view_get_results (RpDirectoryView *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_VIEW (self), NULL);

  return G_LIST_MODEL (self->results);
}

guint
rp_directory_view_get_n_active_filters (RpDirectoryView *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_VIEW (self), 0);

  return count_active_filters (self);
}

/**
 * rp_directory_view_reset_filters:
 * @self: a #RpDirectoryView
 *
 * Sets every filter back to "any", keeping the search text.
 */
void
rp_directory_view_reset_filters (RpDirectoryView *self)
{
  g_return_if_fail (RP_IS_DIRECTORY_VIEW (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_weekday (self, 0);
  set_time_of_day (self, RP_TIME_OF_DAY_ANY);
  set_type_code (self, NULL);
  set_attendance_mode (self, RP_ATTENDANCE_MODE_ANY);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * rp_directory_view_clear_filters:
 * @self: a #RpDirectoryView
 *
 * Clears the search text and every filter: all meetings are shown.
 */
void
rp_directory_view_clear_filters (RpDirectoryView *self)
{
  g_return_if_fail (RP_IS_DIRECTORY_VIEW (self));

  g_object_freeze_notify (G_OBJECT (self));
  rp_directory_view_set_search_text (self, "");
  rp_directory_view_reset_filters (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/* --- GObject ----------------------------------------------------------- */

static void
rp_directory_view_dispose (GObject *object)
{
  RpDirectoryView *self = RP_DIRECTORY_VIEW (object);

  rp_directory_view_set_store (self, NULL);

  /* The bin's child is a template child too: unparent it through the
   * bin, or the bin would unparent it again once it is gone. The list
   * unbinds its rows as it goes. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_DIRECTORY_VIEW);

  g_clear_object (&self->results);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->bound_rows, g_hash_table_unref);

  G_OBJECT_CLASS (rp_directory_view_parent_class)->dispose (object);
}

static void
rp_directory_view_finalize (GObject *object)
{
  RpDirectoryView *self = RP_DIRECTORY_VIEW (object);

  g_clear_pointer (&self->query, rp_directory_query_free);
  g_clear_pointer (&self->added_keys, g_hash_table_unref);
  g_clear_pointer (&self->type_code, g_free);

  G_OBJECT_CLASS (rp_directory_view_parent_class)->finalize (object);
}

static void
rp_directory_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RpDirectoryView *self = RP_DIRECTORY_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SEARCH_TEXT:
      g_value_set_string (value, rp_directory_view_get_search_text (self));
      break;

    case PROP_WEEKDAY:
      g_value_set_int (value, self->weekday);
      break;

    case PROP_TIME_OF_DAY:
      g_value_set_uint (value, self->time_of_day);
      break;

    case PROP_TYPE_CODE:
      g_value_set_string (value, self->type_code != NULL ? self->type_code : "");
      break;

    case PROP_ATTENDANCE_MODE:
      g_value_set_int (value, self->attendance_mode);
      break;

    case PROP_N_ACTIVE_FILTERS:
      g_value_set_uint (value, count_active_filters (self));
      break;

    case PROP_N_RESULTS:
      g_value_set_uint (value, self->n_results);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_directory_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RpDirectoryView *self = RP_DIRECTORY_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rp_directory_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_SEARCH_TEXT:
      rp_directory_view_set_search_text (self, g_value_get_string (value));
      break;

    case PROP_WEEKDAY:
      set_weekday (self, g_value_get_int (value));
      break;

    case PROP_TIME_OF_DAY:
      set_time_of_day (self, g_value_get_uint (value));
      break;

    case PROP_TYPE_CODE:
      set_type_code (self, g_value_get_string (value));
      break;

    case PROP_ATTENDANCE_MODE:
      set_attendance_mode (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_directory_view_class_init (RpDirectoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_directory_view_dispose;
  object_class->finalize = rp_directory_view_finalize;
  object_class->get_property = rp_directory_view_get_property;
  object_class->set_property = rp_directory_view_set_property;

  /**
   * RpDirectoryView:store:
   *
   * The store whose Directory is shown.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RP_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RpDirectoryView:search-text:
   *
   * The words searched for, as typed in the search entry.
   */
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RpDirectoryView:weekday:
   *
   * The day to show meetings of, a #GDateWeekday, or 0 for any day.
   */
  properties[PROP_WEEKDAY] =
    g_param_spec_int ("weekday", NULL, NULL,
                      0, G_DATE_SUNDAY, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  /**
   * RpDirectoryView:time-of-day:
   *
   * The parts of the day to show meetings of, #RpTimeOfDay flags, or
   * %RP_TIME_OF_DAY_ANY.
   */
  properties[PROP_TIME_OF_DAY] =
    g_param_spec_uint ("time-of-day", NULL, NULL,
                       0, RP_TIME_OF_DAY_ALL, RP_TIME_OF_DAY_ANY,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RpDirectoryView:type-code:
   *
   * The Meeting Guide type code meetings must have, or "" for any.
   */
  properties[PROP_TYPE_CODE] =
    g_param_spec_string ("type-code", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RpDirectoryView:attendance-mode:
   *
   * In person, online or any: a #RpAttendanceMode.
   */
  properties[PROP_ATTENDANCE_MODE] =
    g_param_spec_int ("attendance-mode", NULL, NULL,
                      RP_ATTENDANCE_MODE_ANY, RP_ATTENDANCE_MODE_ONLINE, RP_ATTENDANCE_MODE_ANY,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  /**
   * RpDirectoryView:n-active-filters:
   *
   * How many filters are set (the search text is not counted).
   */
  properties[PROP_N_ACTIVE_FILTERS] =
    g_param_spec_uint ("n-active-filters", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RpDirectoryView:n-results:
   *
   * How many meetings are shown.
   */
  properties[PROP_N_RESULTS] =
    g_param_spec_uint ("n-results", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_DIRECTORY_CHANGES_BAR);
  g_type_ensure (RP_TYPE_DIRECTORY_FEED_LIST);
  g_type_ensure (RP_TYPE_DIRECTORY_FILTERS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-directory-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryView, results_stack);
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryView, list_view);
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryView, count_label);
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryView, filter_count_label);
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryView, filters);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "directory.add", "x",
                                   rp_directory_view_add_action_cb);
  gtk_widget_class_install_action (widget_class, "directory.reset-filters", NULL,
                                   reset_filters_action_cb);
  gtk_widget_class_install_action (widget_class, "directory.clear-filters", NULL,
                                   clear_filters_action_cb);
  gtk_widget_class_install_property_action (widget_class, "directory.weekday", "weekday");
  gtk_widget_class_install_property_action (widget_class, "directory.time-of-day",
                                            "time-of-day");
  gtk_widget_class_install_property_action (widget_class, "directory.type-code", "type-code");
  gtk_widget_class_install_property_action (widget_class, "directory.attendance-mode",
                                            "attendance-mode");
}

static void
rp_directory_view_init (RpDirectoryView *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  RpSlotListModel *slots;
  static const char * const filter_properties[] = {
    "weekday", "time-of-day", "type-code", "attendance-mode",
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->query = rp_directory_query_new ();
  self->added_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->bound_rows = g_hash_table_new (NULL, NULL);

  self->filter = gtk_custom_filter_new (match_meeting, self, NULL);
  self->results = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->results, "items-changed",
                           G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (rp_directory_view_setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (rp_directory_view_bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (rp_directory_view_unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  slots = rp_slot_list_model_new (G_LIST_MODEL (self->results));
  selection = gtk_no_selection_new (G_LIST_MODEL (slots));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  for (guint i = 0; i < G_N_ELEMENTS (filter_properties); i++)
    g_object_bind_property (self, filter_properties[i], self->filters, filter_properties[i],
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  /* Typing anywhere in the view searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  update_counts (self);
}
