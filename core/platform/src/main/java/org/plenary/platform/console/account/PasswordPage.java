package org.plenary.platform.console.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.accounts.InvalidPassword;
import org.plenary.platform.accounts.PasswordChange;
import org.plenary.platform.accounts.PasswordProblem;

/**
 * {@code /console/password.xhtml}: the signed-in caller changes their own password (current one, new one twice).
 * Open to every signed-in account, whatever its roles (web.xml).
 */
@Named("passwordPage")
@RequestScoped
public class PasswordPage {

    static final String FORM = "password";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    PasswordChange passwordChange;

    private String current;
    private String next;
    private String repeat;
    private boolean changed;

    public void change() {
        Caller who = currentCaller.get();
        if (!who.isSignedIn()) {
            throw new org.plenary.platform.access.NotAllowed("sign in first");
        }
        if (next == null || !next.equals(repeat)) {
            AccountTexts.error(FORM + ":repeat", AccountTexts.text("password.differ"));
            return;
        }
        String address = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
        try {
            switch (passwordChange.change(who, current, next, address)) {
                case CHANGED -> {
                    changed = true;
                    AccountTexts.info(AccountTexts.text("password.changed"));
                }
                case WRONG_CURRENT -> AccountTexts.error(FORM + ":current", AccountTexts.text("password.wrongCurrent"));
                case THROTTLED -> AccountTexts.error(null, AccountTexts.platformText("signin.throttled"));
            }
        } catch (InvalidPassword e) {
            for (PasswordProblem p : e.problems()) {
                AccountTexts.error(FORM + ":next", AccountTexts.platformText(p.messageKey()));
            }
        } finally {
            current = null;
            next = null;
            repeat = null;
        }
    }

    /** Whether the password was just changed (the form is then replaced by a link back to the console). */
    public boolean isChanged() {
        return changed;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
