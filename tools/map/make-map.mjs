#!/usr/bin/env node
// Generates data/map/us.svg and data/map/us-map.json for Electors.
//
//   cd tools/map && npm ci && node make-map.mjs
//
// Geometry: us-atlas states-albers-10m.json (US Census Bureau cartographic
// boundary files, already projected with d3.geoAlbersUsa into a 975x610
// viewport).  This script keeps that coordinate space for the states, adds
// callout boxes for the small north-eastern states and DC off the Atlantic
// coast, and boxes for the Maine and Nebraska congressional districts, then
// computes label anchors, label room and hit-testing rings for every unit.
// After writing both files it runs the checks in check-map.mjs.
//
// Options:
//   --out DIR        write into DIR instead of ../../data/map
//   --no-check       skip the checks

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { geoAlbersUsa, geoPath } from 'd3-geo';
import {
  pointInShape, signedDist, shapeBBox, ringArea, rectInsideShape,
} from './geom.mjs';
import { checkMap } from './check-map.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- options --
const argv = process.argv.slice(2);
let outDir = resolve(here, '../../data/map');
let runCheck = true;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--out') outDir = resolve(argv[++i]);
  else if (argv[i] === '--no-check') runCheck = false;
  else {
    console.error(`unknown option ${argv[i]}`);
    process.exit(2);
  }
}

// ------------------------------------------------------------ the source --
const atlasPkg = JSON.parse(readFileSync(require.resolve('us-atlas/package.json'), 'utf8'));
const topology = JSON.parse(readFileSync(require.resolve('us-atlas/states-albers-10m.json'), 'utf8'));
const states = feature(topology, topology.objects.states).features;

// The projection us-atlas used for the *-albers-10m files (see its README);
// used here only to place the leader targets given as longitude/latitude.
const projection = geoAlbersUsa().scale(1300).translate([487.5, 305]);

// FIPS state code -> USPS postal code.
const POSTAL = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO',
  '09': 'CT', '10': 'DE', '11': 'DC', '12': 'FL', '13': 'GA', '15': 'HI',
  '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY',
  '22': 'LA', '23': 'ME', '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN',
  '28': 'MS', '29': 'MO', '30': 'MT', '31': 'NE', '32': 'NV', '33': 'NH',
  '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH',
  '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI', '45': 'SC', '46': 'SD',
  '47': 'TN', '48': 'TX', '49': 'UT', '50': 'VT', '51': 'VA', '53': 'WA',
  '54': 'WV', '55': 'WI', '56': 'WY',
};

// ---------------------------------------------------------------- layout --
// All sizes in SVG user units (the us-atlas 975x610 space: one unit is one
// pixel when the map is drawn at its natural size).

// Callout boxes: big enough for a two-line label ("NH" over "4") at a
// classroom font size.  Rounded corners with radius BOX_RADIUS.
const CALLOUT_W = 48;
const CALLOUT_H = 32;
// District boxes are a little wider for "NE-1" over "1".
const DISTRICT_W = 56;
const DISTRICT_H = 32;
const BOX_RADIUS = 5;
// Inset of label_room inside a box (keeps text off the rounded corners).
const BOX_PAD = 3;

// Callouts for the states too small to click, in geographic north-to-south
// order (by centroid), stacked off the Atlantic coast.  (x, y) is the
// top-left corner of each box.  Every leader starts at the middle of its
// box's left side; as the column steps down and to the left, following the
// coast, no leader can run through another box, and since the boxes are in
// the same order as the states no two leaders cross (check-map.mjs verifies
// all of this).  VT's box heads the column, below Maine's two district
// boxes; its top-left corner is as low as it can be (y 113) while VT's
// leader, which rises slightly towards its box, still passes more than 5
// units north of New Hampshire's centroid.  A leader points at
// the state's centroid (or, were that outside the state, its visual centre),
// except where `at` gives a [longitude, latitude]: Maryland's centroid lies
// 5 units from DC, so its leader goes to the Eastern Shore near Salisbury
// instead, well apart from the DC and Delaware leaders.
const CALLOUTS = [
  { id: 'VT', x: 966, y: 113 },
  { id: 'NH', x: 958, y: 150 },
  { id: 'MA', x: 950, y: 187 },
  { id: 'RI', x: 942, y: 224 },
  { id: 'CT', x: 934, y: 261 },
  { id: 'NJ', x: 926, y: 298 },
  { id: 'DE', x: 918, y: 335 },
  { id: 'MD', x: 910, y: 372, at: [-75.55, 38.25] },
  { id: 'DC', x: 902, y: 409 },
];

