/* rp-starter-library-strings.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Generated from the headers of data/readings/ by
 * build-aux/update-reading-strings.sh: do not edit, run the script (the
 * check-reading-strings test fails until it is run). */

#pragma once

#include <glib/gi18n-lib.h>

/* For xgettext: rp-starter-library.c translates the header values
 * themselves. */
static const char * const rp_starter_library_strings[] G_GNUC_UNUSED = {
  /* 01-your-first-meeting.md */
  N_("Your First Meeting"),
  N_("What usually happens at a twelve-step meeting, what you are and are not expected to do, and how to make the most of the hour."),
  N_("Written for Reprieve by its contributors"),
  N_("Free to share under the GNU GPL, version 3 or later, like the rest of Reprieve"),
  /* 02-asking-for-a-sponsor.md */
  N_("How to Ask Someone to Sponsor You"),
  N_("What a sponsor is, how to choose one, the words you can use to ask, and what to do if the answer is no."),
  /* 03-when-a-craving-hits.md */
  N_("When a Craving Hits"),
  N_("A craving is a wave that passes. How to ride it out, using HALT (hungry, angry, lonely, tired) and a phone call."),
  /* 04-triggers-and-a-coping-plan.md */
  N_("Triggers and a Coping Plan"),
  N_("Learning what sets off the urge to drink, use or act out, and writing a short plan for those moments before they arrive."),
  /* 05-one-day-at-a-time.md */
  N_("One Day at a Time"),
  N_("Why recovery is lived in single days, and how to shrink “forever” down to something you can actually do."),
  /* 06-gratitude.md */
  N_("Gratitude"),
  N_("Why people in recovery keep talking about gratitude, and simple ways to practise it on days when nothing feels good."),
  /* 07-a-nightly-review.md */
  N_("A Nightly Review"),
  N_("A short end-of-day look back, in the spirit of the tenth step, to put the day down honestly and sleep with a lighter load."),
  /* 08-after-a-slip.md */
  N_("After a Slip"),
  N_("If you drank, used or acted out again, you are still welcome. How to get honest, get support and start again without drowning in shame."),
  /* 09-building-a-support-network.md */
  N_("Building a Support Network"),
  N_("Why one sponsor is not enough, how to gather a handful of people you can call, and how to actually use the phone list."),
  /* 10-service.md */
  N_("Service"),
  N_("Helping others is one of the oldest tools in recovery. What service looks like, from making coffee to sponsoring, and why it helps the one who serves."),
  /* 11-meditation-for-beginners.md */
  N_("Meditation for Beginners"),
  N_("A plain, no-special-beliefs-required introduction to sitting quietly for a few minutes a day, with three simple practices to try."),
  /* 12-when-to-seek-professional-help.md */
  N_("When to Seek Professional Help"),
  N_("Recovery groups complement medical and psychological care; they do not replace it. Signs that it is time to see a professional, and what to do in an emergency."),
  /* 13-a-power-of-your-own-understanding.md */
  N_("A Power of Your Own Understanding"),
  N_("For the doubtful, the religious and everyone in between: how people of every belief and none find something greater than themselves to lean on."),
  /* 14-holidays-and-special-occasions.md */
  N_("Holidays and Special Occasions"),
  N_("Family gatherings, parties, weddings and anniversaries can be hard in recovery. How to plan for them, leave when you need to, and still enjoy the day."),
  /* 15-the-twelve-steps-1939.md */
  N_("The Twelve Steps, as First Printed in 1939"),
  N_("The original wording of the Twelve Steps from the first edition of the book Alcoholics Anonymous, which is in the public domain in the United States."),
  N_("Alcoholics Anonymous, first edition, first printing (New York: Works Publishing Company, 1939), chapter 5"),
  N_("Public domain in the United States: published in 1939, its copyright was not renewed"),
  /* 16-aa-daily-reflections.md */
  N_("Daily Reflections (Alcoholics Anonymous)"),
  N_("A short reflection for each day of the year, written by A.A. members, published free on A.A.'s website."),
  N_("Published on the web by Alcoholics Anonymous"),
  N_("Not copied into Reprieve: the page belongs to its publisher and opens in your web browser"),
  /* 17-na-just-for-today.md */
  N_("Just for Today (Narcotics Anonymous)"),
  N_("Narcotics Anonymous's daily meditation, free to read each day on the web."),
  N_("Published on the web by Narcotics Anonymous"),
  /* 18-na-spiritual-principle-a-day.md */
  N_("Spiritual Principle a Day (Narcotics Anonymous)"),
  N_("A second daily reading from Narcotics Anonymous, each day on one spiritual principle, free on the web."),
  /* 19-aa-grapevine.md */
  N_("A.A. Grapevine"),
  N_("The magazine of Alcoholics Anonymous, with members' stories and a short quote of the day on its home page."),
  N_("Published on the web by the A.A. Grapevine"),
  /* 20-al-anon-family-groups.md */
  N_("Al-Anon Family Groups"),
  N_("For the families and friends of people with a drinking problem: what Al-Anon and Alateen are, and how to find a meeting."),
  N_("Published on the web by Al-Anon Family Groups"),
};
