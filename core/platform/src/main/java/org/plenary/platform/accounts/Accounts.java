package org.plenary.platform.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds, creates and changes accounts and their roles. Every write runs in a transaction. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    PasswordHashes hashes;

    private final PasswordRules rules = PasswordRules.standard();
    private final Clock clock = Clock.systemUTC();

    /** The account with this e-mail address, whatever its case. */
    public Optional<Account> byEmail(String email) {
        String key = Account.normalise(email);
        if (key == null || key.isEmpty() || key.length() > Account.EMAIL_MAX) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", key).getResultStream().findFirst();
    }

    /**
     * Creates an enabled account with no role.
     *
     * @throws InvalidPassword          when the password breaks {@link PasswordRules}
     * @throws IllegalArgumentException when the e-mail address is taken
     */
    @Transactional
    public Account create(String email, String displayName, String password) {
        List<PasswordProblem> problems = rules.problems(password, email);
        if (!problems.isEmpty()) {
            throw new InvalidPassword(problems);
        }
        if (byEmail(email).isPresent()) {
            throw new IllegalArgumentException("An account with this e-mail address exists already");
        }
        Account account = new Account(email, displayName, hashes.hash(password), clock.instant());
        em.persist(account);
        return account;
    }

    /**
     * Creates an enabled account with no role and no password yet: nobody signs in with it until its owner chooses
     * one ({@link #choosePassword}), which a registration's confirmation link lets them do.
     *
     * @throws IllegalArgumentException when the e-mail address is taken
     */
    @Transactional
    public Account createAwaitingPassword(String email, String displayName) {
        if (byEmail(email).isPresent()) {
            throw new IllegalArgumentException("An account with this e-mail address exists already");
        }
        Account account = new Account(email, displayName, Account.NO_PASSWORD, clock.instant());
        em.persist(account);
        return account;
    }

    /**
     * Gives an account that has no password yet its first one, chosen by its owner.
     *
     * @throws InvalidPassword          when the password breaks {@link PasswordRules}
     * @throws IllegalStateException    when the account has a password already
     */
    @Transactional
    public void choosePassword(Account account, String password) {
        Account managed = em.contains(account) ? account : em.find(Account.class, account.getId());
        if (managed.hasPassword()) {
            throw new IllegalStateException("the account has a password already");
        }
        List<PasswordProblem> problems = rules.problems(password, managed.getEmail());
        if (!problems.isEmpty()) {
            throw new InvalidPassword(problems);
        }
        managed.changePasswordHash(hashes.hash(password));
    }

    /** Gives a platform-wide role (ADMIN); does nothing when the account has it already. */
    @Transactional
    public void grantPlatformRole(String email, Role role) {
        Account account = byEmail(email).orElseThrow(() -> new IllegalArgumentException("no account " + email));
        if (!rolesOf(email).contains(role)) {
            em.persist(RoleGrant.platformWide(account, role));
        }
    }

    /** Gives a role in one conference; does nothing when the account has it there already. */
    @Transactional
    public void grantInConference(String email, Role role, long conferenceId) {
        Account account = byEmail(email).orElseThrow(() -> new IllegalArgumentException("no account " + email));
        boolean has = em.createQuery("select count(g) from RoleGrant g where g.account = :a and g.role = :r"
                        + " and g.conferenceId = :c", Long.class)
                .setParameter("a", account).setParameter("r", role).setParameter("c", conferenceId)
                .getSingleResult() > 0;
        if (!has) {
            em.persist(RoleGrant.inConference(account, role, conferenceId));
        }
    }

    /** The roles an account holds anywhere (the security groups of its caller). */
    public Set<Role> rolesOf(String email) {
        List<Role> roles = em.createQuery("select distinct g.role from RoleGrant g where g.account.email = :email", Role.class)
                .setParameter("email", Account.normalise(email)).getResultList();
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Every grant of an account, platform-wide and per conference. */
    public List<RoleGrant> grantsOf(String email) {
        return em.createQuery("select g from RoleGrant g where g.account.email = :email order by g.role, g.conferenceId",
                RoleGrant.class).setParameter("email", Account.normalise(email)).getResultList();
    }

    /**
     * Whether a sign-in with this e-mail and password is good: the account exists, is enabled and the password
     * matches. A missing account costs the same time as a wrong password, so timing tells nothing either.
     */
    public Optional<Account> verified(String email, String password) {
        Optional<Account> account = byEmail(email);
        if (account.isEmpty()) {
            hashes.verifyDecoy(password);
            return Optional.empty();
        }
        if (!account.get().hasPassword()) {
            hashes.verifyDecoy(password);
            return Optional.empty();
        }
        boolean matches = hashes.verify(password, account.get().getPasswordHash());
        return matches && account.get().isEnabled() ? account : Optional.empty();
    }

    /**
     * Changes an account's password.
     *
     * @throws InvalidPassword when the new password breaks {@link PasswordRules}
     */
    @Transactional
    public void changePassword(String email, String newPassword) {
        Account account = byEmail(email).orElseThrow(() -> new IllegalArgumentException("no account " + email));
        List<PasswordProblem> problems = rules.problems(newPassword, account.getEmail());
        if (!problems.isEmpty()) {
            throw new InvalidPassword(problems);
        }
        account.changePasswordHash(hashes.hash(newPassword));
    }

    /** Marks an account's password as one to be changed by its owner (a one-time password). */
    @Transactional
    public void requirePasswordChange(String email) {
        byEmail(email).orElseThrow(() -> new IllegalArgumentException("no account " + email)).requirePasswordChange();
    }

    /** Stops an account from signing in. */
    @Transactional
    public void disable(String email) {
        byEmail(email).orElseThrow(() -> new IllegalArgumentException("no account " + email)).disable();
    }

    /** Lets a disabled account sign in again. */
    @Transactional
    public void enable(String email) {
        byEmail(email).orElseThrow(() -> new IllegalArgumentException("no account " + email)).enable();
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /**
     * Creates an enabled account with no role and a password the platform chose, flagged to be changed by its owner.
     *
     * @return the one-time password, to be shown once and never kept
     * @throws IllegalArgumentException when the e-mail address is taken
     */
    @Transactional
    public String createWithOneTimePassword(String email, String displayName) {
        String password = OneTimePassword.generate();
        create(email, displayName, password).requirePasswordChange();
        return password;
    }

    /** Takes a platform-wide role (ADMIN) away; does nothing when the account does not have it. */
    @Transactional
    public void revokePlatformRole(String email, Role role) {
        em.createQuery("select g from RoleGrant g where g.role = :r and g.conferenceId is null and g.account.email = :e",
                        RoleGrant.class)
                .setParameter("r", role).setParameter("e", Account.normalise(email)).getResultList().forEach(em::remove);
    }

    /** Takes a role in one conference away; does nothing when the account does not have it there. */
    @Transactional
    public void revokeInConference(String email, Role role, long conferenceId) {
        em.createQuery("select g from RoleGrant g where g.role = :r and g.conferenceId = :c and g.account.email = :e",
                        RoleGrant.class)
                .setParameter("r", role).setParameter("c", conferenceId).setParameter("e", Account.normalise(email))
                .getResultList().forEach(em::remove);
    }

    /** How many enabled accounts run the platform. */
    public long enabledAdmins() {
        return em.createQuery("select count(g) from RoleGrant g where g.role = :r and g.account.enabled = true", Long.class)
                .setParameter("r", Role.ADMIN).getSingleResult();
    }

    /** Which of these accounts run the platform, by id. */
    public Set<Long> adminsAmong(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select g.account.id from RoleGrant g where g.role = :r and g.account.id in :ids",
                Long.class).setParameter("r", Role.ADMIN).setParameter("ids", accountIds).getResultList());
    }

    /** A page of the accounts whose e-mail address or name contains the text (any case; every account for blank), by e-mail. */
    public List<Account> search(String text, int first, int size) {
        return em.createQuery("select a from Account a where " + MATCHES + " order by a.email", Account.class)
                .setParameter("t", pattern(text)).setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** How many accounts {@link #search} finds. */
    public long count(String text) {
        return em.createQuery("select count(a) from Account a where " + MATCHES, Long.class)
                .setParameter("t", pattern(text)).getSingleResult();
    }

    private static final String MATCHES = "(lower(a.email) like :t escape '!' or lower(a.displayName) like :t escape '!')";

    private static String pattern(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return "%" + t.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** A page of a conference's role grants, accounts loaded, by e-mail then role. */
    public List<RoleGrant> grantsIn(long conferenceId, int first, int size) {
        return em.createQuery("select g from RoleGrant g join fetch g.account a where g.conferenceId = :c"
                        + " order by a.email, g.role", RoleGrant.class)
                .setParameter("c", conferenceId).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countGrantsIn(long conferenceId) {
        return em.createQuery("select count(g) from RoleGrant g where g.conferenceId = :c", Long.class)
                .setParameter("c", conferenceId).getSingleResult();
    }

    /** The grant with this id, if any. */
    public Optional<RoleGrant> grant(long id) {
        return Optional.ofNullable(em.find(RoleGrant.class, id));
    }

    /** How many grants of this role an account holds in a conference. */
    public long countGrants(long accountId, Role role, long conferenceId) {
        return em.createQuery("select count(g) from RoleGrant g where g.account.id = :a and g.role = :r"
                        + " and g.conferenceId = :c", Long.class)
                .setParameter("a", accountId).setParameter("r", role).setParameter("c", conferenceId).getSingleResult();
    }

    /** Keeps the time zone an account's owner chose (their language stays as it is). */
    @Transactional
    public void preferZone(long accountId, java.time.ZoneId zone) {
        Account account = byId(accountId).orElseThrow(() -> new IllegalArgumentException("no account " + accountId));
        account.prefer(account.preferredLanguage().orElse(null), zone);
    }
}
