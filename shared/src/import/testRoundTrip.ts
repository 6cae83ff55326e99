/**
 * Test helper: a postmortem document as a round trip (export → import → export) must
 * give it back. What must differ is left out or renamed:
 * - `generatedAt`, `board.id`, `board.createdAt`: the new board is another board, made
 *   at another time;
 * - cluster ids: the new board's clusters are new entities; they are renamed by their
 *   first appearance (`cluster-1`...), so every reference to one must still agree;
 * - the ids of cards, timeline events and action items: new entities too, so left out;
 * - `ownerConfirmed`: an owner's confirmation is their own word on an instance, which
 *   an import cannot give (import/writePostmortem.ts lists it as not imported).
 */
import type { ExportCard, PostmortemDocument } from '../export/document.ts';

/** The value without its `id`. */
const noId = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
const cards = (list: readonly ExportCard[]) => list.map(noId);

export function comparable(doc: PostmortemDocument) {
  const names = new Map<string, string>();
  const rename = (id: string | null): string | null => {
    if (id === null) return null;
    if (!names.has(id)) names.set(id, `cluster-${names.size + 1}`);
    return names.get(id)!;
  };
  const { generatedAt: _g, board, ...rest } = doc;
  return {
    ...rest,
    board: { template: board.template },
    timeline: { ...doc.timeline, events: doc.timeline.events.map(noId) },
    resolution: { ...doc.resolution, steps: doc.resolution.steps.map(noId) },
    retrospective: {
      ...doc.retrospective,
      columns: doc.retrospective.columns.map((c) => ({
        ...c,
        clusters:
          c.clusters?.map((k) => ({ ...k, id: rename(k.id), cards: cards(k.cards) })) ?? null,
        cards: cards(c.cards),
      })),
    },
    rootCauses: doc.rootCauses?.map((r) => ({ ...r, clusterId: rename(r.clusterId) })) ?? null,
    lessons: doc.lessons?.map((l) => ({ ...l, clusterId: rename(l.clusterId) })) ?? null,
    actionItems:
      doc.actionItems?.map(({ ownerConfirmed: _o, id: _id, ...a }) => ({
        ...a,
        addresses: a.addresses && { ...a.addresses, clusterId: rename(a.addresses.clusterId) },
      })) ?? null,
  };
}
