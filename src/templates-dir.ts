import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where `templates/` is: next to the bundle in `dist/`, or at the repository root when running
 * from source. Looked up from this module's own location so it works from any working directory.
 */
export function templatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'scaffold'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('templates/ not found next to the program: the installation is incomplete');
}
