// The Try page's choices: one trained run per configuration (the active one first) and the test
// images of the active run's split.
import { CONFIGS, isConfigName } from '../domain/configs';
import type { RunChoice } from '../components/try/TryPanel';
import { activeView, latestByConfig } from './page-data';

export async function tryChoices(): Promise<{ runs: RunChoice[]; defaultRunId: string | null; gallery: string[]; error: string | null }> {
  const [{ active, error }, { byConfig }] = await Promise.all([activeView(), latestByConfig()]);
  if (!active) return { runs: [], defaultRunId: null, gallery: [], error };
  const label = (config: string, size: number) => `${isConfigName(config) ? CONFIGS[config].title : config}${isConfigName(config) ? '' : ` (${size} px)`}`;
  const runs: RunChoice[] = [
    { runId: active.run.id, config: active.run.config, label: `${label(active.run.config, active.spec.inputSize)}: active`, inputSize: active.spec.inputSize, operatingPoints: active.metrics.test.operatingPoints },
  ];
  for (const entry of Object.values(byConfig)) {
    if (!entry || entry.run.id === active.run.id) continue;
    runs.push({ runId: entry.run.id, config: entry.run.config, label: label(entry.run.config, entry.metrics.configDetails.inputSize), inputSize: entry.metrics.configDetails.inputSize, operatingPoints: entry.metrics.test.operatingPoints });
  }
  const gallery = active.metrics.dataset.source === 'custom' ? [] : active.metrics.dataset.splitIds.test.slice(0, 18);
  return { runs, defaultRunId: active.run.id, gallery, error: null };
}
