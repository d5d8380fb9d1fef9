package org.plenary.platform.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.platform.accounts.SignIn;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;

import java.time.Clock;
import java.util.Optional;

/**
 * {@code /confirm.xhtml?token=…}: the link of a confirmation mail. Opening it changes nothing (mail scanners open
 * links too): the page shows the registration and, for an account without a password yet, asks for one; its button
 * confirms, uses the link up and signs the participant in.
 */
@Named("confirmPage")
@RequestScoped
public class ConfirmPage {

    static final String FORM = "confirm";

    @Inject
    Registrations registrations;

    @Inject
    RegistrationChanges changes;

    @Inject
    SignIn signIn;

    private String password;
    private Optional<Registration> pending;
    private Registration confirmed;
    private final Clock clock = Clock.systemUTC();

    /** The link's token, from the address or (on the button's post) the form. */
    public String getToken() {
        String token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        return token == null ? "" : token;
    }

    /** The registration the link confirms, while it still may. */
    public Registration getPending() {
        if (pending == null) {
            String token = getToken();
            pending = registrations.byToken(token).filter(r -> r.acceptsToken(token, clock.instant()));
        }
        return pending.orElse(null);
    }

    /** Whether the participant chooses their password here (their account has none yet). */
    public boolean isPasswordWanted() {
        return getPending() != null && !getPending().getAccount().hasPassword();
    }

    public void confirm() {
        boolean choosing = isPasswordWanted();
        try {
            confirmed = changes.confirm(getToken(), password);
        } catch (Refused refused) {
            show(refused);
            return;
        }
        if (choosing) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext ext = faces.getExternalContext();
            signIn.attempt(confirmed.getAccount().getEmail(), password,
                    (HttpServletRequest) ext.getRequest(), (HttpServletResponse) ext.getResponse());
        }
        password = null;
    }

    private void show(Refused refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Problem p : refused.problems()) {
            UIComponent input = p.field().isEmpty() ? null : faces.getViewRoot().findComponent(":" + FORM + ":" + p.field());
            if (input != null) {
                faces.addMessage(input.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null));
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null));
        }
        faces.validationFailed();
        faces.getExternalContext().setResponseStatus(400);
    }

    public Registration getConfirmed() {
        return confirmed;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
