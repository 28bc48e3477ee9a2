import type { DomainOverview } from '@atlas/ui';

export const overview: DomainOverview = {
  domain: 'vision-detect',
  product: 'Road-Sign Detector',
  tagline: 'Find and name the traffic signs in a camera frame, fast enough to matter.',
  problem:
    'A driver-assistance feature has to spot speed limits, stop signs, crosswalks and traffic lights in every frame, on modest hardware, and say how sure it is. The detector draws a labelled box around each sign and lets you trade speed against accuracy by changing the input resolution.',
  audience: [
    'Drivers who rely on sign reminders',
    'Embedded engineers who budget milliseconds per frame',
    'Safety reviewers who need to know what the detector misses',
  ],
  datasets: [
    {
      id: 'road-sign-detection-subset',
      title: 'Road Sign Detection (Kaggle), 221-image stratified subset, Pascal VOC boxes',
      rows: '221 images, 309 boxes in 4 classes (speed limit, stop, crosswalk, traffic light)',
      license: 'CC0 1.0 as declared by the uploader; photo provenance undocumented',
      citation: 'Larxel (andrewmvd), Road Sign Detection, Kaggle (2020).',
      homepage: 'https://www.kaggle.com/datasets/andrewmvd/road-sign-detection',
    },
  ],
  model:
    'A small single-stage, anchor-free detector (a heatmap of object centres plus box sizes) trained from scratch on a CPU, with no downloaded weights, at several input sizes so that resolution, latency and accuracy are measured against each other. It runs on the server and in the browser.',
  framing:
    'Perception for driving is the classic vision example, and its challenge is compute: the accurate model is often too slow for the device. The question this demo raises is what each millisecond buys, and which signs a small model misses when it is small.',
  outOfScope: 'Any real vehicle or safety function. The model sees 221 images from the web and has never met night, rain or another country’s signs.',
  lifecycle: [
    { step: 'Data', plan: 'Fetch images and VOC boxes with checksums; drop alpha; split by image with a fixed seed.' },
    { step: 'Model design', plan: 'Anchor-free centre-heatmap detector at input sizes 160, 224 and 320.' },
    { step: 'Training', plan: 'From scratch on CPU with augmentations that keep sign text readable (no horizontal flips).' },
    { step: 'Evaluation', plan: 'mAP@0.5 and mAP@0.5:0.95 with bootstrap intervals, per-class AP and a gallery of misses.' },
    { step: 'Deployment', plan: 'Server and in-browser inference with confidence and overlap sliders that re-filter instantly.' },
  ],
};
