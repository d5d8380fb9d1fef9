/**
 * Personal agendas: the sessions an account starred ({@link org.plenary.platform.agenda.Agenda}), the star and
 * feed-reset forms of the participant pages ({@link org.plenary.platform.agenda.AgendaForms}), and the iCalendar
 * files written with ical4j ({@link org.plenary.platform.agenda.SessionCalendar}): a private feed per account and
 * conference, and any public session's {@code .ics} ({@link org.plenary.platform.agenda.CalendarDownloads}).
 */
package org.plenary.platform.agenda;
