-- The identity service's schema: people, the OAuth clients (services and applications) and the keys tokens are signed with.

-- A person who signs in; the password is a bcrypt hash, never the password.
CREATE TABLE users (
    name          varchar(64)  NOT NULL PRIMARY KEY,
    password_hash varchar(200) NOT NULL,
    role          varchar(16)  NOT NULL,
    created_at    timestamp with time zone NOT NULL
);

-- The RSA keys tokens are signed with: the newest signs, every one is published until it is deleted (see docs/security.md).
CREATE TABLE signing_keys (
    kid         varchar(64)   NOT NULL PRIMARY KEY,
    private_key varchar(4096) NOT NULL,
    public_key  varchar(1024) NOT NULL,
    created_at  timestamp with time zone NOT NULL
);

-- Spring Security's registered-client table (oauth2-registered-client-schema.sql), with time zones on its instants.
CREATE TABLE oauth2_registered_client (
    id                            varchar(100)  NOT NULL PRIMARY KEY,
    client_id                     varchar(100)  NOT NULL,
    client_id_issued_at           timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    client_secret                 varchar(200)  DEFAULT NULL,
    client_secret_expires_at      timestamp with time zone DEFAULT NULL,
    client_name                   varchar(200)  NOT NULL,
    client_authentication_methods varchar(1000) NOT NULL,
    authorization_grant_types     varchar(1000) NOT NULL,
    redirect_uris                 varchar(1000) DEFAULT NULL,
    post_logout_redirect_uris     varchar(1000) DEFAULT NULL,
    scopes                        varchar(1000) NOT NULL,
    client_settings               varchar(2000) NOT NULL,
    token_settings                varchar(2000) NOT NULL
);
