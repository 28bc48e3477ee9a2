// A generated stand-in for the Toutiao headline files, in the same "_!_" line format: Chinese
// headlines assembled by the project from its own word lists (no real headline is used), including a
// repeated headline, a full-width variant and one cross-file duplicate for the dedupe step.
// Browser-safe.
import { sampleRandom } from './random';

const CATEGORIES: ReadonlyArray<{ code: string; name: string; templates: readonly string[]; words: readonly string[] }> = [
  {
    code: '103',
    name: 'news_sports',
    templates: ['{w}队主场{n}比{m}取胜，球迷欢呼', '{w}名将宣布退役，回顾其职业生涯', '{w}联赛第{n}轮前瞻：强强对话'],
    words: ['北湖', '东港', '南山', '西林', '青川'],
  },
  {
    code: '104',
    name: 'news_finance',
    templates: ['{w}银行下调贷款利率{n}个基点', '{w}板块午后拉升，成交额突破{n}亿', '一季度{w}地区消费增长{n}%'],
    words: ['华东', '西南', '沿海', '中部', '北方'],
  },
  {
    code: '109',
    name: 'news_tech',
    templates: ['{w}发布新一代芯片，性能提升{n}倍', '{w}手机续航测试：{n}小时表现如何？', '{w}推出开源大模型，参数达{n}亿'],
    words: ['星河科技', '蓝鲸电子', '极光实验室', '远航智能', '云杉软件'],
  },
  {
    code: '107',
    name: 'news_car',
    templates: ['{w}新款电动车续航{n}公里，售价公布', '{w}召回{n}辆汽车，涉及刹车问题', '试驾{w}：{n}万元级家用车怎么选？'],
    words: ['风行', '远山', '驰骋', '青鸟', '启程'],
  },
  {
    code: '112',
    name: 'news_travel',
    templates: ['{w}古镇迎来旅游高峰，日接待{n}万人', '去{w}看海，这{n}个景点别错过', '{w}机场新航线开通，每周{n}班'],
    words: ['江南', '海滨', '云岭', '草原', '雪山'],
  },
  {
    code: '115',
    name: 'news_agriculture',
    templates: ['{w}水稻亩产突破{n}公斤', '{w}果农喜获丰收，苹果每斤{n}元', '{w}推广节水灌溉，覆盖{n}万亩'],
    words: ['黄河沿岸', '洞庭湖区', '黑土地', '丘陵山区', '平原农场'],
  },
];

export interface ToutiaoSampleFiles {
  dev: string;
  test: string;
}

export function generateToutiaoSample(options: { seed?: string; perCategory?: number } = {}): ToutiaoSampleFiles {
  const r = sampleRandom(`toutiao-sample:${options.seed ?? 'atlas'}`);
  const per = options.perCategory ?? 40;
  const dev: string[] = [];
  const test: string[] = [];
  let id = 7000000000000000000n;
  const line = (c: (typeof CATEGORIES)[number], title: string) => `${(id += 7919n)}_!_${c.code}_!_${c.name}_!_${title}_!_${r.pick(c.words)},${c.name.slice(5)}`;
  const used = new Set<string>();
  for (const c of CATEGORIES) {
    for (let i = 0; i < per; i++) {
      let title = '';
      for (let tries = 0; tries === 0 || (used.has(title) && tries < 50); tries++) {
        title = r.pick(c.templates).replace('{w}', r.pick(c.words)).replace('{n}', String(r.int(2, 99))).replace('{m}', String(r.int(0, 5)));
      }
      used.add(title);
      (i % 2 === 0 ? dev : test).push(line(c, title));
    }
  }
  const sports = CATEGORIES[0];
  const repeated = '南山队主场3比1取胜，球迷欢呼';
  dev.push(line(sports, repeated), line(sports, repeated));
  // Full-width digits and punctuation: a normalized duplicate of the line above.
  dev.push(line(sports, '南山队主场３比１取胜，球迷欢呼！'));
  test.push(line(sports, repeated));
  return { dev: dev.join('\n'), test: test.join('\n') };
}
