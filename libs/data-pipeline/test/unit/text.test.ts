import { isMostlyChinese, normalizeText } from '../../src/text/normalize';
import { charNgrams, chineseCharBigrams, tokenize, wordNgrams } from '../../src/text/tokenize';

describe('normalizeText', () => {
  it('folds case, width and punctuation in English', () => {
    expect(normalizeText("  What's   the WEATHER?! ")).toBe('whats the weather');
    expect(normalizeText('Ｈｅｌｌｏ，ｗｏｒｌｄ！１２３')).toBe('hello world 123');
    expect(normalizeText('rock-n-roll')).toBe('rock n roll');
    expect(normalizeText('Keep: CASE', { lowercase: false, punctuation: 'keep' })).toBe('Keep: CASE');
  });

  it('handles Chinese: full-width punctuation removed, no spaces between characters', () => {
    expect(normalizeText('南山队主场３比１取胜，球迷欢呼！')).toBe('南山队主场3比1取胜 球迷欢呼');
    expect(normalizeText('北京 天气 “很好”。')).toBe('北京天气 很好');
    expect(normalizeText('iPhone １５发布')).toBe('iphone 15发布');
    expect(isMostlyChinese('今天北京天气怎么样 ok')).toBe(true);
    expect(isMostlyChinese('hello 你')).toBe(false);
  });
});

describe('tokenize', () => {
  it('splits words and single Chinese characters', () => {
    expect(tokenize("What's up, 北京?")).toEqual(['whats', 'up', '北', '京']);
    expect(wordNgrams(['a', 'b', 'c'], 1, 2)).toEqual(['a', 'b', 'c', 'a b', 'b c']);
    expect(charNgrams(['abc'], 2, 3)).toEqual([' a', 'ab', 'bc', 'c ', ' ab', 'abc', 'bc ']);
    expect(chineseCharBigrams('北京天气, 上海')).toEqual(['北京', '京天', '天气', '上海']);
  });
});
