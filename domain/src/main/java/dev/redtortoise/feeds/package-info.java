/**
 * Feed sources and their mapping rules (PostgreSQL), and how an item from the outside world becomes an
 * article: reading RSS, Atom, JSON Feed, NDJSON and CSV safely, fetching feeds politely (timeouts, size
 * limit, conditional GET), applying a source's rules and sanitising HTML. The import jobs in {@code batch/}
 * run these; the articles component stores the result.
 */
package dev.redtortoise.feeds;
