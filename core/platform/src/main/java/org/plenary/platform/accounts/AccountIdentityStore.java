package org.plenary.platform.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platform's identity store: a caller is an enabled {@link Account}, named by its (lower-cased) e-mail address;
 * its groups are the names of the {@link Role}s it holds anywhere. Per-conference checks read the grants themselves.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.verified(login.getCaller(), login.getPasswordAsString())
                .map(account -> new CredentialValidationResult(account.getEmail(), groups(account.getEmail())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private Set<String> groups(String email) {
        return accounts.rolesOf(email).stream().map(Role::name).collect(Collectors.toSet());
    }
}
