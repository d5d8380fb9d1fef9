-- A deliberately broken migration: the registry must mark its format FAILED and keep the platform running.
CREATE TABLE fmt_bad_migration_item (id BIGINT NOT NULL PRIMARY KEY);
CREATE TABLE fmt_bad_migration_item (id BIGINT NOT NULL PRIMARY KEY);
