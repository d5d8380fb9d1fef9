package org.plenary.platform.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Failed sign-ins, kept in the database so that every instance of the platform counts the same ones. Failures
 * older than a day are dropped as new ones come.
 */
@ApplicationScoped
public class LoginFailures {

    static final Duration KEPT = Duration.ofDays(1);
    /** Column sizes of V2__accounts.sql: longer values are cut (they can only be junk). */
    static final int KEY_MAX = Account.EMAIL_MAX;
    static final int ADDRESS_MAX = 64;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Transactional
    public void record(String email, String address, Instant at) {
        em.createQuery("delete from LoginFailure f where f.failedAtUtc < :old")
                .setParameter("old", utc(at.minus(KEPT))).executeUpdate();
        em.persist(new LoginFailure(key(email), cut(address, ADDRESS_MAX), at));
    }

    public long forAccountSince(String email, Instant since) {
        return em.createQuery("select count(f) from LoginFailure f where f.emailKey = :k and f.failedAtUtc >= :since", Long.class)
                .setParameter("k", key(email)).setParameter("since", utc(since)).getSingleResult();
    }

    public long fromAddressSince(String address, Instant since) {
        return em.createQuery("select count(f) from LoginFailure f where f.address = :a and f.failedAtUtc >= :since", Long.class)
                .setParameter("a", cut(address, ADDRESS_MAX)).setParameter("since", utc(since)).getSingleResult();
    }

    /** Forgets the failures for an e-mail address, after its owner signed in. Those of the client address stay. */
    @Transactional
    public void forgetAccount(String email) {
        em.createQuery("delete from LoginFailure f where f.emailKey = :k").setParameter("k", key(email)).executeUpdate();
    }

    private static String key(String email) {
        return cut(Account.normalise(email == null ? "" : email), KEY_MAX);
    }

    private static String cut(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() > max ? v.substring(0, max) : v;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
