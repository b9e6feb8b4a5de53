/* ec-laws.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define EC_LAWS_ERROR (ec_laws_error_quark ())

typedef enum {
  EC_LAWS_ERROR_INVALID_DATA,
} EcLawsError;

typedef enum {
  EC_LAW_NONE,
  EC_LAW_PLEDGE_NO_PENALTY,
  EC_LAW_PENALTY_VOTE_COUNTS,
  EC_LAW_VOTE_CANCELLED_REPLACED,
} EcLawCategory;

/**
 * EcLaw:
 * @name: the state's name
 * @category: what the state does to a faithless elector
 * @summary: the law in plain words, translated
 * @earlier: (nullable): the rule before @since, translated
 * @since: the year the current rule began, or 0 if the data does not say
 * @ufpea: whether the state uses the Uniform Faithful Presidential Electors Act
 * @statute: (nullable): the statute's citation
 * @source_date: the date of the source the entry rests on
 * @sources: (array zero-terminated=1): links to the sources
 * @verified: whether the entry was checked against text about that state
 * @caveat: (nullable): what is uncertain about the entry, translated
 *
 * One state's law on faithless electors.
 */
typedef struct {
  char          *name;
  EcLawCategory  category;
  char          *summary;
  char          *earlier;
  guint          since;
  gboolean       ufpea;
  char          *statute;
  char          *source_date;
  char         **sources;
  gboolean       verified;
  char          *caveat;
} EcLaw;

#define EC_TYPE_LAWS (ec_laws_get_type ())
G_DECLARE_FINAL_TYPE (EcLaws, ec_laws, EC, LAWS, GObject)

GQuark        ec_laws_error_quark    (void);
EcLaws       *ec_laws_get_default    (void);
EcLaws       *ec_laws_new_from_data  (const char  *data,
                                      gsize        length,
                                      GError     **error);
const char   *ec_laws_get_as_of      (EcLaws      *self);
const EcLaw  *ec_laws_lookup         (EcLaws      *self,
                                      const char  *state_id);
gboolean      ec_laws_voids_faithless_in (EcLaws     *self,
                                          const char *state_id,
                                          int         year,
                                          gboolean   *unknown);
gboolean      ec_laws_voids_faithless (EcLaws     *self,
                                      const char  *state_id);
guint         ec_laws_count_voiding  (EcLaws      *self);
char         *ec_laws_expand         (EcLaws      *self,
                                      const char  *text,
                                      GError     **error);

G_END_DECLS
