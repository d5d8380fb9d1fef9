/**
 * Accounts and signing in: {@link org.plenary.platform.accounts.Account}s with PBKDF2 password hashes
 * ({@link org.plenary.platform.accounts.PasswordHashes}, Jakarta Security's {@code Pbkdf2PasswordHash}),
 * {@link org.plenary.platform.accounts.PasswordRules}, roles given platform-wide or per conference
 * ({@link org.plenary.platform.accounts.RoleGrant}), the identity store and form mechanism of Jakarta Security
 * ({@link org.plenary.platform.accounts.AccountIdentityStore}, {@link org.plenary.platform.accounts.FormSignIn}),
 * {@link org.plenary.platform.accounts.SignIn} with its database-backed {@link org.plenary.platform.accounts.LoginThrottle},
 * and the {@link org.plenary.platform.accounts.FirstAdmin} of a new installation. Tables: {@code V2__accounts.sql}.
 */
package org.plenary.platform.accounts;
