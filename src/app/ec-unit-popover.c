/* ec-unit-popover.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "ec-allocation.h"
#include "ec-laws.h"
#include "ec-unit-popover.h"

/* What a right-click, a long press or the Menu key opens on a unit: whom its
 * electors are pledged to (any candidate of the election, or undecided), its
 * electoral votes and the real result. The title and the real result stay
 * at the top; the rest scrolls when the window is too short for it. */
struct _EcUnitPopover
{
  GtkPopover  parent_instance;

  EcScenario *scenario;
  char       *unit_id;
  gboolean    syncing;

  GtkBox     *header;
  GtkScrolledWindow *scroller;
  GtkLabel   *title_label;
  GtkLabel   *votes_label;
  GtkBox     *choices;
  GtkButton  *candidates_button;
  GtkLabel   *result_label;
  GtkBox     *split_box;
  GtkSwitch  *split_switch;
  GtkBox     *faithless_box;
  GtkLabel   *faithless_hint;
  GtkListBox *faithless_rows;
  GtkBox     *add_box;
  GtkSpinButton *count_spin;
  GtkAdjustment *count_adjustment;
  GtkDropDown *target_dropdown;
  GtkButton  *add_button;
  GtkLabel   *counter_label;
  GtkLabel   *error_label;
  GtkEntry   *person_entry;
  GtkLabel   *law_label;
  GtkLabel   *caveat_label;

  /* What each entry of target_dropdown stands for: a candidate, or NULL for
   * "someone else" and for "nobody". */
  GPtrArray  *targets;
  guint       someone_else;
  guint       nobody;
  /* How many more of the unit's electors can break their pledge, and how
   * many are pledged and faithless already, for the counter's limit. */
  guint       available;
  guint       pledged;
  guint       used;
};

/* Room the popover leaves between itself and the window's edges. */
#define WINDOW_MARGIN 24
/* What a popover draws around its content: padding, border and the room
 * for its shadow, as measured with libadwaita's style. */
#define POPOVER_CHROME 64
/* Below this the body would be too short to use: let it be taller. */
#define MIN_BODY_HEIGHT 160

G_DEFINE_FINAL_TYPE (EcUnitPopover, ec_unit_popover, GTK_TYPE_POPOVER)

static void
remove_faithless_cb (EcUnitPopover *self,
                     GtkButton     *button)
{
  ec_scenario_remove_faithless (self->scenario, g_object_get_data (G_OBJECT (button), "ec-faithless"));
}

static void
sync_split (EcUnitPopover *self,
            EcUnit        *unit)
{
  EcUnit *state = ec_election_get_unit (ec_scenario_get_election (self->scenario), ec_unit_get_state_id (unit));
  gboolean has_districts = ec_unit_get_districts (state)->len > 0;

  gtk_widget_set_visible (GTK_WIDGET (self->split_box), has_districts);
  if (has_districts)
    gtk_switch_set_active (self->split_switch, ec_scenario_get_split (self->scenario, ec_unit_get_id (state)));
}

static void
split_switch_cb (EcUnitPopover *self)
{
  EcUnit *unit;

  if (self->syncing)
    return;

  unit = ec_election_get_unit (ec_scenario_get_election (self->scenario), self->unit_id);
  ec_scenario_set_split (self->scenario, ec_unit_get_state_id (unit), gtk_switch_get_active (self->split_switch));
}

static void
target_changed_cb (EcUnitPopover *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->person_entry),
                          gtk_drop_down_get_selected (self->target_dropdown) == self->someone_else);
}

