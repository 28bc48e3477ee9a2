// The served intent model: text -> ids -> probabilities -> decision, plus token attributions. One
// class for the server and the browser (same artifact, same code). Browser-safe.
import { tf, tokenAttributions } from '@atlas/model-core';
import { tokenize } from '@atlas/data-pipeline';
import { decide, type Decision, type Knobs } from './decision';
import { batchIds, knownTerms } from './featurizer';
import { memberLayers } from './ensemble';
import type { IntentPreprocess } from './preprocess';
import { wordAttributions, type WordAttribution } from './word-attributions';

export class IntentPredictor {
  constructor(
    readonly model: tf.LayersModel,
    readonly preprocess: IntentPreprocess,
  ) {}

  /** Probability rows, one per text, in the order of preprocess.labels. */
  probabilities(texts: readonly string[]): Float32Array[] {
    const { featurizer } = this.preprocess;
    return tf.tidy(() => {
      const ids = tf.tensor2d(batchIds(featurizer, texts), [texts.length, featurizer.maxTokens], 'int32');
      const out = (this.model.predict(ids) as tf.Tensor2D).dataSync() as Float32Array;
      const k = this.preprocess.labels.length;
      return texts.map((_, i) => out.slice(i * k, (i + 1) * k));
    });
  }

  decide(text: string, knobs: Partial<Knobs> = {}): Decision {
    const [row] = this.probabilities([text]);
    return decide(row, this.preprocess.labels, this.preprocess.oosLabel, { ...this.preprocess.knobs, ...knobs });
  }

  /**
   * Integrated gradients (model-core) of the given intent's probability over the text's n-gram ids,
   * with every member's embeddings side by side, then shared out to the words each n-gram came from.
   */
  explain(text: string, intent: string): { words: WordAttribution[]; completenessGap: number } {
    const terms = knownTerms(this.preprocess.featurizer, text);
    const words = tokenize(text, this.preprocess.featurizer.vocab.options.normalize);
    if (terms.length === 0) return { words: words.map((word, position) => ({ word, position, attribution: 0 })), completenessGap: 0 };
    const target = this.preprocess.labels.indexOf(intent);
    if (target < 0) throw new RangeError(`unknown intent ${intent}`);
    const members = memberLayers(this.model);
    const dims = members.map((m) => (m.embedding.getWeights()[0].shape[1] as number));
    const result = tokenAttributions(
      {
        embed: (ids) => tf.concat(members.map((m) => m.embedding.apply(ids) as tf.Tensor), -1),
        fromEmbeddings: (vectors) => {
          let offset = 0;
          const outs = members.map((m, k) => {
            const slice = vectors.slice([0, 0, offset], [-1, -1, dims[k]]);
            offset += dims[k];
            return m.output.apply(tf.mean(slice, 1)) as tf.Tensor;
          });
          return tf.div(tf.addN(outs), outs.length);
        },
      },
      terms.map((t) => t.id),
      { target, steps: 32, tokens: terms.map((t) => t.term) },
    );
    return { words: wordAttributions(words, result.tokens.map((t) => ({ term: t.token, attribution: t.attribution }))), completenessGap: result.completenessGap };
  }
}
