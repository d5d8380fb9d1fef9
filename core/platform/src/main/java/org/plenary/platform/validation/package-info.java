/**
 * Bad input, answered in the user's language: {@link org.plenary.platform.validation.Problem}s by field, a change
 * {@link org.plenary.platform.validation.Refused} for them or found {@link org.plenary.platform.validation.Stale},
 * and {@link org.plenary.platform.validation.Texts}, the request's language and its messages.
 */
package org.plenary.platform.validation;
