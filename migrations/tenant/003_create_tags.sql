-- Migration: 003_create_tags
-- Version: 003
-- Description: Tags, and which transactions carry them
-- Author: tenant-migrate examples <examples@tenant-migrate.dev>
-- Date: 2026-01-20
-- Scope: tenant

-- ==================== UP ====================
CREATE TABLE IF NOT EXISTS tags (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL DEFAULT '#888888'
);

CREATE TABLE IF NOT EXISTS transaction_tags (
    transaction_id BIGINT NOT NULL,
    tag_id BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (transaction_id, tag_id)
);

-- ==================== DOWN ====================
DROP TABLE IF EXISTS transaction_tags;
DROP TABLE IF EXISTS tags;
