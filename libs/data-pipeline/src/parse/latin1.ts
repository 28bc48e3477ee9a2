// ISO-8859-1 decoding, exact and browser-safe (TextDecoder('latin1') is really windows-1252).

export function decodeLatin1(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return out;
}
