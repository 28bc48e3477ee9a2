// The Next.js settings every Atlas app shares. Apps call atlasNextConfig(import.meta.dirname).
import path from 'node:path';

// tfjs must stay outside the server bundle: bundling rewrites the path to the wasm binaries and
// tfjs then silently falls back to the 40x slower cpu backend.
const SERVER_EXTERNAL = [
  '@tensorflow/tfjs',
  '@tensorflow/tfjs-core',
  '@tensorflow/tfjs-backend-wasm',
  '@tensorflow/tfjs-backend-cpu',
  '@tensorflow/tfjs-layers',
  '@tensorflow/tfjs-converter',
  '@tensorflow/tfjs-data',
  '@tensorflow/tfjs-node',
  '@tensorflow/tfjs-node-gpu',
  'better-sqlite3',
  'pg',
];

export function atlasNextConfig(appDir) {
  const root = path.resolve(appDir, '../..');
  /** @type {import('next').NextConfig} */
  const config = {
    reactStrictMode: true,
    poweredByHeader: false,
    transpilePackages: ['@atlas/ui', '@atlas/model-core', '@atlas/data-pipeline', '@atlas/registry', '@atlas/service'],
    serverExternalPackages: SERVER_EXTERNAL,
    turbopack: { root },
    outputFileTracingRoot: root,
    // The workspace lint and type-check run in `npm test`; a build need not repeat them.
    typescript: { ignoreBuildErrors: true },
  };
  return config;
}
