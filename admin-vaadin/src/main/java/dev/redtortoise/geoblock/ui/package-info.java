/**
 * The geo-blocking policy in the console: every role reads it, today's blocked requests by country, and
 * tries an address against the policy as it is being edited; an administrator changes it through the
 * {@code GeoBlocking} boundary that the operations endpoint calls too (its reasons beside the fields,
 * nothing saved on bad input, the change audited), warned first when the policy would lock them out.
 */
package dev.redtortoise.geoblock.ui;
