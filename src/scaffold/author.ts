import { execFileSync } from 'node:child_process';

/** `Name <email>` from git config, as a commit would be signed; falls back to the OS user. */
export function gitAuthor(cwd: string): string {
  const read = (key: string) => {
    try {
      return execFileSync('git', ['config', '--get', key], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const name = read('user.name');
  const email = read('user.email');
  if (name && email) return `${name} <${email}>`;
  return name || email || process.env.USER || 'unknown';
}
