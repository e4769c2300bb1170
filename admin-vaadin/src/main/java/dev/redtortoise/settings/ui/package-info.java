/**
 * The settings in the console: every setting with its value in effect and where it comes from (default,
 * environment, console); an administrator sets a value (checked by the {@code Settings} boundary, its reason
 * shown beside the field, nothing saved on bad input) or resets it to the environment value or default.
 * The part's listener reloads this part's copy when any part announces a change.
 */
package dev.redtortoise.settings.ui;
