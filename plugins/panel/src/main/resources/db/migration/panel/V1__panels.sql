-- Panel plugin, version 1: a panel's kind and moderator, one row per session, and its panellists in order.
-- session_id and the people's ids are the core's, kept as plain columns: plugins never reference core tables.
CREATE SEQUENCE fmt_panel_seq START WITH 20 INCREMENT BY 20;

CREATE TABLE fmt_panel_panel (
    id           BIGINT      NOT NULL PRIMARY KEY,
    session_id   BIGINT      NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    moderator_id BIGINT,
    CONSTRAINT fmt_panel_panel_session UNIQUE (session_id)
);

CREATE TABLE fmt_panel_seat (
    panel_id   BIGINT       NOT NULL REFERENCES fmt_panel_panel (id) ON DELETE CASCADE,
    sort_order INTEGER      NOT NULL,
    person_id  BIGINT       NOT NULL,
    role       VARCHAR(150),
    PRIMARY KEY (panel_id, sort_order)
);
