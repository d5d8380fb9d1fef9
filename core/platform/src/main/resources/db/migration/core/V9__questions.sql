-- Plenary core schema, version 9: live Q&A, for the sessions of formats that declare LiveFeature.QUESTIONS.
-- Portable SQL for H2 2.x and PostgreSQL; ids from plenary_seq (V1). Times are UTC, TIMESTAMP without zone.

-- A session's Q&A as its moderators set it: open (participants ask and vote) or closed. A session without a row
-- is open. Moderation takes this row's lock, so that "one pinned question per session" holds between moderators.
CREATE TABLE question_board (
    session_id     BIGINT   NOT NULL PRIMARY KEY REFERENCES programme_session (id) ON DELETE CASCADE,
    questions_open BOOLEAN  NOT NULL,
    version        BIGINT   NOT NULL
);

-- A participant's question. author_id is null for a question imported from another platform (accounts are never
-- exported); shown_name is the name shown with it, null when the asker chose not to show it. votes counts the votes
-- (question_vote rows plus those an import brought), written by one UPDATE per vote.
CREATE TABLE question (
    id          BIGINT       NOT NULL PRIMARY KEY,
    session_id  BIGINT       NOT NULL REFERENCES programme_session (id) ON DELETE CASCADE,
    author_id   BIGINT       REFERENCES account (id) ON DELETE SET NULL,
    shown_name  VARCHAR(200),
    text        VARCHAR(500) NOT NULL,
    state       VARCHAR(20)  NOT NULL,
    answered    BOOLEAN      NOT NULL,
    pinned      BOOLEAN      NOT NULL,
    votes       INTEGER      NOT NULL,
    asked_at    TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT question_state_known CHECK (state IN ('PENDING', 'APPROVED', 'HIDDEN')),
    CONSTRAINT question_votes_counted CHECK (votes >= 0)
);
CREATE INDEX question_by_session ON question (session_id, state);
CREATE INDEX question_by_author ON question (author_id, asked_at);

-- One vote per participant and question: the unique key holds it under races, on H2 and PostgreSQL alike.
CREATE TABLE question_vote (
    id          BIGINT    NOT NULL PRIMARY KEY,
    question_id BIGINT    NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    account_id  BIGINT    NOT NULL REFERENCES account (id),
    cast_at     TIMESTAMP NOT NULL,
    CONSTRAINT question_vote_once UNIQUE (question_id, account_id)
);
CREATE INDEX question_vote_by_account ON question_vote (account_id, cast_at);
