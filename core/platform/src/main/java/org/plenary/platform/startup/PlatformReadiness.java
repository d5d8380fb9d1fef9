package org.plenary.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.spi.FormatState;

/** Ready once migrations and the plugin registry are done; lists failed formats without failing readiness. */
@Readiness
@ApplicationScoped
public class PlatformReadiness implements HealthCheck {

    @Inject
    PlatformState state;

    @Inject
    FormatRegistry registry;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("plenary").status(state.isReady());
        if (state.failure() != null) {
            response.withData("failure", state.failure());
        }
        registry.all().stream().filter(f -> f.state() == FormatState.FAILED)
                .forEach(f -> response.withData("format." + f.id(), "FAILED: " + f.reason()));
        return response.build();
    }
}
