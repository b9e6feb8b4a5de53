/* ec-explain-pane.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-explain-pane.h"
#include "ec-explanations.h"

/* Shows the explanation that fits what just happened: the short text first,
 * then "More" with the details and the sources; every topic can also be
 * picked from a list. */
struct _EcExplainPane
{
  GtkWidget    parent_instance;

  char        *topic_id;

  GtkLabel    *title_label;
  GtkLabel    *short_label;
  GtkExpander *more_expander;
  GtkLabel    *more_label;
  GtkLabel    *sources_label;
  GtkListBox  *topics_list;
  GtkPopover  *topics_popover;
};

enum {
  PROP_0,
  PROP_TOPIC_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (EcExplainPane, ec_explain_pane, GTK_TYPE_WIDGET)

static void
topic_activated_cb (EcExplainPane *self,
                    GtkListBoxRow *row)
{
  ec_explain_pane_show_topic (self, g_object_get_data (G_OBJECT (row), "ec-topic-id"));
  gtk_popover_popdown (self->topics_popover);
}

static void
ec_explain_pane_dispose (GObject *object)
{
  EcExplainPane *self = (EcExplainPane *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_EXPLAIN_PANE);
  /* The template's root box has no field of its own to be cleared by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->topic_id, g_free);

  G_OBJECT_CLASS (ec_explain_pane_parent_class)->dispose (object);
}

static void
ec_explain_pane_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  EcExplainPane *self = EC_EXPLAIN_PANE (object);

  switch (prop_id)
    {
    case PROP_TOPIC_ID:
      g_value_set_string (value, self->topic_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_explain_pane_class_init (EcExplainPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_explain_pane_dispose;
  object_class->get_property = ec_explain_pane_get_property;

  properties[PROP_TOPIC_ID] =
    g_param_spec_string ("topic-id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-explain-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, EcExplainPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, EcExplainPane, short_label);
  gtk_widget_class_bind_template_child (widget_class, EcExplainPane, more_expander);
  gtk_widget_class_bind_template_child (widget_class, EcExplainPane, more_label);
  gtk_widget_class_bind_template_child (widget_class, EcExplainPane, sources_label);
  gtk_widget_class_bind_template_child (widget_class, EcExplainPane, topics_list);
  gtk_widget_class_bind_template_child (widget_class, EcExplainPane, topics_popover);
  gtk_widget_class_bind_template_callback (widget_class, topic_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ec_explain_pane_init (EcExplainPane *self)
{
  EcExplanations *explanations = ec_explanations_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < ec_explanations_get_n_topics (explanations); i++)
    {
      const EcTopic *topic = ec_explanations_get_topic (explanations, i);
      GtkWidget *label = gtk_label_new (topic->title);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data_full (G_OBJECT (row), "ec-topic-id", g_strdup (topic->id), g_free);
      gtk_list_box_append (self->topics_list, row);
    }

  ec_explain_pane_show_event (self, "start");
}

/**
 * ec_explain_pane_new:
 *
 * Returns: (transfer floating): a new explanation pane
 */
GtkWidget *
ec_explain_pane_new (void)
{
  return g_object_new (EC_TYPE_EXPLAIN_PANE, NULL);
}

/**
 * ec_explain_pane_get_topic_id:
 * @self: a #EcExplainPane
 *
 * Returns: (transfer none) (nullable): the topic shown
 */
const char *
ec_explain_pane_get_topic_id (EcExplainPane *self)
{
  g_return_val_if_fail (EC_IS_EXPLAIN_PANE (self), NULL);

  return self->topic_id;
}

/**
 * ec_explain_pane_show_topic:
 * @self: a #EcExplainPane
 * @topic_id: a topic id
 *
 * Returns: whether the topic exists
 */
gboolean
ec_explain_pane_show_topic (EcExplainPane *self,
                            const char    *topic_id)
{
  const EcTopic *topic;
  g_autofree char *more = NULL;
  g_autoptr(GString) sources = g_string_new (NULL);

  g_return_val_if_fail (EC_IS_EXPLAIN_PANE (self), FALSE);
  g_return_val_if_fail (topic_id != NULL, FALSE);

  topic = ec_explanations_lookup (ec_explanations_get_default (), topic_id);
  if (topic == NULL)
    return FALSE;

  if (g_strcmp0 (self->topic_id, topic_id) == 0)
    return TRUE;

  gtk_label_set_label (self->title_label, topic->title);
  gtk_label_set_label (self->short_label, topic->short_text);
  more = g_strjoinv ("\n\n", topic->more);
  gtk_label_set_label (self->more_label, more);

  g_string_append (sources, _("Sources:"));
  for (guint i = 0; i < topic->sources->len; i++)
    {
      EcSource *source = g_ptr_array_index (topic->sources, i);
      g_autofree char *line = NULL;

      /* Each source is a public document a student can open. */
      line = g_markup_printf_escaped ("\n• <a href=\"%s\">%s</a>: %s", source->url, source->title, source->detail);
      g_string_append (sources, line);
    }
  gtk_label_set_markup (self->sources_label, sources->str);
  gtk_expander_set_expanded (self->more_expander, FALSE);

  g_free (self->topic_id);
  self->topic_id = g_strdup (topic_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC_ID]);

  return TRUE;
}

/**
 * ec_explain_pane_show_event:
 * @self: a #EcExplainPane
 * @event: what just happened, one of ec_explanations_get_events()
 *
 * Shows the topic that explains @event.
 *
 * Returns: whether a topic explains @event
 */
gboolean
ec_explain_pane_show_event (EcExplainPane *self,
                            const char    *event)
{
  const EcTopic *topic;

  g_return_val_if_fail (EC_IS_EXPLAIN_PANE (self), FALSE);
  g_return_val_if_fail (event != NULL, FALSE);

  topic = ec_explanations_for_event (ec_explanations_get_default (), event);

  return topic != NULL && ec_explain_pane_show_topic (self, topic->id);
}

/**
 * ec_explain_pane_show_election:
 * @self: a #EcExplainPane
 * @year: the year of the election just opened
 *
 * Shows the topic of that election, if it has one of its own (the tie of
 * 1800, the House in 1824, the Civil War in 1864).
 *
 * Returns: whether the election has a topic
 */
gboolean
ec_explain_pane_show_election (EcExplainPane *self,
                               int            year)
{
  const EcTopic *topic;

  g_return_val_if_fail (EC_IS_EXPLAIN_PANE (self), FALSE);

  topic = ec_explanations_for_election (ec_explanations_get_default (), year);

  return topic != NULL && ec_explain_pane_show_topic (self, topic->id);
}
