package org.plenary.platform.users;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.access.Action;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.accounts.Role;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.console.ConsoleScope;
import org.plenary.platform.console.PageMessages;
import org.plenary.platform.console.PagedRows;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * {@code /console/users.xhtml?c=<slug>} (the conference's organisers): who holds which role in the conference, read a
 * page at a time; giving a role to an existing account by e-mail; taking one away. The caller's right in that very
 * conference is checked on every page read and every action.
 */
@Named("rolesPage")
@ViewScoped
public class RolesPage implements Serializable {

    @Inject
    ConsoleScope scope;

    @Inject
    Accounts accounts;

    @Inject
    AccountChanges changes;

    @Inject
    Texts texts;

    private String c;
    private String email;
    private Role role = Role.PARTICIPANT;
    private final PagedRows<GrantRow> rows = new PagedRows<>(this::count, this::page);

    /** The view action: the conference's organisers (and administrators) only. */
    public void open() {
        conference();
    }

    private Conference conference() {
        return scope.require(c, Action.GRANT_ROLES);
    }

    private long count() {
        return accounts.countGrantsIn(conference().getId());
    }

    private List<GrantRow> page(int first, int size) {
        return accounts.grantsIn(conference().getId(), first, size).stream()
                .map(g -> new GrantRow(g.getId(), g.getAccount().getEmail(), g.getAccount().getDisplayName(),
                        g.getRole().name(), g.getAccount().isEnabled()))
                .toList();
    }

    /** Gives the role chosen to the account with the e-mail address typed in. */
    public void grant() {
        try {
            changes.grant(scope.getCaller(), conference().getId(), email, role);
            PageMessages.text(texts.text("users.roleGranted", email.strip(), roleName(role.name())));
            email = null;
        } catch (Refused r) {
            PageMessages.show(r, "grant");
        }
    }

    public void revoke(GrantRow row) {
        try {
            changes.revoke(scope.getCaller(), conference().getId(), row.id());
            PageMessages.text(texts.text("users.roleRevoked", row.email(), roleName(row.role())));
        } catch (Refused r) {
            PageMessages.show(r, "roles");
        }
    }

    /** The role's name in the page's language (the participant pages' bundle names them). */
    private static String roleName(String role) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            return faces.getApplication().getResourceBundle(faces, "msg").getString("role." + role);
        } catch (RuntimeException e) {
            return role;
        }
    }

    public List<Role> getRoles() {
        return AccountChanges.CONFERENCE_ROLES;
    }

    public PagedRows<GrantRow> getRows() {
        return rows;
    }

    public String getC() {
        return c;
    }

    public void setC(String c) {
        this.c = c;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
