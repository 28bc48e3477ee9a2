// The two medical tasks: which dataset, which features (with units and reference ranges for the
// patient form), which zeros mean "not measured", and how the five simulated hospitals are formed.
// Pure data: imported by training, serving and the pages.

export type TaskId = 'pima' | 'wdbc';
export const TASK_IDS: readonly TaskId[] = ['pima', 'wdbc'];

export interface FeatureSpec {
  name: string;
  label: string;
  unit: string;
  /** Clinical reference range where one exists (shown on the form), else null. */
  normal: { low: number | null; high: number | null; text: string } | null;
  /** Shown on the patient form; the other features may be left out and are imputed. */
  onForm: boolean;
  /** log1p before standardising (right-skewed measurements). */
  log: boolean;
  /** Add a 0/1 "was missing" input (columns missing often enough for missingness to carry signal). */
  missingIndicator: boolean;
}

/** The catalog tasks, or 'custom': a spec built from the user's own CSV (bring your own data). */
export type SpecId = TaskId | 'custom';

export interface TaskSpec {
  id: SpecId;
  datasetId: string;
  name: string;
  outcome: string;
  positiveLabel: string;
  negativeLabel: string;
  features: FeatureSpec[];
  /** Columns where a recorded 0 is physiologically impossible and means "not measured". */
  zeroMeansMissing: string[];
  /** The feature that defines the simulated hospitals, and the band edges (lower bounds). */
  hospitals: { feature: string; edges: number[]; names: string[]; why: string };
  /** The bar of the issue: mean 5-fold stratified CV ROC AUC. */
  aucBar: number;
  anchor: { name: string; value: number; source: string };
}

const f = (name: string, label: string, unit: string, normal: FeatureSpec['normal'], extra: Partial<FeatureSpec> = {}): FeatureSpec => ({
  name,
  label,
  unit,
  normal,
  onForm: true,
  log: false,
  missingIndicator: false,
  ...extra,
});

export const PIMA: TaskSpec = {
  id: 'pima',
  datasetId: 'pima-indians-diabetes',
  name: 'Diabetes onset within five years (Pima)',
  outcome: 'diabetes onset within five years',
  positiveLabel: 'onset',
  negativeLabel: 'no onset',
  features: [
    f('pregnancies', 'Pregnancies', 'count', null),
    f('glucose', 'Plasma glucose, 2 h oral glucose tolerance test', 'mg/dL', { low: null, high: 140, text: '< 140 mg/dL' }),
    f('blood_pressure', 'Diastolic blood pressure', 'mmHg', { low: 60, high: 80, text: '60-80 mmHg' }),
    f('skin_thickness', 'Triceps skinfold thickness', 'mm', { low: 10, high: 40, text: 'about 10-40 mm' }, { missingIndicator: true }),
    f('insulin', '2 h serum insulin', 'µU/mL', { low: 16, high: 166, text: '16-166 µU/mL' }, { log: true, missingIndicator: true }),
    f('bmi', 'Body mass index', 'kg/m²', { low: 18.5, high: 24.9, text: '18.5-24.9 kg/m²' }),
    f('diabetes_pedigree', 'Diabetes pedigree function', 'score', { low: null, high: null, text: 'family-history score, typically 0.1-1.2' }, { log: true }),
    f('age', 'Age', 'years', { low: 21, high: null, text: 'cohort: women aged 21 and over' }),
  ],
  zeroMeansMissing: ['glucose', 'blood_pressure', 'skin_thickness', 'insulin', 'bmi'],
  hospitals: {
    feature: 'age',
    edges: [0, 25, 30, 40, 50],
    names: ['Hospital A (age 21-24)', 'Hospital B (age 25-29)', 'Hospital C (age 30-39)', 'Hospital D (age 40-49)', 'Hospital E (age 50+)'],
    why: 'each simulated hospital serves one age band (a student clinic, a maternity unit, a geriatric practice...), so both the case mix and the diabetes rate differ between them',
  },
  aucBar: 0.835,
  anchor: { name: 'logistic regression, 5-fold CV (issue #6)', value: 0.83, source: 'measured by the project on this dataset' },
};

const WDBC_MEASUREMENTS: { key: string; label: string; unit: string; log: boolean }[] = [
  { key: 'radius', label: 'Radius', unit: 'image units', log: false },
  { key: 'texture', label: 'Texture (grey-level SD)', unit: 'grey levels', log: false },
  { key: 'perimeter', label: 'Perimeter', unit: 'image units', log: false },
  { key: 'area', label: 'Area', unit: 'image units²', log: true },
  { key: 'smoothness', label: 'Smoothness', unit: 'ratio', log: false },
  { key: 'compactness', label: 'Compactness', unit: 'ratio', log: true },
  { key: 'concavity', label: 'Concavity', unit: 'ratio', log: true },
  { key: 'concave_points', label: 'Concave points', unit: 'ratio', log: true },
  { key: 'symmetry', label: 'Symmetry', unit: 'ratio', log: false },
  { key: 'fractal_dimension', label: 'Fractal dimension', unit: 'ratio', log: false },
];

const STAT_LABEL = { mean: 'mean', se: 'standard error', worst: 'worst (mean of the 3 largest)' } as const;

export const WDBC: TaskSpec = {
  id: 'wdbc',
  datasetId: 'breast-cancer-wisconsin-diagnostic',
  name: 'Breast mass malignancy (WDBC)',
  outcome: 'malignant breast mass',
  positiveLabel: 'malignant',
  negativeLabel: 'benign',
  features: (['mean', 'se', 'worst'] as const).flatMap((stat) =>
    WDBC_MEASUREMENTS.map((m) =>
      f(`${m.key}_${stat}`, `${m.label}, ${STAT_LABEL[stat]}`, m.unit, null, { log: m.log || stat === 'se', onForm: stat !== 'se' }),
    ),
  ),
  zeroMeansMissing: [],
  hospitals: {
    feature: 'radius_mean',
    edges: [0, 11, 13, 15, 18],
    names: ['Hospital A (radius < 11)', 'Hospital B (radius 11-13)', 'Hospital C (radius 13-15)', 'Hospital D (radius 15-18)', 'Hospital E (radius 18+)'],
    why: 'each simulated hospital sees masses of one size band (a screening programme finds small ones, a referral centre large ones), so malignancy rates range from almost none to almost all',
  },
  aucBar: 0.995,
  anchor: { name: 'bar of issue #6 (5-fold CV)', value: 0.995, source: 'issue #6 acceptance bar' },
};

export const TASKS: Record<TaskId, TaskSpec> = { pima: PIMA, wdbc: WDBC };

export function taskOf(id: string): TaskSpec {
  const task = TASKS[id as TaskId];
  if (!task) throw new RangeError(`unknown task "${id}": use one of ${TASK_IDS.join(', ')}`);
  return task;
}

/** Which simulated hospital a patient belongs to (index into hospitals.names). */
export function hospitalOf(task: TaskSpec, features: Record<string, number | null | undefined>): number {
  const value = features[task.hospitals.feature];
  if (value === null || value === undefined || !Number.isFinite(value)) return 0;
  let band = 0;
  task.hospitals.edges.forEach((edge, i) => {
    if (value >= edge) band = i;
  });
  return band;
}
