// Host ratings for a migration (Virtual Machine Manager's Select Host: stars 0–5 and the Rating
// Explanation), as GET /clusters/{name}/roles/{role}/host-ratings answers. The rule is the
// engine's (src/engine/domains/migration/ratings.ts).
import type { MigrationType } from './facts';

/** Ratings are in half stars, as VMM draws them. */
export const RATING_STARS_MAX = 5;
export const RATING_STEP = 0.5;

export interface HostRating {
  /** The node's name. */
  node: string;
  /** 0 to 5 in half stars; 0: the machine cannot go there (see `reasons`). */
  stars: number;
  /** The Rating Explanation: why it cannot (stars 0), or what lowered or set the rating. */
  reasons: string[];
}

export interface HostRatingsAnswer {
  cluster: string;
  role: string;
  vm: string;
  /** The node that owns the role now. */
  source: string | null;
  memoryBytes: number;
  /** Every other node of the cluster, in node order, rated for each transfer type. */
  ratings: Record<MigrationType, HostRating[]>;
}
