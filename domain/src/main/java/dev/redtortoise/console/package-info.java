/**
 * Staff who use the management console (separate from customer accounts): rows in PostgreSQL with a
 * PBKDF2 password hash and roles ADMIN, OPERATOR or VIEWER.
 */
package dev.redtortoise.console;
