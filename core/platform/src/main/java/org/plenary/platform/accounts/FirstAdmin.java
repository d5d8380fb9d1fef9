package org.plenary.platform.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.platform.persistence.PlatformFact;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The platform's first administrator, created on the installation's first start, once (the fact is recorded): from
 * {@code PLENARY_ADMIN_EMAIL} and {@code PLENARY_ADMIN_PASSWORD} (MicroProfile Config: environment variables or
 * system properties), or, when no password is given, with a one-time random password written to the log once and
 * to be changed at first sign-in. Without an e-mail address the account is {@value #DEFAULT_EMAIL}.
 */
@ApplicationScoped
public class FirstAdmin {

    static final String FACT = "accounts.first-admin";
    public static final String DEFAULT_EMAIL = "admin@localhost";
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    @ConfigProperty(name = "PLENARY_ADMIN_EMAIL")
    Optional<String> configuredEmail;

    @Inject
    @ConfigProperty(name = "PLENARY_ADMIN_PASSWORD")
    Optional<String> configuredPassword;

    @Inject
    Accounts accounts;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    /**
     * Creates the first administrator unless this installation already did.
     *
     * @throws InvalidPassword when {@code PLENARY_ADMIN_PASSWORD} breaks the password rules (nothing is created, so
     *                         the next start tries again)
     */
    @Transactional
    public void createOnFirstStart() {
        if (em.find(PlatformFact.class, FACT) != null) {
            return;
        }
        Account admin = create(configuredEmail.filter(e -> !e.isBlank()), configuredPassword.filter(p -> !p.isEmpty()));
        em.persist(new PlatformFact(FACT, admin.getEmail()));
    }

    /**
     * Creates an administrator from the given e-mail address and password (or the defaults, as described above),
     * whether or not this installation has one. {@link #createOnFirstStart()} calls it once.
     */
    @Transactional
    public Account create(Optional<String> email, Optional<String> password) {
        String address = email.map(String::strip).orElse(DEFAULT_EMAIL);
        if (password.isPresent()) {
            Account admin = accounts.create(address, "Administrator", password.get());
            accounts.grantPlatformRole(address, Role.ADMIN);
            LOG.info(() -> "First administrator created: " + admin.getEmail() + " (password from PLENARY_ADMIN_PASSWORD)");
            return admin;
        }
        String oneTime = OneTimePassword.generate();
        Account admin = accounts.create(address, "Administrator", oneTime);
        accounts.grantPlatformRole(address, Role.ADMIN);
        accounts.requirePasswordChange(address);
        LOG.warning("First administrator created: sign in at /login.xhtml as " + admin.getEmail()
                + " with the one-time password " + oneTime + " and change it. This password is shown once."
                + " (Set PLENARY_ADMIN_EMAIL and PLENARY_ADMIN_PASSWORD before the first start to choose them.)");
        return admin;
    }
}