// Congressional district boxes.  `at` is the [longitude, latitude] the
// leader points to (projected with the us-atlas projection); `side` is the
// side of the box the leader leaves from, at the point of that side nearest
// the target (keeping clear of the rounded corners), so that the leaders run
// as straight down or across as they can.  Maine's two boxes sit together
// east of the state, above the callout column and 24 units clear of VT's
// box: ME-2 beside northern Maine, ME-1 below it, nearer the coast.  ME-1's
// leader goes to the mid-coast (Waldoboro, Lincoln County), not to Portland:
// VT's leader has to pass north of Portland to clear New Hampshire's
// centroid, so a leader to Portland would have to start below VT's box.
// Nebraska's sit in a row over Canada north of North Dakota, the nearest
// space that covers no state, west to east (NE-3, NE-1, NE-2) so that their
// leaders do not cross.
const DISTRICTS = [
  { id: 'ME-2', state: 'ME', n: 2, x: 966, y: 20, side: 'left', at: [-68.6, 46.6], where: 'northern Maine' },
  { id: 'ME-1', state: 'ME', n: 1, x: 966, y: 57, side: 'left', at: [-69.38, 44.10], where: 'Waldoboro' },
  { id: 'NE-3', state: 'NE', n: 3, x: 359, y: 22, side: 'bottom', at: [-102.6, 41.7], where: 'western Nebraska' },
  { id: 'NE-1', state: 'NE', n: 1, x: 421, y: 22, side: 'bottom', at: [-96.69, 40.81], where: 'Lincoln' },
  { id: 'NE-2', state: 'NE', n: 2, x: 483, y: 22, side: 'bottom', at: [-96.05, 41.26], where: 'Omaha' },
];

// Hand-tuned label anchors ([x, y] in user units), replacing the computed
// one where it reads badly.  Each must stay inside its state (checked).
// None is needed at present: the computed anchors were checked by eye on a
// rendering (Michigan's falls in the lower peninsula, Florida's in the
// peninsula, Louisiana's in the north of the state, Hawaii's on the Big
// Island, Alaska's in the interior).
const LABEL_NUDGES = {
};

// The insets: Alaska and Hawaii are drawn apart from the lower 48, at
// their own scales, and get thin frames around them, as atlases draw them.
// Each frame is the state's bounding box grown by INSET_PAD, and may be
// grown further to take in a label set in the sea.
const INSET_PAD = 4;
const INSETS = {
  AK: {},
  // Hawaii's islands are too small to carry a label: it sits in the sea
  // south-west of the chain, inside the frame, where it covers no island.
  // The frame's left edge stays clear of Alaska's.
  HI: { label: [250, 589], room: [72, 30], left: 210 },
};

// Label room is searched over these width/height ratios: from a two-line
// label ("KY" over "8", about 0.6) to a one-line one ("KY 8", about 3).
const ROOM_ASPECTS = [0.6, 0.8, 1, 1.25, 1.5, 1.75, 2, 2.5, 3];

// ------------------------------------------------------------- geometry --
const r1 = (v) => Math.round(v * 10) / 10;
const r2 = (v) => Math.round(v * 100) / 100;

