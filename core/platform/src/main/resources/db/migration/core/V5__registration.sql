-- Plenary core schema, version 5: participants' registrations to conferences, and the outbox of e-mails.
-- Portable SQL for H2 2.x and PostgreSQL; ids from plenary_seq (V1). Times are UTC, TIMESTAMP without zone.

-- What a conference's organisers set about registering: at most this many active registrations (NULL: no cap),
-- none after this instant (NULL: until the conference ends), and the privacy notice registrants consent to (NULL:
-- the platform's own text).
ALTER TABLE conference ADD COLUMN registration_cap INTEGER;
ALTER TABLE conference ADD COLUMN registration_closes_at TIMESTAMP;
ALTER TABLE conference ADD COLUMN privacy_notice VARCHAR(8000);
ALTER TABLE conference ADD CONSTRAINT conference_cap_not_negative CHECK (registration_cap IS NULL OR registration_cap >= 0);

-- One account's registration to one conference. A PENDING one waits for its e-mail address to be confirmed through
-- the link holding the token (only its SHA-256 is kept, and only until it is used); CANCELLED ones keep their row
-- (and no longer count towards the cap).
CREATE TABLE registration (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    conference_id      BIGINT       NOT NULL REFERENCES conference (id),
    account_id         BIGINT       NOT NULL REFERENCES account (id),
    category           VARCHAR(30)  NOT NULL,
    organisation       VARCHAR(200),
    country            VARCHAR(2)   NOT NULL,
    time_zone          VARCHAR(60)  NOT NULL,
    listed             BOOLEAN      NOT NULL,
    listed_consent_at  TIMESTAMP,
    privacy_consent_at TIMESTAMP    NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    created_at         TIMESTAMP    NOT NULL,
    confirmed_at       TIMESTAMP,
    cancelled_at       TIMESTAMP,
    token_hash         VARCHAR(64),
    token_issued_at    TIMESTAMP,
    token_expires_at   TIMESTAMP,
    version            BIGINT       NOT NULL,
    CONSTRAINT registration_once UNIQUE (conference_id, account_id),
    CONSTRAINT registration_token_once UNIQUE (token_hash),
    CONSTRAINT registration_status_known CHECK (status IN ('PENDING', 'CONFIRMED', 'CANCELLED')),
    CONSTRAINT registration_category_known CHECK (category IN ('MINISTER', 'POLICY_MAKER', 'RESEARCHER', 'TEACHER',
        'PRIVATE_SECTOR', 'CIVIL_SOCIETY', 'OTHER')),
    CONSTRAINT registration_country_upper CHECK (country = UPPER(country))
);
CREATE INDEX registration_by_conference ON registration (conference_id, status);
CREATE INDEX registration_by_account ON registration (account_id);

-- The languages a registrant speaks (BCP 47 tags) and the interests they gave (lower-cased tags), for the directory.
CREATE TABLE registration_language (
    registration_id BIGINT      NOT NULL REFERENCES registration (id),
    language        VARCHAR(20) NOT NULL,
    PRIMARY KEY (registration_id, language)
);
CREATE TABLE registration_interest (
    registration_id BIGINT      NOT NULL REFERENCES registration (id),
    interest        VARCHAR(40) NOT NULL,
    PRIMARY KEY (registration_id, interest)
);
CREATE INDEX registration_interest_by_tag ON registration_interest (interest);

-- E-mails to send, written in the transaction of what they tell about and sent later by a scheduled job. A row is
-- claimed (status SENDING, claimed_by, claimed_until) by one instance of the platform with an UPDATE that only one can
-- win; a failed attempt puts it back to PENDING with a later next_attempt_at; a claim that outlives claimed_until (an
-- instance that died) can be claimed again.
CREATE TABLE mail_outbox (
    id              BIGINT          NOT NULL PRIMARY KEY,
    kind            VARCHAR(60)     NOT NULL,
    recipient       VARCHAR(254)    NOT NULL,
    subject         VARCHAR(300)    NOT NULL,
    text_body       VARCHAR(100000) NOT NULL,
    html_body       VARCHAR(200000),
    status          VARCHAR(20)     NOT NULL,
    attempts        INTEGER         NOT NULL,
    next_attempt_at TIMESTAMP       NOT NULL,
    claimed_by      VARCHAR(100),
    claimed_until   TIMESTAMP,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP       NOT NULL,
    sent_at         TIMESTAMP,
    CONSTRAINT mail_outbox_status_known CHECK (status IN ('PENDING', 'SENDING', 'SENT'))
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
