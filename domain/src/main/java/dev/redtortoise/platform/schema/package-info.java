/** The relational schema, owned by Flyway migrations that every part runs once at start-up. */
package dev.redtortoise.platform.schema;