// GeoJSON polygon(s) -> list of rings rounded to 0.1 units, consecutive
// duplicates removed, implicitly closed.
function toRings(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings = [];
  for (const poly of polys) {
    for (const ring of poly) {
      const out = [];
      for (const [x, y] of ring) {
        const p = [r1(x), r1(y)];
        const last = out[out.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
      }
      while (out.length > 1 && out[0][0] === out[out.length - 1][0] &&
             out[0][1] === out[out.length - 1][1]) out.pop();
      if (out.length >= 3 && Math.abs(ringArea(out)) > 0) rings.push(out);
    }
  }
  return rings;
}

// A tiny max-heap keyed on `max`.
class Heap {
  constructor() { this.a = []; }
  get size() { return this.a.length; }
  push(v) {
    const a = this.a;
    a.push(v);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p].max >= a[i].max) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l].max > a[m].max) m = l;
        if (r < a.length && a[r].max > a[m].max) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

// Pole of inaccessibility: the point inside the shape farthest from its
// outline (a best-first quadtree search in the spirit of "polylabel").
function visualCentre(rings, seed, precision = 0.05) {
  const bb = shapeBBox(rings);
  const size = Math.min(bb.w, bb.h);
  const cell = (x, y, h) => {
    const d = signedDist(x, y, rings);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const heap = new Heap();
  for (let x = bb.x; x < bb.x + bb.w; x += size) {
    for (let y = bb.y; y < bb.y + bb.h; y += size) {
      heap.push(cell(x + size / 2, y + size / 2, size / 2));
    }
  }
  let best = cell(seed[0], seed[1], 0);
  const mid = cell(bb.x + bb.w / 2, bb.y + bb.h / 2, 0);
  if (mid.d > best.d) best = mid;
  while (heap.size) {
    const c = heap.pop();
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    heap.push(cell(c.x - h, c.y - h, h));
    heap.push(cell(c.x + h, c.y - h, h));
    heap.push(cell(c.x - h, c.y + h, h));
    heap.push(cell(c.x + h, c.y + h, h));
  }
  return { point: [best.x, best.y], radius: best.d };
}

// Side of the largest square centred on (cx, cy) inside the shape.
function squareRoom(cx, cy, rings, limit) {
  let lo = 0;
  let hi = limit;
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (rectInsideShape(cx, cy, mid, mid, rings)) lo = mid;
    else hi = mid;
  }
  return 2 * lo;
}

// The label anchor: start from the pole of inaccessibility (the centre of
// the largest inscribed circle) and move, within half that circle's radius,
// to the point with the largest centred square, which is what a block of
// text needs.  Ties go to the point nearest the pole.
function labelAnchor(rings, seed) {
  const { point: [px, py], radius } = visualCentre(rings, seed);
  const limit = 2 * radius + 1;
  let best = { x: px, y: py, side: squareRoom(px, py, rings, limit), d: 0 };
  const reach = radius / 2;
  const step = Math.max(reach / 8, 0.1);
  for (let dx = -reach; dx <= reach + 1e-9; dx += step) {
    for (let dy = -reach; dy <= reach + 1e-9; dy += step) {
      const d = Math.hypot(dx, dy);
      if (d > reach) continue;
      const side = squareRoom(px + dx, py + dy, rings, limit);
      if (side > best.side + 0.05 || (Math.abs(side - best.side) <= 0.05 && d < best.d)) {
        best = { x: px + dx, y: py + dy, side, d };
      }
    }
  }
  return [best.x, best.y];
}

// Largest (by area) axis-aligned rectangle centred on (cx, cy) that stays
// inside the shape, over the ratios in ROOM_ASPECTS.
function labelRoom(cx, cy, rings) {
  const bb = shapeBBox(rings);
  let best = [0, 0];
  for (const aspect of ROOM_ASPECTS) {
    let lo = 0;
    let hi = Math.max(bb.w, bb.h);
    for (let k = 0; k < 40; k++) {
      const mid = (lo + hi) / 2;
      if (rectInsideShape(cx, cy, mid * aspect, mid, rings)) lo = mid;
      else hi = mid;
    }
    const w = 2 * lo * aspect;
    const h = 2 * lo;
    if (w * h > best[0] * best[1]) best = [w, h];
  }
  return [Math.floor(best[0] * 10) / 10, Math.floor(best[1] * 10) / 10];
}

