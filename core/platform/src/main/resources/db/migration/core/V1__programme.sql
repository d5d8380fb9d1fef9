-- Plenary core schema, version 1: conferences, their days and tracks, people, organisations and the programme.
-- Portable SQL for H2 2.x and PostgreSQL. Ids come from one sequence (IDENTITY fails on Payara's bundled H2).
-- Times are UTC, stored as TIMESTAMP without zone; each conference names its own zone.

-- EclipseLink takes a value as the top of a block of 50: the first value must be at least 50.
CREATE SEQUENCE plenary_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    website     VARCHAR(500),
    version     BIGINT       NOT NULL
);

CREATE TABLE person (
    id              BIGINT        NOT NULL PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    affiliation     VARCHAR(300),
    country         VARCHAR(2),
    bio             VARCHAR(4000),
    organisation_id BIGINT REFERENCES organisation (id),
    version         BIGINT        NOT NULL
);

CREATE TABLE conference (
    id            BIGINT        NOT NULL PRIMARY KEY,
    slug          VARCHAR(60)   NOT NULL UNIQUE,
    title         VARCHAR(300)  NOT NULL,
    acronym       VARCHAR(40),
    description   VARCHAR(8000),
    time_zone     VARCHAR(60)   NOT NULL,
    first_day     DATE          NOT NULL,
    last_day      DATE          NOT NULL,
    languages     VARCHAR(200)  NOT NULL,
    contact_email VARCHAR(200),
    published     BOOLEAN       NOT NULL,
    version       BIGINT        NOT NULL
);

CREATE TABLE conference_day (
    id            BIGINT       NOT NULL PRIMARY KEY,
    conference_id BIGINT       NOT NULL REFERENCES conference (id),
    day_date      DATE         NOT NULL,
    theme         VARCHAR(300),
    CONSTRAINT conference_day_once UNIQUE (conference_id, day_date)
);

CREATE TABLE track (
    id            BIGINT       NOT NULL PRIMARY KEY,
    conference_id BIGINT       NOT NULL REFERENCES conference (id),
    track_key     VARCHAR(60)  NOT NULL,
    name          VARCHAR(120) NOT NULL,
    sort_order    INTEGER      NOT NULL,
    CONSTRAINT track_key_once UNIQUE (conference_id, track_key)
);

CREATE TABLE conference_format (
    conference_id BIGINT      NOT NULL REFERENCES conference (id),
    format_id     VARCHAR(40) NOT NULL,
    PRIMARY KEY (conference_id, format_id)
);

CREATE TABLE programme_session (
    id            BIGINT        NOT NULL PRIMARY KEY,
    conference_id BIGINT        NOT NULL REFERENCES conference (id),
    track_id      BIGINT REFERENCES track (id),
    format_id     VARCHAR(40)   NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    summary       VARCHAR(8000),
    starts_at     TIMESTAMP     NOT NULL,
    ends_at       TIMESTAMP     NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    stream_url    VARCHAR(1000),
    recording_url VARCHAR(1000),
    version       BIGINT        NOT NULL,
    CONSTRAINT session_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX programme_session_by_time ON programme_session (conference_id, starts_at);

CREATE TABLE session_speaker (
    session_id BIGINT  NOT NULL REFERENCES programme_session (id),
    person_id  BIGINT  NOT NULL REFERENCES person (id),
    sort_order INTEGER NOT NULL,
    PRIMARY KEY (session_id, sort_order)
);

-- Data of a format that is not started (missing or failed plugin), kept untouched until it is.
CREATE TABLE session_format_data (
    session_id BIGINT          NOT NULL PRIMARY KEY REFERENCES programme_session (id),
    format_id  VARCHAR(40)     NOT NULL,
    payload    VARCHAR(1000000) NOT NULL
);

CREATE TABLE format_setting (
    format_id     VARCHAR(40)  NOT NULL,
    scope         VARCHAR(12)  NOT NULL,
    scope_ref     VARCHAR(80)  NOT NULL,
    setting_key   VARCHAR(120) NOT NULL,
    setting_value VARCHAR(4000) NOT NULL,
    PRIMARY KEY (format_id, scope, scope_ref, setting_key)
);

-- One-time facts about this installation (e.g. the demo was loaded).
CREATE TABLE platform_fact (
    fact_key   VARCHAR(80)  NOT NULL PRIMARY KEY,
    fact_value VARCHAR(200) NOT NULL
);
