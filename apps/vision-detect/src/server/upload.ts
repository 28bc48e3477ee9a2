// Reads an uploaded image from a request: multipart/form-data (field "image") or a raw image/png or
// image/jpeg body. The body is read with a byte cap, the header is checked against the pixel limits
// before decoding (decompression bombs are refused), and every refusal is a 4xx naming the problem.
import { decodeImage, type RgbaImage } from '@atlas/data-pipeline/node';
import { HttpError, readBodyBytes } from '@atlas/service';
import { createHash } from 'node:crypto';
import { checkImageHeader, ImageRejected, UPLOAD_LIMITS, type ImageHeader } from '../domain/image-header';

// Multipart framing around the file.
const FORM_OVERHEAD = 64 * 1024;

export interface Upload {
  image: RgbaImage;
  header: ImageHeader;
  bytes: number;
  sha256: string;
  /** The other form fields (or the query string for a raw body). */
  fields: Record<string, string>;
}

function rejected(status: number, error: string, message: string, field = 'image'): HttpError {
  return new HttpError(status, { error, message, issues: [{ field, reason: message }] });
}

async function readCapped(req: Request, maxBytes: number): Promise<Uint8Array> {
  try {
    return await readBodyBytes(req, maxBytes);
  } catch (error) {
    if (error instanceof HttpError && error.status === 413) throw rejected(413, 'payload_too_large', `image: the request exceeds the limit of ${UPLOAD_LIMITS.maxBytes} bytes`);
    throw error;
  }
}

export async function readUpload(req: Request): Promise<Upload> {
  const contentType = req.headers.get('content-type') ?? '';
  // Matched in lower case, but passed on as sent: the multipart boundary is case-sensitive.
  const type = contentType.toLowerCase();
  let bytes: Uint8Array;
  const fields: Record<string, string> = {};
  if (type.startsWith('multipart/form-data')) {
    const body = await readCapped(req, UPLOAD_LIMITS.maxBytes + FORM_OVERHEAD);
    let form: FormData;
    try {
      form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': contentType } }).formData();
    } catch {
      throw rejected(400, 'invalid_input', 'image: the multipart body could not be parsed');
    }
    const file = form.get('image');
    if (!(file instanceof Blob)) throw rejected(400, 'invalid_input', 'image: a file field named "image" is required');
    bytes = new Uint8Array(await file.arrayBuffer());
    for (const [key, value] of form.entries()) if (typeof value === 'string') fields[key] = value;
  } else if (type.startsWith('image/png') || type.startsWith('image/jpeg')) {
    bytes = await readCapped(req, UPLOAD_LIMITS.maxBytes);
    for (const [key, value] of new URL(req.url).searchParams) fields[key] = value;
  } else {
    throw rejected(415, 'unsupported_media_type', 'image: send multipart/form-data with an "image" file, or an image/png or image/jpeg body');
  }
  let header: ImageHeader;
  try {
    header = checkImageHeader(bytes);
  } catch (error) {
    if (error instanceof ImageRejected) throw rejected(error.status, error.code, error.message);
    throw error;
  }
  let image: RgbaImage;
  try {
    image = decodeImage(bytes);
  } catch {
    throw rejected(400, 'invalid_image', `image: the ${header.format.toUpperCase()} data could not be decoded`);
  }
  if (image.width !== header.width || image.height !== header.height) throw rejected(400, 'invalid_image', 'image: the decoded size differs from the header');
  return { image, header, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), fields };
}
