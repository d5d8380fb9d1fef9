package org.plenary.platform.conference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;

/** What organisers set about registering to their conference (the console's "Registration" part of its settings). */
public class RegistrationTerms implements Serializable {

    /** At most this many places; null for no cap. */
    @Min(0)
    @Max(10_000_000)
    private Integer cap;

    /** When registration closes, at the venue; null to keep it open until the conference ends. */
    private LocalDateTime closesAt;

    /** The conference's own privacy notice; blank for the platform's text. */
    @Size(max = 8000)
    private String privacyNotice;

    /** The version of the conference the organiser started from. */
    private long version;

    public static RegistrationTerms of(Conference c) {
        RegistrationTerms t = new RegistrationTerms();
        t.cap = c.getRegistrationCap();
        t.closesAt = c.getRegistrationClosesAt() == null ? null : c.localTime(c.getRegistrationClosesAt());
        t.privacyNotice = c.getPrivacyNotice();
        t.version = c.getVersion();
        return t;
    }

    public Integer getCap() {
        return cap;
    }

    public void setCap(Integer cap) {
        this.cap = cap;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public String getPrivacyNotice() {
        return privacyNotice;
    }

    public void setPrivacyNotice(String privacyNotice) {
        this.privacyNotice = privacyNotice;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
