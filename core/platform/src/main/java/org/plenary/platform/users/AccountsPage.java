package org.plenary.platform.users;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.access.Action;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.console.ConsoleScope;
import org.plenary.platform.console.PageMessages;
import org.plenary.platform.console.PagedRows;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Texts;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * {@code /console/users.xhtml} without a conference (administrators): every account, searched by e-mail or name and
 * read a page at a time; creating one with a one-time password shown once; enabling, disabling, making and unmaking
 * administrators. The caller's right is checked on every page read and every action.
 */
@Named("accountsPage")
@ViewScoped
public class AccountsPage implements Serializable {

    private static final String ONE_TIME = AccountsPage.class.getName() + ".oneTime";

    @Inject
    ConsoleScope scope;

    @Inject
    Accounts accounts;

    @Inject
    AccountChanges changes;

    @Inject
    Texts texts;

    private String query;
    private String email;
    private String displayName;
    private final PagedRows<AccountRow> rows = new PagedRows<>(this::count, this::page);

    /** The view action: administrators only. */
    public void open() {
        scope.getCaller().require(Action.RUN_PLATFORM);
    }

    private long count() {
        scope.getCaller().require(Action.RUN_PLATFORM);
        return accounts.count(query);
    }

    private List<AccountRow> page(int first, int size) {
        scope.getCaller().require(Action.RUN_PLATFORM);
        List<Account> found = accounts.search(query, first, size);
        Set<Long> admins = accounts.adminsAmong(found.stream().map(Account::getId).toList());
        return found.stream().map(a -> new AccountRow(a.getId(), a.getEmail(), a.getDisplayName(), a.isEnabled(),
                admins.contains(a.getId()), a.isMustChangePassword(), a.getCreatedAt())).toList();
    }

    /** Creates the account typed in; its one-time password is shown in this answer only. */
    public void create() {
        try {
            String password = changes.create(scope.getCaller(), email, displayName);
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .put(ONE_TIME, new OneTimeShown(Account.normalise(email), password));
            PageMessages.text(texts.text("users.created", Account.normalise(email)));
            email = null;
            displayName = null;
        } catch (Refused r) {
            PageMessages.show(r, "create");
        }
    }

    /** The account just created and its one-time password, in the answer to its creation only. */
    public OneTimeShown getOneTime() {
        return (OneTimeShown) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(ONE_TIME);
    }

    /** An account's address and its one-time password. */
    public record OneTimeShown(String email, String password) {
    }

    public void enable(AccountRow row) {
        changes.enable(scope.getCaller(), row.id());
        PageMessages.text(texts.text("users.enabled", row.email()));
    }

    public void disable(AccountRow row) {
        act(() -> changes.disable(scope.getCaller(), row.id()), texts.text("users.disabled", row.email()));
    }

    public void grantAdmin(AccountRow row) {
        changes.grantAdmin(scope.getCaller(), row.id());
        PageMessages.text(texts.text("users.adminGranted", row.email()));
    }

    public void revokeAdmin(AccountRow row) {
        act(() -> changes.revokeAdmin(scope.getCaller(), row.id()), texts.text("users.adminRevoked", row.email()));
    }

    private static void act(Runnable change, String done) {
        try {
            change.run();
            PageMessages.text(done);
        } catch (Refused r) {
            PageMessages.show(r, "accounts");
        }
    }

    /** Whether the row is the caller's own account (no disabling oneself). */
    public boolean isSelf(AccountRow row) {
        return row.id() == scope.getCaller().accountId();
    }

    public PagedRows<AccountRow> getRows() {
        return rows;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
