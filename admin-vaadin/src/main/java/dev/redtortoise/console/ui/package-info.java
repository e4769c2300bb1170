/**
 * Signing in to the console and what each role may do: the login view, the session's signed-in user, the
 * navigation access control over {@code @RolesAllowed}, the access-denied view, the server-side check of
 * every action, and the first administrator.
 */
package dev.redtortoise.console.ui;
