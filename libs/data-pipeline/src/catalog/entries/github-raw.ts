// Canonical URLs of the catalog files: raw.githubusercontent.com serves the exact bytes of a commit.

export function githubRaw(repo: string, commit: string, path: string): string {
  return `https://raw.githubusercontent.com/${repo}/${commit}/${path}`;
}
