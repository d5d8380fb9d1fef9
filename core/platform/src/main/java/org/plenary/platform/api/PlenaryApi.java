package org.plenary.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, version 1: JSON, read-only for now. */
@ApplicationPath("/api/v1")
public class PlenaryApi extends Application {
}
