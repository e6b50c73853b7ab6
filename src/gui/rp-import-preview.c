/* rp-import-preview.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpImportPreview shows what importing a meeting feed would do, before
 * anything is written: the feed's name and publishers, then how many
 * meetings are in it, new, updated, unchanged, removed, by appointment,
 * with warnings (grouped by reason) and skipped (with why), and how many
 * of My meetings it affects. The reasons are the core's own words, which
 * never quote the feed. RpImportDialog shows it. */

#define G_LOG_DOMAIN "rp-import-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-import-preview.h"

/* A preview lists at most this many kinds of warning. */
#define MAX_WARNING_ROWS 30

struct _RpImportPreview
{
  AdwBin             parent_instance;

  RpDirectoryImport *preview;

  GtkLabel          *feed_label;
  GtkLabel          *source_label;
  GtkListBox        *counts_list;
};

G_DEFINE_FINAL_TYPE (RpImportPreview, rp_import_preview, ADW_TYPE_BIN)

static GtkWidget *
make_count_label (guint count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);
  GtkWidget *label = gtk_label_new (text);

  /* Tests find a row's number by this name. */
  gtk_widget_set_name (label, "count");
  gtk_widget_add_css_class (label, "numeric");

  return label;
}

static void
add_count_row (RpImportPreview *self,
               const char      *title,
               const char     *subtitle,
               guint           count)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_count_label (count));
  gtk_list_box_append (self->counts_list, row);
}

static GtkWidget *
make_reason_row (const char *title,
                 const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* The core's reasons never quote the feed, but are not markup either. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  return row;
}

static GtkWidget *
add_expander_row (RpImportPreview *self,
                  const char     *title,
                  const char     *subtitle,
                  guint           count)
{
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), make_count_label (count));
  gtk_list_box_append (self->counts_list, row);

  return row;
}

typedef struct
{
  const char *field;
  const char *reason;
  guint       count;
} WarningGroup;

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const WarningGroup *group_a = *(const WarningGroup * const *) a;
  const WarningGroup *group_b = *(const WarningGroup * const *) b;

  if (group_a->count != group_b->count)
    return group_a->count > group_b->count ? -1 : 1;

  return g_strcmp0 (group_a->reason, group_b->reason);
}

/* One row per field and reason, most frequent first. Skipped entries
 * have their own row. */
static void
add_warning_rows (RpImportPreview *self,
                  GtkWidget      *expander)
{
  RpFeedReport *report = rp_directory_import_get_report (self->preview);
  const GPtrArray *warnings = rp_feed_report_get_warnings (report);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  guint n_listed = 0;

  for (guint i = 0; i < warnings->len; i++)
    {
      const RpFeedWarning *warning = g_ptr_array_index (warnings, i);
      g_autofree char *key = NULL;
      WarningGroup *group;

      if (warning->kind == RP_FEED_WARNING_SKIPPED)
        continue;

      key = g_strconcat (warning->field != NULL ? warning->field : "", "\n", warning->reason, NULL);
      group = g_hash_table_lookup (by_key, key);
      if (group == NULL)
        {
          group = g_new0 (WarningGroup, 1);
          group->field = warning->field;
          group->reason = warning->reason;
          g_hash_table_insert (by_key, g_steal_pointer (&key), group);
          g_ptr_array_add (groups, group);
        }
      group->count++;
    }

  g_ptr_array_sort (groups, compare_groups);

  for (guint i = 0; i < groups->len && i < MAX_WARNING_ROWS; i++)
    {
      const WarningGroup *group = g_ptr_array_index (groups, i);
      g_autofree char *subtitle = NULL;

      if (group->field != NULL)
        /* Translators: the feed's field a warning is about (“time”), and how often */
        subtitle = g_strdup_printf (ngettext ("Field “%s”, %u time", "Field “%s”, %u times",
                                              group->count),
                                    group->field, group->count);
      else
        subtitle = g_strdup_printf (ngettext ("%u time", "%u times", group->count), group->count);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                make_reason_row (group->reason, subtitle));
      n_listed += group->count;
    }

  /* The report keeps a limited number of warnings; all are counted. */
  if (rp_feed_report_get_n_warnings (report) > n_listed)
    {
      guint n_more = rp_feed_report_get_n_warnings (report) - n_listed
                     - rp_directory_import_get_n_skipped (self->preview);

      if (n_more > 0 && n_more < G_MAXUINT / 2)
        {
          g_autofree char *more = g_strdup_printf (ngettext ("And %u more warning",
                                                             "And %u more warnings", n_more),
                                                   n_more);

          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), make_reason_row (more, NULL));
        }
    }
}

