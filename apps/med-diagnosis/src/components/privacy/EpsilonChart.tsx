// AUC against the privacy budget: the federated-dp runs at epsilon 1, 3 and 8 of one task, with the
// federated (no DP) and centralized logistic AUCs as reference lines. Plain SVG, rendered on the server.
import type { PrivacyRow } from '../../server/page-data';
import type { TaskId } from '../../domain/tasks';

const W = 360;
const H = 220;
const PAD = { left: 48, right: 16, top: 16, bottom: 36 };
const EPSILONS = [1, 3, 8];

export function epsilonPoints(rows: readonly PrivacyRow[], task: TaskId) {
  const prefix = task === 'pima' ? '' : 'wdbc-';
  const auc = (config: string) => rows.find((r) => r.config === config)?.auc ?? null;
  return {
    dp: EPSILONS.map((e) => ({ epsilon: e, auc: auc(`${prefix}federated-dp${e === 3 ? '' : `-eps${e}`}`), spent: rows.find((r) => r.config === `${prefix}federated-dp${e === 3 ? '' : `-eps${e}`}`)?.epsilon ?? null })),
    federated: auc(`${prefix}federated`),
    centralized: auc(`${prefix}logistic`),
  };
}

export function EpsilonChart({ rows, task, title }: { rows: readonly PrivacyRow[]; task: TaskId; title: string }) {
  const { dp, federated, centralized } = epsilonPoints(rows, task);
  const values = [...dp.map((p) => p.auc), federated, centralized].filter((v): v is number => v !== null);
  if (dp.every((p) => p.auc === null)) {
    return (
      <p className="text-sm" data-testid={`epsilon-chart-${task}`}>
        {title}: no federated-dp run yet. Train them with <code>npx nx run med-diagnosis:train --task {task} --config federated-dp --epsilon 1</code> (and 3, 8).
      </p>
    );
  }
  const lo = Math.floor((Math.min(...values) - 0.005) * 100) / 100;
  const hi = Math.min(1, Math.ceil((Math.max(...values) + 0.002) * 100) / 100);
  const x = (e: number) => PAD.left + ((Math.log(e) - Math.log(1)) / (Math.log(8) - Math.log(1))) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + ((hi - v) / Math.max(1e-6, hi - lo)) * (H - PAD.top - PAD.bottom);
  const line = dp.filter((p) => p.auc !== null).map((p) => `${x(p.epsilon)},${y(p.auc as number)}`).join(' ');
  const ticks = [lo, (lo + hi) / 2, hi];
  return (
    <figure data-testid={`epsilon-chart-${task}`} className="inline-block">
      <figcaption className="text-sm font-medium">{title}</figcaption>
      <svg width={W} height={H} role="img" aria-label={`${title}: ROC AUC at epsilon ${dp.map((p) => `${p.epsilon} = ${p.auc?.toFixed(3) ?? 'not trained'}`).join(', ')}`}>
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} stroke="currentColor" strokeOpacity={0.5} />
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="currentColor" strokeOpacity={0.5} />
        {ticks.map((t) => (
          <text key={t} x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize={10} fill="currentColor">
            {t.toFixed(3)}
          </text>
        ))}
        {EPSILONS.map((e) => (
          <text key={e} x={x(e)} y={H - PAD.bottom + 14} textAnchor="middle" fontSize={10} fill="currentColor">
            {e}
          </text>
        ))}
        <text x={(W + PAD.left) / 2} y={H - 4} textAnchor="middle" fontSize={11} fill="currentColor">
          epsilon (log scale, delta 1e-5)
        </text>
        {centralized !== null ? (
          <g>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(centralized)} y2={y(centralized)} stroke="#0072B2" strokeDasharray="6 3" />
            <text x={W - PAD.right} y={y(centralized) - 4} textAnchor="end" fontSize={10} fill="#0072B2">centralized {centralized.toFixed(3)}</text>
          </g>
        ) : null}
        {federated !== null ? (
          <g>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(federated)} y2={y(federated)} stroke="#009E73" strokeDasharray="2 3" />
            <text x={PAD.left + 4} y={y(federated) - 4} textAnchor="start" fontSize={10} fill="#009E73">federated, no DP {federated.toFixed(3)}</text>
          </g>
        ) : null}
        <polyline points={line} fill="none" stroke="#D55E00" strokeWidth={2} />
        {dp.map((p) =>
          p.auc === null ? null : (
            <g key={p.epsilon}>
              <circle cx={x(p.epsilon)} cy={y(p.auc)} r={4} fill="#D55E00" />
              <text x={x(p.epsilon)} y={y(p.auc) - 8} textAnchor="middle" fontSize={10} fill="currentColor">{p.auc.toFixed(3)}</text>
            </g>
          ),
        )}
      </svg>
    </figure>
  );
}
