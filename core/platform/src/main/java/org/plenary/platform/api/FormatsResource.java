package org.plenary.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.plenary.platform.formats.FormatRegistry;

import java.util.List;
import java.util.Locale;

/** {@code GET /api/v1/formats}: every installed format and where it stands. */
@Path("formats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FormatsResource {

    @Inject
    FormatRegistry registry;

    /** One installed format. */
    public record FormatJson(String id, String name, String version, String state, String reason, int migrations) {
    }

    @GET
    public List<FormatJson> all() {
        return registry.all().stream().map(f -> new FormatJson(f.id(), f.displayName(Locale.ENGLISH), f.version(),
                f.state().name(), f.reason(), f.migrationsApplied())).toList();
    }
}
