/* rp-today-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpTodayPage: The page Reprieve opens on: your clean time, your next meeting, today's reading and today's goals, together.
 * Until its features land it shows an empty state that says what will be
 * here and offers the first step, and the Call Sponsor button once a
 * sponsor is saved.
 */

#define G_LOG_DOMAIN "rp-today-page"

#include "config.h"

#include "rp-today-page.h"

struct _RpTodayPage
{
  AdwBin     parent_instance;

  GtkWidget *call_sponsor_button;

  RpStore   *store;
  /* Our own reference keeps g_binding_unbind() safe whichever end goes
   * first. */
  GBinding  *sponsor_binding;
};

G_DEFINE_FINAL_TYPE (RpTodayPage, rp_today_page, ADW_TYPE_BIN)

static void
clear_store (RpTodayPage *self)
{
  if (self->sponsor_binding != NULL)
    g_binding_unbind (self->sponsor_binding);
  g_clear_object (&self->sponsor_binding);
  g_clear_object (&self->store);
}

static void
rp_today_page_dispose (GObject *object)
{
  RpTodayPage *self = RP_TODAY_PAGE (object);

  clear_store (self);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_TODAY_PAGE);

  G_OBJECT_CLASS (rp_today_page_parent_class)->dispose (object);
}

static void
rp_today_page_class_init (RpTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_today_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, call_sponsor_button);
}

static void
rp_today_page_init (RpTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rp_today_page_set_store:
 * @store: (nullable): the store, or %NULL when the data could not be opened
 *
 * The Call Sponsor button shows while @store has a sponsor.
 */
void
rp_today_page_set_store (RpTodayPage *self,
                         RpStore     *store)
{
  g_return_if_fail (RP_IS_TODAY_PAGE (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));

  if (store == self->store)
    return;

  clear_store (self);
  gtk_widget_set_visible (self->call_sponsor_button, FALSE);
  if (store == NULL)
    return;

  self->store = g_object_ref (store);
  self->sponsor_binding =
    g_object_ref (g_object_bind_property (store, "has-sponsor",
                                          self->call_sponsor_button, "visible",
                                          G_BINDING_SYNC_CREATE));
}
