package org.plenary.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time fact about this installation, such as "the demo programme was loaded". */
@Entity
@Table(name = "platform_fact")
public class PlatformFact {

    @Id
    @Column(name = "fact_key")
    private String key;

    @Column(name = "fact_value", nullable = false)
    private String value;

    protected PlatformFact() {
    }

    public PlatformFact(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }
}
