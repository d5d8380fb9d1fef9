package org.plenary.formats.panel;

/** What sort of panel a session is, as the programme announces it. */
public enum PanelKind {
    /** UN agencies, ministers and partners' high-level representatives, with questions from participants. */
    HIGH_LEVEL,
    /** Experts of the field before the whole conference. */
    PLENARY,
    /** A smaller group where participants share experience. */
    BREAKOUT
}
