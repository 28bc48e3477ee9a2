// Risk grades: five bands of the probability of default that a credit officer reads at a glance.

export interface RiskGrade {
  grade: 'A' | 'B' | 'C' | 'D' | 'E';
  label: string;
  /** The band is [fromPd, toPd). */
  fromPd: number;
  toPd: number;
}

export const RISK_GRADES: readonly RiskGrade[] = [
  { grade: 'A', label: 'very low risk', fromPd: 0, toPd: 0.05 },
  { grade: 'B', label: 'low risk', fromPd: 0.05, toPd: 0.1 },
  { grade: 'C', label: 'moderate risk', fromPd: 0.1, toPd: 0.2 },
  { grade: 'D', label: 'high risk', fromPd: 0.2, toPd: 0.4 },
  { grade: 'E', label: 'very high risk', fromPd: 0.4, toPd: 1.000001 },
];

export function riskGradeOf(pd: number): RiskGrade {
  return RISK_GRADES.find((g) => pd >= g.fromPd && pd < g.toPd) ?? RISK_GRADES[RISK_GRADES.length - 1];
}
