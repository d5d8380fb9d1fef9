package org.plenary.platform.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Puts problems and outcomes on a console page: each problem next to its field, else at the top. */
public final class PageMessages {

    private PageMessages() {
    }

    /** Shows each problem of a refusal beside the input {@code <formId>:<field>}, or at the top when there is none. */
    public static void show(Refused refused, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Problem p : refused.problems()) {
            String clientId = null;
            if (!p.field().isEmpty()) {
                UIComponent input = faces.getViewRoot().findComponent(":" + formId + ":" + p.field());
                clientId = input == null ? null : input.getClientId(faces);
            }
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null);
            faces.addMessage(clientId, message);
            if (clientId != null) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null));
            }
        }
        faces.validationFailed();
    }

    /** A message of the console's bundle ({@code con}) at the top of the page. */
    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Messages survive the redirect after a successful post. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "con");
        String text = bundle.containsKey(key) ? bundle.getString(key) : key;
        if (args.length > 0) {
            text = new MessageFormat(text, faces.getViewRoot().getLocale()).format(args);
        }
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
