/**
 * Typed CDI events the core fires about the programme and its people.
 *
 * <p>Every event is fired synchronously inside the transaction that made the change. Observers that only
 * read may use {@code @Observes}; observers with side effects outside the database (mail, pushes) should use
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so that nothing happens for a change that was
 * rolled back. An observer that throws during the transaction rolls the change back.
 *
 * @since 1.0
 */
package org.plenary.spi.event;
