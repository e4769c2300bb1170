/**
 * The broker's dead-letter queues, for staff: what each undeliverable message was (its original address,
 * type, ids, when it was sent, its body), and putting it back on its original address or discarding it, each
 * recorded in the audit log. The broker owns the messages; nothing is kept in the databases but the audit.
 */
package dev.redtortoise.deadletters;
