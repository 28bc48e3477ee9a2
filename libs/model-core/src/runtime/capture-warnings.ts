/**
 * Runs `action` while recording console.warn messages. TensorFlow.js reports why a backend failed
 * to initialise only as a warning (setBackend itself resolves to false), so this is the one place
 * the real reason can be read. The warnings still reach the console: nothing is hidden.
 */
export async function captureWarnings<T>(action: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    originalWarn.apply(console, args);
  };
  try {
    const result = await action();
    return { result, warnings };
  } finally {
    console.warn = originalWarn;
  }
}
