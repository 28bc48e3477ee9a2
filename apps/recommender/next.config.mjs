import { atlasNextConfig } from '../../tools/next-config.mjs';

export default atlasNextConfig(import.meta.dirname);
