-- Settings changed in the console or through the operations endpoint: only the values staff set are stored.
-- A setting without a row takes its environment (MicroProfile Config) value, else its default; removing the
-- row ("reset") goes back to them. Which settings exist, their types and checks are in the code (SettingKey).
CREATE TABLE setting (
    key         VARCHAR(100)  PRIMARY KEY,
    value       VARCHAR(4000) NOT NULL,
    changed_by  VARCHAR(100)  NOT NULL,
    changed_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
