/**
 * A git ref as messages name it: a full 40-character commit SHA (the Action's base is the pull
 * request's base.sha) shortened to its first 12 characters, which git still resolves
 * (`git checkout e1c592a8b628 -- file` works). Any other ref (`main`, `origin/main`, `HEAD~1`) as
 * given. Machine-read fields (outputs, JSON) keep the full SHA.
 */
export function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref;
}
