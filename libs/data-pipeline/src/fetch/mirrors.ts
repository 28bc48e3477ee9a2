// ATLAS_DATASET_MIRROR holds folders and base URLs separated by ':'. URLs contain colons themselves
// ("https://host:8080/x"), so the list is split on every ':' and the URL pieces are glued back.

export const MIRROR_ENV = 'ATLAS_DATASET_MIRROR';

export type MirrorKind = 'folder' | 'url';

export interface Mirror {
  kind: MirrorKind;
  /** A folder path as written (relative ones are resolved by the caller) or a base URL without trailing '/'. */
  location: string;
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/;
const PORT_THEN_PATH = /^\d+(\/.*)?$/;

function isUrl(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value);
}

/** Splits a mirror list. Empty items are ignored; `file://` URLs become folders. */
export function parseMirrorList(value: string | undefined | null): Mirror[] {
  if (!value) return [];
  const parts = value.split(':');
  const items: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i];
    if (SCHEME.test(part) && i + 1 < parts.length && parts[i + 1].startsWith('//')) {
      part = `${part}:${parts[++i]}`;
      // An authority with a port ("//host" then "8080/path") continues the same URL.
      if (i + 1 < parts.length && PORT_THEN_PATH.test(parts[i + 1]) && !parts[i].slice(2).includes('/')) {
        part = `${part}:${parts[++i]}`;
      }
    }
    items.push(part.trim());
  }
  return items
    .filter((item) => item.length > 0)
    .map((item): Mirror => {
      if (item.startsWith('file://')) return { kind: 'folder', location: decodeURIComponent(item.slice('file://'.length)) };
      if (isUrl(item)) return { kind: 'url', location: item.replace(/\/+$/, '') };
      return { kind: 'folder', location: item };
    });
}

/** The location of a catalog file inside a mirror: `<mirror>/<domain>/<path>`. */
export function mirrorUrl(baseUrl: string, domain: string, path: string): string {
  const encoded = [domain, ...path.split('/')].map(encodeURIComponent).join('/');
  return `${baseUrl.replace(/\/+$/, '')}/${encoded}`;
}
