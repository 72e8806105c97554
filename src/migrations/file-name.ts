/**
 * File names are `{version}_{description}.sql`. The version is the leading integer, written
 * with any zero-padding or as a 14-digit timestamp; it is compared as a number, the way goose
 * and our users' scripts order files.
 */
export interface FileNameParts {
  version: number;
  versionText: string;
  description: string;
  name: string;
}

const FILE_NAME = /^(\d+)_([^/\\]+)\.sql$/i;

export function parseFileName(fileName: string): FileNameParts | undefined {
  const match = FILE_NAME.exec(fileName);
  if (!match) return undefined;
  const version = Number(match[1]);
  if (!Number.isSafeInteger(version)) return undefined;
  return { version, versionText: match[1], description: match[2], name: fileName.replace(/\.sql$/i, '') };
}

/** 14 digits that read as a UTC date and time: goose's `-s`-less timestamp versions. */
export function isTimestampVersion(versionText: string): boolean {
  return /^\d{14}$/.test(versionText) && Number(versionText.slice(0, 4)) >= 1970;
}

export function formatTimestampVersion(date: Date): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return (
    pad(date.getUTCFullYear(), 4) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds())
  );
}

/**
 * Turns a description into the part of a file name after the version: lower case, words
 * joined by `_`. Returns undefined when nothing usable is left.
 */
export function slugify(description: string): string | undefined {
  const slug = description
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (slug === '' || !/[a-z]/.test(slug)) return undefined;
  return slug.slice(0, 80).replace(/_+$/, '');
}
