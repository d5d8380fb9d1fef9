package org.plenary.platform.access;

import org.plenary.platform.accounts.Role;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who is asking, with the roles held: platform-wide ({@link Role#ADMIN}) and per conference (by id). Every console
 * page and API write asks {@link #may} or {@link #require} with the conference it touches, never a conference id
 * the client sent alone.
 *
 * @param accountId  the account's id; {@code 0} for an anonymous caller
 * @param email      the account's e-mail address; empty for an anonymous caller
 * @param admin      whether the caller runs the platform
 * @param rolesByConference the roles held in each conference, by the conference's id
 */
public record Caller(long accountId, String email, boolean admin, Map<Long, Set<Role>> rolesByConference) {

    public static final Caller ANONYMOUS = new Caller(0, "", false, Map.of());

    public Caller {
        rolesByConference = Map.copyOf(rolesByConference);
    }

    public boolean isSignedIn() {
        return accountId != 0;
    }

    /** Whether the caller may do this in the conference with this id. */
    public boolean may(Action action, long conferenceId) {
        if (admin) {
            return true;
        }
        return rolesByConference.getOrDefault(conferenceId, Set.of()).stream().anyMatch(r -> allows(r, action));
    }

    /** Whether the caller may do this platform-wide. */
    public boolean may(Action action) {
        if (admin) {
            return true;
        }
        // Organisers of any conference may start a new one (and become its organiser).
        return action == Action.CREATE_CONFERENCE
                && rolesByConference.values().stream().anyMatch(roles -> roles.contains(Role.ORGANISER));
    }

    /** @throws NotAllowed unless {@link #may(Action, long)} */
    public void require(Action action, long conferenceId) {
        if (!may(action, conferenceId)) {
            throw new NotAllowed("You may not do this in this conference.");
        }
    }

    /** @throws NotAllowed unless {@link #may(Action)} */
    public void require(Action action) {
        if (!may(action)) {
            throw new NotAllowed("You may not do this.");
        }
    }

    /** The conferences the caller may open in the console (any console action held there). */
    public Set<Long> consoleConferences() {
        return rolesByConference.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(r -> !actions(r).isEmpty()))
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The actions a conference role allows in its conference. */
    static Set<Action> actions(Role role) {
        return switch (role) {
            case ADMIN -> EnumSet.allOf(Action.class);
            case ORGANISER -> EnumSet.of(Action.EDIT_CONFERENCE, Action.EDIT_PROGRAMME, Action.EDIT_PEOPLE,
                    Action.GRANT_ROLES, Action.READ_RECORDS, Action.MANAGE_REGISTRATIONS, Action.MODERATE);
            case MODERATOR -> EnumSet.of(Action.MODERATE);
            case SPEAKER, PARTNER, PARTICIPANT -> EnumSet.noneOf(Action.class);
        };
    }

    private static boolean allows(Role role, Action action) {
        return actions(role).contains(action);
    }
}
