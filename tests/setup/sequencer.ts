import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that spend most of their time waiting on purpose: the mock's 3 s latency and Retry-After
 * scenarios. Vitest runs the files it has no timings for largest first, which is how a fresh clone
 * runs them, and these small files came last: for their final 8 s one worker only waited while
 * the other core finished the linter. Started first, their waits overlap the other files' work.
 */
const waitsOnPurpose = /\/tests\/integration\/(resilience\/|renewals\/throttling\.)/;

export class WaitingFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const waiting = sorted.filter((file) => waitsOnPurpose.test(file.moduleId));
    return [...waiting, ...sorted.filter((file) => !waiting.includes(file))];
  }
}
