/**
 * Customer accounts in PostgreSQL: identity (e-mail, username), credentials, roles and status, the tokens
 * that prove them, sign-in throttling, and the projection of each account's public profile into MongoDB.
 */
package dev.redtortoise.accounts;
