-- Migration: 005_index_users_email_verified
-- Version: 005
-- Description: Index unverified users without blocking sign-ups
-- Author: tenant-migrate examples <examples@tenant-migrate.dev>
-- Date: 2026-02-02
-- Scope: master
-- Transaction: none

-- ==================== UP ====================
-- CONCURRENTLY keeps users writable while the index builds; it cannot run in a transaction.
-- statement_timeout: on the largest database a runaway build fails instead of running for hours.
SET statement_timeout = '30min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_unverified ON users (created_at) WHERE NOT email_verified;

-- ==================== DOWN ====================
DROP INDEX CONCURRENTLY IF EXISTS idx_users_unverified;
