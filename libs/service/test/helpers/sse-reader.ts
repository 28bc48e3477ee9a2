// Reads a text/event-stream body the way EventSource does: frames split on blank lines, comments
// (heartbeats) kept apart so tests can count them.
export interface ParsedFrame {
  id?: string;
  event?: string;
  data: string;
}

export function parseSse(text: string): { frames: ParsedFrame[]; comments: string[] } {
  const frames: ParsedFrame[] = [];
  const comments: string[] = [];
  for (const block of text.split('\n\n')) {
    if (!block.trim()) continue;
    const frame: ParsedFrame = { data: '' };
    const data: string[] = [];
    let isFrame = false;
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        comments.push(line.slice(1).trim());
        continue;
      }
      isFrame = true;
      const at = line.indexOf(': ');
      const field = at < 0 ? line : line.slice(0, at);
      const value = at < 0 ? '' : line.slice(at + 2);
      if (field === 'data') data.push(value);
      else if (field === 'id') frame.id = value;
      else if (field === 'event') frame.event = value;
    }
    if (isFrame) {
      frame.data = data.join('\n');
      frames.push(frame);
    }
  }
  return { frames, comments };
}

/** Reads the whole body of a finite stream. */
export async function readAll(res: Response): Promise<string> {
  return res.text();
}
