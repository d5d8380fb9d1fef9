package org.plenary.spi;

/**
 * The named places in the core's pages where a format's own Facelets view is included.
 * Each view is included with the parameter {@code sessionDetails}, a {@link SessionDetails} ({@code session} is
 * taken by the servlet session in EL).
 *
 * @since 1.0
 */
public enum ViewSlot {
    /** The format's part of the participant's session page. */
    PARTICIPANT,
    /** The organiser's editor for the format's own fields, embedded in the console's session editor. */
    EDITOR
}
