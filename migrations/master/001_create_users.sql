-- Migration: 001_create_users
-- Version: 001
-- Description: Users who sign in to the application
-- Author: tenant-migrate examples <examples@tenant-migrate.dev>
-- Date: 2026-01-05
-- Scope: master

-- ==================== UP ====================
CREATE TABLE IF NOT EXISTS users (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX IF NOT EXISTS idx_users_email ON users (lower(email));

-- ==================== DOWN ====================
DROP INDEX IF EXISTS idx_users_email;
DROP TABLE IF EXISTS users;
