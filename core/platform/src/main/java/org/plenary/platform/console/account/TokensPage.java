package org.plenary.platform.console.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.accounts.ApiToken;
import org.plenary.platform.accounts.ApiTokens;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code /console/tokens.xhtml}: the signed-in caller's API tokens. Making one shows its secret this once
 * ({@link NewToken}); revoking one asks first, on the page itself (no script needed).
 */
@Named("tokensPage")
@ViewScoped
public class TokensPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ApiTokens apiTokens;

    @Inject
    NewToken newToken;

    private String name;
    /** The token whose revocation waits for a yes; {@code null} when none does. */
    private Long confirming;
    private String confirmingName;
    private transient List<ApiToken> tokens;

    @PostConstruct
    void load() {
        tokens = apiTokens.of(caller());
    }

    public List<ApiToken> getTokens() {
        if (tokens == null) {
            load();
        }
        return tokens;
    }

    public void create() {
        confirming = null;
        try {
            ApiTokens.Created created = apiTokens.create(caller(), name);
            newToken.set(created.token().getName(), created.secret());
            FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
            name = null;
        } catch (Refused e) {
            for (Problem p : e.problems()) {
                AccountTexts.error("create:" + p.field(), p.message());
            }
        }
        load();
    }

    /** Asks whether to revoke this token (one of the listed ones). */
    public void askRevoke(ApiToken token) {
        confirming = token.getId();
        confirmingName = token.getName();
    }

    public void revoke() {
        if (confirming != null) {
            ApiToken token = apiTokens.revoke(caller(), confirming);
            AccountTexts.info(AccountTexts.text("tokens.revoked", token.getName()));
        }
        confirming = null;
        load();
    }

    public void keep() {
        confirming = null;
    }

    /** A time as the page shows it, in UTC; empty for none. */
    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    public boolean isConfirming() {
        return confirming != null;
    }

    public String getConfirmingName() {
        return confirmingName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    private Caller caller() {
        Caller who = currentCaller.get();
        if (!who.isSignedIn()) {
            throw new NotAllowed("sign in first");
        }
        return who;
    }
}
