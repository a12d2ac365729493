#!/usr/bin/env node
// Scores one results file of played stories against the labels in stories.json and prints the
// table of /work/shared/STORIES.md as Markdown (see README.md next to this file).
//
//   node rules/stories/score.mjs [--stories FILE] RESULTS.jsonl
//
// Exit codes follow the project's: 0 table printed, 2 usage, 4 malformed results or stories,
// 5 a file that cannot be read.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const USAGE = 'usage: node rules/stories/score.mjs [--stories FILE] RESULTS.jsonl';
const ORDER = ['self-care', 'routine', 'soon', 'urgent', 'emergency']; // least to most urgent

class Failure extends Error {
  constructor(code, message) { super(message); this.code = code; }
}

function parseArgs(argv) {
  let stories = join(dirname(fileURLToPath(import.meta.url)), 'stories.json');
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--stories' && i + 1 < argv.length) stories = argv[++i];
    else if (argv[i] === '-h' || argv[i] === '--help') { console.log(USAGE); process.exit(0); }
    else if (argv[i].startsWith('-')) throw new Failure(2, `unknown option ${argv[i]}; ${USAGE}`);
    else rest.push(argv[i]);
  }
  if (rest.length !== 1) throw new Failure(2, USAGE);
  return { stories, results: rest[0] };
}

function read(file) {
  try { return readFileSync(file, 'utf8'); }
  catch (e) { throw new Failure(5, `${file}: cannot read (${e.code ?? e.message})`); }
}

