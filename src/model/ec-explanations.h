/* ec-explanations.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define EC_EXPLANATIONS_ERROR (ec_explanations_error_quark ())

typedef enum {
  EC_EXPLANATIONS_ERROR_INVALID_DATA,
} EcExplanationsError;

/**
 * EcSource:
 * @title: the public document, translated
 * @detail: what the topic takes from it, translated
 * @url: where a student can read it
 */
typedef struct {
  char *title;
  char *detail;
  char *url;
} EcSource;

/**
 * EcTopic:
 * @id: a stable identifier, such as "why-270"
 * @title: the topic's question or title
 * @short_text: two or three sentences, shown first
 * @more: (array zero-terminated=1): paragraphs shown on request
 * @sources: (element-type EcSource): where the facts come from
 */
typedef struct {
  char      *id;
  char      *title;
  char      *short_text;
  char     **more;
  GPtrArray *sources;
} EcTopic;

#define EC_TYPE_EXPLANATIONS (ec_explanations_get_type ())
G_DECLARE_FINAL_TYPE (EcExplanations, ec_explanations, EC, EXPLANATIONS, GObject)

GQuark          ec_explanations_error_quark    (void);
EcExplanations *ec_explanations_get_default    (void);
EcExplanations *ec_explanations_new_from_data  (const char      *data,
                                                gsize            length,
                                                GError         **error);
guint           ec_explanations_get_n_topics   (EcExplanations  *self);
const EcTopic  *ec_explanations_get_topic      (EcExplanations  *self,
                                                guint            position);
const EcTopic  *ec_explanations_lookup         (EcExplanations  *self,
                                                const char      *id);
const EcTopic  *ec_explanations_for_event      (EcExplanations  *self,
                                                const char      *event);
const EcTopic  *ec_explanations_for_election   (EcExplanations  *self,
                                                int              year);
const char * const *ec_explanations_get_events (void);

G_END_DECLS
