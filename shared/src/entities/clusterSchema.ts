/**
 * The shape of clusters and card placements in the board doc, and their limits. The
 * model and its rules are described in entities/cluster.ts.
 */
import { z } from 'zod';
import { RevealedCardSchema } from './revealedCard.ts';
import { idSchema } from '../ids.ts';

/** Longest cluster name, in characters: a topic, not a sentence. */
export const CLUSTER_NAME_MAX = 80;
/** Most cards one command groups at once. */
export const GROUP_CARDS_MAX = 200;
/** Board coordinates stay within ±this, so a runaway drag cannot store absurd numbers. */
export const BOARD_EXTENT = 1_000_000;

const coordinate = z
  .number({ error: 'A position must be a number' })
  .finite('A position must be a number')
  .min(-BOARD_EXTENT, 'That position is off the board')
  .max(BOARD_EXTENT, 'That position is off the board');

/** A position on the board, in board units (not screen pixels). */
export const PointSchema = z.object({ x: coordinate, y: coordinate });
export type Point = z.infer<typeof PointSchema>;

export const ClusterIdSchema = idSchema('a cluster id');
/** The public id of a revealed card (never the author's own card id). */
export const PlacedCardIdSchema = RevealedCardSchema.shape.id;

export const ClusterNameSchema = z
  .string({ error: 'A cluster name must be text' })
  .trim()
  .max(CLUSTER_NAME_MAX, `A cluster name has at most ${CLUSTER_NAME_MAX} characters`);

export const ClusterSchema = z.object({
  /** Stable random id, also the key in the clusters map; votes and discussions name it. */
  id: ClusterIdSchema,
  /** The topic, as the team named it; blank until someone names it. */
  name: ClusterNameSchema,
  /** Where the cluster sits on the board (its top-left corner). */
  at: PointSchema,
  /** Creation time on the writer's clock, ms; orders clusters (and breaks vote ties). */
  createdAt: z.number().int().nonnegative(),
  /** Set once the cluster was merged into another; it is then never listed again. */
  mergedInto: ClusterIdSchema.optional(),
});
export type Cluster = z.infer<typeof ClusterSchema>;

/** Where one card sits. Stored whole, as one value per card. */
export const PlacementSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cluster'),
    /** The cluster the card is in. */
    clusterId: ClusterIdSchema,
    /** Sort key inside the cluster: later placements come after; card id breaks ties. */
    order: z.number().finite(),
  }),
  z.object({
    kind: z.literal('free'),
    /** The card's position on the board. */
    at: PointSchema,
  }),
]);
export type Placement = z.infer<typeof PlacementSchema>;

/** A listed cluster with its cards, in their order inside it. */
export interface ClusterView extends Cluster {
  readonly cardIds: string[];
}

/** A card in no cluster; `at` is null when nobody has placed it yet (the UI lays it out). */
export interface FreeCard {
  readonly cardId: string;
  readonly at: Point | null;
}

export interface ClusterLayout {
  /** Clusters holding at least one card, oldest first (id breaks ties). */
  readonly clusters: ClusterView[];
  /** Cards in no cluster, in the order the revealed ids were given. */
  readonly free: FreeCard[];
}
