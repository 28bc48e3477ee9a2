// Pascal VOC annotation XML (one <object> per box), parsed with fast-xml-parser. Browser-safe.
import { XMLParser } from 'fast-xml-parser';

export interface VocObject {
  name: string;
  pose?: string;
  truncated?: number;
  occluded?: number;
  difficult?: number;
  bndbox: { xmin: number; ymin: number; xmax: number; ymax: number };
}

export interface VocAnnotation {
  folder?: string;
  filename: string;
  width: number;
  height: number;
  depth: number;
  objects: VocObject[];
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name, jpath) => name === 'object' && jpath === 'annotation.object',
});

const num = (v: unknown): number => (v === undefined || v === null || v === '' ? NaN : Number(v));
const optNum = (v: unknown): number | undefined => (v === undefined ? undefined : Number(v));
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

type XmlNode = Record<string, unknown>;

/** Parses the XML; numeric fields that are absent or not numbers come out as NaN for the schema to reject. */
export function parseVocXml(xml: string): VocAnnotation {
  const doc = parser.parse(xml) as { annotation?: XmlNode };
  const a = doc.annotation;
  if (!a || typeof a !== 'object') throw new Error('not a Pascal VOC annotation (no <annotation> root)');
  const size = (a.size ?? {}) as XmlNode;
  const objects = ((a.object as XmlNode[] | undefined) ?? []).map((o): VocObject => {
    const box = (o.bndbox ?? {}) as XmlNode;
    return {
      name: str(o.name),
      pose: o.pose === undefined ? undefined : str(o.pose),
      truncated: optNum(o.truncated),
      occluded: optNum(o.occluded),
      difficult: optNum(o.difficult),
      bndbox: { xmin: num(box.xmin), ymin: num(box.ymin), xmax: num(box.xmax), ymax: num(box.ymax) },
    };
  });
  return {
    folder: a.folder === undefined ? undefined : str(a.folder),
    filename: str(a.filename),
    width: num(size.width),
    height: num(size.height),
    depth: num(size.depth),
    objects,
  };
}
