/* ec-lesson-check.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-lesson.h"
#include "ec-tally.h"

G_BEGIN_DECLS

/* Checking a map task: a step's condition (see #EcConditionKind) evaluated
 * on the step's starting scenario, the student's current scenario and its
 * tally. The verdict comes with translated sentences that say, in words,
 * what is right and what is wrong ("Nobody has 270 yet: Donald Trump has
 * 279."), one per condition that matters, failures first.
 *
 * For a condition that asks for few changed units ("units_changed" with
 * "at_most", combined with a goal on the outcome, a winner or a
 * candidate's electoral votes), the check also computes the fewest units
 * that reach the goal from the starting map, so that feedback can say
 * "You changed 5 states; it can be done with 3." That number is computed
 * from the scenario, never written in the lesson. A check counts a few
 * hundred tallies at most (20–45 ms for the bundled tasks on a busy
 * machine); the window may still run it in a GTask. */

#define EC_TYPE_LESSON_CHECK (ec_lesson_check_get_type ())

typedef struct _EcLessonCheck EcLessonCheck;

GType               ec_lesson_check_get_type         (void) G_GNUC_CONST;
/* @tally may be %NULL, and the check counts @current itself. */
EcLessonCheck      *ec_lesson_check_new              (EcLessonCondition *condition,
                                                      EcScenario        *start,
                                                      EcScenario        *current,
                                                      EcTally           *tally);
EcLessonCheck      *ec_lesson_check_ref              (EcLessonCheck     *self);
void                ec_lesson_check_unref            (EcLessonCheck     *self);

gboolean            ec_lesson_check_get_passed       (EcLessonCheck     *self);
/* The sentences, %NULL-terminated, never empty. */
const char * const *ec_lesson_check_get_sentences    (EcLessonCheck     *self);
/* All the sentences as one paragraph. */
char               *ec_lesson_check_dup_text         (EcLessonCheck     *self);
/* How many units have another winner than on the starting map. */
guint               ec_lesson_check_get_units_changed (EcLessonCheck    *self);
/* %TRUE, with the fewest units that reach the goal, when the condition
 * asks for few changed units and the goal can be reached. */
gboolean            ec_lesson_check_get_minimum_units (EcLessonCheck    *self,
                                                      guint             *minimum);

/* The fewest units that must change winner from @start to satisfy the goal
 * in @condition (every part of it but "units_changed"), and a scenario
 * that does it; %FALSE when the condition has no such goal or it cannot be
 * reached by changing winners. Used by the check and by tests. */
gboolean            ec_lesson_check_find_minimum     (EcLessonCondition *condition,
                                                      EcScenario        *start,
                                                      guint             *minimum,
                                                      EcScenario       **example);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcLessonCheck, ec_lesson_check_unref)

G_END_DECLS