// A clinician is written "orthopedist" or "orthopedist (spine surgeon)"; results may also use
// "orthopedist: spine surgeon", "orthopedist - spine surgeon" or {who, specialty}.
function clinician(value) {
  if (value && typeof value === 'object') {
    return { who: norm(value.who ?? value.see ?? ''), specialty: value.specialty ? norm(value.specialty) : null };
  }
  const m = String(value).match(/^\s*([^(:/]+?)\s*(?:\((.*)\)|[:/]\s*(.*)|\s-\s+(.*))?\s*$/);
  if (!m) return { who: norm(value), specialty: null };
  const specialty = m[2] ?? m[3] ?? m[4];
  return { who: norm(m[1]), specialty: specialty ? norm(specialty) : null };
}
const norm = (s) => String(s).trim().toLowerCase().replace(/[\s_]+/g, '-');

// A specialty is compared only when both the label and the result name one.
function seeAccepted(label, see) {
  const got = clinician(see);
  return label.see.some((l) => {
    const want = clinician(l);
    return want.who === got.who && (!want.specialty || !got.specialty || want.specialty === got.specialty);
  });
}

// `soon` (within days) is accepted wherever `urgent` or `routine` is: it lies between them.
function acceptedUrgencies(label) {
  const set = new Set(label.urgency.map(norm));
  if (set.has('urgent') || set.has('routine')) set.add('soon');
  return set;
}
const urgencyAccepted = (label, urgency) => acceptedUrgencies(label).has(norm(urgency));
const accepted = (label, r) => seeAccepted(label, r.see) && urgencyAccepted(label, r.urgency);

function underTriaged(label, urgency) {
  const rank = ORDER.indexOf(norm(urgency));
  const set = acceptedUrgencies(label);
  return !set.has(norm(urgency)) && [...set].every((u) => ORDER.indexOf(u) > rank);
}

const same = (a, b) => clinician(a.see).who === clinician(b.see).who
  && clinician(a.see).specialty === clinician(b.see).specialty && norm(a.urgency) === norm(b.urgency);

function loadStories(file) {
  let list;
  try { list = JSON.parse(read(file)); }
  catch (e) { if (e instanceof Failure) throw e; throw new Failure(4, `${file}: not valid JSON (${e.message})`); }
  if (!Array.isArray(list)) throw new Failure(4, `${file}: expected a JSON array of stories`);
  const byId = new Map();
  list.forEach((s, i) => {
    const ok = s && typeof s.id === 'string' && s.label && Array.isArray(s.label.see) && Array.isArray(s.label.urgency)
      && s.label.see.length > 0 && s.label.urgency.every((u) => ORDER.includes(norm(u))) && s.label.urgency.length > 0;
    if (!ok) throw new Failure(4, `${file}: story ${i + 1}${s?.id ? ` (${s.id})` : ''}: expected id and label {see: [...], urgency: [${ORDER.join(' | ')}]}`);
    if (byId.has(s.id)) throw new Failure(4, `${file}: story ${i + 1}: duplicate id ${s.id}`);
    byId.set(s.id, s);
  });
  return byId;
}

function loadResults(file, stories) {
  const seenAt = new Map();
  const results = [];
  read(file).split(/\r?\n/).forEach((text, i) => {
    const where = `${file}:${i + 1}`;
    if (text.trim() === '') return;
    let r;
    try { r = JSON.parse(text); }
    catch (e) { throw new Failure(4, `${where}: not valid JSON (${e.message})`); }
    if (!r || typeof r !== 'object' || Array.isArray(r)) throw new Failure(4, `${where}: expected a JSON object per line`);
    for (const key of ['id', 'see', 'urgency']) {
      if (r[key] === undefined || r[key] === null || r[key] === '') throw new Failure(4, `${where}: missing "${key}"`);
    }
    if (!stories.has(r.id)) throw new Failure(4, `${where}: no story with id "${r.id}" in the stories file`);
    if (seenAt.has(r.id)) throw new Failure(4, `${where}: story ${r.id} already scored at line ${seenAt.get(r.id)}`);
    if (!ORDER.includes(norm(r.urgency))) throw new Failure(4, `${where}: urgency "${r.urgency}" is not one of ${ORDER.join(', ')}`);
    if (r.tempted !== undefined && !Array.isArray(r.tempted)) throw new Failure(4, `${where}: "tempted" must be a list`);
    (r.tempted ?? []).forEach((t, j) => {
      if (!t || !t.leads_to || !t.leads_to.see || !t.leads_to.urgency) {
        throw new Failure(4, `${where}: tempted[${j}] needs leads_to {see, urgency}`);
      }
    });
    seenAt.set(r.id, i + 1);
    results.push(r);
  });
  return results;
}

const show = (r) => `${clinician(r.see).who}${clinician(r.see).specialty ? ` (${clinician(r.see).specialty})` : ''}, ${norm(r.urgency)}`;
const expected = (label) => `${label.see.join(' | ')}, ${label.urgency.join(' | ')}`;
const pct = (n, d) => (d === 0 ? '-' : `${Math.round((100 * n) / d)} %`);

function score(stories, results) {
  const wrong = [], under = [], fragile = [];
  let emergencyStories = 0, caught = 0;
  for (const r of results) {
    const { label } = stories.get(r.id);
    if (!accepted(label, r)) wrong.push(`${r.id}: got ${show(r)}; label ${expected(label)}`);
    if (underTriaged(label, r.urgency)) under.push(`${r.id}: got ${norm(r.urgency)}; least urgent accepted is ${[...acceptedUrgencies(label)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))[0]}`);
    if (label.urgency.length === 1 && norm(label.urgency[0]) === 'emergency') {
      emergencyStories++;
      if (norm(r.urgency) === 'emergency') caught++;
    }
    const away = (r.tempted ?? []).filter((t) => !accepted(label, t.leads_to) && !same(t.leads_to, r));
    if (away.length > 0) {
      const t = away[0];
      fragile.push(`${r.id}: "${t.choice}" at "${t.question}" leads to ${show(t.leads_to)} (got ${show(r)})${away.length > 1 ? ` and ${away.length - 1} more` : ''}`);
    }
  }
  const n = results.length;
  const lines = [
    '| Figure | Value |',
    '|---|---|',
    `| Stories played | ${n} of ${stories.size} |`,
    `| Right clinician and urgency | ${n - wrong.length} of ${n} (${pct(n - wrong.length, n)}) |`,
    `| Emergencies caught | ${caught} of ${emergencyStories} |`,
    `| Under-triage | ${under.length} |`,
    `| Fragile (a second honest reading changes the result) | ${fragile.length} of ${n} (${pct(fragile.length, n)}) |`,
  ];
  const list = (title, items) => (items.length === 0 ? [] : ['', `**${title}** (${items.length}):`, '', ...items.map((x) => `- ${x}`)]);
  return [...lines, ...list('Wrong', wrong), ...list('Under-triaged', under), ...list('Fragile', fragile)].join('\n');
}

try {
  const args = parseArgs(process.argv.slice(2));
  const stories = loadStories(args.stories);
  console.log(score(stories, loadResults(args.results, stories)));
} catch (e) {
  if (!(e instanceof Failure)) throw e;
  console.error(`score: ${e.message}`);
  process.exit(e.code);
}
