#!/usr/bin/env node
// Checks data/map/us.svg and data/map/us-map.json (make-map.mjs runs this
// after generating them).
//
//   node check-map.mjs [--svg PATH] [--json PATH] [--debug-svg OUT.svg]
//
// --debug-svg writes a copy of the map with the label anchors drawn as dots,
// the label room as dashed rectangles and the unit ids as text, for looking
// at (render it with rsvg-convert; keep it out of the repository).

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  pointInShape, shapeHitsRect, rectsOverlap, inflate, segmentHitsRect,
  segmentsIntersect, distToOutline,
} from './geom.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const SMALL = ['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC'];
const DISTRICT_IDS = ['ME-1', 'ME-2', 'NE-1', 'NE-2', 'NE-3'];
// Minimum clear space required around boxes (user units).
const BOX_CLEARANCE = 2;
// Minimum distance between two leaders, and from a leader to the label
// anchor of a state it passes over (user units).
const MIN_LEADER_GAP = 5;
const MIN_LEADER_TO_LABEL = 10;

function attrs(tag) {
  const out = {};
  for (const m of tag.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:.-]*)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

function parsePath(d) {
  const rings = [];
  let ring = null;
  for (const m of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (m[1] === 'M') {
      ring = [];
      rings.push(ring);
    }
    if (m[1] === 'Z') continue;
    const [x, y] = m[2].split(',').map(Number);
    ring.push([x, y]);
  }
  return rings;
}

