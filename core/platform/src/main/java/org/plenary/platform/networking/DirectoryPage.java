package org.plenary.platform.networking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.plenary.platform.registration.ParticipantCategory;
import org.plenary.platform.registration.Registration;
import org.plenary.platform.validation.Refused;

import java.util.Arrays;
import java.util.List;

/** {@code /directory.xhtml?c=…}: the participants who agreed to be listed, searched; a contact request to one. */
@Named("directoryPage")
@RequestScoped
public class DirectoryPage extends NetworkingPage {

    static final int PAGE = 20;

    private List<Registration> found;
    private long total = -1;

    public Networking.Query getQuery() {
        ParticipantCategory category = Arrays.stream(ParticipantCategory.values())
                .filter(c -> c.name().equals(param("category"))).findFirst().orElse(null);
        return new Networking.Query(param("q"), param("country"), category, param("interest"));
    }

    public int getPage() {
        try {
            return Math.max(0, Integer.parseInt(param("page")));
        } catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }

    public List<Registration> getFound() {
        if (found == null) {
            found = getMe() == null ? List.of() : networking.directory(getMe(), getQuery(), getPage() * PAGE, PAGE);
        }
        return found;
    }

    public long getTotal() {
        if (total < 0) {
            total = getMe() == null ? 0 : networking.directorySize(getMe(), getQuery());
        }
        return total;
    }

    public boolean isMore() {
        return (long) (getPage() + 1) * PAGE < getTotal();
    }

    public ParticipantCategory[] getCategories() {
        return ParticipantCategory.values();
    }

    /** Asks the participant posted as {@code to}, with the posted {@code message}. */
    public void ask() {
        try {
            networking.ask(caller.get(), getConference().getSlug(), idParam("to"), param("message"));
            done("asked");
        } catch (Refused e) {
            refused(e);
        }
    }
}
