/* rp-directory-view-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-directory-filters.h"
#include "rp-directory-query.h"
#include "rp-directory-view.h"

G_BEGIN_DECLS

/* RpDirectoryView is written in two files: rp-directory-view.c (the
 * search, the filters and the object) and rp-directory-view-rows.c (the
 * rows, and adding their meetings to My meetings). This is what they
 * share. */

struct _RpDirectoryView
{
  AdwBin              parent_instance;

  RpStore            *store;
  RpDirectoryQuery   *query;
  int                 weekday;         /* 0: any, else a GDateWeekday */
  RpTimeOfDay         time_of_day;
  char               *type_code;       /* NULL: any */
  RpAttendanceMode    attendance_mode;
  guint               n_results;

  GtkCustomFilter    *filter;
  GtkFilterListModel *results;
  GHashTable         *added_keys;      /* "feed key\nslug" of My meetings */
  GHashTable         *bound_rows;      /* RpDirectoryRow, shown now */

  GtkStack           *main_stack;
  GtkStack           *results_stack;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GtkLabel           *count_label;
  GtkLabel           *filter_count_label;
  RpDirectoryFilters *filters;
};

/* rp-directory-view-rows.c */
void rp_directory_view_update_added  (RpDirectoryView          *self);
void rp_directory_view_add_action_cb (GtkWidget                *widget,
                                      const char               *action_name,
                                      GVariant                 *parameter);
void rp_directory_view_setup_row_cb  (GtkSignalListItemFactory *factory,
                                      GtkListItem              *item,
                                      RpDirectoryView          *self);
void rp_directory_view_bind_row_cb   (GtkSignalListItemFactory *factory,
                                      GtkListItem              *item,
                                      RpDirectoryView          *self);
void rp_directory_view_unbind_row_cb (GtkSignalListItemFactory *factory,
                                      GtkListItem              *item,
                                      RpDirectoryView          *self);

G_END_DECLS
