/**
 * Public profiles in MongoDB (username, bio, image), projected from the accounts in PostgreSQL, and who
 * follows whom.
 */
package dev.redtortoise.profiles;
