-- Plenary core schema, version 6: personal agendas. An account stars sessions; each account has, per conference, a
-- private calendar feed whose address holds a random secret.
-- Portable SQL for H2 2.x and PostgreSQL; ids from plenary_seq (V1). Times are UTC, TIMESTAMP without zone.

CREATE TABLE agenda_star (
    id         BIGINT    NOT NULL PRIMARY KEY,
    account_id BIGINT    NOT NULL REFERENCES account (id),
    session_id BIGINT    NOT NULL REFERENCES programme_session (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT agenda_star_once UNIQUE (account_id, session_id)
);
CREATE INDEX agenda_star_by_session ON agenda_star (session_id);

-- The secret is the feed's whole protection (calendar programs cannot sign in): 256 random bits, URL-safe Base64.
-- It is kept as such, not hashed, so that the agenda page can show the address again; resetting it replaces it.
CREATE TABLE agenda_feed (
    id            BIGINT      NOT NULL PRIMARY KEY,
    account_id    BIGINT      NOT NULL REFERENCES account (id),
    conference_id BIGINT      NOT NULL REFERENCES conference (id),
    secret        VARCHAR(64) NOT NULL,
    created_at    TIMESTAMP   NOT NULL,
    CONSTRAINT agenda_feed_once UNIQUE (account_id, conference_id),
    CONSTRAINT agenda_feed_secret_once UNIQUE (secret)
);
