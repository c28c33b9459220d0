import type { ArticleIssue } from '../types.js';
import { issue } from '../pipeline/normalize.js';

/** An input that could not be read at all (invalid JSON, a failed request): shown as the error state. */
export class InputError {
  constructor(
    readonly issues: ArticleIssue[],
    /** A request that failed and can be tried again (the error state offers Retry). */
    readonly retry = false,
  ) {}
}

export const failure = (path: string, message: string, retry = false) => new InputError([issue(path, message)], retry);