static void
sync_faithless (EcUnitPopover *self,
                EcUnit        *unit,
                EcCandidate   *winner,
                guint          votes)
{
  GPtrArray *faithless = ec_scenario_get_faithless (self->scenario);
  GPtrArray *candidates = ec_scenario_get_candidates (self->scenario);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint used = ec_scenario_get_faithless_count (self->scenario, self->unit_id);
  gboolean active = ec_scenario_is_unit_active (self->scenario, unit);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->faithless_rows))))
    gtk_list_box_remove (self->faithless_rows, child);

  for (guint i = 0; i < faithless->len; i++)
    {
      EcFaithless *f = g_ptr_array_index (faithless, i);
      GtkWidget *row;
      GtkWidget *remove;
      g_autofree char *title = NULL;

      if (!g_str_equal (f->unit_id, self->unit_id))
        continue;

      if (f->to != NULL)
        title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u elector votes for %s", "%u electors vote for %s", f->count),
                                 f->count, ec_candidate_get_name (f->to));
      else
        title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u elector abstains", "%u electors abstain", f->count), f->count);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (f->elector != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), f->elector);

      remove = gtk_button_new_from_icon_name ("edit-delete-symbolic");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Keep the pledge"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Keep the pledge"), -1);
      g_object_set_data (G_OBJECT (remove), "ec-faithless", f);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_faithless_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->faithless_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->faithless_rows), used > 0);

  /* Whom the next faithless electors can vote for. */
  g_ptr_array_set_size (self->targets, 0);
  for (guint i = 0; i < candidates->len; i++)
    {
      EcCandidate *candidate = g_ptr_array_index (candidates, i);

      if (candidate == winner)
        continue;

      gtk_string_list_append (names, ec_candidate_get_name (candidate));
      g_ptr_array_add (self->targets, candidate);
    }
  self->someone_else = self->targets->len;
  gtk_string_list_append (names, _("Someone else…"));
  g_ptr_array_add (self->targets, NULL);
  self->nobody = self->targets->len;
  gtk_string_list_append (names, _("Nobody (abstain)"));
  g_ptr_array_add (self->targets, NULL);
  gtk_drop_down_set_model (self->target_dropdown, G_LIST_MODEL (names));

  self->pledged = votes;
  self->used = used;
  self->available = votes > used ? votes - used : 0;
  gtk_adjustment_set_upper (self->count_adjustment, MAX (1, self->available));
  if (gtk_adjustment_get_value (self->count_adjustment) > MAX (1, self->available))
    gtk_adjustment_set_value (self->count_adjustment, MAX (1, self->available));
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_box), winner != NULL && active && self->available > 0);

  /* The limit is said where the counter is, not in a tooltip. */
  gtk_widget_set_visible (GTK_WIDGET (self->counter_label), winner != NULL && active && self->available > 0);
  if (self->available > 0)
    {
      g_autoptr(GString) counter = g_string_new (NULL);

      g_string_append_printf (counter,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "Up to %u elector can break the pledge.",
                                           "Up to %u electors can break their pledge.",
                                           self->available),
                              self->available);
      if (used > 0)
        {
          g_string_append_c (counter, ' ');
          g_string_append_printf (counter,
                                  g_dngettext (GETTEXT_PACKAGE, "(%u already has.)", "(%u already have.)", used),
                                  used);
        }
      gtk_label_set_label (self->counter_label, counter->str);
    }

  if (!active)
    gtk_label_set_label (self->faithless_hint, _("This district has no electors of its own while the state is winner-take-all."));
  else if (winner == NULL)
    gtk_label_set_label (self->faithless_hint, _("Give the state to a candidate first: faithless electors break a pledge."));
  else if (votes <= used)
    gtk_label_set_label (self->faithless_hint, _("Every elector here has broken the pledge."));
  else
    {
      g_autofree char *hint = NULL;

      if (votes == 1)
        hint = g_strdup_printf (_("The elector is pledged to %s. A faithless elector votes for someone else, or for nobody."),
                                ec_candidate_get_name (winner));
      else
        hint = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The %u elector is pledged to %s. Faithless electors vote for someone else, or for nobody.",
                                             "The %u electors are pledged to %s. Faithless electors vote for someone else, or for nobody.",
                                             votes),
                                votes, ec_candidate_get_name (winner));

      gtk_label_set_label (self->faithless_hint, hint);
    }
}

static void
show_error (EcUnitPopover *self,
            const char    *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->count_spin), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->count_spin), "error");
}

/* The number in the counter as typed: a spin button would quietly clamp
 * it to its limit, and a student who typed 40 should hear why not. */
