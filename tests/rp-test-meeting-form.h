/* rp-test-meeting-form.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shared by the meeting form's tests (test-meeting-form.c,
 * test-meeting-form-build.c). */

#pragma once

#include "rp-meeting-form.h"

G_BEGIN_DECLS

void rp_test_meeting_form_valid_values      (RpMeetingFormValues       *values);
void rp_test_meeting_form_assert_no_problem (const RpMeetingFormValues *values);

G_END_DECLS
