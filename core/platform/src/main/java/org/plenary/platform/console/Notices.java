package org.plenary.platform.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;

/**
 * What a console action tells the user: a notice, a failure, or the problems of a refused change, each next to its
 * field when the form has one of that id (else at the top of the page).
 */
public final class Notices {

    private Notices() {
    }

    public static void info(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    /** Each problem next to the field {@code <form>:<problem's field>}, or at the top when there is none. */
    public static void refused(String form, Refused refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Problem p : refused.problems()) {
            String clientId = null;
            if (!p.field().isEmpty() && faces.getViewRoot() != null) {
                UIComponent field = faces.getViewRoot().findComponent(form + ":" + p.field());
                clientId = field == null ? null : field.getClientId(faces);
            }
            add(clientId, FacesMessage.SEVERITY_ERROR, p.message());
        }
        faces.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
