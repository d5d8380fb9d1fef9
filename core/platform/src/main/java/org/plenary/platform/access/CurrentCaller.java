package org.plenary.platform.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.accounts.Role;
import org.plenary.platform.accounts.RoleGrant;

import java.security.Principal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The caller of this request, read once: the account signed in through the console's form (Jakarta Security), or
 * the one whose API token the REST API accepted ({@link #authenticatedAs}). A disabled account is anonymous.
 */
@RequestScoped
public class CurrentCaller {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    SecurityContext security;

    private Caller caller;

    /** The caller, with the roles its account holds now (not those it held when it signed in). */
    public Caller get() {
        if (caller == null) {
            Principal principal = security.getCallerPrincipal();
            caller = principal == null ? Caller.ANONYMOUS : load(principal.getName()).orElse(Caller.ANONYMOUS);
        }
        return caller;
    }

    /** Makes the account the caller of this request (an API token named it). */
    public void authenticatedAs(Account account) {
        caller = account.isEnabled() ? of(account) : Caller.ANONYMOUS;
    }

    private Optional<Caller> load(String email) {
        return em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", Account.normalise(email)).getResultStream().findFirst()
                .filter(Account::isEnabled).map(this::of);
    }

    private Caller of(Account account) {
        List<RoleGrant> grants = em.createQuery("select g from RoleGrant g where g.account = :a", RoleGrant.class)
                .setParameter("a", account).getResultList();
        boolean admin = false;
        Map<Long, Set<Role>> byConference = new HashMap<>();
        for (RoleGrant g : grants) {
            if (g.getRole() == Role.ADMIN) {
                admin = true;
            } else {
                byConference.computeIfAbsent(g.getConferenceId(), id -> EnumSet.noneOf(Role.class)).add(g.getRole());
            }
        }
        return new Caller(account.getId(), account.getEmail(), admin, byConference);
    }
}
