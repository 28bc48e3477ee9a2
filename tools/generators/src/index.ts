export { default as domainAppGenerator, type DomainAppSchema } from './domain-app/generator';
