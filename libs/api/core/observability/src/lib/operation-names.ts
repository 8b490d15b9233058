/** What a client may call its operation and still be told apart in metrics and logs. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Distinct operation names one process keeps as label values; later ones are 'other'. */
export const MAX_OPERATION_NAMES = 200;

/**
 * Operation names as metric labels, bounded against hostile clients (who
 * name their operations): a name that is not a plain GraphQL-style name is
 * 'invalid', no name is 'anonymous', and past `max` distinct names every new
 * one is 'other' — so a scrape never grows without bound.
 */
export class OperationNames {
  private readonly seen = new Set<string>();

  constructor(private readonly max = MAX_OPERATION_NAMES) {}

  /** The name for a log line: the client's when well-formed (not capped: a log line costs no series). */
  static plain(name: string | null | undefined): string {
    if (name === null || name === undefined || name === '') return 'anonymous';
    return NAME.test(name) ? name : 'invalid';
  }

  /** The label value for metrics. */
  label(name: string | null | undefined): string {
    const plain = OperationNames.plain(name);
    if (plain === 'anonymous' || plain === 'invalid' || this.seen.has(plain)) return plain;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(plain);
    return plain;
  }
}
