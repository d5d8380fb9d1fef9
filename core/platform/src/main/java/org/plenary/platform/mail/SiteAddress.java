package org.plenary.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Where the platform answers, for the links of e-mails: {@code plenary.site.url} (MicroProfile Config, e.g.
 * {@code https://events.example.org/}) when set, which is what to set behind a reverse proxy; else the address of
 * the request being served.
 */
@ApplicationScoped
public class SiteAddress {

    @Inject
    @ConfigProperty(name = "plenary.site.url")
    Optional<String> configured;

    @Inject
    HttpServletRequest request;

    /** The absolute address of a path of the platform ({@code confirm.xhtml?token=…}), from the site's root. */
    public String of(String path) {
        String root = configured.map(String::strip).filter(u -> !u.isEmpty()).orElseGet(this::fromRequest);
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return (root.endsWith("/") ? root : root + "/") + relative;
    }

    private String fromRequest() {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usual = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port) + request.getContextPath() + "/";
    }
}
