import { shellSuite } from '../../../tools/e2e-shell';
import { overview } from '../src/domain/overview';

shellSuite('nlp-chatbot', overview.tagline);
