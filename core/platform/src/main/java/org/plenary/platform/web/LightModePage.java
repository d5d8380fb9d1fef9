package org.plenary.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * The light-mode page ({@code /light-mode.xhtml}): says what light mode does and switches it with
 * {@code light=on|off}; with {@code back} (a path of this site) it goes straight back there, which is what the
 * header's link does.
 */
@Named
@RequestScoped
public class LightModePage {

    /** A path of this application: one leading slash, no scheme, host or backslash (never a redirect elsewhere). */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]{0,2000}");

    @Inject
    ViewerMode mode;

    private String light;
    private String back;

    public void apply() {
        if (!"on".equals(light) && !"off".equals(light)) {
            return;
        }
        mode.choose("on".equals(light));
        String target = getSafeBack();
        if (target != null) {
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            try {
                ext.redirect(ext.getRequestContextPath() + target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code back} when it is a path of this application, else null. */
    public String getSafeBack() {
        return back != null && LOCAL_PATH.matcher(back).matches() && !back.startsWith("/" + ViewerMode.PAGE) ? back : null;
    }

    public String getLight() {
        return light;
    }

    public void setLight(String light) {
        this.light = light;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }
}
