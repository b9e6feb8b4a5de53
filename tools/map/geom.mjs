// Small planar geometry helpers shared by make-map.mjs and check-map.mjs.
// A "ring" is an array of [x, y] points, implicitly closed (the last point is
// not repeated).  A "shape" is an array of rings, interpreted with the
// even-odd rule (so holes and multi-part states need no special handling).
// A "rect" is {x, y, w, h}.

// Even-odd point-in-shape test (ray casting towards +x).
export function pointInShape(px, py, rings) {
  let inside = false;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if ((yi > py) !== (yj > py) &&
          px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
  }
  return inside;
}

// Squared distance from point p to segment a-b.
function segDist2(px, py, ax, ay, bx, by) {
  let dx = bx - ax;
  let dy = by - ay;
  let x = ax;
  let y = ay;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

// Distance from a point to the outline of a shape.
export function distToOutline(px, py, rings) {
  let best = Infinity;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const d = segDist2(px, py, ring[j][0], ring[j][1], ring[i][0], ring[i][1]);
      if (d < best) best = d;
    }
  }
  return Math.sqrt(best);
}

// Positive inside the shape, negative outside.
export function signedDist(px, py, rings) {
  const d = distToOutline(px, py, rings);
  return pointInShape(px, py, rings) ? d : -d;
}

export function shapeBBox(rings) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

// Signed area of a ring (shoelace).
export function ringArea(ring) {
  let a = 0;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return a / 2;
}

// Does segment a-b touch the closed rectangle r?  (Liang-Barsky clipping.)
export function segmentHitsRect(ax, ay, bx, by, r) {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const p = [-dx, dx, -dy, dy];
  const q = [ax - r.x, r.x + r.w - ax, ay - r.y, r.y + r.h - ay];
  for (let k = 0; k < 4; k++) {
    if (p[k] === 0) {
      if (q[k] < 0) return false;
    } else {
      const t = q[k] / p[k];
      if (p[k] < 0) {
        if (t > t1) return false;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return false;
        if (t < t1) t1 = t;
      }
    }
  }
  return true;
}

// Does the shape's area or outline touch the rectangle?
export function shapeHitsRect(rings, r) {
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      if (segmentHitsRect(ring[j][0], ring[j][1], ring[i][0], ring[i][1], r)) {
        return true;
      }
    }
  }
  // No edge touches the rectangle: either it is entirely inside or entirely
  // outside the shape.
  return pointInShape(r.x + r.w / 2, r.y + r.h / 2, rings);
}

export function rectsOverlap(a, b, gap = 0) {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap &&
         a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

export function inflate(r, m) {
  return { x: r.x - m, y: r.y - m, w: r.w + 2 * m, h: r.h + 2 * m };
}

function orient(ax, ay, bx, by, cx, cy) {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

// Proper or touching intersection of two segments.
export function segmentsIntersect(a, b, c, d) {
  const o1 = orient(a[0], a[1], b[0], b[1], c[0], c[1]);
  const o2 = orient(a[0], a[1], b[0], b[1], d[0], d[1]);
  const o3 = orient(c[0], c[1], d[0], d[1], a[0], a[1]);
  const o4 = orient(c[0], c[1], d[0], d[1], b[0], b[1]);
  if (o1 !== o2 && o3 !== o4) return true;
  const on = (p, q, r) =>
    Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  if (o1 === 0 && on(a, b, c)) return true;
  if (o2 === 0 && on(a, b, d)) return true;
  if (o3 === 0 && on(c, d, a)) return true;
  if (o4 === 0 && on(c, d, b)) return true;
  return false;
}

// Is the rectangle centred on (cx, cy) with half-sizes (hw, hh) entirely
// inside the shape?
export function rectInsideShape(cx, cy, hw, hh, rings) {
  if (!pointInShape(cx, cy, rings)) return false;
  const r = { x: cx - hw, y: cy - hh, w: 2 * hw, h: 2 * hh };
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      if (segmentHitsRect(ring[j][0], ring[j][1], ring[i][0], ring[i][1], r)) {
        return false;
      }
    }
  }
  return true;
}
