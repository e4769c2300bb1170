/**
 * The import jobs' artifacts: {@code feed-import} reads a feed source, {@code bulk-import} a large NDJSON or
 * CSV file in partitions; both map items with the source's rules ({@link ArticleMapper}), store them through
 * the articles boundary ({@link ArticleWriter}), keep a reject record for each skipped item
 * ({@link RejectedItemListener}) and fail when rejects pass the source's share.
 */
package dev.redtortoise.imports;
