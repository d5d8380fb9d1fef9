package org.plenary.platform.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/** An entity with an id from the core's one sequence (see V1__programme.sql). */
@MappedSuperclass
public abstract class Identified {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plenary")
    @SequenceGenerator(name = "plenary", sequenceName = "plenary_seq", allocationSize = 50)
    private Long id;

    public Long getId() {
        return id;
    }
}
