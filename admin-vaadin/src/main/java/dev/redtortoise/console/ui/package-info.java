/**
 * Signing in to the console: the login view, the identity store over console users, the authentication
 * mechanism that keeps the session, and the first administrator.
 */
package dev.redtortoise.console.ui;
