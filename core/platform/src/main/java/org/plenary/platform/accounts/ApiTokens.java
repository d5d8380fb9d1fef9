package org.plenary.platform.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Texts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: made by their owner, who sees the secret once; listed and revoked by their owner only;
 * verified on every API request that carries one.
 *
 * <p>A secret is {@value #PREFIX} followed by {@value #SECRET_BYTES} random bytes of {@link SecureRandom} in
 * URL-safe Base64 (no padding): the prefix lets people and secret scanners recognise one. Only its SHA-256 is kept
 * (hex), unique, and a request's token is found by its hash: nothing compares secrets character by character, and
 * the database never holds one. A token stops working when revoked or when its account is disabled.
 */
@ApplicationScoped
public class ApiTokens {

    public static final String PREFIX = "plt_";
    static final int SECRET_BYTES = 32;
    /** Longer than any secret made here: anything longer is refused before it is hashed. */
    static final int SECRET_MAX = 100;

    /** A token just made, with its secret: the only time the secret exists outside its owner's hands. */
    public record Created(ApiToken token, String secret) {
    }

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Texts texts;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    /**
     * Makes a token for the caller's own account.
     *
     * @param name what the token is for (required, at most {@value ApiToken#NAME_MAX} characters)
     * @throws Refused when the name is missing or too long
     */
    @Transactional
    public Created create(Caller who, String name) {
        Account account = account(who);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new Refused(List.of(texts.problem("name", "required")));
        }
        if (n.length() > ApiToken.NAME_MAX) {
            throw new Refused(List.of(texts.problem("name", "tooLong", ApiToken.NAME_MAX)));
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken(account, n, hash(secret), clock.instant());
        em.persist(token);
        em.flush();
        audit.record(who, null, "token.create", n, "id " + token.getId());
        return new Created(token, secret);
    }

    /** The caller's tokens, newest first, revoked ones included. */
    public List<ApiToken> of(Caller who) {
        return em.createQuery("select t from ApiToken t where t.account.id = :a order by t.createdAtUtc desc, t.id desc",
                ApiToken.class).setParameter("a", who.accountId()).getResultList();
    }

    /**
     * Revokes one of the caller's tokens; revoking a revoked one changes nothing.
     *
     * @return the token, revoked
     * @throws NotFound when the caller has no token with this id (someone else's included)
     */
    @Transactional
    public ApiToken revoke(Caller who, long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !who.isSignedIn() || token.getAccount().getId() != who.accountId()) {
            throw new NotFound("no token " + id);
        }
        if (!token.isRevoked()) {
            token.revokeAt(clock.instant());
            audit.record(who, null, "token.revoke", token.getName(), "id " + id);
        }
        return token;
    }

    /**
     * The account a secret stands for: only for a token neither revoked nor of a disabled account. Notes the use
     * (at most once a minute).
     */
    @Transactional
    public Optional<Account> verify(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > SECRET_MAX) {
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createQuery("select t from ApiToken t join fetch t.account where t.secretHash = :h",
                ApiToken.class).setParameter("h", hash(secret)).getResultStream().findFirst();
        if (found.isEmpty() || found.get().isRevoked() || !found.get().getAccount().isEnabled()) {
            return Optional.empty();
        }
        found.get().usedAt(clock.instant());
        return Optional.of(found.get().getAccount());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private Account account(Caller who) {
        if (!who.isSignedIn()) {
            throw new org.plenary.platform.access.NotAllowed("sign in first");
        }
        Account account = em.find(Account.class, who.accountId());
        if (account == null) {
            throw new NotFound("no account " + who.accountId());
        }
        return account;
    }
}
