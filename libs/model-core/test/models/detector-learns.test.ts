import { execFile } from 'node:child_process';
import path from 'node:path';

const WORKSPACE = path.resolve(__dirname, '../../../..');
const SCRIPT = path.join(__dirname, 'detector-square-training.ts');

jest.setTimeout(120_000);

interface Report {
  backend: string;
  missingWasmKernels: string[];
  untrained: number;
  trained: number;
  firstLoss: number;
  lastLoss: number;
  steps: number;
  seconds: number;
  tensorsBefore: number;
  tensorsAfter: number;
}

function runTraining(): Promise<Report> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-r', '@swc-node/register', SCRIPT], { cwd: WORKSPACE, timeout: 110_000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${error.message}\n${stderr}`));
      const line = stdout.trim().split('\n').at(-1) ?? '';
      resolve(JSON.parse(line) as Report);
    });
  });
}

it('a tiny CenterNet learns to find a bright square in 32x32 images', async () => {
  const report = await runTraining();
  console.info(
    `detector on ${report.backend}: top-1 IoU >= 0.5 on ${(report.untrained * 100).toFixed(0)}% -> ` +
      `${(report.trained * 100).toFixed(0)}% of 32 held-out images, ${report.seconds.toFixed(1)} s for ${report.steps} steps`,
  );
  expect(['wasm', 'cpu']).toContain(report.backend);
  // wasm is used exactly when it has the conv gradients.
  expect(report.backend === 'wasm').toBe(report.missingWasmKernels.length === 0);
  expect(report.untrained).toBeLessThan(0.2);
  expect(report.trained).toBeGreaterThanOrEqual(0.7);
  expect(report.lastLoss).toBeLessThan(report.firstLoss * 0.5);
  // The loop frees its batches and the optimizer it created.
  expect(report.tensorsAfter).toBe(report.tensorsBefore);
});
