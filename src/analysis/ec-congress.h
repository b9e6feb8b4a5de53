/* ec-congress.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define EC_CONGRESS_ERROR (ec_congress_error_quark ())

typedef enum {
  EC_CONGRESS_ERROR_NO_DATA,
  EC_CONGRESS_ERROR_INVALID,
} EcCongressError;

/**
 * EcParty:
 * @EC_PARTY_DEMOCRATIC: the Democratic Party
 * @EC_PARTY_REPUBLICAN: the Republican Party
 * @EC_PARTY_INDEPENDENT: members of neither
 *
 * The parties of members of Congress, as the data counts them.
 */
typedef enum {
  EC_PARTY_DEMOCRATIC,
  EC_PARTY_REPUBLICAN,
  EC_PARTY_INDEPENDENT,
} EcParty;

#define EC_N_PARTIES (EC_PARTY_INDEPENDENT + 1)

/**
 * EcDelegation:
 * @members: the members seated on the first day, by #EcParty
 * @vacant: seats empty on that day
 * @note: (nullable): what the source says about a vacancy or a special case
 *
 * A state's members of the House of Representatives.
 */
typedef struct {
  guint  members[EC_N_PARTIES];
  guint  vacant;
  char  *note;
} EcDelegation;

/**
 * EcSenate:
 * @senators: the senators seated on the first day, by #EcParty
 * @vacant: seats empty on that day
 * @independents_caucus: the party the independents caucus with, or
 *   %EC_PARTY_INDEPENDENT if there are none
 *
 * The Senate.
 */
typedef struct {
  guint    senators[EC_N_PARTIES];
  guint    vacant;
  EcParty  independents_caucus;
} EcSenate;

#define EC_TYPE_CONGRESS (ec_congress_get_type ())

G_DECLARE_FINAL_TYPE (EcCongress, ec_congress, EC, CONGRESS, GObject)

GQuark              ec_congress_error_quark     (void);
gboolean            ec_congress_has_year        (int          year);
EcCongress         *ec_congress_new_for_year    (int          year,
                                                 GError     **error);
EcCongress         *ec_congress_new_from_data   (const char  *data,
                                                 gsize        length,
                                                 int          year,
                                                 GError     **error);
int                 ec_congress_get_year        (EcCongress  *self);
guint               ec_congress_get_number      (EcCongress  *self);
const EcDelegation *ec_congress_get_delegation  (EcCongress  *self,
                                                 const char  *state_id);
const EcSenate     *ec_congress_get_senate      (EcCongress  *self);
const char         *ec_congress_get_nominee     (EcCongress  *self,
                                                 EcParty      party);
guint               ec_congress_get_n_states    (EcCongress  *self);

G_END_DECLS
