// The answers a prediction route gives when there is no model to serve: both are 503 (the service is
// up but cannot answer yet) and both say what to do about it.
import { HttpError } from '../http/http-error';

export function trainCommand(app: string): string {
  return `npx nx run ${app}:train`;
}

export class NoActiveModelError extends HttpError {
  constructor(domain: string, app: string = domain) {
    const command = trainCommand(app);
    super(503, { error: 'no_active_model', message: `no active model for ${domain}: run ${command}`, domain, command });
    this.name = 'NoActiveModelError';
  }
}

export class ModelUnavailableError extends HttpError {
  constructor(domain: string, reason: string) {
    super(503, { error: 'model_unavailable', message: `the model of ${domain} cannot serve: ${reason}`, domain });
    this.name = 'ModelUnavailableError';
  }
}
