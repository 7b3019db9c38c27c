/**
 * Measures the actors stage on UCDP GED Syria headlines (dev data, read-only):
 * how often any actor is recognised, and actor precision/recall against
 * UCDP's actor classes (UCDP names differ from ACLED's, so names are compared
 * by class: "Government of X" = forces of X, "IS", "SDF", "Syrian insurgents"
 * = any other non-state armed group, named groups = the same class).
 *   npx esbuild scripts/actors-ucdp.ts --bundle --platform=node --outfile=/tmp/a.js && node /tmp/a.js [FILE] [--focus SY]
 */
import { readFileSync } from 'node:fs';
import { emptyDoc } from '../src/pipeline/stages';
import { normalizeText } from '../src/text/normalize';
import { splitSentences } from '../src/text/sentences';
import { assignRoles, findActors, loadActorDictionary } from '../src/actors';
import { findTriggers } from '../src/events/triggers';
import type { ActorMention } from '../src/pipeline/doc';
import { nlp } from '../src/util/lazy';

interface GoldEvent { actor1: string | null; actor2: string | null }
interface GoldArticle { id: string; published: string; text: string; events: GoldEvent[] }

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && a !== 'SY') ?? '/work/shared/eval/dev/ucdp-syria-headlines.jsonl';
const focus = args.includes('--focus') ? (args[args.indexOf('--focus') + 1] ?? null) : null;

type ActorClass = string;

/** UCDP actor name -> class. */
function goldClass(name: string): ActorClass {
  const gov = /^Government of (.+)$/.exec(name);
  if (gov) return `state:${gov[1]!.replace('United States of America', 'United States')}`;
  if (name === 'IS') return 'IS';
  if (name === 'SDF') return 'SDF';
  if (name === 'Civilians') return 'civilians';
  return 'insurgents';
}

const SDF_NAMES = new Set(['Syrian Democratic Forces', "People's Protection Units", "Women's Protection Units", 'Manbij Military Council', 'Asayish']);

/** Our mention -> class, or null when it has no UCDP counterpart. */
function ourClass(m: ActorMention): ActorClass | null {
  const forces = /^(?:Military|Police) Forces of (.+?)(?: \(\d{4}-(?:\d{4})?\))?$/.exec(m.name);
  if (forces) return `state:${forces[1]}`;
  if (m.name.startsWith('Islamic State')) return 'IS';
  if (SDF_NAMES.has(m.name)) return 'SDF';
  if (m.type === 'civilians') return 'civilians';
  if (m.type === 'rebel_group' || m.type === 'political_militia' || m.type === 'identity_militia') return 'insurgents';
  return null;
}

const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
const t0 = process.hrtime.bigint();
const dict = loadActorDictionary();
const tLoad = Number(process.hrtime.bigint() - t0) / 1e6;
nlp(); // loaded outside the scan timing: the claimant rule may need it
let anyHit = 0;
let goldTotal = 0;
let goldFound = 0;
let predTotal = 0;
let predCorrect = 0;
let chars = 0;
let scanNs = 0n;
/** Roles on the headline's first trigger (events team's trigger table), compared by class. */
const roles = { events: 0, withTrigger: 0, actor1: 0, actor2: 0, both: 0, swapped: 0, found: 0, foundRight: 0 };
const missed = new Map<string, number>();
const wrong = new Map<string, number>();

for (const line of lines) {
  const a = JSON.parse(line) as GoldArticle;
  const doc = emptyDoc({ text: a.text, published: a.published });
  doc.text = normalizeText(a.text);
  doc.sentences = splitSentences(doc.text);
  doc.focusCountry = focus;
  doc.reference = { value: a.published, source: 'option', span: null };
  const s = process.hrtime.bigint();
  const mentions = findActors(doc, dict);
  scanNs += process.hrtime.bigint() - s;
  chars += a.text.length;
  if (mentions.length > 0) anyHit++;
  const gold = new Set<ActorClass>();
  for (const e of a.events) for (const n of [e.actor1, e.actor2]) if (n) gold.add(goldClass(n));
  const pred = new Set(mentions.map(ourClass).filter((c): c is ActorClass => c !== null));
  goldTotal += gold.size;
  predTotal += pred.size;
  for (const g of gold) if (pred.has(g)) goldFound++; else missed.set(g, (missed.get(g) ?? 0) + 1);
  for (const p of pred) if (gold.has(p)) predCorrect++; else wrong.set(p, (wrong.get(p) ?? 0) + 1);

  const event = a.events[0];
  if (!event) continue;
  roles.events++;
  doc.actors = mentions;
  const trigger = findTriggers(doc)[0];
  if (!trigger) continue;
  roles.withTrigger++;
  const r = assignRoles(doc, trigger, doc.sentences.map((x) => x.index));
  const c1 = r.actor1 ? ourClass(r.actor1) : null;
  const c2 = r.actor2 ? ourClass(r.actor2) : null;
  const g1 = event.actor1 ? goldClass(event.actor1) : null;
  const g2 = event.actor2 ? goldClass(event.actor2) : null;
  // UCDP's side A is the government whenever one takes part, not the side that acted:
  // so also count, per gold actor that the headline names, whether roles put it on either side.
  for (const g of [g1, g2]) {
    if (!g || !pred.has(g)) continue;
    roles.found++;
    if (c1 === g || c2 === g) roles.foundRight++;
  }
  if (c1 === g1) roles.actor1++;
  if (c2 === g2) roles.actor2++;
  if (c1 === g1 && c2 === g2) roles.both++;
  else if (c1 === g2 && c2 === g1 && c1 !== null) roles.swapped++;
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
const top = (m: Map<string, number>): string => [...m.entries()].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`${file}: ${lines.length} headlines, focus ${focus ?? 'none'}`);
console.log(`any actor recognised: ${anyHit}/${lines.length} (${pct(anyHit, lines.length)})`);
console.log(`actor classes: recall ${goldFound}/${goldTotal} (${pct(goldFound, goldTotal)}), precision ${predCorrect}/${predTotal} (${pct(predCorrect, predTotal)})`);
console.log(`roles on ${roles.withTrigger}/${roles.events} headlines with a trigger: actor1 ${pct(roles.actor1, roles.withTrigger)}, actor2 ${pct(roles.actor2, roles.withTrigger)}, both ${pct(roles.both, roles.withTrigger)}, both but swapped ${pct(roles.swapped, roles.withTrigger)}; gold actors named in the headline that roles kept: ${roles.foundRight}/${roles.found} (${pct(roles.foundRight, roles.found)})`);
console.log(`missed: ${top(missed)}`);
console.log(`extra: ${top(wrong)}`);
console.log(`dictionary load ${tLoad.toFixed(0)} ms (${dict.size} entries); scan ${(Number(scanNs) / 1e6).toFixed(0)} ms for ${chars} chars = ${(chars / (Number(scanNs) / 1e9) / 1e6).toFixed(2)} MB/s`);
