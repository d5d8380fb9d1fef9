-- Plenary core schema, version 8: networking among a conference's participants.
-- Portable SQL for H2 2.x and PostgreSQL; ids from plenary_seq (V1). Times are UTC, TIMESTAMP without zone.

-- A participant asks another (listed in the directory) to be in touch; the other accepts or declines. Once accepted,
-- each sees the other's e-mail address and may book a meeting with them.
CREATE TABLE contact_request (
    id            BIGINT        NOT NULL PRIMARY KEY,
    conference_id BIGINT        NOT NULL REFERENCES conference (id),
    from_id       BIGINT        NOT NULL REFERENCES registration (id),
    to_id         BIGINT        NOT NULL REFERENCES registration (id),
    message       VARCHAR(500),
    status        VARCHAR(20)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    answered_at   TIMESTAMP,
    version       BIGINT        NOT NULL,
    CONSTRAINT contact_request_once UNIQUE (from_id, to_id),
    CONSTRAINT contact_request_not_self CHECK (from_id <> to_id),
    CONSTRAINT contact_request_status_known CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'))
);
CREATE INDEX contact_request_to ON contact_request (to_id, status);

-- A one-to-one meeting of two participants in touch, in a slot free in both agendas.
CREATE TABLE meeting (
    id            BIGINT       NOT NULL PRIMARY KEY,
    conference_id BIGINT       NOT NULL REFERENCES conference (id),
    booked_by_id  BIGINT       NOT NULL REFERENCES registration (id),
    guest_id      BIGINT       NOT NULL REFERENCES registration (id),
    starts_at     TIMESTAMP    NOT NULL,
    ends_at       TIMESTAMP    NOT NULL,
    note          VARCHAR(300),
    status        VARCHAR(20)  NOT NULL,
    cancelled_at  TIMESTAMP,
    version       BIGINT       NOT NULL,
    CONSTRAINT meeting_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT meeting_not_self CHECK (booked_by_id <> guest_id),
    CONSTRAINT meeting_status_known CHECK (status IN ('BOOKED', 'CANCELLED'))
);
CREATE INDEX meeting_by_booker ON meeting (booked_by_id, starts_at);
CREATE INDEX meeting_by_guest ON meeting (guest_id, starts_at);
