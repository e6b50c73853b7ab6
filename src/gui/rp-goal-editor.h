/* rp-goal-editor.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-editor-window.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_GOAL_EDITOR (rp_goal_editor_get_type ())

G_DECLARE_FINAL_TYPE (RpGoalEditor, rp_goal_editor, RP, GOAL_EDITOR, RpEditorWindow)

/* A new daily habit starting @today. */
RpGoalEditor *rp_goal_editor_new          (RpStore      *store,
                                           const GDate  *today);
/* @goal is not changed: the editor saves a copy. */
RpGoalEditor *rp_goal_editor_new_for_goal (RpStore      *store,
                                           RpGoal       *goal);
void          rp_goal_editor_present      (RpGoalEditor *self,
                                           GtkWindow    *parent);
gboolean      rp_goal_editor_get_modified (RpGoalEditor *self);

/* Signal "saved" (RpGoal): saved, with its id; the editor closes next. */

G_END_DECLS
