/* rp-directory-filters.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpDirectoryFilters is the Directory's filter popover content: a dropdown
 * each for the day, the time of day, the type and in person or online,
 * and a button to reset them. Its properties are the filters' values;
 * RpDirectoryView binds its own to them both ways. The type dropdown
 * offers the types that the meetings of its model have (a feed uses a few
 * of the 87 codes), by their translated meaning, and can be searched. */

#define G_LOG_DOMAIN "rp-directory-filters"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-directory-filters.h"
#include "rp-directory-meeting.h"
#include "rp-directory-query.h"
#include "rp-meeting-types.h"

struct _RpDirectoryFilters
{
  AdwBin            parent_instance;

  GListModel       *model;
  int               weekday;
  RpTimeOfDay       time_of_day;
  char             *type_code;
  RpAttendanceMode  attendance_mode;
  GPtrArray        *type_codes;       /* the type dropdown's codes; [0] NULL */
  gboolean          syncing;

  GtkDropDown      *weekday_dropdown;
  GtkDropDown      *time_dropdown;
  GtkDropDown      *type_dropdown;
  GtkDropDown      *mode_dropdown;
};

enum {
  PROP_0,
  PROP_MODEL,
  PROP_WEEKDAY,
  PROP_TIME_OF_DAY,
  PROP_TYPE_CODE,
  PROP_ATTENDANCE_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RpDirectoryFilters, rp_directory_filters, ADW_TYPE_BIN)

/* The time dropdown's items, in the order of ui/rp-directory-filters.ui. */
static const RpTimeOfDay time_items[] = {
  RP_TIME_OF_DAY_ANY,
  RP_TIME_OF_DAY_MORNING,
  RP_TIME_OF_DAY_AFTERNOON,
  RP_TIME_OF_DAY_EVENING,
  RP_TIME_OF_DAY_NIGHT,
  RP_TIME_OF_DAY_BY_APPOINTMENT,
};

static guint
time_item_of (RpTimeOfDay times)
{
  for (guint i = 1; i < G_N_ELEMENTS (time_items); i++)
    {
      if (times & time_items[i])
        return i;
    }

  return 0;
}

static guint
type_item_of (RpDirectoryFilters *self,
              const char         *code)
{
  for (guint i = 1; code != NULL && i < self->type_codes->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->type_codes, i), code) == 0)
        return i;
    }

  return 0;
}

static void
sync_dropdowns (RpDirectoryFilters *self)
{
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->weekday_dropdown, (guint) self->weekday);
  gtk_drop_down_set_selected (self->time_dropdown, time_item_of (self->time_of_day));
  gtk_drop_down_set_selected (self->type_dropdown, type_item_of (self, self->type_code));
  gtk_drop_down_set_selected (self->mode_dropdown, (guint) self->attendance_mode);
  self->syncing = FALSE;
}

static int
compare_meanings (gconstpointer a,
                  gconstpointer b)
{
  const char *code_a = *(const char * const *) a;
  const char *code_b = *(const char * const *) b;

  return g_utf8_collate (rp_meeting_type_get_meaning (code_a),
                         rp_meeting_type_get_meaning (code_b));
}

/* The model's types, and the chosen one, by meaning. */
static void
update_type_items (RpDirectoryFilters *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  guint n_items = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  GHashTableIter iter;
  gpointer code;

  if (self->type_code != NULL && rp_meeting_type_is_known (self->type_code))
    g_hash_table_add (seen, (gpointer) rp_meeting_type_get_canonical (self->type_code));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RpDirectoryMeeting) meeting = g_list_model_get_item (self->model, i);
      const char * const *types = rp_directory_meeting_get_types (meeting);

      for (guint j = 0; types[j] != NULL; j++)
        {
          const char *canonical = rp_meeting_type_get_canonical (types[j]);

          if (canonical != NULL && !rp_meeting_type_is_legacy (canonical))
            g_hash_table_add (seen, (gpointer) canonical);
        }
    }

  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &code, NULL))
    g_ptr_array_add (codes, code);
  g_ptr_array_sort (codes, compare_meanings);

  g_ptr_array_set_size (self->type_codes, 0);
  g_ptr_array_add (self->type_codes, NULL);
  gtk_string_list_append (items, C_("meeting type filter", "Any Type"));
  for (guint i = 0; i < codes->len; i++)
    {
      g_ptr_array_add (self->type_codes, g_ptr_array_index (codes, i));
      gtk_string_list_append (items, rp_meeting_type_get_meaning (g_ptr_array_index (codes, i)));
    }

  self->syncing = TRUE;
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (items));
  self->syncing = FALSE;
  sync_dropdowns (self);
}

static void
set_weekday (RpDirectoryFilters *self,
             int                 weekday)
{
  if (self->weekday == weekday)
    return;

  self->weekday = weekday;
  sync_dropdowns (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEKDAY]);
}

static void
set_time_of_day (RpDirectoryFilters *self,
                 RpTimeOfDay         times)
{
  if (self->time_of_day == times)
    return;

  self->time_of_day = times;
  sync_dropdowns (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_OF_DAY]);
}

static void
set_type_code (RpDirectoryFilters *self,
               const char         *code)
{
  if (code != NULL && code[0] == '\0')
    code = NULL;

  if (g_strcmp0 (self->type_code, code) == 0)
    return;

  g_free (self->type_code);
  self->type_code = g_strdup (code);
  if (code != NULL && type_item_of (self, code) == 0)
    update_type_items (self);
  sync_dropdowns (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TYPE_CODE]);
}

