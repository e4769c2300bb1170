/**
 * Feed sources and their mapping rules in the console: a lazy list, a form that edits a source and its
 * rules together, and "run now". Every check is the {@code FeedSources} boundary's, the same the operations
 * endpoint applies; its reasons are shown beside the fields.
 */
package dev.redtortoise.feeds.ui;
