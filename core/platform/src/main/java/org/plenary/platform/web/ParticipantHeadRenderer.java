package org.plenary.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import org.primefaces.renderkit.HeadRenderer;

import java.io.IOException;

/**
 * Renders {@code h:head}. PrimeFaces' renderer, which the console needs, writes its settings script into every page;
 * a head marked {@value #PLAIN} (the participant pages' template) gets none of it: only its children and the
 * resources components ask for in the head (stylesheets, scripts).
 */
public class ParticipantHeadRenderer extends Renderer {

    /** The attribute that marks a participant page's head: {@code <f:attribute name="plenary.plainHead" value="true"/>}. */
    public static final String PLAIN = "plenary.plainHead";

    private final Renderer primeFaces = new HeadRenderer();

    @Override
    public void encodeBegin(FacesContext context, UIComponent head) throws IOException {
        if (!plain(head)) {
            primeFaces.encodeBegin(context, head);
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("head", head);
        for (UIComponent resource : context.getViewRoot().getComponentResources(context, "head")) {
            resource.encodeAll(context);
        }
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent head) throws IOException {
        if (!plain(head)) {
            primeFaces.encodeChildren(context, head);
            return;
        }
        super.encodeChildren(context, head);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent head) throws IOException {
        if (!plain(head)) {
            primeFaces.encodeEnd(context, head);
            return;
        }
        context.getResponseWriter().endElement("head");
    }

    @Override
    public boolean getRendersChildren() {
        return primeFaces.getRendersChildren();
    }

    private static boolean plain(UIComponent head) {
        Object plain = head.getAttributes().get(PLAIN);
        return Boolean.TRUE.equals(plain) || "true".equals(plain);
    }
}
