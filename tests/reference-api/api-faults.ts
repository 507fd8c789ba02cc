// The faults the reference API injects, set per run: `--faults SPEC`, comma-separated:
//   latency=MS or latency=MIN-MAX   every answer waits that long
//   500=P, 503=P                    that share of requests fails with that status
//   429=P[:SECONDS]                 that share is refused as too many, with Retry-After (default 1 s)
//   drop-before=P                   that share of connections is cut before the request is handled
//   drop-after=P                    that share is cut after a batch is stored, before the answer
//   hang=P                          that share never answers
//   max-batch=N                     a batch of more than N items is refused with 413
//   clock=SECONDS                   the health endpoint's clock is that far off (e.g. -3600)
//   seed=N                          the random draws, so that a run can be repeated
// P is a share between 0 and 1. A decision is drawn once per request, in this order.

export interface FaultSpec {
  latencyMs: [number, number];
  status500: number;
  status503: number;
  status429: number;
  retryAfterSeconds: number;
  dropBefore: number;
  dropAfter: number;
  hang: number;
  maxBatch: number | null;
  clockOffsetSeconds: number;
  seed: number;
}

export const noFaults: FaultSpec = {
  latencyMs: [0, 0],
  status500: 0,
  status503: 0,
  status429: 0,
  retryAfterSeconds: 1,
  dropBefore: 0,
  dropAfter: 0,
  hang: 0,
  maxBatch: null,
  clockOffsetSeconds: 0,
  seed: 1,
};

export type FaultDecision = 'none' | 'status500' | 'status503' | 'status429' | 'dropBefore' | 'dropAfter' | 'hang';

function share(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new Error(`fault ${name}: expected a share between 0 and 1, got "${text}"`);
  return value;
}

function whole(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`fault ${name}: expected a whole number of at least ${min}, got "${text}"`);
  return value;
}

export function parseFaults(spec: string): FaultSpec {
  const faults: FaultSpec = { ...noFaults, latencyMs: [0, 0] };
  for (const part of spec.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const [name = '', value = ''] = part.split('=');
    switch (name) {
      case 'latency': {
        const [min = '', max = min] = value.split('-');
        faults.latencyMs = [whole(name, min, 0), whole(name, max, 0)];
        if (faults.latencyMs[1] < faults.latencyMs[0]) throw new Error(`fault latency: ${value} is not MIN-MAX`);
        break;
      }
      case '500':
        faults.status500 = share(name, value);
        break;
      case '503':
        faults.status503 = share(name, value);
        break;
      case '429': {
        const [p = '', seconds = '1'] = value.split(':');
        faults.status429 = share(name, p);
        faults.retryAfterSeconds = whole(name, seconds, 0);
        break;
      }
      case 'drop-before':
        faults.dropBefore = share(name, value);
        break;
      case 'drop-after':
        faults.dropAfter = share(name, value);
        break;
      case 'hang':
        faults.hang = share(name, value);
        break;
      case 'max-batch':
        faults.maxBatch = whole(name, value, 1);
        break;
      case 'clock':
        faults.clockOffsetSeconds = Number.isFinite(Number(value)) && value !== '' ? Number(value) : Number.NaN;
        if (Number.isNaN(faults.clockOffsetSeconds)) throw new Error(`fault clock: expected seconds, got "${value}"`);
        break;
      case 'seed':
        faults.seed = whole(name, value, 0);
        break;
      default:
        throw new Error(`unknown fault "${name}" (latency, 500, 503, 429, drop-before, drop-after, hang, max-batch, clock, seed)`);
    }
  }
  const total = faults.status500 + faults.status503 + faults.status429 + faults.dropBefore + faults.dropAfter + faults.hang;
  if (total > 1) throw new Error(`faults add up to more than every request (${total})`);
  return faults;
}

/** Draws each request's fault and latency from a seeded generator (mulberry32): the same seed, the same run. */
export function faultDrawer(faults: FaultSpec): { next: () => FaultDecision; latency: () => number } {
  let state = faults.seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order: [FaultDecision, number][] = [['status500', faults.status500], ['status503', faults.status503], ['status429', faults.status429], ['dropBefore', faults.dropBefore], ['dropAfter', faults.dropAfter], ['hang', faults.hang]];
  return {
    next() {
      let draw = random();
      for (const [decision, p] of order) {
        if (draw < p) return decision;
        draw -= p;
      }
      return 'none';
    },
    latency: () => faults.latencyMs[0] + Math.round(random() * (faults.latencyMs[1] - faults.latencyMs[0])),
  };
}
