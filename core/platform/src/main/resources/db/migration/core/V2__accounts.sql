-- Plenary core schema, version 2: accounts, their roles, and failed sign-ins (for throttling).
-- Portable SQL for H2 2.x and PostgreSQL; ids from plenary_seq (V1). Times are UTC, TIMESTAMP without zone.

-- E-mail addresses are kept lower-cased (the check enforces it), so UNIQUE is unique whatever the case.
CREATE TABLE account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    email                VARCHAR(254) NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    password_hash        VARCHAR(500) NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    created_at           TIMESTAMP    NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT account_email_once UNIQUE (email),
    CONSTRAINT account_email_lower CHECK (email = LOWER(email))
);

-- ADMIN holds platform-wide (no conference); every other role holds in one conference.
CREATE TABLE role_grant (
    id            BIGINT      NOT NULL PRIMARY KEY,
    account_id    BIGINT      NOT NULL REFERENCES account (id),
    role          VARCHAR(20) NOT NULL,
    conference_id BIGINT REFERENCES conference (id),
    CONSTRAINT role_grant_known CHECK (role IN ('ADMIN', 'ORGANISER', 'MODERATOR', 'SPEAKER', 'PARTNER', 'PARTICIPANT')),
    CONSTRAINT role_grant_scope CHECK ((role = 'ADMIN' AND conference_id IS NULL) OR (role <> 'ADMIN' AND conference_id IS NOT NULL)),
    CONSTRAINT role_grant_once UNIQUE (account_id, role, conference_id)
);
CREATE INDEX role_grant_by_conference ON role_grant (conference_id, role);

-- Failed sign-ins, shared by every instance of the platform; rows older than a day are deleted as new ones come.
CREATE TABLE login_failure (
    id        BIGINT       NOT NULL PRIMARY KEY,
    email_key VARCHAR(254) NOT NULL,
    address   VARCHAR(64)  NOT NULL,
    failed_at TIMESTAMP    NOT NULL
);
CREATE INDEX login_failure_by_email ON login_failure (email_key, failed_at);
CREATE INDEX login_failure_by_address ON login_failure (address, failed_at);
