/**
 * The broker's dead letters in the console: every role reads them (a message's original address, type, send
 * time, attempts and body); operators and administrators replay or discard one or all, each through the
 * {@code DeadLetterQueues} boundary, which records it in the audit log.
 */
package dev.redtortoise.deadletters.ui;
