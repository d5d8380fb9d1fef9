-- Keynote plugin, version 1: slides and resource links of a keynote. session_id is the core's session id, kept
-- as a plain column: plugins never reference core tables.
CREATE SEQUENCE fmt_keynote_seq START WITH 20 INCREMENT BY 20;

CREATE TABLE fmt_keynote_resource (
    id         BIGINT        NOT NULL PRIMARY KEY,
    session_id BIGINT        NOT NULL,
    kind       VARCHAR(10)   NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    url        VARCHAR(1000) NOT NULL,
    sort_order INTEGER       NOT NULL
);
CREATE INDEX fmt_keynote_resource_by_session ON fmt_keynote_resource (session_id, sort_order);
