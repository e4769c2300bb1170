/**
 * Application content in the document store: articles, their comments and favorites, and the tags by
 * popularity. One path writes articles, whoever the writer is (the API, the import pipeline).
 */
package dev.redtortoise.articles;
