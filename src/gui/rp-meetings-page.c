/* rp-meetings-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpMeetingsPage: The Meetings page: the agenda, the month calendar, My meetings and the directory.
 * Until its features land it shows an empty state that says what will be
 * here and offers the first step.
 */

#define G_LOG_DOMAIN "rp-meetings-page"

#include "config.h"

#include "rp-meetings-page.h"

struct _RpMeetingsPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (RpMeetingsPage, rp_meetings_page, ADW_TYPE_BIN)

static void
rp_meetings_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_MEETINGS_PAGE);

  G_OBJECT_CLASS (rp_meetings_page_parent_class)->dispose (object);
}

static void
rp_meetings_page_class_init (RpMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_meetings_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-meetings-page.ui");
}

static void
rp_meetings_page_init (RpMeetingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
