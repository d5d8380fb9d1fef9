package org.plenary.platform.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.web.ViewerZone;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /register.xhtml?c=<slug>}: the registration form of a published conference. A stateless view (no HTTP
 * session for anyone not signed in), usable without JavaScript. Someone not signed in gives name and e-mail and
 * gets a confirmation link by mail; a signed-in participant sees the form prefilled from their last registration,
 * only what belongs to this conference and the consents, and is registered in one step.
 */
@Named("registerPage")
@RequestScoped
public class RegisterPage {

    static final String FORM = "register";

    @Inject
    Conferences conferences;

    @Inject
    Registrations registrations;

    @Inject
    RegistrationChanges changes;

    @Inject
    CurrentCaller caller;

    @Inject
    Accounts accounts;

    @Inject
    ViewerZone viewerZone;

    private String c;
    private Conference conference;
    private Account account;
    private boolean accountRead;
    private RegistrationForm form;
    private RegistrationChanges.Outcome outcome;
    private String sentTo;
    private boolean resent;
    private final Clock clock = Clock.systemUTC();

    /** The view action of a GET: 404 unless the conference is published. */
    public void load() {
        conference();
    }

    /** The conference of the page, from {@code c} (a postback carries it as a form field). */
    public Conference conference() {
        if (conference == null) {
            String slug = c != null ? c : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("c");
            conference = conferences.bySlug(slug).filter(Conference::isPublished)
                    .orElseThrow(() -> new NotFound("no published conference '" + slug + "'"));
            c = conference.getSlug();
        }
        return conference;
    }

    /** The signed-in account, if any. */
    public Account getAccount() {
        if (!accountRead) {
            accountRead = true;
            Caller who = caller.get();
            account = who.isSignedIn() ? accounts.byId(who.accountId()).orElse(null) : null;
        }
        return account;
    }

    public boolean isSignedIn() {
        return getAccount() != null;
    }

    /** The form, prefilled on a GET: the viewer's zone, and a signed-in participant's details from their last registration. */
    public RegistrationForm getForm() {
        if (form == null) {
            form = new RegistrationForm();
            Optional<ZoneId> own = Optional.ofNullable(getAccount()).flatMap(Account::preferredZone);
            form.setTimeZone(own.orElseGet(() -> viewerZone.zoneOr(conference().zone())).getId());
            if (getAccount() != null) {
                registrations.ofAccount(getAccount()).stream().findFirst().ifPresent(form::prefillFrom);
            }
        }
        return form;
    }

    /** The signed-in participant's registration to this conference, if confirmed. */
    public boolean isRegistered() {
        return getAccount() != null && registrations.of(conference(), getAccount())
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).isPresent();
    }

    public boolean isOpen() {
        return conference().registrationOpenAt(clock.instant());
    }

    public boolean isFull() {
        return !conference().hasPlaceBeyond(registrations.holdingPlaces(conference()));
    }

    /** "11 October 2020, 23:59 (Europe/Paris)" when the organisers set a closing time; null otherwise. */
    public String getClosesAt() {
        if (conference().getRegistrationClosesAt() == null) {
            return null;
        }
        var at = conference().getRegistrationClosesAt().atZone(conference().zone());
        Locale in = locale();
        return at.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(in)) + ", "
                + at.format(DateTimeFormatter.ofPattern("HH:mm", in)) + " (" + conference().zone().getId() + ")";
    }

    /** Sends the form. */
    public void register() {
        try {
            outcome = changes.register(caller.get(), conference().getSlug(), getForm(), locale());
            sentTo = getAccount() == null ? form.getEmail() : getAccount().getEmail();
        } catch (Refused refused) {
            show(refused);
        }
    }

    /** "Send the link again", from the page shown after registering. */
    public void resend() {
        changes.resend(conference().getSlug(), sentTo);
        outcome = RegistrationChanges.Outcome.CHECK_MAIL;
        resent = true;
    }

    /** The sign-in page, coming back here once signed in. */
    public String getSignInLink() {
        return "login.xhtml?return=" + URLEncoder.encode("/register.xhtml?c=" + conference().getSlug(), StandardCharsets.UTF_8);
    }

    private void show(Refused refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Problem p : refused.problems()) {
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null);
            UIComponent input = p.field().isEmpty() ? null : faces.getViewRoot().findComponent(":" + FORM + ":" + p.field());
            if (input != null) {
                faces.addMessage(input.getClientId(faces), message);
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null));
        }
        faces.validationFailed();
        faces.getExternalContext().setResponseStatus(400);
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public RegistrationChanges.Outcome getOutcome() {
        return outcome;
    }

    public boolean isDone() {
        return outcome != null;
    }

    public String getSentTo() {
        return sentTo;
    }

    public void setSentTo(String sentTo) {
        this.sentTo = sentTo;
    }

    public boolean isResent() {
        return resent;
    }

    public String getC() {
        return c;
    }

    public void setC(String c) {
        this.c = c;
    }
}