export function checkMap(svgPath, jsonPath, debugSvgPath = null) {
  const svg = readFileSync(svgPath, 'utf8');
  const map = JSON.parse(readFileSync(jsonPath, 'utf8'));
  const errors = [];
  const fail = (msg) => errors.push(msg);

  // ---- the SVG itself
  for (const bad of ['<style', '<script', '<text', 'href', 'url(', '<image', '<use']) {
    if (svg.includes(bad)) fail(`svg contains ${bad}`);
  }
  if (/ d="[^"]*[mlhvcsqtaz]/.test(svg)) fail('svg path uses relative or curve commands');
  const viewBox = attrs(svg.match(/<svg[^>]*>/)[0]).viewBox.split(/\s+/).map(Number);
  if (JSON.stringify(viewBox) !== JSON.stringify(map.view_box)) {
    fail(`viewBox ${viewBox} != json view_box ${map.view_box}`);
  }

  const paths = new Map();
  const rects = new Map();
  const lines = new Map();
  const order = [];
  for (const m of svg.matchAll(/<(path|rect|line)\b[^>]*\/>/g)) {
    const a = attrs(m[0]);
    if (m[1] === 'path') paths.set(a.id, { ...a, rings: parsePath(a.d), pos: m.index });
    else if (m[1] === 'rect') rects.set(a.id, { ...a, x: +a.x, y: +a.y, w: +a.width, h: +a.height, pos: m.index });
    else lines.set(a.id, { ...a, from: [+a.x1, +a.y1], to: [+a.x2, +a.y2], pos: m.index });
    order.push({ kind: m[1], cls: a.class, id: a.id, pos: m.index });
  }
  const statePaths = [...paths.values()].filter((p) => p.class === 'state');
  const callouts = [...rects.values()].filter((r) => r.class === 'callout');
  const districts = [...rects.values()].filter((r) => r.class === 'district');
  const leaderLines = [...lines.values()].filter((l) => l.class === 'leader');
  if (statePaths.length !== 51) fail(`${statePaths.length} state paths, expected 51`);
  if (callouts.length !== 9) fail(`${callouts.length} callout boxes, expected 9`);
  if (districts.length !== 5) fail(`${districts.length} district boxes, expected 5`);
  for (const s of SMALL) {
    if (!rects.has(`callout-${s}`)) fail(`missing callout-${s}`);
    if (!lines.has(`leader-${s}`)) fail(`missing leader-${s}`);
  }
  for (const d of DISTRICT_IDS) {
    if (!rects.has(d)) fail(`missing district box ${d}`);
    if (!lines.has(`leader-${d}`)) fail(`missing leader-${d}`);
  }
  // Draw order: states, inset frames, leaders, callouts, then the districts group.
  const lastOf = (pred) => Math.max(...order.filter(pred).map((o) => o.pos));
  const firstOf = (pred) => Math.min(...order.filter(pred).map((o) => o.pos));
  const gStart = svg.indexOf('<g id="districts">');
  const gEnd = svg.indexOf('</g>', gStart);
  if (gStart < 0) fail('no <g id="districts">');
  const inDistricts = (o) => o.pos > gStart && o.pos < gEnd;
  if (lastOf((o) => o.cls === 'state') > firstOf((o) => o.cls === 'leader')) fail('draw order: a state after a leader');
  if (lastOf((o) => o.cls === 'leader' && !inDistricts(o)) > firstOf((o) => o.cls === 'callout')) fail('draw order: a leader after a callout');
  if (lastOf((o) => o.cls === 'callout') > gStart) fail('draw order: a callout after the districts group');
  for (const o of order) {
    if (o.cls === 'district' && !inDistricts(o)) fail(`${o.id} outside <g id="districts">`);
    if (o.id?.startsWith('leader-') && DISTRICT_IDS.includes(o.id.slice(7)) && !inDistricts(o)) {
      fail(`${o.id} outside <g id="districts">`);
    }
  }

  // ---- the JSON and its agreement with the SVG
  if (map.format !== 1) fail('format is not 1');
  const units = map.units;
  const byId = new Map(units.map((u) => [u.id, u]));
  const stateUnits = units.filter((u) => u.kind === 'state');
  const districtUnits = units.filter((u) => u.kind === 'district');
  if (units.length !== 56) fail(`${units.length} units, expected 56`);
  if (stateUnits.length !== 51) fail(`${stateUnits.length} state units, expected 51`);
  if (districtUnits.length !== 5) fail(`${districtUnits.length} district units, expected 5`);
  for (const u of units) {
    for (const k of ['id', 'name', 'kind', 'shape', 'label', 'label_room', 'bbox', 'rings']) {
      if (u[k] === undefined || u[k] === null) fail(`${u.id}: missing ${k}`);
    }
    if (u.kind === 'state') {
      const p = paths.get(u.shape);
      if (!p) fail(`${u.id}: no <path id="${u.shape}">`);
      else if (JSON.stringify(p.rings) !== JSON.stringify(u.rings)) fail(`${u.id}: json rings differ from the svg path`);
    }
    if (u.box) {
      const r = rects.get(u.box);
      if (!r) fail(`${u.id}: no <rect id="${u.box}">`);
      else if (JSON.stringify([r.x, r.y, r.w, r.h]) !== JSON.stringify(u.box_rect)) fail(`${u.id}: box_rect differs from the svg`);
      const [bx, by, bw, bh] = u.box_rect;
      const [lx, ly] = u.label;
      if (Math.abs(lx - (bx + bw / 2)) > 0.01 || Math.abs(ly - (by + bh / 2)) > 0.01) fail(`${u.id}: label is not the box centre`);
      if (u.label_room[0] > bw || u.label_room[1] > bh) fail(`${u.id}: label_room larger than its box`);
    }
    const [vx, vy, vw, vh] = map.view_box;
    const [x, y, w, h] = u.bbox;
    if (x < vx || y < vy || x + w > vx + vw || y + h > vy + vh) fail(`${u.id}: outside the viewBox`);
    if (u.box_rect) {
      const [x2, y2, w2, h2] = u.box_rect;
      if (x2 < vx || y2 < vy || x2 + w2 > vx + vw || y2 + h2 > vy + vh) fail(`${u.id}: box outside the viewBox`);
    }
  }
  for (const s of SMALL) if (byId.get(s)?.box !== `callout-${s}`) fail(`${s} has no callout in the json`);

  // ---- boxes: apart from each other and from every state
  const boxes = [...callouts, ...districts];
  let minBoxGap = Infinity;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (rectsOverlap(a, b, BOX_CLEARANCE)) fail(`boxes ${a.id} and ${b.id} overlap or touch`);
      const gx = Math.max(a.x - (b.x + b.w), b.x - (a.x + a.w), 0);
      const gy = Math.max(a.y - (b.y + b.h), b.y - (a.y + a.h), 0);
      minBoxGap = Math.min(minBoxGap, Math.hypot(gx, gy));
    }
  }
  let minStateGap = Infinity;
  for (const b of boxes) {
    for (const p of statePaths) {
      if (shapeHitsRect(p.rings, inflate(b, BOX_CLEARANCE))) fail(`box ${b.id} overlaps state ${p.id}`);
    }
    // Clearance: distance from the box outline to the nearest state vertex
    // or edge, estimated by sampling the box outline.
    for (let t = 0; t <= 1; t += 0.02) {
      for (const [x, y] of [[b.x + t * b.w, b.y], [b.x + t * b.w, b.y + b.h], [b.x, b.y + t * b.h], [b.x + b.w, b.y + t * b.h]]) {
        for (const p of statePaths) minStateGap = Math.min(minStateGap, distToOutline(x, y, p.rings));
      }
    }
  }

  // ---- leaders: each from its own box to a point in its state, crossing
  // no other box and no other leader
  const boxOfLeader = (l) => {
    const id = l.id.slice('leader-'.length);
    return rects.get(SMALL.includes(id) ? `callout-${id}` : id);
  };
  for (const l of leaderLines) {
    const own = boxOfLeader(l);
    if (!own) {
      fail(`${l.id}: no box`);
      continue;
    }
    const onEdge = Math.min(Math.abs(l.from[0] - own.x), Math.abs(l.from[0] - own.x - own.w),
      Math.abs(l.from[1] - own.y), Math.abs(l.from[1] - own.y - own.h)) < 0.02;
    if (!onEdge) fail(`${l.id} does not start on its box's edge`);
    const id = l.id.slice('leader-'.length);
    const stateId = id.slice(0, 2);
    const p = paths.get(stateId);
    if (!pointInShape(l.to[0], l.to[1], p.rings)) fail(`${l.id} does not end inside ${stateId}`);
    for (const b of boxes) {
      if (b === own) continue;
      if (segmentHitsRect(l.from[0], l.from[1], l.to[0], l.to[1], inflate(b, 1))) fail(`${l.id} crosses box ${b.id}`);
    }
  }
  let minLeaderGap = Infinity;
  for (let i = 0; i < leaderLines.length; i++) {
    for (let j = i + 1; j < leaderLines.length; j++) {
      const a = leaderLines[i];
      const b = leaderLines[j];
      if (segmentsIntersect(a.from, a.to, b.from, b.to)) fail(`leaders ${a.id} and ${b.id} cross`);
      const gap = Math.min(
        distToOutline(a.from[0], a.from[1], [[b.from, b.to]]), distToOutline(a.to[0], a.to[1], [[b.from, b.to]]),
        distToOutline(b.from[0], b.from[1], [[a.from, a.to]]), distToOutline(b.to[0], b.to[1], [[a.from, a.to]]));
      if (gap < MIN_LEADER_GAP) fail(`leaders ${a.id} and ${b.id} come within ${gap.toFixed(1)}`);
      minLeaderGap = Math.min(minLeaderGap, gap);
    }
  }
  // Leaders keep off the other states' label anchors (where the app draws
  // text) and off the other boxes.
  let minLeaderToLabel = Infinity;
  let minLeaderToBox = Infinity;
  for (const l of leaderLines) {
    const seg = [[l.from, l.to]];
    for (const u of stateUnits) {
      if (u.box) continue;
      const d = distToOutline(u.label[0], u.label[1], seg);
      if (d < MIN_LEADER_TO_LABEL) fail(`${l.id} passes within ${d.toFixed(1)} of ${u.id}'s label anchor`);
      minLeaderToLabel = Math.min(minLeaderToLabel, d);
    }
    const own = boxOfLeader(l);
    for (const b of boxes) {
      if (b === own) continue;
      const corners = [[b.x, b.y], [b.x + b.w, b.y], [b.x + b.w, b.y + b.h], [b.x, b.y + b.h]];
      let d = Math.min(...corners.map(([x, y]) => distToOutline(x, y, seg)));
      d = Math.min(d, distToOutline(l.from[0], l.from[1], [corners]), distToOutline(l.to[0], l.to[1], [corners]));
      minLeaderToBox = Math.min(minLeaderToBox, d);
    }
  }

  // ---- inset frames: around their state, in the SVG as in the JSON,
  // clear of every other state, box and frame; a label in the sea stays
  // inside its frame and off every island
  const insetUnits = stateUnits.filter((u) => u.inset);
  if (insetUnits.map((u) => u.id).join() !== 'AK,HI') fail('the insets are not AK and HI');
  for (const u of insetUnits) {
    const [fx, fy, fw, fh] = u.inset;
    const r = rects.get(`inset-${u.id}`);
    if (!r || r.class !== 'inset' || r.x !== fx || r.y !== fy || r.w !== fw || r.h !== fh) {
      fail(`${u.id}: the inset frame differs between the SVG and the JSON`);
    }
    const inside = (x, y) => x > fx && x < fx + fw && y > fy && y < fy + fh;
    const [bx, by, bw, bh] = u.bbox;
    if (bx < fx || by < fy || bx + bw > fx + fw || by + bh > fy + fh) fail(`${u.id}: the inset frame cuts the state`);
    for (const v of stateUnits) {
      if (v !== u && v.rings.some((ring) => ring.some(([x, y]) => inside(x, y)))) fail(`${u.id}: ${v.id} is inside its inset frame`);
    }
    for (const b of [...callouts, ...districts]) {
      if (b.x < fx + fw && fx < b.x + b.w && b.y < fy + fh && fy < b.y + b.h) fail(`${u.id}: ${b.id} overlaps its inset frame`);
    }
    for (const v of insetUnits) {
      if (v === u) continue;
      const [vx, vy, vw, vh] = v.inset;
      if (vx < fx + fw && fx < vx + vw && vy < fy + fh && fy < vy + vh) fail(`${u.id}: its inset frame overlaps ${v.id}'s`);
    }
    const [lx, ly] = u.label;
    if (!pointInShape(lx, ly, u.rings)) {
      const [rw, rh] = u.label_room;
      const room = [lx - rw / 2, ly - rh / 2, lx + rw / 2, ly + rh / 2];
      if (room[0] < fx || room[1] < fy || room[2] > fx + fw || room[3] > fy + fh) fail(`${u.id}: the label room leaves the frame`);
      if (u.rings.some((ring) => ring.some(([x, y]) => x > room[0] && x < room[2] && y > room[1] && y < room[3]))) {
        fail(`${u.id}: the label room covers an island`);
      }
    }
  }

  // ---- label anchors of states without a callout: inside their own shape
  // and no other (or, for an inset, in the sea inside its frame)
  for (const u of stateUnits) {
    if (u.box || (u.inset && !pointInShape(u.label[0], u.label[1], u.rings))) continue;
    const [x, y] = u.label;
    if (!pointInShape(x, y, u.rings)) fail(`${u.id}: label anchor outside its shape`);
    for (const v of stateUnits) {
      if (v !== u && pointInShape(x, y, v.rings)) fail(`${u.id}: label anchor inside ${v.id}`);
    }
    if (!(u.label_room[0] > 0 && u.label_room[1] > 0)) fail(`${u.id}: no label room`);
  }

  if (debugSvgPath) writeDebugSvg(svg, map, debugSvgPath);

  const smallRoom = stateUnits.filter((u) => !u.box)
    .sort((a, b) => a.label_room[0] * a.label_room[1] - b.label_room[0] * b.label_room[1])
    .slice(0, 6).map((u) => `${u.id} ${u.label_room[0]}x${u.label_room[1]}`);
  console.log(`check: ${statePaths.length} state paths, ${callouts.length} callouts, ` +
    `${districts.length} district boxes, ${leaderLines.length} leaders, ${units.length} units ` +
    `(${stateUnits.length} state, ${districtUnits.length} district)`);
  console.log(`check: viewBox ${map.view_box.join(' ')}; nearest box-to-box gap ${minBoxGap.toFixed(1)}, ` +
    `nearest box-to-state gap ${minStateGap.toFixed(1)} (at least ${BOX_CLEARANCE} required)`);
  console.log(`check: leaders: nearest leader-to-leader ${minLeaderGap.toFixed(1)}, ` +
    `leader-to-other-box ${minLeaderToBox.toFixed(1)}, leader-to-other-label-anchor ${minLeaderToLabel.toFixed(1)}`);
  console.log(`check: smallest label room: ${smallRoom.join(', ')}`);
  if (errors.length) {
    for (const e of errors) console.error(`FAIL: ${e}`);
    console.log(`check: 0 passed, ${errors.length} failed`);
    return false;
  }
  console.log('check: all map checks passed');
  return true;
}

