/**
 * `lint --link-base URL` prefixes the markdown report's file links; with another format it changes
 * nothing, and says so on stderr (as `--all` without `--base` does), stdout staying the report.
 */
import { describe, expect, it } from 'vitest';
import { LINK_BASE_IGNORED_WITHOUT_MARKDOWN } from '../../src/cli/commands/lint.js';
import { replayCachedLint } from '../../src/cli/replay-lint.js';
import { cli } from '../support/cli.js';
import { project } from './helpers.js';

const URL = 'https://github.com/acme/app/blob/abc123';
const files = {
  'migrations/tenant/001_tags.sql': '-- +goose Up\nCREATE TABLE tags (id INT);\n-- +goose Down\nDROP TABLE IF EXISTS tags;\n',
};

describe('lint --link-base without --format markdown', () => {
  it('prints a note on stderr for text and JSON, changes nothing; with markdown links the findings and says nothing', async () => {
    const root = project(files);
    const plain = await cli(['lint'], { cwd: root });
    const text = await cli(['lint', '--link-base', URL], { cwd: root });
    expect(text.stderr).toBe(`${LINK_BASE_IGNORED_WITHOUT_MARKDOWN}\n`);
    expect(text.stderr).toContain('note: --link-base is ignored without --format markdown');
    expect(text.stdout).toBe(plain.stdout);
    expect(text.code).toBe(plain.code);

    const json = await cli(['lint', '--link-base', URL, '--json'], { cwd: root });
    expect(json.stderr).toBe(`${LINK_BASE_IGNORED_WITHOUT_MARKDOWN}\n`);
    expect(JSON.parse(json.stdout).summary).toMatchObject({ files: 1, errors: 1 });
    const formatJson = await cli(['lint', `--link-base=${URL}`, '--format', 'json'], { cwd: root });
    expect(formatJson.stderr).toBe(`${LINK_BASE_IGNORED_WITHOUT_MARKDOWN}\n`);

    const markdown = await cli(['lint', '--link-base', URL, '--format', 'markdown'], { cwd: root });
    expect(markdown.stderr).toBe('');
    expect(markdown.stdout).toContain(`](${URL}/migrations/tenant/001_tags.sql#L2)`);
    expect(plain.stderr).toBe('');

    // A cached run replays the note with the report.
    await cli(['lint', '--link-base', URL, '--cache'], { cwd: root });
    expect(replayCachedLint(['lint', '--link-base', URL, '--cache'], root, process.env, false)?.stderr).toBe(
      `${LINK_BASE_IGNORED_WITHOUT_MARKDOWN}\n`,
    );
  });
});
