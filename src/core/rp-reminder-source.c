/* rp-reminder-source.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The interface of everything that reminds; the planner asks each source
 * for its reminders over a span of time and plans again when one says it
 * changed. */

#define G_LOG_DOMAIN "rp-reminder"

#include "config.h"

#include "rp-reminder-source.h"

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_INTERFACE (RpReminderSource, rp_reminder_source, G_TYPE_OBJECT)

static void
rp_reminder_source_default_init (RpReminderSourceInterface *iface)
{
  /**
   * RpReminderSource::changed:
   * @self: a #RpReminderSource
   *
   * What the source would collect changed (its data or its settings):
   * the reminders must be planned again.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_INTERFACE (iface),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

/**
 * rp_reminder_source_collect:
 * @self: a #RpReminderSource
 * @from: the start of the span, in any zone
 * @until: the end of the span, in any zone
 * @out: (element-type RpReminder): the array to append to; it owns what
 *   is appended, so give it rp_reminder_free() as its free function
 *
 * Appends every reminder of @self that is due before @until and whose
 * event ends after @from.
 */
void
rp_reminder_source_collect (RpReminderSource *self,
                            GDateTime        *from,
                            GDateTime        *until,
                            GPtrArray        *out)
{
  RpReminderSourceInterface *iface;

  g_return_if_fail (RP_IS_REMINDER_SOURCE (self));
  g_return_if_fail (from != NULL);
  g_return_if_fail (until != NULL);
  g_return_if_fail (out != NULL);

  iface = RP_REMINDER_SOURCE_GET_IFACE (self);
  g_return_if_fail (iface->collect != NULL);

  iface->collect (self, from, until, out);
}

/**
 * rp_reminder_source_emit_changed:
 * @self: a #RpReminderSource
 *
 * Emits #RpReminderSource::changed; for implementations.
 */
void
rp_reminder_source_emit_changed (RpReminderSource *self)
{
  g_return_if_fail (RP_IS_REMINDER_SOURCE (self));

  g_signal_emit (self, signals[CHANGED], 0);
}
