// Shares n-gram attributions out to words: a word unigram goes to its word, a bigram half to each of
// its two words, a character n-gram equally to the words that contain it. Pure TypeScript.
export interface WordAttribution {
  word: string;
  position: number;
  attribution: number;
}

export function wordAttributions(words: readonly string[], terms: readonly { term: string; attribution: number }[]): WordAttribution[] {
  const out = words.map((word, position) => ({ word, position, attribution: 0 }));
  for (const { term, attribution } of terms) {
    const body = term.slice(2);
    let owners: number[] = [];
    if (term.startsWith('w:')) {
      const parts = body.split(' ');
      for (let i = 0; i + parts.length <= words.length; i++) {
        if (parts.every((p, k) => words[i + k] === p)) owners.push(...parts.map((_, k) => i + k));
      }
    } else {
      owners = words.map((w, i) => (` ${w} `.includes(body) ? i : -1)).filter((i) => i >= 0);
    }
    if (owners.length === 0) continue;
    for (const i of owners) out[i].attribution += attribution / owners.length;
  }
  return out;
}
