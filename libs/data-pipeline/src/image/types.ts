// Plain image buffers, the same shape as the browser's ImageData, so browser and Node share one transform.

export interface RgbaImage {
  width: number;
  height: number;
  /** width * height * 4 bytes, row-major, RGBA. */
  data: Uint8Array | Uint8ClampedArray;
}

export interface RgbImage {
  width: number;
  height: number;
  /** width * height * 3 bytes, row-major, RGB. */
  data: Uint8Array;
}

export interface Box {
  xmin: number;
  ymin: number;
  xmax: number;
  ymax: number;
}
