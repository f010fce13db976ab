/**
 * Button ids of a mock exam: `exam:<examId>:<no>:<what>`, where `what` is a choice index (answer
 * question `no`), b / n (back, next from question `no`), s (submit) or r (page `no` of the result,
 * 0 being the summary). Short (an exam id is a UUID: under 50 characters) and unambiguous.
 */
export type ExamAction =
  | { readonly examId: string; readonly kind: 'answer'; readonly no: number; readonly choiceIndex: number }
  | { readonly examId: string; readonly kind: 'back' | 'next' | 'submit' | 'result'; readonly no: number };

const KINDS = { b: 'back', n: 'next', s: 'submit', r: 'result' } as const;
const CODES = { back: 'b', next: 'n', submit: 's', result: 'r' } as const;

export function examAnswerId(examId: string, no: number, choiceIndex: number): string {
  return `exam:${examId}:${no}:${choiceIndex}`;
}

export function examActionId(examId: string, kind: 'back' | 'next' | 'submit' | 'result', no: number): string {
  return `exam:${examId}:${no}:${CODES[kind]}`;
}

/** Undefined for anything that is not an exam button id this version hands out. */
export function parseExamAction(actionId: string): ExamAction | undefined {
  const match = /^exam:([A-Za-z0-9-]{1,64}):(\d{1,3}):(\d{1,2}|[bnsr])$/.exec(actionId);
  if (!match) return undefined;
  const [, examId = '', no, what = ''] = match;
  if (/^\d+$/.test(what)) return { examId, kind: 'answer', no: Number(no), choiceIndex: Number(what) };
  const kind = KINDS[what as keyof typeof KINDS];
  return { examId, kind, no: Number(no) };
}
