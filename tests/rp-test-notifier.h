/* rp-test-notifier.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A notifier that records what it is asked to show, for the tests of
 * RpReminders; it can play a session without a notification server. */

#pragma once

#include "rp-notifier.h"

G_BEGIN_DECLS

typedef struct
{
  char  *id;
  char  *summary;
  char  *body;
  GStrv  actions;
} RpTestNotification;

#define RP_TYPE_TEST_NOTIFIER (rp_test_notifier_get_type ())

G_DECLARE_FINAL_TYPE (RpTestNotifier, rp_test_notifier, RP, TEST_NOTIFIER, GObject)

RpTestNotifier           *rp_test_notifier_new           (void);
guint                     rp_test_notifier_get_n_shown   (RpTestNotifier *self);
const RpTestNotification *rp_test_notifier_get_shown     (RpTestNotifier *self,
                                                          guint           index);
gboolean                  rp_test_notification_has_action (const RpTestNotification *notification,
                                                           const char               *action);
void                      rp_test_notifier_set_available (RpTestNotifier *self,
                                                          gboolean        available);
void                      rp_test_notifier_set_failing   (RpTestNotifier *self,
                                                          gboolean        failing);
void                      rp_test_notifier_invoke        (RpTestNotifier *self,
                                                          guint           index,
                                                          const char     *action);

G_END_DECLS