static gboolean
read_count (EcUnitPopover *self,
            guint         *count)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->count_spin));
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT, &value, NULL))
    {
      *count = gtk_spin_button_get_value_as_int (self->count_spin);
      return FALSE;
    }

  *count = value;
  return TRUE;
}

static gboolean
check_count (EcUnitPopover *self,
             guint          count)
{
  EcUnit *unit = ec_election_get_unit (ec_scenario_get_election (self->scenario), self->unit_id);
  g_autofree char *message = NULL;

  if (count <= self->available)
    {
      show_error (self, NULL);
      return TRUE;
    }

  message = ec_scenario_dup_faithless_limit (ec_unit_get_name (unit), self->pledged, self->used, count);
  show_error (self, message);

  return FALSE;
}

static void
count_changed_cb (EcUnitPopover *self)
{
  guint count;

  if (read_count (self, &count))
    check_count (self, count);
}

static void
add_clicked_cb (EcUnitPopover *self)
{
  guint selected = gtk_drop_down_get_selected (self->target_dropdown);
  EcCandidate *to = NULL;
  g_autoptr(GError) error = NULL;
  guint count;

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->targets->len)
    return;

  read_count (self, &count);
  if (!check_count (self, count))
    return;

  if (selected == self->someone_else)
    {
      const char *name = gtk_editable_get_text (GTK_EDITABLE (self->person_entry));
      g_autofree char *stripped = g_strstrip (g_strdup (name));

      if (*stripped == '\0')
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->person_entry), "error");
          gtk_widget_grab_focus (GTK_WIDGET (self->person_entry));
          return;
        }

      gtk_widget_remove_css_class (GTK_WIDGET (self->person_entry), "error");
      to = ec_scenario_add_person (self->scenario, stripped);
    }
  else if (selected != self->nobody)
    {
      to = g_ptr_array_index (self->targets, selected);
    }

  if (!ec_scenario_add_faithless (self->scenario, self->unit_id, to, count, NULL, &error))
    show_error (self, error->message);
  else
    gtk_spin_button_set_value (self->count_spin, 1);
}

static void
show_law (EcUnitPopover *self,
          EcUnit        *unit)
{
  const EcLaw *law = ec_laws_lookup (ec_laws_get_default (), ec_unit_get_state_id (unit));
  EcUnit *state = ec_election_get_unit (ec_scenario_get_election (self->scenario), ec_unit_get_state_id (unit));
  g_autofree char *text = NULL;
  g_autoptr(GString) sources = NULL;
  g_autoptr(GString) links = NULL;

  if (law == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->law_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->caveat_label), FALSE);
      return;
    }

  /* Translators: a state’s law on faithless electors, “Texas law: …” */
  text = g_strdup_printf (_("%s law: %s"), ec_unit_get_name (state), law->summary);
  if (law->earlier != NULL)
    {
      g_autofree char *with_earlier = g_strconcat (text, " ", law->earlier, NULL);

      g_free (text);
      text = g_steal_pointer (&with_earlier);
    }
  gtk_label_set_label (self->law_label, text);

  /* What is uncertain, once, then where a student can read the law. */
  sources = g_string_new (NULL);
  if (law->caveat != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (law->caveat, -1);

      g_string_append_printf (sources, "%s\n", escaped);
    }
  if (law->statute != NULL)
    {
      g_autofree char *escaped = NULL;

      /* Translators: the citation of a state’s statute, such as “Utah Code 20A-13-304” */
      escaped = g_markup_printf_escaped (_("Statute: %s."), law->statute);
      g_string_append_printf (sources, "%s ", escaped);
    }
  links = g_string_new (NULL);
  for (guint i = 0; law->sources[i] != NULL; i++)
    {
      g_autoptr(GUri) uri = g_uri_parse (law->sources[i], G_URI_FLAGS_NONE, NULL);
      const char *host = uri != NULL && g_uri_get_host (uri) != NULL ? g_uri_get_host (uri) : law->sources[i];
      g_autofree char *link = NULL;

      if (g_str_has_prefix (host, "www."))
        host += strlen ("www.");
      link = g_markup_printf_escaped ("<a href=\"%s\">%s</a>", law->sources[i], host);
      if (i > 0)
        g_string_append (links, ", ");
      g_string_append (links, link);
    }
  {
    g_autofree char *date = g_markup_escape_text (law->source_date, -1);

    /* Translators: the date of a state law’s sources, then links to them */
    g_string_append_printf (sources, _("Sources (%s): %s"), date, links->str);
  }
  gtk_label_set_markup (self->caveat_label, sources->str);
  gtk_widget_set_visible (GTK_WIDGET (self->caveat_label), TRUE);
}

