/**
 * Content moderation in the console; today the trash: the deleted articles kept until the purge job
 * removes them, restored through the {@code Articles} boundary the operations endpoint uses.
 */
package dev.redtortoise.moderation.ui;
