-- Migration: 004_add_email_verification
-- Version: 004
-- Description: Add email verification to users
-- Author: tenant-migrate examples <examples@tenant-migrate.dev>
-- Date: 2026-02-02
-- Scope: master

-- ==================== UP ====================
-- Fail fast instead of queueing behind a long transaction on users.
SET LOCAL lock_timeout = '5s';

ALTER TABLE users ADD COLUMN IF NOT EXISTS email_verified BOOLEAN DEFAULT FALSE;
ALTER TABLE users ADD COLUMN IF NOT EXISTS email_verified_at TIMESTAMPTZ;

-- ==================== DOWN ====================
SET LOCAL lock_timeout = '5s';

ALTER TABLE users DROP COLUMN IF EXISTS email_verified_at;
ALTER TABLE users DROP COLUMN IF EXISTS email_verified;
