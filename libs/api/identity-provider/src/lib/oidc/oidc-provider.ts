// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- oidc-provider ships no types; this makes the local declarations part of every program that compiles this library
/// <reference path="./oidc-provider.d.ts" />
/**
 * The single import point of oidc-provider (named exports only, so that both
 * ESM and a CommonJS build that require()s the ESM package get the classes).
 */
export { Provider, errors } from 'oidc-provider';
export type * from 'oidc-provider';
