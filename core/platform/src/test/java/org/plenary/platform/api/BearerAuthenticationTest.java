package org.plenary.platform.api;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BearerAuthenticationTest {

    @Test
    void theSecretIsWhatFollowsBearerInAnyCase() {
        assertEquals(Optional.of("plt_abc"), BearerAuthentication.secret("Bearer plt_abc"));
        assertEquals(Optional.of("plt_abc"), BearerAuthentication.secret("  bearer   plt_abc "));
        assertEquals(Optional.empty(), BearerAuthentication.secret("Basic YTpi"));
        assertEquals(Optional.empty(), BearerAuthentication.secret("Bearer"));
        assertEquals(Optional.empty(), BearerAuthentication.secret("Bearerplt_abc"));
    }
}
