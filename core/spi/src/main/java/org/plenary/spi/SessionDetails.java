package org.plenary.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A read-only picture of a core session, as the core hands it to a format's views and rules.
 * Times are UTC instants; the pages convert them to the viewer's zone.
 *
 * @param id             the session's id; plugins key their own rows on it
 * @param conferenceSlug the conference the session belongs to
 * @param formatId       the session's format
 * @param title          the title, plain text
 * @param summary        the abstract, plain text (may be empty)
 * @param start          start, UTC
 * @param end            end, UTC
 * @param status         where the session stands
 * @param streamUrl      the live-stream link, or null
 * @param recordingUrl   the recording link, or null
 * @param speakers       speakers, in programme order
 * @since 1.0
 */
public record SessionDetails(long id, String conferenceSlug, String formatId, String title, String summary,
                             Instant start, Instant end, SessionStatus status, String streamUrl,
                             String recordingUrl, List<Speaker> speakers) {

    public SessionDetails {
        speakers = List.copyOf(speakers);
    }

    /** A speaker as participants see them. */
    public record Speaker(String name, String affiliation, String country) {
    }

    /** The link participants should follow now: the recording once ended, else the stream. */
    public Optional<String> watchUrl() {
        if (status == SessionStatus.ENDED) {
            return Optional.ofNullable(recordingUrl);
        }
        return status == SessionStatus.CANCELLED ? Optional.empty() : Optional.ofNullable(streamUrl);
    }

    /** True once the session has ended. */
    public boolean isEnded() {
        return status == SessionStatus.ENDED;
    }
}