typedef struct {
  EcAllocation *allocation;
  const char   *unit_id;
} ShareOrder;

static int
compare_by_share (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const ShareOrder *order = user_data;
  guint na = ec_allocation_get_votes (order->allocation, order->unit_id, *(EcCandidate **)a);
  guint nb = ec_allocation_get_votes (order->allocation, order->unit_id, *(EcCandidate **)b);

  return (na < nb) - (na > nb);
}

static void
sync_from_scenario (EcUnitPopover *self)
{
  EcCandidate *winner = ec_scenario_get_winner (self->scenario, self->unit_id);
  EcUnit *unit = ec_election_get_unit (ec_scenario_get_election (self->scenario), self->unit_id);
  guint votes = ec_scenario_get_unit_electoral_votes (self->scenario, unit);
  g_autoptr(EcAllocation) allocation = ec_allocation_for_scenario (self->scenario);
  g_autofree char *votes_text = NULL;
  guint pledged = votes;

  self->syncing = TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->choices));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      EcCandidate *candidate = g_object_get_data (G_OBJECT (child), "ec-candidate");

      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), candidate == winner);
    }
  self->syncing = FALSE;

  votes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u electoral vote", "%u electoral votes", votes),
                                votes);

  /* Under another method the electors may split: say how, since the
   * colour alone names only the one who has most of them. */
  {
    if (allocation != NULL && ec_allocation_has_unit (allocation, self->unit_id) &&
        ec_allocation_get_undecided (allocation, self->unit_id) == 0)
      {
        GPtrArray *candidates = ec_scenario_get_candidates (self->scenario);
        g_autoptr(GString) split = g_string_new (NULL);
        guint others = ec_allocation_get_others (allocation, self->unit_id);
        char *with_split;

        /* The copy keeps the original's free function, so it holds references. */
        g_autoptr(GPtrArray) order = g_ptr_array_copy (candidates, (GCopyFunc) g_object_ref, NULL);

        /* Most electors first, as in the tally. */
        ShareOrder share_order = { allocation, self->unit_id };

        g_ptr_array_sort_with_data (order, compare_by_share, &share_order);
        for (guint i = 0; i < order->len; i++)
          {
            EcCandidate *candidate = g_ptr_array_index (order, i);
            guint n = ec_allocation_get_votes (allocation, self->unit_id, candidate);

            if (n == 0)
              continue;
            if (split->len > 0)
              g_string_append (split, ", ");
            /* Translators: a candidate and electoral votes, e.g. “Trump 306” */
            g_string_append_printf (split, _("%s %u"), ec_candidate_get_name (candidate), n);
          }
        if (others > 0)
          {
            if (split->len > 0)
              g_string_append (split, ", ");
            g_string_append_printf (split, _("%s %u"), _("Other candidates"), others);
          }

        /* Translators: the electoral votes of a state, then how they split, e.g. “38 electoral votes: Trump 20, Clinton 16” */
        with_split = g_strdup_printf (_("%s: %s"), votes_text, split->str);
        g_free (votes_text);
        votes_text = with_split;
        /* Only the winner's own electors are pledged to the winner. */
        pledged = winner != NULL ? ec_allocation_get_votes (allocation, self->unit_id, winner) : 0;
      }
  }
  gtk_label_set_label (self->votes_label, votes_text);

  sync_split (self, unit);
  sync_faithless (self, unit, winner, pledged);

  /* The national popular vote can give none of them to the state's winner. */
  if (winner != NULL && pledged == 0 && votes > 0 && ec_scenario_is_unit_active (self->scenario, unit))
    {
      g_autofree char *hint = g_strdup_printf (_("Under this method none of these electors go to %s, "
                                                 "so none can break a pledge to them."),
                                               ec_candidate_get_name (winner));

      gtk_label_set_label (self->faithless_hint, hint);
      gtk_widget_set_sensitive (GTK_WIDGET (self->add_box), FALSE);
    }
}

