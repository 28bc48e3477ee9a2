// Reads an image's format and pixel size from its header, before any decoding, so that oversized
// images and decompression bombs (a few kilobytes that inflate to gigabytes) are refused cheaply.

export interface ImageHeader {
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

export const UPLOAD_LIMITS = {
  /** Bytes of the uploaded file. */
  maxBytes: 5 * 1024 * 1024,
  /** Width x height after decoding (16 MP: 64 MB of RGBA). */
  maxPixels: 16_000_000,
  maxSide: 8192,
} as const;

export class ImageRejected extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const u32 = (b: Uint8Array, at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
const u16 = (b: Uint8Array, at: number) => (b[at] << 8) | b[at + 1];

function pngHeader(b: Uint8Array): ImageHeader {
  // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4).
  if (b.length < 24 || String.fromCharCode(b[12], b[13], b[14], b[15]) !== 'IHDR') throw new ImageRejected(400, 'invalid_image', 'image: PNG without an IHDR header');
  return { format: 'png', width: u32(b, 16), height: u32(b, 20) };
}

function jpegHeader(b: Uint8Array): ImageHeader {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) throw new ImageRejected(400, 'invalid_image', 'image: corrupt JPEG marker stream');
    const marker = b[at + 1];
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = u16(b, at + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { format: 'jpeg', height: u16(b, at + 5), width: u16(b, at + 7) };
    }
    at += 2 + length;
  }
  throw new ImageRejected(400, 'invalid_image', 'image: JPEG without a frame header');
}

/** Format and size from the header, checked against the limits (throws ImageRejected). */
export function checkImageHeader(bytes: Uint8Array, limits = UPLOAD_LIMITS): ImageHeader {
  if (bytes.length === 0) throw new ImageRejected(400, 'invalid_image', 'image: the file is empty');
  if (bytes.length > limits.maxBytes) throw new ImageRejected(413, 'payload_too_large', `image: ${bytes.length} bytes; the limit is ${limits.maxBytes}`);
  let header: ImageHeader;
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) header = pngHeader(bytes);
  else if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) header = jpegHeader(bytes);
  else throw new ImageRejected(415, 'unsupported_media_type', 'image: only PNG and JPEG are accepted');
  if (header.width < 1 || header.height < 1) throw new ImageRejected(400, 'invalid_image', 'image: zero width or height');
  if (header.width > limits.maxSide || header.height > limits.maxSide || header.width * header.height > limits.maxPixels) {
    throw new ImageRejected(
      413,
      'image_too_large',
      `image: ${header.width}x${header.height} pixels; the limit is ${limits.maxPixels} pixels and ${limits.maxSide} per side`,
    );
  }
  return header;
}
