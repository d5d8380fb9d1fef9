package org.plenary.platform.languages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.plenary.platform.accounts.Account;

import java.util.Locale;
import java.util.Optional;

/** The language an account's owner chose, read and kept on the account (its time zone is left as it is). */
@ApplicationScoped
public class AccountLanguage {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    /** The account's chosen language, if any. */
    public Optional<Locale> of(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? Optional.empty() : account.preferredLanguage();
    }

    /** Keeps a language as the account's choice; nothing is written when it is the one kept already. */
    @Transactional
    public void prefer(long accountId, Locale language) {
        Account account = em.find(Account.class, accountId);
        if (account != null && !account.preferredLanguage().equals(Optional.of(language))) {
            account.prefer(language, account.preferredZone().orElse(null));
        }
    }
}
