/**
 * Content moderation in the console: articles found by title words or slug, author, tag and source, each
 * with its details, provenance and comments; deleting an article (into the trash) or a comment with a
 * reason; and the trash, whose articles are restored. Every change goes through the {@code Moderation}
 * boundary the operations endpoint uses, and is audited.
 */
package dev.redtortoise.moderation.ui;
