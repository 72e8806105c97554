-- Migration: 002_create_tenants
-- Version: 002
-- Description: The tenants table: one row per tenant, with its database URL (or schema)
-- Author: tenant-migrate examples <examples@tenant-migrate.dev>
-- Date: 2026-01-05
-- Scope: master

-- ==================== UP ====================
-- tenant-migrate reads the active rows: name, and database_url or schema.
CREATE TABLE IF NOT EXISTS tenants (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    database_url TEXT,
    schema TEXT,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT tenants_target CHECK (database_url IS NOT NULL OR schema IS NOT NULL)
);

-- ==================== DOWN ====================
DROP TABLE IF EXISTS tenants;
