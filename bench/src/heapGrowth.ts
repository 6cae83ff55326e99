/**
 * What a server's heap grew by between two V8 heap snapshots of the same process: the
 * objects present in the second and not the first (V8 keeps object ids across snapshots
 * of one process), grouped by kind and constructor, largest first. `pnpm bench --heap`
 * uses it to say where the memory of the many-rooms scenario goes, per room.
 *
 * Also a command: `tsx src/heapGrowth.ts before.heapsnapshot after.heapsnapshot [per]`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Growth {
  /** "object:WebSocket", "closure:", "array:(object properties)", … */
  readonly what: string;
  readonly count: number;
  readonly bytes: number;
}

interface Snapshot {
  readonly snapshot: { readonly meta: { node_fields: string[]; node_types: [string[]] } };
  readonly nodes: number[];
  readonly strings: string[];
}

function read(path: string): Snapshot {
  return JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
}

/** Reads each node of a snapshot: its id, and its kind, name and own size. */
function forEachNode(
  snap: Snapshot,
  fn: (id: number, what: () => string, selfSize: number) => void,
): void {
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, idAt, sizeAt] = ['type', 'name', 'id', 'self_size'].map((f) =>
    fields.indexOf(f),
  ) as [number, number, number, number];
  const { nodes, strings } = snap;
  for (let i = 0; i < nodes.length; i += width) {
    const what = () => `${types[nodes[i + typeAt]!]}:${strings[nodes[i + nameAt]!]!.slice(0, 48)}`;
    fn(nodes[i + idAt]!, what, nodes[i + sizeAt]!);
  }
}

/** The new objects of `afterPath` grouped by kind and name, largest total first. */
export function heapGrowth(beforePath: string, afterPath: string): Growth[] {
  const before = new Set<number>();
  forEachNode(read(beforePath), (id) => before.add(id));
  const groups = new Map<string, { count: number; bytes: number }>();
  forEachNode(read(afterPath), (id, what, bytes) => {
    if (before.has(id)) return;
    const key = what();
    const group = groups.get(key) ?? { count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += bytes;
    groups.set(key, group);
  });
  return [...groups]
    .map(([what, g]) => ({ what, ...g }))
    .sort((a, b) => b.bytes - a.bytes || a.what.localeCompare(b.what));
}

/** The top `limit` groups as text lines, with counts and bytes divided by `per`. */
export function formatGrowth(growth: readonly Growth[], per: number, limit = 15): string[] {
  const total = growth.reduce((sum, g) => sum + g.bytes, 0) / per;
  const lines = [`  all new objects: ${total.toFixed(0)} B`];
  for (const g of growth.slice(0, limit)) {
    const bytes = (g.bytes / per).toFixed(0).padStart(7);
    const count = (g.count / per).toFixed(1).padStart(6);
    lines.push(`  ${bytes} B ${count} × ${g.what}`);
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [beforePath, afterPath, per = '1'] = process.argv.slice(2);
  if (!beforePath || !afterPath) {
    process.stderr.write(
      'usage: tsx src/heapGrowth.ts before.heapsnapshot after.heapsnapshot [per]\n',
    );
    process.exit(2);
  }
  process.stdout.write(
    `${formatGrowth(heapGrowth(beforePath, afterPath), Number(per), 40).join('\n')}\n`,
  );
}
