import type { FailureCase } from '../../domain/evaluate';
import { BoxOverlay } from '../BoxOverlay';

/** The test images with the most misses and false boxes: annotations dashed white, detections in colour. */
export function FailureGallery({ cases, classes }: { cases: FailureCase[]; classes: string[] }) {
  if (!cases.length) return <p>No test image has a miss or a false box at the default confidence.</p>;
  const name = (id: number) => classes[id] ?? String(id);
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="failure-gallery">
      {cases.map((c) => (
        <li key={c.id} className="grid gap-1">
          <BoxOverlay
            src={`/api/test-images/${c.id}`}
            width={c.width}
            height={c.height}
            alt={`test image ${c.id}`}
            truth={c.truth.map((b) => ({ ...b, label: name(b.classId) }))}
            predictions={c.detections.map((d) => ({ ...d, label: name(d.classId) }))}
          />
          <p className="text-sm">
            {c.id}: {c.missed} missed or mislabelled, {c.falseBoxes} false {c.falseBoxes === 1 ? 'box' : 'boxes'}
          </p>
        </li>
      ))}
    </ul>
  );
}
