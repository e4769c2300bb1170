/** The console's staff users (administrators only): create, change role, disable or enable, reset password. */
package dev.redtortoise.staff.ui;
