// Valid request bodies of the model routes, keyed "<app> <route>": the fuzzer mutates them (a field
// dropped, replaced, or one added) so that it reaches the validation of each field, not only the
// first check, and the after-fuzz check sends them as they are (expecting 200). A route without an
// entry is fuzzed with generated bodies only.
type Body = Record<string, unknown>;

const CREDIT_APPLICATION = {
  LIMIT_BAL: 50000, SEX: 2, EDUCATION: 2, MARRIAGE: 1, AGE: 35,
  PAY_0: 2, PAY_2: 2, PAY_3: 0, PAY_4: 0, PAY_5: 0, PAY_6: 0,
  BILL_AMT1: 48000, BILL_AMT2: 47000, BILL_AMT3: 46000, BILL_AMT4: 30000, BILL_AMT5: 29000, BILL_AMT6: 28000,
  PAY_AMT1: 0, PAY_AMT2: 1500, PAY_AMT3: 1500, PAY_AMT4: 1200, PAY_AMT5: 1000, PAY_AMT6: 1000,
};
const PIMA_PATIENT = { pregnancies: 2, glucose: 148, blood_pressure: 72, skin_thickness: 35, insulin: null, bmi: 33.6, diabetes_pedigree: 0.627, age: 50 };

export const VALID_BODIES: Record<string, Body[]> = {
  'credit-risk /api/predict': [{ application: CREDIT_APPLICATION }, { application: CREDIT_APPLICATION, cutoff: 0.3 }],
  'credit-risk /api/explain': [{ application: CREDIT_APPLICATION }],
  'med-diagnosis /api/predict': [{ task: 'pima', patient: PIMA_PATIENT, threshold: 0.3 }],
  'med-diagnosis /api/explain': [{ task: 'pima', patient: PIMA_PATIENT }, { task: 'wdbc', patient: { radius_mean: 20, concave_points_worst: 0.2 } }],
  'nlp-chatbot /api/predict': [{ text: 'how do I reset my password', threshold: 0.5, margin: 0.1 }],
  'nlp-chatbot /api/explain': [{ text: 'what is my account balance' }],
  'nlp-chatbot /api/chat': [{ text: 'what is my account balance', threshold: 0.5 }],
};