// Where a leader leaves its box: on the given side, at its middle, or with
// a target, at the point of the side nearest the target that keeps clear of
// the rounded corners.
function boxAnchor(box, side, target = null) {
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const m = BOX_RADIUS;
  const ax = target ? clamp(target[0], box.x + m, box.x + box.w - m) : box.x + box.w / 2;
  const ay = target ? clamp(target[1], box.y + m, box.y + box.h - m) : box.y + box.h / 2;
  switch (side) {
    case 'left': return [box.x, ay];
    case 'right': return [box.x + box.w, ay];
    case 'top': return [ax, box.y];
    case 'bottom': return [ax, box.y + box.h];
    default: throw new Error(`bad side ${side}`);
  }
}

// ------------------------------------------------------------ the units --
const path = geoPath(); // planar: the coordinates are already projected
const shapes = new Map(); // postal code -> {name, rings, bbox, centroid}
for (const f of states) {
  const code = POSTAL[f.id];
  if (!code) throw new Error(`unknown FIPS code ${f.id} (${f.properties.name})`);
  const rings = toRings(f.geometry);
  shapes.set(code, {
    code,
    fips: f.id,
    name: f.properties.name,
    rings,
    bbox: shapeBBox(rings),
    centroid: path.centroid(f),
  });
}
if (shapes.size !== 51) throw new Error(`expected 51 states + DC, got ${shapes.size}`);

const units = [];
const leaders = []; // {id, from, to, district}
const calloutBoxes = [];
const districtBoxes = [];

const calloutOf = new Map(CALLOUTS.map((c) => [c.id, c]));
const codes = [...shapes.keys()].sort();
for (const code of codes) {
  const s = shapes.get(code);
  const unit = {
    id: code,
    name: s.name,
    kind: 'state',
    fips: s.fips,
    shape: code,
    box: null,
    label: null,
    label_room: null,
    bbox: [r2(s.bbox.x), r2(s.bbox.y), r2(s.bbox.w), r2(s.bbox.h)],
    box_rect: null,
    leader: null,
    rings: s.rings,
    inset: null,
  };
  const callout = calloutOf.get(code);
  if (callout) {
    const box = { id: `callout-${code}`, x: callout.x, y: callout.y, w: CALLOUT_W, h: CALLOUT_H };
    // The leader points at the centroid, or at the visual centre when the
    // centroid falls outside the state.
    let target = callout.at ? projection(callout.at) : s.centroid;
    if (!pointInShape(target[0], target[1], s.rings)) {
      if (callout.at) throw new Error(`leader target of ${code} is outside the state`);
      target = visualCentre(s.rings, s.centroid).point;
    }
    const from = boxAnchor(box, 'left');
    const leader = { id: `leader-${code}`, from: from.map(r2), to: target.map(r2) };
    leaders.push(leader);
    calloutBoxes.push(box);
    unit.box = box.id;
    unit.label = [r2(box.x + box.w / 2), r2(box.y + box.h / 2)];
    unit.label_room = [box.w - 2 * BOX_PAD, box.h - 2 * BOX_PAD];
    unit.box_rect = [box.x, box.y, box.w, box.h];
    unit.leader = [...leader.from, ...leader.to];
  } else if (INSETS[code]?.label) {
    unit.label = INSETS[code].label;
    unit.label_room = INSETS[code].room;
  } else {
    const nudge = LABEL_NUDGES[code];
    const anchor = nudge ?? labelAnchor(s.rings, s.centroid);
    if (!pointInShape(anchor[0], anchor[1], s.rings)) {
      throw new Error(`label anchor of ${code} is outside the state`);
    }
    unit.label = anchor.map(r2);
    unit.label_room = labelRoom(unit.label[0], unit.label[1], s.rings);
  }
  const inset = INSETS[code];
  if (inset) {
    let x1 = s.bbox.x - INSET_PAD, y1 = s.bbox.y - INSET_PAD;
    let x2 = s.bbox.x + s.bbox.w + INSET_PAD, y2 = s.bbox.y + s.bbox.h + INSET_PAD;
    if (inset.left !== undefined) x1 = inset.left;
    if (inset.label) {
      const [lx, ly] = inset.label, [rw, rh] = inset.room;
      x1 = Math.min(x1, lx - rw / 2 - 2);
      y1 = Math.min(y1, ly - rh / 2 - 2);
      x2 = Math.max(x2, lx + rw / 2 + 2);
      y2 = Math.max(y2, ly + rh / 2 + 2);
    }
    unit.inset = [r1(x1), r1(y1), r1(x2 - x1), r1(y2 - y1)];
  }
  units.push(unit);
}

