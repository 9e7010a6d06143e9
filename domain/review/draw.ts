/**
 * 随机抽取评审专家并回避: a panel per award is drawn at random from the expert pool, filtered by specialty,
 * without anyone conflicted with the award's candidates. The draw is reproducible: the server commits to a
 * random seed (recording its hash before the draw) and reveals it afterwards, and the draw is this
 * deterministic function of the seed and the pool, so anyone can recompute the panel.
 *
 * The order: the eligible experts sorted by id, shuffled by Fisher–Yates (from the last position down to
 * the second, each swapped with a position drawn uniformly from those up to it) with xoshiro128** seeded by
 * the seed's first 128 bits; uniform draws by rejection (no modulo bias). The panel is the first `size` of
 * that order; an expert who declines is replaced by the next one in the same order.
 */

export interface PoolExpert {
  id: string;
  /** Occupations or fields the expert reviews (职业（工种）, 专业). */
  specialties: readonly string[];
}

export interface DrawRequest {
  /** 32 bytes as 64 hexadecimal characters, drawn at random by the server and committed to before the draw. */
  seed: string;
  pool: readonly PoolExpert[];
  /** The award's specialties: an expert qualifies with any of them; empty: every expert does. */
  specialties: readonly string[];
  /** Experts in conflict with any of the award's candidates (回避): never drawn. */
  conflicted: ReadonlySet<string>;
  /** Experts who declined: passed over, the next in the order takes their place. */
  declined?: ReadonlySet<string>;
  size: number;
}

export interface DrawResult {
  /** The panel, in the order drawn. */
  panel: string[];
  /** The whole order of the eligible experts, from which the panel and any replacement are taken. */
  order: string[];
  /** Fewer eligible experts than seats: the panel is short by this many. */
  short: number;
}

export function isSeed(seed: string): boolean {
  return /^[0-9a-f]{64}$/.test(seed);
}

/** The eligible experts of the pool: of a specialty asked for, and not conflicted. */
export function eligibleExperts(request: Omit<DrawRequest, 'seed' | 'size' | 'declined'>): string[] {
  const wanted = new Set(request.specialties);
  return request.pool
    .filter((e) => !request.conflicted.has(e.id))
    .filter((e) => wanted.size === 0 || e.specialties.some((s) => wanted.has(s)))
    .map((e) => e.id)
    .sort();
}

export function drawPanel(request: DrawRequest): DrawResult {
  if (!isSeed(request.seed)) throw new TypeError('the seed is 64 lowercase hexadecimal characters');
  const order = eligibleExperts(request);
  const random = xoshiro128(request.seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = uniformBelow(random, i + 1);
    [order[i], order[j]] = [order[j] as string, order[i] as string];
  }
  const declined = request.declined ?? new Set<string>();
  const panel = order.filter((id) => !declined.has(id)).slice(0, request.size);
  return { panel, order, short: Math.max(0, request.size - panel.length) };
}

/** xoshiro128** (Blackman and Vigna), 32-bit outputs, seeded with four words of the seed. */
export function xoshiro128(seed: string): () => number {
  const s = [0, 1, 2, 3].map((k) => Number.parseInt(seed.slice(k * 8, k * 8 + 8), 16) >>> 0);
  // an all-zero state would stay zero
  if (!s.some((word) => word !== 0)) s[0] = 1;
  const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;
  return () => {
    const [s0 = 0, s1 = 0, s2 = 0, s3 = 0] = s;
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    let n2 = (s2 ^ s0) >>> 0;
    let n3 = (s3 ^ s1) >>> 0;
    const n1 = (s1 ^ n2) >>> 0;
    const n0 = (s0 ^ n3) >>> 0;
    n2 = (n2 ^ t) >>> 0;
    n3 = rotl(n3, 11);
    s[0] = n0;
    s[1] = n1;
    s[2] = n2;
    s[3] = n3;
    return result;
  };
}

/** A uniform integer in [0, bound) from 32-bit draws, by rejection of the incomplete last block. */
function uniformBelow(next: () => number, bound: number): number {
  const limit = 2 ** 32 - (2 ** 32 % bound);
  for (;;) {
    const value = next();
    if (value < limit) return value % bound;
  }
}
