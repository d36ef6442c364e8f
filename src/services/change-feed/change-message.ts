/** What changed, as one process tells the others: ids only; receivers read the rows themselves. */
export interface ChangeMessage {
  /** The sending process's feed id, so a process skips its own messages. */
  readonly origin: string;
  readonly entity: 'candidate' | 'posting';
  readonly ids: readonly number[];
}

/** PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more; 500 ids stay far below. */
const IDS_PER_MESSAGE = 500;

/** Encodes a change as NOTIFY payloads, split so each fits. */
export function encodeChange(message: ChangeMessage): string[] {
  const payloads: string[] = [];
  for (let i = 0; i < message.ids.length; i += IDS_PER_MESSAGE) {
    payloads.push(
      JSON.stringify({
        o: message.origin,
        e: message.entity === 'candidate' ? 'c' : 'p',
        i: message.ids.slice(i, i + IDS_PER_MESSAGE),
      }),
    );
  }
  return payloads;
}

/** Decodes a NOTIFY payload; anything else on the channel is ignored (null). */
export function decodeChange(payload: string | undefined): ChangeMessage | null {
  if (!payload) return null;
  try {
    const raw = JSON.parse(payload) as { o?: unknown; e?: unknown; i?: unknown };
    if (typeof raw.o !== 'string' || (raw.e !== 'c' && raw.e !== 'p') || !Array.isArray(raw.i)) return null;
    const ids = raw.i.filter((id): id is number => Number.isSafeInteger(id) && id > 0);
    return { origin: raw.o, entity: raw.e === 'c' ? 'candidate' : 'posting', ids };
  } catch {
    return null;
  }
}
