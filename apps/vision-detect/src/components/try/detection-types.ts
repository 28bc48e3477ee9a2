// The boxes as the predict API answers them and the Try page draws them.
export interface ShownBox {
  label: string;
  classId: number;
  score: number;
  box: { x1: number; y1: number; x2: number; y2: number };
}

export interface PredictAnswer {
  runId: string;
  config: string;
  inputSize: number;
  classes: string[];
  image: { width: number; height: number };
  candidates: ShownBox[];
  latencyMs: number;
  backend: string;
}

export const CLASS_COLOURS = ['#e11d48', '#2563eb', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#65a30d'];
