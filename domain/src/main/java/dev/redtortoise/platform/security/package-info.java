/** Credentials: the one password hash of the application. */
package dev.redtortoise.platform.security;
