// The shape every data source (the road-sign subset, a user's VOC folder, the generated shapes)
// is turned into before training: decoded RGB images with boxes in source pixels, split by image.
import type { RgbImage } from '@atlas/data-pipeline';
import type { ClassBox } from './augment';

export interface DetectionExample {
  id: string;
  image: RgbImage;
  /** Boxes in source pixels; classId indexes `classes`. */
  boxes: ClassBox[];
}

export interface DetectionData {
  classes: string[];
  train: DetectionExample[];
  val: DetectionExample[];
  test: DetectionExample[];
}
