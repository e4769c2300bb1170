/**
 * Application content in the document store: articles and their tags. The foundation holds the tag
 * popularity that the aggregation job computes and the API serves.
 */
package dev.redtortoise.articles;
