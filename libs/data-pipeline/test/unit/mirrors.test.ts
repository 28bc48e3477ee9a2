import { mirrorUrl, parseMirrorList } from '../../src/fetch/mirrors';

describe('parseMirrorList', () => {
  it('splits folders and keeps URLs whole although they contain colons', () => {
    expect(parseMirrorList('/data/a:https://mirror.example.org/atlas:../mirror/datasets')).toEqual([
      { kind: 'folder', location: '/data/a' },
      { kind: 'url', location: 'https://mirror.example.org/atlas' },
      { kind: 'folder', location: '../mirror/datasets' },
    ]);
  });

  it('keeps a port with its URL and strips trailing slashes', () => {
    expect(parseMirrorList('http://127.0.0.1:8080/base/:/mnt/x')).toEqual([
      { kind: 'url', location: 'http://127.0.0.1:8080/base' },
      { kind: 'folder', location: '/mnt/x' },
    ]);
    expect(parseMirrorList('https://host:8443')).toEqual([{ kind: 'url', location: 'https://host:8443' }]);
  });

  it('treats file:// URLs as folders and ignores empty items', () => {
    expect(parseMirrorList('file:///srv/data::')).toEqual([{ kind: 'folder', location: '/srv/data' }]);
    expect(parseMirrorList('')).toEqual([]);
    expect(parseMirrorList(undefined)).toEqual([]);
  });

  it('builds <mirror>/<domain>/<path> URLs', () => {
    expect(mirrorUrl('https://m.example.org/x/', 'credit-risk', 'taiwan-default/UCI_Credit_Card.csv')).toBe(
      'https://m.example.org/x/credit-risk/taiwan-default/UCI_Credit_Card.csv',
    );
  });
});