// Emit the callouts and their leaders north to south, as listed.
const calloutRank = (id) => CALLOUTS.findIndex((c) => id.endsWith(`-${c.id}`));
calloutBoxes.sort((a, b) => calloutRank(a.id) - calloutRank(b.id));
leaders.sort((a, b) => calloutRank(a.id) - calloutRank(b.id));

for (const d of [...DISTRICTS].sort((a, b) => a.id.localeCompare(b.id))) {
  const s = shapes.get(d.state);
  const box = { id: d.id, x: d.x, y: d.y, w: DISTRICT_W, h: DISTRICT_H };
  const target = projection(d.at);
  if (!pointInShape(target[0], target[1], s.rings)) {
    throw new Error(`leader target of ${d.id} (${d.where}) is outside ${d.state}`);
  }
  const from = boxAnchor(box, d.side, target);
  const leader = { id: `leader-${d.id}`, from: from.map(r2), to: target.map(r2), district: true };
  leaders.push(leader);
  districtBoxes.push(box);
  const ord = d.n === 1 ? '1st' : d.n === 2 ? '2nd' : d.n === 3 ? '3rd' : `${d.n}th`;
  units.push({
    id: d.id,
    name: `${s.name}'s ${ord} congressional district`,
    kind: 'district',
    state: d.state,
    shape: d.id,
    box: d.id,
    label: [r2(box.x + box.w / 2), r2(box.y + box.h / 2)],
    label_room: [box.w - 2 * BOX_PAD, box.h - 2 * BOX_PAD],
    bbox: [box.x, box.y, box.w, box.h],
    box_rect: [box.x, box.y, box.w, box.h],
    leader: [...leader.from, ...leader.to],
    rings: [[[box.x, box.y], [box.x + box.w, box.y], [box.x + box.w, box.y + box.h], [box.x, box.y + box.h]]],
  });
}

// --------------------------------------------------------------- viewBox --
// Keep the us-atlas space (so x = 0..975, y = 0..610 still hold the lower 48
// as usual) and grow it to take in the western Aleutians (which us-atlas
// puts at negative x) and the callouts on the right.
let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
for (const u of units) {
  for (const r of [u.bbox, u.box_rect, u.inset]) {
    if (!r) continue;
    const [x, y, w, h] = r;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + w);
    maxY = Math.max(maxY, y + h);
  }
}
const MARGIN = 3;
const vx = Math.min(0, Math.floor(minX - MARGIN));
const vy = Math.min(0, Math.floor(minY - MARGIN));
const vw = Math.max(975, Math.ceil(maxX + MARGIN)) - vx;
const vh = Math.max(610, Math.ceil(maxY + MARGIN)) - vy;
const viewBox = [vx, vy, vw, vh];

// ------------------------------------------------------------------- SVG --
const fmt = (v) => {
  const s = r1(v).toFixed(1);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
};
const fmt2 = (v) => String(r2(v));

