/**
 * Embedded stand-ins for local runs and tests, each started as its own process by {@code ./tortoise up}
 * or a test: a MongoDB wire-protocol server (mongo-java-server) and a real Artemis broker. Production
 * points the same settings at MongoDB and an Artemis cluster instead.
 */
package dev.redtortoise.devservices;