static void
set_attendance_mode (RpDirectoryFilters *self,
                     RpAttendanceMode    mode)
{
  if (self->attendance_mode == mode)
    return;

  self->attendance_mode = mode;
  sync_dropdowns (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDANCE_MODE]);
}

static void
weekday_selected_cb (RpDirectoryFilters *self)
{
  guint selected = gtk_drop_down_get_selected (self->weekday_dropdown);

  if (!self->syncing && selected <= G_DATE_SUNDAY)
    set_weekday (self, (int) selected);
}

static void
time_selected_cb (RpDirectoryFilters *self)
{
  guint selected = gtk_drop_down_get_selected (self->time_dropdown);

  if (!self->syncing && selected < G_N_ELEMENTS (time_items))
    set_time_of_day (self, time_items[selected]);
}

static void
type_selected_cb (RpDirectoryFilters *self)
{
  guint selected = gtk_drop_down_get_selected (self->type_dropdown);

  if (!self->syncing && selected < self->type_codes->len)
    set_type_code (self, g_ptr_array_index (self->type_codes, selected));
}

static void
mode_selected_cb (RpDirectoryFilters *self)
{
  guint selected = gtk_drop_down_get_selected (self->mode_dropdown);

  if (!self->syncing && selected <= RP_ATTENDANCE_MODE_ONLINE)
    set_attendance_mode (self, (RpAttendanceMode) selected);
}

GtkWidget *
rp_directory_filters_new (void)
{
  return g_object_new (RP_TYPE_DIRECTORY_FILTERS, NULL);
}

GListModel *
rp_directory_filters_get_model (RpDirectoryFilters *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_FILTERS (self), NULL);

  return self->model;
}

/**
 * rp_directory_filters_set_model:
 * @self: a #RpDirectoryFilters
 * @model: (nullable): the #RpDirectoryMeeting whose types to offer
 */
void
rp_directory_filters_set_model (RpDirectoryFilters *self,
                                GListModel         *model)
{
  g_return_if_fail (RP_IS_DIRECTORY_FILTERS (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, update_type_items, self);

  g_set_object (&self->model, model);

  if (model != NULL)
    g_signal_connect_object (model, "items-changed",
                             G_CALLBACK (update_type_items), self, G_CONNECT_SWAPPED);

  update_type_items (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

static void
rp_directory_filters_dispose (GObject *object)
{
  RpDirectoryFilters *self = RP_DIRECTORY_FILTERS (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, update_type_items, self);
  g_clear_object (&self->model);

  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_DIRECTORY_FILTERS);

  G_OBJECT_CLASS (rp_directory_filters_parent_class)->dispose (object);
}

static void
rp_directory_filters_finalize (GObject *object)
{
  RpDirectoryFilters *self = RP_DIRECTORY_FILTERS (object);

  g_clear_pointer (&self->type_code, g_free);
  g_clear_pointer (&self->type_codes, g_ptr_array_unref);

  G_OBJECT_CLASS (rp_directory_filters_parent_class)->finalize (object);
}

static void
rp_directory_filters_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RpDirectoryFilters *self = RP_DIRECTORY_FILTERS (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
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

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_directory_filters_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RpDirectoryFilters *self = RP_DIRECTORY_FILTERS (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      rp_directory_filters_set_model (self, g_value_get_object (value));
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
rp_directory_filters_class_init (RpDirectoryFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_directory_filters_dispose;
  object_class->finalize = rp_directory_filters_finalize;
  object_class->get_property = rp_directory_filters_get_property;
  object_class->set_property = rp_directory_filters_set_property;

  /**
   * RpDirectoryFilters:model:
   *
   * The directory meetings whose types the type dropdown offers.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RpDirectoryFilters:weekday:
   *
   * A #GDateWeekday, or 0 for any day.
   */
  properties[PROP_WEEKDAY] =
    g_param_spec_int ("weekday", NULL, NULL,
                      0, G_DATE_SUNDAY, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  /**
   * RpDirectoryFilters:time-of-day:
   *
   * #RpTimeOfDay flags; the dropdown shows the first one set.
   */
  properties[PROP_TIME_OF_DAY] =
    g_param_spec_uint ("time-of-day", NULL, NULL,
                       0, RP_TIME_OF_DAY_ALL, RP_TIME_OF_DAY_ANY,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RpDirectoryFilters:type-code:
   *
   * A Meeting Guide type code, or "" for any type.
   */
  properties[PROP_TYPE_CODE] =
    g_param_spec_string ("type-code", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RpDirectoryFilters:attendance-mode:
   *
   * A #RpAttendanceMode.
   */
  properties[PROP_ATTENDANCE_MODE] =
    g_param_spec_int ("attendance-mode", NULL, NULL,
                      RP_ATTENDANCE_MODE_ANY, RP_ATTENDANCE_MODE_ONLINE, RP_ATTENDANCE_MODE_ANY,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-directory-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryFilters, weekday_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryFilters, time_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryFilters, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryFilters, mode_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, weekday_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, type_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, mode_selected_cb);
}

static void
rp_directory_filters_init (RpDirectoryFilters *self)
{
  g_autoptr(GtkExpression) expression = NULL;

  self->type_codes = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->type_dropdown, expression);

  update_type_items (self);
}
