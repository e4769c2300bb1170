/** Credentials (the one password hash of the application) and the security headers on every answer. */
package dev.redtortoise.platform.security;
