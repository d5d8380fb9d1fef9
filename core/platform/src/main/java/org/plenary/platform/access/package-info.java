/**
 * Who may do what, where: {@link org.plenary.platform.access.Caller} holds the roles of the caller of a request,
 * per conference, and answers {@code may(action, conference)}; {@link org.plenary.platform.access.CurrentCaller}
 * reads it once per request, from the signed-in session or an API token.
 */
package org.plenary.platform.access;
