import { readArtifact, type LoadedArtifact, type ReadArtifactOptions } from './read-artifact';

export interface LoadFromUrlOptions extends ReadArtifactOptions {
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Passed to every request (credentials, headers, an abort signal). */
  init?: RequestInit;
}

/** sha256 with Web Crypto (browsers in a secure context, Node 20+). */
export async function webCryptoSha256(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new Error('Web Crypto is unavailable (pages served over plain http other than localhost); pass verify: false to skip the checks');
  }
  const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Loads an artifact folder served at `baseUrl` (e.g. '/models/credit/run-12/'): fetches the manifest
 * and the five files, checks their sha256, then builds the model with tf.loadLayersModel. Browser-safe.
 */
export async function loadArtifactFromUrl(baseUrl: string, options: LoadFromUrlOptions = {}): Promise<LoadedArtifact> {
  const fetcher = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const readFile = async (name: string) => {
    const response = await fetcher(`${base}${name}`, options.init);
    if (!response.ok) throw new Error(`GET ${base}${name} answered ${response.status} ${response.statusText}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  return readArtifact(readFile, webCryptoSha256, options);
}
