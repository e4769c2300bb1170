-- Why an account is banned, since when and by whom (null while it is active); the audit log keeps the
-- history of every ban and unban.
ALTER TABLE account
    ADD COLUMN ban_reason VARCHAR(500),
    ADD COLUMN banned_at  TIMESTAMPTZ,
    ADD COLUMN banned_by  VARCHAR(100);

-- The console searches accounts by the start of the username or the e-mail address, ignoring case, over
-- 100,000+ rows: text_pattern_ops lets LIKE 'prefix%' use these indexes whatever the database's collation
-- (the unique indexes of V2 use the collation's order, which LIKE cannot use outside the C locale).
CREATE INDEX account_username_prefix ON account (lower(username) text_pattern_ops);
CREATE INDEX account_email_prefix ON account (lower(email) text_pattern_ops);

-- Raised whenever a console user's password, role or enabled state changes: a console session signed in
-- under an older version stops working at its next request, on every instance.
ALTER TABLE console_user ADD COLUMN credentials_version BIGINT NOT NULL DEFAULT 1;

-- A password or enabled state changed outside the application (./tortoise admin-password writes the row
-- with SQL) raises the version too, unless the change already did.
CREATE FUNCTION console_user_credentials_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.credentials_version = OLD.credentials_version
            AND (NEW.password_hash <> OLD.password_hash OR NEW.enabled <> OLD.enabled) THEN
        NEW.credentials_version := OLD.credentials_version + 1;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER console_user_credentials_version BEFORE UPDATE ON console_user
    FOR EACH ROW EXECUTE FUNCTION console_user_credentials_changed();
