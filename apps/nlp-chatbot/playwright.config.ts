import { atlasPlaywrightConfig } from '../../tools/playwright-config';

export default atlasPlaywrightConfig('nlp-chatbot');
