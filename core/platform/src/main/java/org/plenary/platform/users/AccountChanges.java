package org.plenary.platform.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.accounts.Role;
import org.plenary.platform.accounts.RoleGrant;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Texts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What administrators do to accounts (create, enable, disable, make or unmake administrators) and organisers to
 * their conference's roles (grant, revoke): each checks the caller's right and the rules that keep the platform
 * usable, and records the change in the audit log, in the change's own transaction.
 */
@ApplicationScoped
public class AccountChanges {

    /** The roles given in a conference from the console (ADMIN is platform-wide). */
    public static final List<Role> CONFERENCE_ROLES = List.of(Role.ORGANISER, Role.MODERATOR, Role.SPEAKER,
            Role.PARTNER, Role.PARTICIPANT);

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    Texts texts;

    /**
     * Creates an account with a one-time password that its owner must change.
     *
     * @return the one-time password: show it once, keep it nowhere
     * @throws Refused for a bad or taken e-mail address or a missing name
     */
    @Transactional
    public String create(Caller caller, String email, String displayName) {
        caller.require(Action.RUN_PLATFORM);
        List<Problem> problems = new ArrayList<>(texts.check(new Account(email, displayName, "-", Instant.EPOCH)));
        if (problems.stream().noneMatch(p -> p.field().equals("email")) && accounts.byEmail(email).isPresent()) {
            problems.add(texts.problem("email", "users.emailTaken"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        String password = accounts.createWithOneTimePassword(email, displayName);
        audit.record(caller, null, "account.create", Account.normalise(email), displayName.strip());
        return password;
    }

    /** Lets an account sign in again. */
    @Transactional
    public void enable(Caller caller, long accountId) {
        Account account = account(caller, accountId);
        if (!account.isEnabled()) {
            accounts.enable(account.getEmail());
            audit.record(caller, null, "account.enable", account.getEmail(), null);
        }
    }

    /**
     * Stops an account from signing in.
     *
     * @throws Refused when it is the caller's own account
     */
    @Transactional
    public void disable(Caller caller, long accountId) {
        Account account = account(caller, accountId);
        if (account.getId() == caller.accountId()) {
            throw new Refused("", texts.text("users.notYourself"));
        }
        if (account.isEnabled()) {
            accounts.disable(account.getEmail());
            audit.record(caller, null, "account.disable", account.getEmail(), null);
        }
    }

    /** Makes an account an administrator of the platform. */
    @Transactional
    public void grantAdmin(Caller caller, long accountId) {
        Account account = account(caller, accountId);
        if (!accounts.rolesOf(account.getEmail()).contains(Role.ADMIN)) {
            accounts.grantPlatformRole(account.getEmail(), Role.ADMIN);
            audit.record(caller, null, "admin.grant", account.getEmail(), null);
        }
    }

    /**
     * Takes the administrator's role from an account.
     *
     * @throws Refused when it is the last enabled administrator
     */
    @Transactional
    public void revokeAdmin(Caller caller, long accountId) {
        Account account = account(caller, accountId);
        if (!accounts.rolesOf(account.getEmail()).contains(Role.ADMIN)) {
            return;
        }
        if (account.isEnabled() && accounts.enabledAdmins() <= 1) {
            throw new Refused("", texts.text("users.lastAdmin"));
        }
        accounts.revokePlatformRole(account.getEmail(), Role.ADMIN);
        audit.record(caller, null, "admin.revoke", account.getEmail(), null);
    }

    /**
     * Gives an existing account a role in a conference; nothing happens when it holds it there already.
     *
     * @throws Refused when no account has this e-mail address, or the role is not one given in a conference
     */
    @Transactional
    public void grant(Caller caller, long conferenceId, String email, Role role) {
        caller.require(Action.GRANT_ROLES, conferenceId);
        List<Problem> problems = new ArrayList<>();
        if (role == null || !CONFERENCE_ROLES.contains(role)) {
            problems.add(texts.problem("role", "users.pickRole"));
        }
        Account account = accounts.byEmail(email).orElse(null);
        if (account == null) {
            problems.add(texts.problem("email", email == null || email.isBlank() ? "required" : "users.noAccount"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        if (accounts.countGrants(account.getId(), role, conferenceId) == 0) {
            accounts.grantInConference(account.getEmail(), role, conferenceId);
            audit.record(caller, conferenceId, "role.grant", account.getEmail(), role.name());
        }
    }

    /**
     * Takes a role in a conference away.
     *
     * @throws NotFound when the grant is not one of this conference's
     * @throws Refused  when an organiser would take away their own last ORGANISER role there
     */
    @Transactional
    public void revoke(Caller caller, long conferenceId, long grantId) {
        caller.require(Action.GRANT_ROLES, conferenceId);
        RoleGrant grant = accounts.grant(grantId)
                .filter(g -> g.getConferenceId() != null && g.getConferenceId() == conferenceId)
                .orElseThrow(() -> new NotFound("no grant " + grantId + " in this conference"));
        Account account = grant.getAccount();
        if (grant.getRole() == Role.ORGANISER && account.getId() == caller.accountId() && !caller.admin()
                && accounts.countGrants(account.getId(), Role.ORGANISER, conferenceId) <= 1) {
            throw new Refused("", texts.text("users.ownLastOrganiser"));
        }
        accounts.revokeInConference(account.getEmail(), grant.getRole(), conferenceId);
        audit.record(caller, conferenceId, "role.revoke", account.getEmail(), grant.getRole().name());
    }

    private Account account(Caller caller, long accountId) {
        caller.require(Action.RUN_PLATFORM);
        return accounts.byId(accountId).orElseThrow(() -> new NotFound("no account " + accountId));
    }
}
