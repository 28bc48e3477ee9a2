'use client';
// The product: pick an image (upload, test gallery or camera), choose the configuration, and see the
// signs found. The confidence and NMS IoU sliders re-filter the model's candidates in the page (no new
// model call); the switch runs the same artifact in this browser and shows both latencies; "Why here?"
// asks the server for the occlusion saliency of one box.
import { useBrowserModelRun } from '@atlas/ui';
import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_KNOBS, filterDetections } from '../../domain/filter';
import type { Detected } from '../../domain/run-detector';
import type { OperatingPoint } from '../../domain/evaluate';
import { BoxOverlay, type HeatGrid } from '../BoxOverlay';
import { CameraInput } from './CameraInput';
import type { PredictAnswer, ShownBox } from './detection-types';
import { pickBlob, pixelsOf, type PickedImage } from './image-source';

export interface RunChoice {
  runId: string;
  config: string;
  label: string;
  inputSize: number;
  operatingPoints: OperatingPoint[];
}

const toDetected = (b: ShownBox): Detected => ({ ...b.box, classId: b.classId, score: b.score });

function errorOf(body: unknown, status: number): string {
  const b = body as { message?: string; error?: string } | null;
  return b?.message ?? b?.error ?? `the server answered ${status}`;
}

export function TryPanel({ runs, defaultRunId, gallery }: { runs: RunChoice[]; defaultRunId: string; gallery: string[] }) {
  const [runId, setRunId] = useState(defaultRunId);
  const [picked, setPicked] = useState<PickedImage | null>(null);
  const [answer, setAnswer] = useState<PredictAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [minScore, setMinScore] = useState<number>(DEFAULT_KNOBS.minScore);
  const [iou, setIou] = useState<number>(DEFAULT_KNOBS.iou);
  const [inBrowser, setInBrowser] = useState(false);
  const [browser, setBrowser] = useState<{ p50Ms: number; backend: string; candidates: Detected[] } | null>(null);
  const [heat, setHeat] = useState<HeatGrid | null>(null);
  const [explaining, setExplaining] = useState(false);
  const run = runs.find((r) => r.runId === runId) ?? runs[0];

  async function detect(image: PickedImage, chosenRun: string) {
    setBusy(true);
    setError(null);
    setHeat(null);
    try {
      const form = new FormData();
      form.set('image', image.blob, image.name);
      form.set('runId', chosenRun);
      const response = await fetch('/api/predict', { method: 'POST', body: form });
      const body = await response.json();
      if (!response.ok) throw new Error(errorOf(body, response.status));
      setAnswer(body as PredictAnswer);
    } catch (err) {
      setAnswer(null);
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  async function choose(blob: Blob, name: string) {
    const image = await pickBlob(blob, name);
    setPicked(image);
    setBrowser(null);
    await detect(image, runId);
  }

  useEffect(() => {
    if (picked) void detect(picked, runId);
    setBrowser(null);
    // Re-run only when the configuration changes.
  }, [runId]);

  const browserStatus = useBrowserModelRun(
    {
      on: inBrowser,
      runId,
      input: answer ? picked : null,
      importLib: () => import('./browser-detector'),
      load: (lib, id) => lib.loadBrowserDetector(id),
      run: async (lib, model, image) => lib.detectInBrowser(model, await pixelsOf(image)),
      onResult: setBrowser,
      runningStatus: 'Running the model in the browser…',
    },
    [inBrowser, answer, picked, runId],
  );

  const shown = useMemo(() => (answer ? filterDetections(answer.candidates.map(toDetected), { minScore, iou }) : []), [answer, minScore, iou]);
  const browserShown = useMemo(() => (browser ? filterDetections(browser.candidates, { minScore, iou }) : null), [browser, minScore, iou]);
  const classes = answer?.classes ?? [];
  const point = run?.operatingPoints.reduce<OperatingPoint | null>((best, p) => (best === null || Math.abs(p.score - minScore) < Math.abs(best.score - minScore) ? p : best), null);

  async function explain(index: number) {
    if (!picked) return;
    setExplaining(true);
    try {
      const form = new FormData();
      form.set('image', picked.blob, picked.name);
      form.set('runId', runId);
      form.set('minScore', String(minScore));
      form.set('iou', String(iou));
      form.set('detection', String(index));
      const response = await fetch('/api/explain', { method: 'POST', body: form });
      const body = await response.json();
      if (!response.ok) throw new Error(errorOf(body, response.status));
      setHeat(body.saliency as HeatGrid);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setExplaining(false);
    }
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <section aria-label="Image and detections" className="grid content-start gap-4">
        <div className="flex flex-wrap items-center gap-3">
          <label className="rounded border px-3 py-1">
            Upload a PNG or JPEG
            <input
              type="file"
              accept="image/png,image/jpeg"
              className="sr-only"
              data-testid="upload"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void choose(file, file.name);
              }}
            />
          </label>
          <CameraInput onFrame={(blob) => void choose(blob, 'camera.png')} />
        </div>
        {picked ? (
          <div className="grid gap-2">
            <BoxOverlay
              src={picked.url}
              width={picked.width}
              height={picked.height}
              alt={`the chosen image, ${picked.name}`}
              heat={heat}
              predictions={shown.map((d) => ({ ...d, label: classes[d.classId] ?? String(d.classId) }))}
            />
            {busy ? <p className="text-sm text-slate-500">Detecting…</p> : null}
          </div>
        ) : (
          <p className="text-slate-600">Pick a test image below or upload your own photo of a road.</p>
        )}
        {error ? (
          <p role="alert" className="text-red-700">
            {error}
          </p>
        ) : null}
        <div className="grid gap-2">
          <h2 className="font-semibold">Test images (never seen in training)</h2>
          <ul className="grid grid-cols-4 gap-2 sm:grid-cols-6" data-testid="gallery">
            {gallery.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  aria-label={`test image ${id}`}
                  className="block w-full overflow-hidden rounded border border-slate-200 hover:border-slate-500"
                  onClick={async () => void choose(await (await fetch(`/api/test-images/${id}`)).blob(), `${id}.png`)}
                >
                  <img src={`/api/test-images/${id}`} alt="" loading="lazy" className="aspect-square w-full object-cover" />
                </button>
              </li>
            ))}
          </ul>
        </div>
      </section>
      <aside className="grid content-start gap-5 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
        <label className="grid gap-1">
          <span className="font-semibold">Configuration</span>
          <select value={runId} onChange={(e) => setRunId(e.target.value)} className="rounded border px-2 py-1 dark:bg-slate-900" data-testid="config">
            {runs.map((r) => (
              <option key={r.runId} value={r.runId}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1">
          <span className="font-semibold">
            Confidence at least <output data-testid="min-score">{Math.round(minScore * 100)}%</output>
          </span>
          <input type="range" min={0.05} max={0.95} step={0.05} value={minScore} onChange={(e) => setMinScore(Number(e.target.value))} aria-label="minimum confidence" />
        </label>
        <label className="grid gap-1">
          <span className="font-semibold">
            NMS IoU <output>{iou.toFixed(2)}</output>
          </span>
          <input type="range" min={0.1} max={1} step={0.05} value={iou} onChange={(e) => setIou(Number(e.target.value))} aria-label="NMS IoU threshold" />
          <span className="text-xs text-slate-500">Boxes of one class overlapping more than this are merged into the highest-scoring one; 1 keeps every candidate.</span>
        </label>
        {point ? (
          <p className="text-sm" data-testid="operating-point">
            At {Math.round(point.score * 100)}% on the test images: <strong>{Math.round(point.recall * 100)}%</strong> of signs found,{' '}
            <strong>{Math.round(point.precision * 100)}%</strong> of boxes right, {point.falseBoxesPerImage.toFixed(2)} false boxes per image.
          </p>
        ) : null}
        {answer ? (
          <div className="grid gap-2">
            <h2 className="font-semibold">
              <span data-testid="box-count">{shown.length}</span> {shown.length === 1 ? 'sign' : 'signs'} found
            </h2>
            <ol className="grid gap-1 text-sm">
              {shown.map((d, i) => (
                <li key={i} className="flex items-center justify-between gap-2">
                  <span>
                    {classes[d.classId]} {Math.round(d.score * 100)}%
                  </span>
                  <button type="button" className="rounded border px-2 text-xs" disabled={explaining} onClick={() => void explain(i)}>
                    Why here?
                  </button>
                </li>
              ))}
            </ol>
            {heat ? <p className="text-xs text-slate-500">Orange: the regions whose hiding lowers this box’s score most (occlusion saliency).</p> : null}
            <p className="text-sm" data-testid="server-latency">
              Server ({answer.backend}, {answer.inputSize} px): {answer.latencyMs.toFixed(1)} ms for transform, model and decoding; {answer.candidates.length} candidates
              re-filtered here as the sliders move.
            </p>
          </div>
        ) : null}
        <div className="grid gap-1">
          <label className="flex items-center gap-2">
            <input type="checkbox" role="switch" aria-checked={inBrowser} checked={inBrowser} onChange={(e) => setInBrowser(e.target.checked)} />
            Also run the model in this browser
          </label>
          {browserStatus ? <p className="text-sm text-slate-600">{browserStatus}</p> : null}
          {inBrowser && browser && browserShown ? (
            <p className="text-sm" data-testid="browser-latency">
              Browser ({browser.backend}): {browser.p50Ms.toFixed(1)} ms p50, {browserShown.length} boxes at these settings (server: {shown.length}); the image never leaves
              the page. Server: {answer?.latencyMs.toFixed(1)} ms plus the upload.
            </p>
          ) : null}
        </div>
      </aside>
    </div>
  );
}
