package org.plenary.spi;

import java.io.Serializable;
import java.util.List;

/**
 * A format's own fields while an organiser edits one session in the console's session editor.
 *
 * <p><b>Contract.</b> The format's {@link ViewSlot#EDITOR} view binds its inputs to this object, which the console
 * hands to the view as the parameter {@code formatEditor} (beside {@code sessionDetails}). The view holds inputs
 * only, no form of its own; its buttons, if any, are Ajax buttons that process and update only its own part. Values entered are checked by {@link #check()}, and
 * kept by {@link #save(long)} only when neither the core's fields nor the format's have a problem.
 *
 * <p><b>Lifecycle.</b> {@link SessionFormat#editor(long)} makes one when the editor opens (with {@code 0} for a
 * session not yet saved), reading what the format keeps for that session. It lives as long as the console's page
 * (Faces view scope), across several requests, so it must be {@link Serializable}: keep ids and values, and reach
 * the format's beans through serialisable CDI proxies. {@link #save(long)} runs inside the transaction that saves
 * the session; an exception rolls both back, and the organiser's input is kept on the page.
 *
 * @since 1.0
 */
public interface FormatEditor extends Serializable {

    /** An editor for a format with no fields of its own. */
    FormatEditor NONE = new FormatEditor() {
        @Override
        public List<Violation> check() {
            return List.of();
        }

        @Override
        public void save(long sessionId) {
        }
    };

    /** What is wrong with the values entered, by field; empty when they can be saved. Must not change anything. */
    List<Violation> check();

    /**
     * Keeps the values for the session, replacing what the format kept before. Called after {@link #check()} found
     * nothing, in the transaction that saves the session.
     *
     * @param sessionId the saved session's id (a new session has its id by now)
     */
    void save(long sessionId);
}
