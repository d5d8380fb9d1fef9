package org.plenary.formats.keynote;

/** What a keynote resource is. */
public enum ResourceKind {
    SLIDES, LINK
}
