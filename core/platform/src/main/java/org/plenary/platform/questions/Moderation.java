package org.plenary.platform.questions;

/** What a moderator does to one question. */
public enum Moderation {
    APPROVE, HIDE, ANSWERED, NOT_ANSWERED, PIN, UNPIN
}