static void
choice_toggled_cb (EcUnitPopover  *self,
                   GtkCheckButton *button)
{
  if (self->syncing || !gtk_check_button_get_active (button))
    return;

  ec_scenario_set_winner (self->scenario, self->unit_id,
                          g_object_get_data (G_OBJECT (button), "ec-candidate"));
}

static void
ec_unit_popover_dispose (GObject *object)
{
  EcUnitPopover *self = (EcUnitPopover *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_UNIT_POPOVER);
  g_clear_object (&self->scenario);

  G_OBJECT_CLASS (ec_unit_popover_parent_class)->dispose (object);
}

static void
ec_unit_popover_finalize (GObject *object)
{
  EcUnitPopover *self = (EcUnitPopover *)object;

  g_clear_pointer (&self->unit_id, g_free);
  g_clear_pointer (&self->targets, g_ptr_array_unref);

  G_OBJECT_CLASS (ec_unit_popover_parent_class)->finalize (object);
}

/* Keeps the popover inside its window: the header stays, and the body
 * scrolls in what is left of the window's height. */
static void
fit_to_window (EcUnitPopover *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int window_height;
  int header_height;
  int room;

  if (root == NULL)
    return;

  window_height = gtk_widget_get_height (GTK_WIDGET (root));
  if (window_height <= 0)
    gtk_window_get_default_size (GTK_WINDOW (root), NULL, &window_height);
  if (window_height <= 0)
    return;

  gtk_widget_measure (GTK_WIDGET (self->header), GTK_ORIENTATION_VERTICAL, 320, NULL, &header_height, NULL, NULL);

  /* The popover's chrome, its content's margins and the spacing between
   * header and body. */
  room = window_height - 2 * WINDOW_MARGIN - POPOVER_CHROME - header_height - 2 * 6 - 12;
  room = MAX (room, MIN_BODY_HEIGHT);

  /* Set the minimum first: GTK refuses a maximum below it. */
  gtk_scrolled_window_set_min_content_height (self->scroller, -1);
  gtk_scrolled_window_set_max_content_height (self->scroller, room);

  /* GTK keeps a popover on the monitor, not in the window: beside a state
   * near the window's bottom it would hang out of a window smaller than
   * the screen. Move it up (or down) so that it stays inside; its arrow
   * still points at the state. */
  {
    GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
    GdkRectangle pointing;
    graphene_point_t centre;
    int height;
    int top;
    int offset = 0;

    if (parent == NULL || !gtk_popover_get_pointing_to (GTK_POPOVER (self), &pointing) ||
        !gtk_widget_compute_point (parent, GTK_WIDGET (root),
                                   &GRAPHENE_POINT_INIT (pointing.x, pointing.y + pointing.height / 2.0), &centre))
      return;

    /* The popover itself measures nothing until it is mapped: measure its
     * content, and allow for the padding around it. */
    gtk_widget_measure (gtk_popover_get_child (GTK_POPOVER (self)), GTK_ORIENTATION_VERTICAL, -1,
                        NULL, &height, NULL, NULL);
    height += POPOVER_CHROME;
    top = centre.y - height / 2;
    if (top + height > window_height - WINDOW_MARGIN)
      offset = window_height - WINDOW_MARGIN - (top + height);
    if (top + offset < WINDOW_MARGIN)
      offset = WINDOW_MARGIN - top;
    gtk_popover_set_offset (GTK_POPOVER (self), 0, offset);
  }
}

