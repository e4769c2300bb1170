/**
 * The one message bus (Jakarta Messaging over Artemis): destination names declared once and the single
 * helper that publishes small JSON text messages.
 */
package dev.redtortoise.platform.messaging;
