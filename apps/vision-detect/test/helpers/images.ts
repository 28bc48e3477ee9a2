// Small PNG and JPEG files and multipart requests for the route tests.
import { encodePng } from '@atlas/data-pipeline/node';
import jpeg from 'jpeg-js';

export function pngBytes(width = 64, height = 48): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([(i * 7) % 256, 120, 60, 255], i * 4);
  return new Uint8Array(encodePng({ width, height, data }));
}

export function jpegBytes(width = 64, height = 48): Uint8Array {
  return new Uint8Array(jpeg.encode({ width, height, data: Buffer.alloc(width * height * 4, 150) }, 85).data);
}

export function formRequest(url: string, fields: Record<string, string | Uint8Array>): Request {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') form.set(key, value);
    else form.set(key, new Blob([value as Uint8Array<ArrayBuffer>]), `${key}.bin`);
  }
  return new Request(`http://localhost${url}`, { method: 'POST', body: form });
}

/** A multipart request as Chromium writes it: a mixed-case boundary, which must not be lower-cased. */
export function browserFormRequest(url: string, image: Uint8Array): Request {
  const boundary = '----WebKitFormBoundaryAbCdEfGhIjKlMnOp';
  const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`);
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
  const body = new Uint8Array(head.length + image.length + tail.length);
  body.set(head);
  body.set(image, head.length);
  body.set(tail, head.length + image.length);
  return new Request(`http://localhost${url}`, { method: 'POST', body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}
