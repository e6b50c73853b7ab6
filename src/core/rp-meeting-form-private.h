/* rp-meeting-form-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-meeting-form.h"

G_BEGIN_DECLS

/* What rp-meeting-form.c (the checks) and rp-meeting-form-build.c (the
 * meeting they make) share: both read the field texts the same way. */

gboolean rp_meeting_form_is_blank    (const char *text);
char    *rp_meeting_form_dup_trimmed (const char *text);

G_END_DECLS
