-- Plenary core schema, version 7: conference content in several languages.
-- Portable SQL for H2 2.x and PostgreSQL. A translation belongs to the row it translates, one per language (a BCP 47
-- tag among the conference's languages, never its main one); pages fall back, field by field, to the original.

CREATE TABLE session_translation (
    session_id BIGINT        NOT NULL REFERENCES programme_session (id),
    language   VARCHAR(20)   NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    summary    VARCHAR(8000),
    PRIMARY KEY (session_id, language)
);

CREATE TABLE conference_translation (
    conference_id BIGINT        NOT NULL REFERENCES conference (id),
    language      VARCHAR(20)   NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    description   VARCHAR(8000),
    PRIMARY KEY (conference_id, language)
);
