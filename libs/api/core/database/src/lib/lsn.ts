/**
 * A PostgreSQL WAL position ("16/B374D848": two hex halves of a 64-bit
 * number) as a bigint, so positions compare with `<` and `>`. The replica
 * routing compares a user's last commit with a replica's replay position.
 */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text.trim());
  if (!match) throw new Error(`Not a WAL position: ${JSON.stringify(text)}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

/** The position back in PostgreSQL's notation (for logs and Redis). */
export function formatLsn(lsn: bigint): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

/** The later of two positions. */
export function laterLsn(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}
