package org.plenary.platform.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A session's format data that no started plugin could take (its format is missing or failed), kept as it came
 * so that nothing is lost: it is exported as it is and handed to the plugin once that format starts.
 */
@Entity
@Table(name = "session_format_data")
public class DetachedFormatData {

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "format_id", nullable = false)
    private String formatId;

    @Column(nullable = false)
    private String payload;

    protected DetachedFormatData() {
    }

    public DetachedFormatData(long sessionId, String formatId, String payload) {
        this.sessionId = sessionId;
        this.formatId = formatId;
        this.payload = payload;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getFormatId() {
        return formatId;
    }

    public String getPayload() {
        return payload;
    }
}
