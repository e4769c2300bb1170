/**
 * Embedded stand-ins for local runs and tests, each started as its own process by {@code ./tortoise up}
 * or a test: a MongoDB wire-protocol server (mongo-java-server) and a real Artemis broker. Production
 * points the same settings at MongoDB and an Artemis cluster instead. Beside them, what {@code ./tortoise}
 * does to PostgreSQL without a client: unpack the embedded server, create the database, and count console
 * users or set the administrator's password.
 */
package dev.redtortoise.devservices;
