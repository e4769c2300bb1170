/**
 * The console's customer accounts: a lazy, searchable grid over every account, ban and unban with a reason,
 * and a password reset whose temporary password is shown once.
 */
package dev.redtortoise.accounts.ui;
