/**
 * The one way tenant-migrate makes a pg client: the URL goes through driverUrl, so sslmode means
 * what it means to psql and goose wherever a user's URL is connected to.
 */
import pg from 'pg';
import { driverUrl } from './connection-url.js';

export function newPgClient(config: pg.ClientConfig & { connectionString: string }): pg.Client {
  return new pg.Client({ ...config, connectionString: driverUrl(config.connectionString) });
}
