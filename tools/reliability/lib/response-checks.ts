// What every API answer must satisfy, whatever it was sent: no 5xx (save a 503 no_active_model when
// the app has nothing trained), a 4xx names the field or the problem, and no body leaks a stack trace
// or a path of the server's file system.

/** Stack frames and absolute paths of this machine (or any Unix/Windows one). */
const LEAKS: [RegExp, string][] = [
  [/\n\s+at [^\n]+[(:]\d+:\d+\)?/, 'a stack trace'],
  [/\bat (async )?[\w.<>]+ \((file:\/\/|\/)/, 'a stack frame'],
  [/(^|["'\s(=:])\/(home|root|tmp|usr|var|work|opt|srv|app|private|Users)\//, 'an absolute path'],
  [/[A-Za-z]:\\\\(Users|Windows|work)/, 'a Windows path'],
  [/node_modules[\\/]/, 'a node_modules path'],
  [/\.(ts|tsx|js|mjs|cjs):\d+(:\d+)?\b/, 'a source location'],
  [/\b(TypeError|ReferenceError|RangeError|SyntaxError): /, 'a raw JavaScript error'],
  [/PrismaClient|prisma\.\w+\.\w+\(|SQLITE_|better-sqlite3/i, 'a database driver error'],
];

export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** Reads an answer; an event stream is read for at most `streamMs` and then cancelled. */
export async function readAnswer(res: Response, streamMs = 1000): Promise<Answer> {
  const contentType = res.headers.get('content-type') ?? '';
  if (!contentType.includes('text/event-stream') || !res.body) {
    return { status: res.status, contentType, text: await res.text() };
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + streamMs;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    let timer: NodeJS.Timeout | undefined;
    const next = await Promise.race([reader.read(), new Promise<null>((r) => (timer = setTimeout(() => r(null), left)))]);
    clearTimeout(timer);
    if (!next || next.done) break;
    text += decoder.decode(next.value, { stream: true });
  }
  await reader.cancel().catch(() => undefined);
  return { status: res.status, contentType, text };
}

export function leakIn(text: string, extraSecrets: readonly string[] = []): string | null {
  for (const [pattern, what] of LEAKS) {
    const m = text.match(pattern);
    if (m) return `${what} (${JSON.stringify(m[0].slice(0, 80))})`;
  }
  for (const secret of extraSecrets) if (secret && text.includes(secret)) return `the server value ${JSON.stringify(secret)}`;
  return null;
}

/**
 * The problems with one answer, or [] when it is acceptable. `hasModel` false allows the 503 that
 * names the train command. `secrets`: strings that must never appear (ATLAS_HOME, the repo root).
 */
export function problemsWith(answer: Answer, options: { hasModel: boolean; secrets?: readonly string[] }): string[] {
  const problems: string[] = [];
  const leak = leakIn(answer.text, options.secrets);
  if (leak) problems.push(`the body shows ${leak}`);
  const isJson = answer.contentType.includes('application/json');
  let body: Record<string, unknown> | null = null;
  if (isJson) {
    try {
      body = JSON.parse(answer.text) as Record<string, unknown>;
    } catch {
      problems.push('the body is not the JSON its content-type says');
    }
  }
  if (answer.status >= 500) {
    const allowed = answer.status === 503 && body?.error === 'no_active_model' && !options.hasModel;
    if (!allowed) problems.push(`status ${answer.status} (${answer.text.slice(0, 200)})`);
  }
  if (answer.status >= 400 && answer.status < 500) {
    if (!body) problems.push(`a ${answer.status} without a JSON body`);
    else {
      if (typeof body.error !== 'string' || body.error === '') problems.push(`a ${answer.status} without an error code`);
      if (typeof body.message !== 'string' || body.message.trim() === '') problems.push(`a ${answer.status} without a message naming the problem`);
      if (body.error === 'invalid_input') {
        const issues = body.issues as { field?: unknown; reason?: unknown }[] | undefined;
        if (!Array.isArray(issues) || issues.length === 0) problems.push('invalid_input without issues');
        else if (issues.some((i) => typeof i.field !== 'string' || typeof i.reason !== 'string' || i.reason === '')) {
          problems.push(`an issue without a field or a reason: ${JSON.stringify(issues).slice(0, 200)}`);
        }
      }
    }
  }
  return problems;
}
