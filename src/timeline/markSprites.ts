import { GEOMETRY } from './chartLayout';
import { shapePath, type Shape } from './shapes';

/** Sprites kept at most; past this (many themes or palettes in one session) they are made again. */
const MAX_SPRITES = 400;

const paths = new Map<Shape, Path2D>();
/** The outline of a mark shape around (0, 0), made once per shape. */
function pathOf(shape: Shape): Path2D {
  let p = paths.get(shape);
  if (!p) paths.set(shape, (p = new Path2D(shapePath(shape, GEOMETRY.radius))));
  return p;
}

/** Draws one mark as paths: centred at (x, y), filled and outlined. */
export function traceMark(ctx: CanvasRenderingContext2D, shape: Shape, x: number, y: number, fill: string, stroke: string, lineWidth: number): void {
  ctx.translate(x, y);
  ctx.fillStyle = fill;
  ctx.fill(pathOf(shape));
  ctx.lineWidth = lineWidth;
  ctx.strokeStyle = stroke;
  ctx.stroke(pathOf(shape));
  ctx.translate(-x, -y);
}

interface Sprite {
  image: CanvasImageSource;
  /** Size in CSS pixels (square). */
  size: number;
}

/**
 * Marks drawn once per shape, colours, line width and pixel ratio, then stamped with drawImage: at 100,000
 * events a zoom frame paints ~500 marks, and a stamp costs the canvas less than filling and outlining a
 * path (to record and to rasterise). A stamp lands on whole device pixels, so it stays as sharp as a
 * path; the mark moves by at most half a device pixel.
 */
export class MarkSprites {
  /** Sprites by pixel ratio, outline colour and width (one family per paint, mostly), then shape and fill. */
  #families = new Map<string, Map<Shape, Map<string, Sprite | null>>>();
  #count = 0;
  /** The family of the last stamp, found again without building its key while the look stays the same. */
  #last: { dpr: number; stroke: string; lineWidth: number; family: Map<Shape, Map<string, Sprite | null>> } | null = null;

  /** Stamps a mark centred at (x, y) in CSS pixels; false when no sprite can be made here (then trace it). */
  stamp(ctx: CanvasRenderingContext2D, dpr: number, shape: Shape, x: number, y: number, fill: string, stroke: string, lineWidth: number): boolean {
    const sprite = this.#get(ctx, dpr, shape, fill, stroke, lineWidth);
    if (!sprite) return false;
    const half = sprite.size / 2;
    ctx.drawImage(sprite.image, Math.round((x - half) * dpr) / dpr, Math.round((y - half) * dpr) / dpr, sprite.size, sprite.size);
    return true;
  }

  #get(ctx: CanvasRenderingContext2D, dpr: number, shape: Shape, fill: string, stroke: string, lineWidth: number): Sprite | null {
    let last = this.#last;
    if (!last || last.dpr !== dpr || last.stroke !== stroke || last.lineWidth !== lineWidth) {
      const key = `${dpr} ${stroke} ${lineWidth}`;
      let family = this.#families.get(key);
      if (!family) this.#families.set(key, (family = new Map()));
      last = this.#last = { dpr, stroke, lineWidth, family };
    }
    let byFill = last.family.get(shape);
    if (!byFill) last.family.set(shape, (byFill = new Map()));
    let sprite = byFill.get(fill);
    if (sprite === undefined) {
      if (this.#count >= MAX_SPRITES) {
        this.#families.clear();
        this.#last = null;
        this.#count = 0;
        return this.#get(ctx, dpr, shape, fill, stroke, lineWidth);
      }
      byFill.set(fill, (sprite = makeSprite(ctx, dpr, shape, fill, stroke, lineWidth)));
      this.#count++;
    }
    return sprite;
  }
}

function makeSprite(ctx: CanvasRenderingContext2D, dpr: number, shape: Shape, fill: string, stroke: string, lineWidth: number): Sprite | null {
  const doc = ctx.canvas.ownerDocument;
  if (!doc) return null;
  // Whole device pixels on a side, with the mark's centre on a pixel corner: room for the outline and
  // its anti-aliasing.
  const device = 2 * Math.ceil((GEOMETRY.radius + lineWidth + 1) * dpr);
  const canvas = doc.createElement('canvas');
  canvas.width = canvas.height = device;
  const g = canvas.getContext('2d');
  if (!g) return null;
  g.scale(dpr, dpr);
  traceMark(g, shape, device / dpr / 2, device / dpr / 2, fill, stroke, lineWidth);
  return { image: canvas, size: device / dpr };
}
