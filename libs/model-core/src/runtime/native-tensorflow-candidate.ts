// Node only: loads the optional native backend (libtensorflow bindings).
import { createRequire } from 'node:module';
import path from 'node:path';
import { tf } from '../tf';
import { firstLineOf } from './error-message';
import type { BackendCandidate } from './select-backend';

// The GPU build first: it is the same 'tensorflow' backend with CUDA kernels and loads only where
// its CUDA libraries do. Both are optional packages that are usually absent.
const NATIVE_PACKAGES = ['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node'] as const;

export type ModuleLoader = (specifier: string) => unknown;

/**
 * A require created at run time from the working directory. A server bundler resolves every
 * `require('literal')` and `import()` it can see at build time and fails the build on a missing
 * optional package; a require built from a runtime path, called with names from a list, is left
 * to Node, which resolves it when the code runs.
 */
export function requireFromWorkingDirectory(): ModuleLoader {
  return createRequire(path.join(process.cwd(), 'noop.js'));
}

export function nativeTensorflowCandidate(loadModule: ModuleLoader = requireFromWorkingDirectory()): BackendCandidate {
  return {
    name: 'tensorflow',
    async prepare() {
      const failures: string[] = [];
      for (const packageName of NATIVE_PACKAGES) {
        try {
          loadModule(packageName);
        } catch (error) {
          // Any error, not only "module not found": an install whose scripts were skipped leaves the
          // package in place and `require` throws "native addon module ... can not be found", and a
          // GPU build throws when CUDA libraries are missing.
          failures.push(`${packageName}: ${firstLineOf(error)}`);
          continue;
        }
        if (tf.findBackendFactory('tensorflow')) return;
        failures.push(
          `${packageName} loaded but registered its backend with another copy of TensorFlow.js ` +
            '(two @tensorflow/tfjs-core installs, or a test sandbox)',
        );
      }
      throw new Error(failures.join('; '));
    },
  };
}