function pathData(rings) {
  return rings.map((ring) =>
    'M' + ring.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join('L') + 'Z').join('');
}

const STATE_ATTRS = 'fill="#d0d0d0" stroke="#ffffff" stroke-width="1" stroke-linejoin="round"';
const BOX_ATTRS = `rx="${BOX_RADIUS}" ry="${BOX_RADIUS}" fill="#d0d0d0" stroke="#909090" stroke-width="1"`;
const INSET_ATTRS = 'fill="none" stroke="#909090" stroke-width="0.8"';
const LEADER_ATTRS = 'fill="none" stroke="#808080" stroke-width="0.8" stroke-linecap="round"';

const lines = [];
lines.push('<?xml version="1.0" encoding="UTF-8"?>');
lines.push(`<!-- Generated by tools/map/make-map.mjs: do not edit by hand.
     State shapes: us-atlas ${atlasPkg.version} states-albers-10m.json (ISC licence),
     from the US Census Bureau cartographic boundary files (2017), projected
     with d3.geoAlbersUsa into the 975x610 us-atlas space.  See data/map/README.md. -->`);
lines.push(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" ` +
  `viewBox="${viewBox.join(' ')}" width="${vw}" height="${vh}">`);
lines.push('<g id="states">');
for (const code of codes) {
  lines.push(`<path id="${code}" class="state" ${STATE_ATTRS} d="${pathData(shapes.get(code).rings)}"/>`);
}
lines.push('</g>');
const leaderLine = (l) =>
  `<line id="${l.id}" class="leader" x1="${fmt2(l.from[0])}" y1="${fmt2(l.from[1])}" ` +
  `x2="${fmt2(l.to[0])}" y2="${fmt2(l.to[1])}" ${LEADER_ATTRS}/>`;
const boxRect = (b, cls) =>
  `<rect id="${b.id}" class="${cls}" x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" ${BOX_ATTRS}/>`;
lines.push('<g id="insets">');
for (const u of units.filter((u) => u.inset)) {
  const [x, y, w, h] = u.inset;
  lines.push(`<rect id="inset-${u.id}" class="inset" x="${x}" y="${y}" width="${w}" height="${h}" ${INSET_ATTRS}/>`);
}
lines.push('</g>');
lines.push('<g id="leaders">');
for (const l of leaders.filter((l) => !l.district)) lines.push(leaderLine(l));
lines.push('</g>');
lines.push('<g id="callouts">');
for (const b of calloutBoxes) lines.push(boxRect(b, 'callout'));
lines.push('</g>');
lines.push('<g id="districts">');
for (const l of leaders.filter((l) => l.district)) lines.push(leaderLine(l));
for (const b of districtBoxes) lines.push(boxRect(b, 'district'));
lines.push('</g>');
lines.push('</svg>');

// ------------------------------------------------------------------ JSON --
const json = [];
json.push('{"format": 1,');
json.push(` "source": ${JSON.stringify(`us-atlas ${atlasPkg.version} states-albers-10m.json (US Census Bureau cartographic boundaries)`)},`);
json.push(` "view_box": ${JSON.stringify(viewBox)},`);
json.push(' "units": [');
units.forEach((u, i) => {
  json.push('  ' + JSON.stringify(u) + (i + 1 < units.length ? ',' : ''));
});
json.push(' ]}');

mkdirSync(outDir, { recursive: true });
const svgPath = join(outDir, 'us.svg');
const jsonPath = join(outDir, 'us-map.json');
writeFileSync(svgPath, lines.join('\n') + '\n');
writeFileSync(jsonPath, json.join('\n') + '\n');
console.log(`wrote ${svgPath}`);
console.log(`wrote ${jsonPath}`);
console.log(`viewBox ${viewBox.join(' ')}`);

if (runCheck) {
  const ok = checkMap(svgPath, jsonPath);
  if (!ok) process.exit(1);
}
