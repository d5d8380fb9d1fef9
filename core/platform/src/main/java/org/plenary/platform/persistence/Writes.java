package org.plenary.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.plenary.platform.validation.Stale;

/** Writing changes now, inside the caller's transaction, so that a lost race is known before anything else is done. */
public final class Writes {

    private Writes() {
    }

    /**
     * Flushes the unit's changes.
     *
     * @throws Stale when a row changed since it was read (its version moved on)
     */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Stale(e.getMessage());
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new Stale(e.getMessage());
            }
            throw e;
        }
    }

    /** The text as entered, without surrounding blanks, or null when there is nothing. */
    public static String trimmedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
