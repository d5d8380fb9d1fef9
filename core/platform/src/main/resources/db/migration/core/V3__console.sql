-- Plenary core schema, version 3: what the console needs beyond the programme.
-- Portable SQL for H2 2.x and PostgreSQL; ids from plenary_seq (V1). Times are UTC, TIMESTAMP without zone.

-- Who changed what, and when. Kept as plain text, not references: an entry outlives what it names.
CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    at_utc        TIMESTAMP     NOT NULL,
    actor         VARCHAR(254)  NOT NULL,
    conference_id BIGINT,
    action        VARCHAR(60)   NOT NULL,
    subject       VARCHAR(300)  NOT NULL,
    detail        VARCHAR(2000)
);
CREATE INDEX audit_entry_by_conference ON audit_entry (conference_id, at_utc);
CREATE INDEX audit_entry_by_time ON audit_entry (at_utc);

-- Personal API tokens: only a SHA-256 of the secret is kept; the secret is shown once, when it is made.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    account_id   BIGINT       NOT NULL REFERENCES account (id),
    name         VARCHAR(100) NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at   TIMESTAMP,
    CONSTRAINT api_token_hash_once UNIQUE (secret_hash)
);
CREATE INDEX api_token_by_account ON api_token (account_id);

-- Organisations and people belong to one conference from now on (organisers of one conference never see those of
-- another); existing rows go to the conference whose sessions name them, or stay platform-wide (NULL).
ALTER TABLE person ADD COLUMN conference_id BIGINT REFERENCES conference (id);
ALTER TABLE organisation ADD COLUMN conference_id BIGINT REFERENCES conference (id);
UPDATE person SET conference_id = (SELECT MIN(s.conference_id) FROM session_speaker sp
    JOIN programme_session s ON s.id = sp.session_id WHERE sp.person_id = person.id);
UPDATE organisation SET conference_id = (SELECT MIN(p.conference_id) FROM person p WHERE p.organisation_id = organisation.id);
CREATE INDEX person_by_conference ON person (conference_id, name);
CREATE INDEX organisation_by_conference ON organisation (conference_id, name);