static char *
dup_entities_text (RpDirectoryImport *import)
{
  const char * const *entities = rp_directory_import_get_entities (import);
  guint n_entities = entities != NULL ? g_strv_length ((char **) entities) : 0;
  g_autoptr(GString) listed = g_string_new (NULL);

  /* The feed is named after its one publisher: the title says it. */
  if (n_entities == 0 ||
      (n_entities == 1 && g_strcmp0 (entities[0], rp_directory_import_get_feed_name (import)) == 0))
    return NULL;

  for (guint i = 0; i < n_entities && i < 3; i++)
    {
      if (i > 0)
        /* Translators: between the names of organisations publishing a feed */
        g_string_append (listed, _(", "));
      g_string_append (listed, entities[i]);
    }

  if (n_entities > 3)
    /* Translators: a few publishers' names, then how many more there are */
    return g_strdup_printf (ngettext ("From %s and %u other", "From %s and %u others",
                                      n_entities - 3),
                            listed->str, n_entities - 3);

  /* Translators: the organisations that publish a meeting list */
  return g_strdup_printf (_("From %s"), listed->str);
}

/**
 * rp_import_preview_set_import:
 * @self: a #RpImportPreview
 * @preview: what importing the file would do
 * @file_name: the file's name, for display
 */
void
rp_import_preview_set_import (RpImportPreview   *self,
                              RpDirectoryImport *preview,
                              const char        *file_name)
{
  g_autofree char *entities = NULL;
  g_autoptr(GString) source = g_string_new (NULL);
  GtkWidget *child;
  guint n_skipped;
  guint n_with_warnings;
  guint n_linked;

  g_return_if_fail (RP_IS_IMPORT_PREVIEW (self));
  g_return_if_fail (preview != NULL);
  g_return_if_fail (file_name != NULL);

  g_clear_pointer (&self->preview, rp_directory_import_unref);
  self->preview = rp_directory_import_ref (preview);

  entities = dup_entities_text (preview);
  n_skipped = rp_directory_import_get_n_skipped (preview);
  n_with_warnings = rp_directory_import_get_n_with_warnings (preview);
  n_linked = rp_directory_import_get_n_linked_changed (preview) +
             rp_directory_import_get_n_linked_vanished (preview);

  gtk_label_set_text (self->feed_label, rp_directory_import_get_feed_name (preview));

  if (entities != NULL)
    g_string_append_printf (source, "%s\n", entities);
  if (rp_directory_import_get_is_new_feed (preview))
    /* Translators: the file's name; the list was not imported before */
    g_string_append_printf (source, _("%s, a new meeting list"), file_name);
  else
    /* Translators: the file's name; the list was imported before */
    g_string_append_printf (source, _("%s, an update of a meeting list imported before"),
                            file_name);
  gtk_label_set_text (self->source_label, source->str);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->counts_list))) != NULL)
    gtk_list_box_remove (self->counts_list, child);

  add_count_row (self, _("Meetings in the list"), NULL,
                 rp_directory_import_get_n_meetings (preview));
  add_count_row (self, _("New"), NULL, rp_directory_import_get_n_new (preview));
  add_count_row (self, _("Updated"), NULL, rp_directory_import_get_n_updated (preview));
  if (!rp_directory_import_get_is_new_feed (preview))
    add_count_row (self, _("Unchanged"), NULL, rp_directory_import_get_n_unchanged (preview));
  add_count_row (self, _("Removed"), _("No longer in this list"),
                 rp_directory_import_get_n_removed (preview));
  add_count_row (self, _("By appointment"),
                 _("No day and time given: they cannot be added to My Meetings"),
                 rp_directory_import_get_n_by_appointment (preview));

  if (n_with_warnings > 0)
    add_warning_rows (self, add_expander_row (self, _("With warnings"),
                                              _("A field was left out or shortened"),
                                              n_with_warnings));
  else
    add_count_row (self, _("With warnings"), NULL, 0);

  if (n_skipped > 0)
    {
      g_auto(GStrv) reasons = rp_directory_import_dup_skipped_reasons (preview);
      GtkWidget *expander = add_expander_row (self, _("Skipped entries"),
                                              _("Not meetings, or repeated"), n_skipped);

      for (guint i = 0; reasons[i] != NULL && i < MAX_WARNING_ROWS; i++)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), make_reason_row (reasons[i], NULL));
    }

  if (n_linked > 0)
    add_count_row (self, _("Your meetings affected"),
                   _("Added from this list before; you can review the changes"), n_linked);
}

GtkWidget *
rp_import_preview_new (void)
{
  return g_object_new (RP_TYPE_IMPORT_PREVIEW, NULL);
}

static void
rp_import_preview_dispose (GObject *object)
{
  RpImportPreview *self = RP_IMPORT_PREVIEW (object);

  g_clear_pointer (&self->preview, rp_directory_import_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_IMPORT_PREVIEW);

  G_OBJECT_CLASS (rp_import_preview_parent_class)->dispose (object);
}

static void
rp_import_preview_class_init (RpImportPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_import_preview_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-import-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, RpImportPreview, feed_label);
  gtk_widget_class_bind_template_child (widget_class, RpImportPreview, source_label);
  gtk_widget_class_bind_template_child (widget_class, RpImportPreview, counts_list);
}

static void
rp_import_preview_init (RpImportPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
