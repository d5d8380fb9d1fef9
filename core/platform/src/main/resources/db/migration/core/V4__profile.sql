-- Plenary core schema, version 4: what an account prefers, for every page, e-mail and export it is shown.
-- Portable SQL for H2 2.x and PostgreSQL.

-- A BCP 47 language tag among those the platform speaks (en, fr, ar…); NULL: follow the browser.
ALTER TABLE account ADD COLUMN preferred_language VARCHAR(20);
-- An IANA time zone (Africa/Nairobi); NULL: follow the browser, else the conference's own zone.
ALTER TABLE account ADD COLUMN time_zone VARCHAR(60);
