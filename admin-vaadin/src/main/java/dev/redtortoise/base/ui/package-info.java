/** The console's frame: application shell, main layout with navigation, and the servlet. */
package dev.redtortoise.base.ui;
