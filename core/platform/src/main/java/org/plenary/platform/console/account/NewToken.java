package org.plenary.platform.console.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The token made in this request, with its secret: held for this one response only, so that the secret is shown
 * once and kept nowhere, not even in the view's state.
 */
@Named("newToken")
@RequestScoped
public class NewToken {

    private String name;
    private String secret;

    void set(String name, String secret) {
        this.name = name;
        this.secret = secret;
    }

    public boolean isPresent() {
        return secret != null;
    }

    public String getName() {
        return name;
    }

    public String getSecret() {
        return secret;
    }
}
