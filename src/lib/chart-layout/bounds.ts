/** A box in pixels: where the plot, a label or a mark sits. Plain data, never changed once made. */
export interface Bounds {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export const bounds = (left: number, top: number, right: number, bottom: number): Bounds => ({
  left,
  top,
  right,
  bottom,
});

export const boundsWidth = (b: Bounds): number => b.right - b.left;
export const boundsHeight = (b: Bounds): number => b.bottom - b.top;

/** The box grown by `dx` on each side and `dy` above and below (shrunk for negative values). */
export const padded = (b: Bounds, dx: number, dy: number): Bounds =>
  bounds(b.left - dx, b.top - dy, b.right + dx, b.bottom + dy);

/** Whether two boxes share any area (touching edges do not count). */
export const overlaps = (a: Bounds, b: Bounds): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
