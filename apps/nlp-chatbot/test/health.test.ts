import { describeHealthRoute } from '../../../tools/testing/health-route';
import { healthResponse } from '../src/server/health';

describeHealthRoute('nlp-chatbot', healthResponse);
