import type { CatalogEntry, CatalogFile } from '../types';
import { ROAD_SIGN_FILE_ROWS } from '../road-sign-files';
import { githubRaw } from './github-raw';

const REPO = 'MuratOzc/traffic-sign-recognition-using-deep-learning';
const COMMIT = 'e680f0da76e08b166607d01f18db7d1687f1c7bb';

/** The folder of the subset inside the vision-detect domain. */
export const ROAD_SIGN_ROOT = 'road-sign-detection';

export function roadSignImagePath(stem: string): string {
  return `${ROAD_SIGN_ROOT}/images/${stem}.png`;
}

export function roadSignAnnotationPath(stem: string): string {
  return `${ROAD_SIGN_ROOT}/annotations/${stem}.xml`;
}

const files: CatalogFile[] = [
  {
    path: `${ROAD_SIGN_ROOT}/SUBSET.txt`,
    bytes: 1862,
    sha256: '99dc1ea7a2ebce03e552d41b8aa8832d6432385a2745758ce9cd12af7cca4761',
    urls: [],
  },
];
for (const [stem, pngBytes, pngSha, xmlBytes, xmlSha] of ROAD_SIGN_FILE_ROWS) {
  files.push({ path: roadSignImagePath(stem), bytes: pngBytes, sha256: pngSha, urls: [githubRaw(REPO, COMMIT, `images/${stem}.png`)] });
  files.push({
    path: roadSignAnnotationPath(stem),
    bytes: xmlBytes,
    sha256: xmlSha,
    urls: [githubRaw(REPO, COMMIT, `annotations/${stem}.xml`)],
  });
}

export const roadSignDetectionSubset: CatalogEntry = {
  id: 'road-sign-detection-subset',
  domain: 'vision-detect',
  title: 'Road Sign Detection (Kaggle, andrewmvd), stratified 221-image subset, Pascal VOC boxes',
  task: 'object detection with axis-aligned boxes, 4 classes: trafficlight, stop, speedlimit, crosswalk',
  files,
  license: {
    name: 'CC0 1.0 (as declared on Kaggle)',
    redistributable: true,
    displayable: true,
    terms:
      'Declared CC0 1.0 by the Kaggle uploader; the photos were collected from the web and their individual provenance is not documented.',
  },
  citation: 'Larxel (andrewmvd). 2020. Road Sign Detection. Kaggle. https://www.kaggle.com/datasets/andrewmvd/road-sign-detection',
  homepage: 'https://www.kaggle.com/datasets/andrewmvd/road-sign-detection',
  source: `github.com/${REPO} @ ${COMMIT} (subset list SUBSET.txt written for this project's mirror)`,
  counts: {
    images: 221,
    boxes: 309,
    boxesTrafficlight: 38,
    boxesStop: 23,
    boxesSpeedlimit: 200,
    boxesCrosswalk: 48,
  },
  usage: 'Primary data of the vision detector.',
  quirks: [
    'Images are RGBA PNG: the loader drops the alpha channel.',
    'SUBSET.txt exists only in the mirror (no canonical URL).',
    'There is no upstream split: the loader splits by image with a fixed seed.',
  ],
};