function writeDebugSvg(svg, map, out) {
  const extra = ['<g id="debug" font-family="sans-serif" font-weight="bold">'];
  for (const u of map.units) {
    const [x, y] = u.label;
    const [w, h] = u.label_room;
    extra.push(`<rect x="${(x - w / 2).toFixed(1)}" y="${(y - h / 2).toFixed(1)}" width="${w}" height="${h}" fill="none" stroke="#0060ff" stroke-width="0.5" stroke-dasharray="2,1"/>`);
    extra.push(`<circle cx="${x}" cy="${y}" r="1.5" fill="#e00000"/>`);
    const size = Math.max(5, Math.min(12, h * 0.45, w / (u.id.length * 0.65)));
    extra.push(`<text x="${x}" y="${(y - 2).toFixed(1)}" font-size="${size.toFixed(1)}" text-anchor="middle" fill="#000">${u.id}</text>`);
  }
  extra.push('</g>');
  writeFileSync(out, svg.replace('</svg>', extra.join('\n') + '\n</svg>'));
  console.log(`wrote ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  let svgPath = resolve(here, '../../data/map/us.svg');
  let jsonPath = resolve(here, '../../data/map/us-map.json');
  let debug = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--svg') svgPath = resolve(argv[++i]);
    else if (argv[i] === '--json') jsonPath = resolve(argv[++i]);
    else if (argv[i] === '--debug-svg') debug = resolve(argv[++i]);
    else {
      console.error(`unknown option ${argv[i]}`);
      process.exit(2);
    }
  }
  process.exit(checkMap(svgPath, jsonPath, debug) ? 0 : 1);
}
