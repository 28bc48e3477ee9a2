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

/**
 * The Content-Security-Policy of every app. Next's App Router inlines its bootstrap scripts and styles
 * (no nonce without dynamic rendering of every page), tfjs-backend-wasm compiles WebAssembly
 * ('wasm-unsafe-eval') and may start blob: workers, the webgl backend needs nothing extra, the images
 * a user picks are shown from blob:/data: URLs, and the camera of vision-detect stays in the page.
 * Development adds 'unsafe-eval' and ws: for React refresh and hot reload.
 */
export function contentSecurityPolicy({ dev = false } = {}) {
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'", 'blob:', ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", 'blob:', 'data:', ...(dev ? ['ws:', 'wss:'] : [])],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Headers on every answer of every app (pages, API routes and static files). */
export function securityHeaders({ dev = false } = {}) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

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
    async headers() {
      return [{ source: '/:path*', headers: securityHeaders({ dev: process.env.NODE_ENV === 'development' }) }];
    },
  };
  // ATLAS_NEXT_OUTPUT=standalone: .next/standalone holds a server.js with only the files it needs,
  // for container images and replicas (README, "Deploying").
  if (process.env.ATLAS_NEXT_OUTPUT === 'standalone') config.output = 'standalone';
  return config;
}
