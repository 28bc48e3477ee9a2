// The `train-best` target (CI runs it before the quality test) must train the configuration the
// quality test and the pages call the best; the bar's configuration must differ from the default
// only in what it costs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BEST_CONFIG, CONFIGS, DEFAULT_CONFIG } from '../../src/domain/configs';

const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
  nx: { targets: Record<string, { options: { command: string } }> };
};

it('the train-best target trains BEST_CONFIG without promoting it over the default', () => {
  const command = pkg.nx.targets['train-best'].options.command;
  expect(command).toMatch(new RegExp(`--config ${BEST_CONFIG}(\\s|$)`));
  expect(command).toMatch(/--promote never/);
  expect(BEST_CONFIG).not.toBe(DEFAULT_CONFIG);
});

it('the best configuration shares the default network, so the two differ only in resolution and training length', () => {
  const best = CONFIGS[BEST_CONFIG];
  const base = CONFIGS[DEFAULT_CONFIG];
  expect(best.stageWidths).toEqual(base.stageWidths);
  expect(best.headWidth).toBe(base.headWidth);
  expect(best.inputSize).toBeGreaterThan(base.inputSize);
});
