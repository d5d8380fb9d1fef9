package org.plenary.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.accounts.PasswordRules;
import org.plenary.platform.accounts.SignIn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;

/**
 * The sign-in page ({@code /login.xhtml}): e-mail and password, one message for every refusal so that nobody learns
 * whether an account exists, another when attempts are throttled. Once signed in, the visitor goes back to the
 * protected page first asked for, else to the console.
 */
@Named("signInPage")
@RequestScoped
public class SignInPage {

    static final String AFTER_SIGN_IN = "/console/index.xhtml";

    @Inject
    SignIn signIn;

    @NotBlank
    @Size(max = Account.EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = PasswordRules.MAX_LENGTH * 2)
    private String password;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public void signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        SignIn.Outcome outcome = signIn.attempt(email, password,
                (HttpServletRequest) ext.getRequest(), (HttpServletResponse) ext.getResponse());
        password = null;
        switch (outcome) {
            case CONTINUE -> faces.responseComplete();
            case SIGNED_IN -> {
                try {
                    ext.redirect(ext.getRequestContextPath() + AFTER_SIGN_IN);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case REFUSED -> refuse(faces, "signin.refused");
            case THROTTLED -> refuse(faces, "signin.throttled");
        }
    }

    private static void refuse(FacesContext faces, String key) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle.getString(key), null));
        faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
