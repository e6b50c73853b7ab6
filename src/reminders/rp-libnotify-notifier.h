/* rp-libnotify-notifier.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-notifier.h"

G_BEGIN_DECLS

#define RP_TYPE_LIBNOTIFY_NOTIFIER (rp_libnotify_notifier_get_type ())

G_DECLARE_FINAL_TYPE (RpLibnotifyNotifier, rp_libnotify_notifier, RP, LIBNOTIFY_NOTIFIER, GObject)

RpLibnotifyNotifier *rp_libnotify_notifier_new (void);

G_END_DECLS