/* The dialog is modal: the popover makes way for it. */
static void
candidates_clicked_cb (EcUnitPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
ec_unit_popover_show (GtkWidget *widget)
{
  fit_to_window (EC_UNIT_POPOVER (widget));

  GTK_WIDGET_CLASS (ec_unit_popover_parent_class)->show (widget);
}

static void
ec_unit_popover_class_init (EcUnitPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_unit_popover_dispose;
  object_class->finalize = ec_unit_popover_finalize;

  widget_class->show = ec_unit_popover_show;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-unit-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, header);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, scroller);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, title_label);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, votes_label);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, choices);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, candidates_button);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, result_label);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, split_box);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, split_switch);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, faithless_box);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, faithless_hint);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, faithless_rows);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, add_box);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, count_spin);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, count_adjustment);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, target_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, add_button);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, counter_label);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, error_label);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, person_entry);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, law_label);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, caveat_label);
  gtk_widget_class_bind_template_callback (widget_class, split_switch_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, count_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, candidates_clicked_cb);
}

static void
ec_unit_popover_init (EcUnitPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->targets = g_ptr_array_new ();
}

static GtkWidget *
add_choice (EcUnitPopover  *self,
            GtkCheckButton *group,
            const char     *label,
            EcCandidate    *candidate)
{
  GtkWidget *button = gtk_check_button_new_with_label (label);

  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
  g_object_set_data (G_OBJECT (button), "ec-candidate", candidate);
  g_signal_connect_object (button, "toggled", G_CALLBACK (choice_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->choices, button);

  return button;
}

/**
 * ec_unit_popover_new:
 * @scenario: the scenario to edit
 * @unit_id: the unit
 *
 * Returns: (transfer floating): a popover for the unit
 */
GtkWidget *
ec_unit_popover_new (EcScenario *scenario,
                     const char *unit_id)
{
  EcUnitPopover *self;
  GPtrArray *candidates;
  EcCandidate *winner;
  GtkWidget *first = NULL;
  g_autofree char *result = NULL;
  g_autofree char *title = NULL;
  EcUnit *unit;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);
  g_return_val_if_fail (unit_id != NULL, NULL);

  unit = ec_election_get_unit (ec_scenario_get_election (scenario), unit_id);
  g_return_val_if_fail (unit != NULL, NULL);

  self = g_object_new (EC_TYPE_UNIT_POPOVER, NULL);
  self->scenario = g_object_ref (scenario);
  self->unit_id = g_strdup (unit_id);

  if (ec_unit_get_kind (unit) == EC_UNIT_STATE && ec_scenario_get_split (scenario, unit_id))
    /* Translators: %s is a state split by congressional district */
    title = g_strdup_printf (_("%s at large"), ec_unit_get_name (unit));
  else
    title = g_strdup (ec_unit_get_name (unit));
  gtk_label_set_label (self->title_label, title);

  /* Electors are pledged to the election's candidates: people who only
   * received faithless votes are offered among the faithless choices. A
   * winner a file gave anyway stays, so the choice shown is the real one. */
  candidates = ec_scenario_get_candidates (scenario);
  winner = ec_scenario_get_winner (scenario, unit_id);
  for (guint i = 0; i < candidates->len; i++)
    {
      EcCandidate *candidate = g_ptr_array_index (candidates, i);
      GtkWidget *button;

      if (candidate != winner &&
          (ec_scenario_is_person (scenario, candidate) ||
           !ec_election_is_running (ec_scenario_get_election (scenario), candidate)))
        continue;

      button = add_choice (self, first ? GTK_CHECK_BUTTON (first) : NULL,
                           ec_candidate_get_name (candidate), candidate);
      if (first == NULL)
        first = button;
    }
  add_choice (self, GTK_CHECK_BUTTON (first), _("Undecided"), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->candidates_button), ec_scenario_can_edit_candidates (scenario));

  result = ec_scenario_dup_unit_result (scenario, unit_id);
  gtk_label_set_label (self->result_label, result ? result : _("A blank map has no real result."));

  show_law (self, unit);
  sync_from_scenario (self);
  g_signal_connect_object (scenario, "changed", G_CALLBACK (sync_from_scenario), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * ec_unit_popover_get_unit_id:
 * @self: a #EcUnitPopover
 *
 * Returns: (transfer none): the unit the popover edits
 */
const char *
ec_unit_popover_get_unit_id (EcUnitPopover *self)
{
  g_return_val_if_fail (EC_IS_UNIT_POPOVER (self), NULL);

  return self->unit_id;
}
