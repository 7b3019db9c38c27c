/**
 * Roles for one incident: actor1 is the side that acted (attacker, arresting
 * force, claimant), actor2 the side acted upon or the other side of a clash.
 * Sentence-local: the trigger's sentence decides first, the incident's other
 * sentences only fill what it leaves open. Cue words: data/role-cues.json.
 */
import cues from './data/role-cues.json';
import type { ActorMention, Doc, RoleAssignment, TriggerMention } from '../pipeline/doc';
import { firstTokenAfter, normAt, tokenize, type Token } from './tokens';
import { isClaimAt, speakerVerbAfter } from './sources';
import { genericActorName, NON_STATE_ARMED, possessiveModifier, resolvable } from './generic';
import { GENERIC_RULES } from './generic-rules';
import { applyConventions } from './conventions';
import { tokensBetween } from './doc-tokens';
import { renamed } from './mention';
import { parseNumber } from '../counts/numbers';

const fillers = new Set(cues.nounFillers);
const auxiliaries = new Set(cues.passiveAuxiliaries);
const arrestWords = new Set(cues.arrestWords);
const clashNouns = new Set(cues.clashNouns);
const clashLinks = new Set(cues.clashLinks);
const clashBridge = new Set(cues.clashBridge);
const attackNouns = new Set(cues.attackNouns);
const agentBridge = new Set(cues.agentBridge);
const objectMarkers = new Set(cues.objectMarkers);
const targetMarkers = new Set(cues.targetMarkers);
const determiners = new Set(cues.determiners);
const victimParticiples = new Set(cues.victimParticiples);
const initiatorVerbs = new Set(cues.initiatorVerbs);
const selfPronouns = new Set(cues.selfPronouns);
const reportAdjuncts = new Set(cues.reportAdjuncts);
const selfClaimVerbs = new Set(cues.selfClaimVerbs);
const claimAttackWords = new Set(cues.claimAttackWords);
const coordinators = new Set(cues.coordinators);
const initiatorBridge = new Set(cues.initiatorBridge);

interface Sentence {
  /** The whole document text (offsets are document offsets). */
  text: string;
  toks: Token[];
  mentions: ActorMention[];
}

function sentenceOf(doc: Doc, index: number, mentions = doc.actors.filter((m) => m.sentence === index)): Sentence {
  const s = doc.sentences[index] ?? { start: 0, end: doc.text.length };
  return { text: doc.text, toks: tokensBetween(doc, s.start, s.end), mentions };
}

const isCivilian = (m: ActorMention): boolean => m.type === 'civilians';

/** A speaker that is also the doer: "the SDF reported capturing", "X said it killed". */
function speakerIsAgent(s: Sentence, m: ActorMention, triggerStart: number): boolean {
  if (m.end > triggerStart) return false;
  const after = firstTokenAfter(s.toks, m.end);
  const trigger = firstTokenAfter(s.toks, triggerStart);
  const verb = speakerVerbAfter(s.text, s.toks, m.end, after, trigger + 1);
  if (verb < 0 || verb >= trigger) return false;
  const between = s.toks.slice(verb + 1, trigger);
  if (between.every((t) => agentBridge.has(t.norm))) return true;
  // "The Houthis said (on Tuesday) they fired a missile": the speaker's own pronoun is the subject of the act.
  const subject = between.findIndex((t) => !reportAdjuncts.has(t.norm));
  return subject >= 0 && selfPronouns.has(between[subject]!.norm) && between.length - subject <= cues.selfReportWindow;
}

const agentMarkers = [...cues.passiveMarkers, ...cues.attributionMarkers];

/** The phrase `marker` ends at token `k`. */
function endsWith(s: Sentence, k: number, marker: readonly string[]): boolean {
  return marker.every((w, n) => s.toks[k - marker.length + 1 + n]?.norm === w);
}

/** The mention is preceded by "by" / "at the hands of" / "blamed" (fillers such as "suspected" allowed). */
function afterPassiveMarker(s: Sentence, m: ActorMention, markers: readonly (readonly string[])[] = agentMarkers): boolean {
  let k = firstTokenAfter(s.toks, m.start) - 1;
  while (k >= 0 && fillers.has(s.toks[k]!.norm)) k--;
  return markers.some((marker) => endsWith(s, k, marker));
}

/** "government forces backed by local clan militias": a supporter, within a few words of the support marker. */
function supporting(s: Sentence, m: ActorMention): boolean {
  const at = firstTokenAfter(s.toks, m.start);
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) if (cues.supportMarkers.some((marker) => endsWith(s, k, marker))) return true;
  return false;
}

/** A speaker reporting its own act: "the SDF reported capturing", "X said it had killed". */
function agentSpeaker(s: Sentence, m: ActorMention): boolean {
  const verb = speakerVerbAfter(s.text, s.toks, m.end, firstTokenAfter(s.toks, m.end), s.toks.length);
  const next = s.toks[verb + 1];
  return verb >= 0 && !!next && (next.norm.endsWith('ing') || agentBridge.has(next.norm));
}

/** "eight", "dozens": a figure before the noun. */
const isNumberWord = (raw: string): boolean => /^\p{Ll}+$/u.test(raw) && parseNumber(raw) !== null;

/** "besieging the last ISIS redoubt", "in the SDF camp", "killing eight soldiers": an object phrase, not the subject. */
function inObjectPhrase(s: Sentence, m: ActorMention, markers: ReadonlySet<string> = objectMarkers): boolean {
  let k = firstTokenAfter(s.toks, m.start) - 1;
  while (k >= 0 && (determiners.has(s.toks[k]!.norm) || /^\d/.test(s.toks[k]!.raw) || isNumberWord(s.toks[k]!.raw))) k--;
  return k >= 0 && markers.has(s.toks[k]!.norm);
}

/** "Two soldiers were killed when a bomb struck": the mention is the subject of a passive victim verb. */
function passiveVictim(s: Sentence, m: ActorMention): boolean {
  const k = firstTokenAfter(s.toks, m.end);
  return [k, k + 1].some((j) => auxiliaries.has(s.toks[j]?.norm ?? '') && victimParticiples.has(s.toks[j + 1]?.norm ?? ''));
}

function passiveTrigger(s: Sentence, triggerStart: number): boolean {
  const t = firstTokenAfter(s.toks, triggerStart);
  // "IS targeted Turkish forces": the acronym is no auxiliary.
  const auxiliary = (tok: Token): boolean => auxiliaries.has(tok.norm) && !/^\p{Lu}{2,}$/u.test(tok.raw);
  return [1, 2].some((back) => t - back >= 0 && auxiliary(s.toks[t - back]!));
}

/** "Malian soldiers and Russian mercenaries killed": the first of coordinated subjects leads. */
function headOfCoordination(s: Sentence, before: readonly ActorMention[], m: ActorMention | null): ActorMention | null {
  let head = m;
  while (head) {
    const k = firstTokenAfter(s.toks, head.start) - 1;
    if (!coordinators.has(s.toks[k]?.norm ?? '')) break;
    const previous = before.find((o) => firstTokenAfter(s.toks, o.end) === k && !isCivilian(o));
    if (!previous) break;
    head = previous;
  }
  return head;
}

function claimant(s: Sentence, participants: readonly ActorMention[]): ActorMention | null {
  for (const m of participants) {
    const after = firstTokenAfter(s.toks, m.end);
    for (let k = after; k < Math.min(s.toks.length, after + 3); k++) if (isClaimAt(s.toks, k)) return m;
  }
  return null;
}

interface Roles { actor1: ActorMention | null; actor2: ActorMention | null; rule: string }

function differentFrom(a: ActorMention | null) {
  return (m: ActorMention): boolean => !a || m.name !== a.name;
}

const STATE_RULES = GENERIC_RULES.filter((r) => r.type === 'state_forces');

/** "Military Forces of Haiti", "Police Forces of Haiti": a state's own forces, not a paramilitary with a name of its own (the RSF). */
function nationalForces(m: ActorMention): boolean {
  return m.type === 'state_forces' && STATE_RULES.some((r) => m.name.startsWith(genericActorName(r, m.country)));
}

/** One state's own forces (its army and its police) are one side, never each other's opponent. */
function sameSide(a: ActorMention, b: ActorMention): boolean {
  return a.name === b.name || (nationalForces(a) && nationalForces(b) && a.country === b.country);
}

/** A possible opponent of `a` in a battle: not `a`, not `a`'s own side. */
function opposing(a: ActorMention | null) {
  return (m: ActorMention): boolean => !a || !sameSide(a, m);
}

/** The other side of `a`: its opponent in a battle, any other actor in other events (an army may arrest police officers). */
function otherSide(a: ActorMention | null, trigger: TriggerMention) {
  return trigger.event_type === 'battles' ? opposing(a) : differentFrom(a);
}

/** The subject of a clash: the last mention before the clash word that is not itself an object ("troops pursued the militia and clashed"). */
function clashSubject(s: Sentence, before: readonly ActorMention[]): ActorMention | null {
  const armed = before.filter((m) => !isCivilian(m));
  return [...armed].reverse().find((m) => !inObjectPhrase(s, m)) ?? armed[armed.length - 1] ?? null;
}

function clashRoles(s: Sentence, participants: readonly ActorMention[]): Roles | null {
  for (let k = 0; k + 1 < s.toks.length; k++) {
    if (!clashNouns.has(s.toks[k]!.norm)) continue;
    // "fighting broke out between", "clashes erupted with": a verb of outbreak may stand between.
    let at = k + 1;
    while (at < s.toks.length && at - k <= cues.clashBridgeMax && clashBridge.has(s.toks[at]!.norm)) at++;
    if (at >= s.toks.length || !clashLinks.has(s.toks[at]!.norm)) continue;
    const link = s.toks[at]!;
    const after = participants.filter((m) => m.start >= link.end);
    if (link.norm === 'between') {
      const first = after.find((m) => !isCivilian(m)) ?? null;
      const second = after.find((m) => !isCivilian(m) && opposing(first)(m)) ?? null;
      if (first && second) return { actor1: first, actor2: second, rule: 'roles.clash_between' };
    } else {
      const first = clashSubject(s, participants.filter((m) => m.end <= s.toks[k]!.start));
      const second = after.find((m) => !isCivilian(m) && opposing(first)(m)) ?? null;
      if (first && second) return { actor1: first, actor2: second, rule: 'roles.clash_with' };
    }
  }
  return null;
}

/** "Police arrested three suspects": those arrested after an attack are its armed group, or the rioters of a riot. */
function suspectsOf(doc: Doc, force: ActorMention | null): ActorMention | null {
  const suspect = (m: ActorMention): boolean => (NON_STATE_ARMED.has(m.type) || m.type === 'rioters') && m.name !== force?.name && !m.source;
  return dominantGroup(doc, force) ?? doc.actors.find(suspect) ?? null;
}

function arrestRoles(doc: Doc, trigger: TriggerMention, participants: readonly ActorMention[], all: readonly ActorMention[]): Roles | null {
  // "seized the town" is territory, not an arrest: arrest words count outside battles only.
  const isArrest = trigger.sub_event_type === 'arrests'
    || (trigger.event_type !== 'battles' && tokenize(trigger.text).some((t) => arrestWords.has(t.norm)));
  if (!isArrest) return null;
  // The arresting force is often the speaker too ("police said they arrested").
  const force = all.find((m) => m.type === 'state_forces') ?? null;
  const arrested = participants.filter((m) => m !== force && m.name !== force?.name);
  const actor2 = arrested.find((m) => m.start >= trigger.start) ?? arrested[0] ?? suspectsOf(doc, force);
  return force || actor2 ? { actor1: force, actor2, rule: 'roles.arrest' } : null;
}

function sentenceRoles(doc: Doc, s: Sentence, trigger: TriggerMention): Roles {
  const participants = s.mentions.filter((m) => !m.source || speakerIsAgent(s, m, trigger.start));
  const claim = claimant(s, participants);
  const clash = clashRoles(s, participants);
  if (clash) return clash;
  const arrest = arrestRoles(doc, trigger, participants, s.mentions);
  if (arrest) return arrest;
  // "air force strikes", "army shelling", "warplanes": a trigger opening on a state force names the doer
  // ("capturing 157 militants" names the captured); so does a mention the trigger starts inside of
  // ("an Israeli drone strike", "unidentified gunmen killed").
  const inTrigger = participants.find((m) => (m.start === trigger.start && m.end <= trigger.end && m.type === 'state_forces')
    || (m.start < trigger.start && trigger.start < m.end && !isCivilian(m))) ?? attackerOfNoun(s, participants, trigger);
  if (inTrigger) {
    const target = participants.find((m) => m.start >= trigger.end && otherSide(inTrigger, trigger)(m)) ?? null;
    return { actor1: inTrigger, actor2: target, rule: 'roles.trigger_actor' };
  }
  const byAgent = participants.find((m) => m.start >= trigger.start && afterPassiveMarker(s, m)) ?? null;
  const before = participants.filter((m) => m.end <= trigger.start);
  const after = participants.filter((m) => m.start >= trigger.start && m !== byAgent);
  if (byAgent) {
    // "The army said it repelled an attack by X": the speaker was the one attacked.
    const speakers = s.mentions.filter((m) => m.end <= trigger.start);
    const patient = before[before.length - 1] ?? after.find(differentFrom(byAgent)) ?? speakers[speakers.length - 1] ?? null;
    return { actor1: byAgent, actor2: patient && patient.name !== byAgent.name ? patient : null, rule: 'roles.passive_by' };
  }
  if (passiveTrigger(s, trigger.start)) {
    // "Villagers were killed when gunmen stormed ...": the doer, if any, is named after the trigger.
    const patient = before[before.length - 1] ?? null;
    // "killed in an attack on an army post": the target is no doer.
    const doer = claim ?? after.find((m) => !isCivilian(m) && differentFrom(patient)(m) && !inObjectPhrase(s, m, targetMarkers)) ?? null;
    return { actor1: doer, actor2: patient, rule: claim ? 'roles.claim' : 'roles.passive' };
  }
  const subject = claim ?? headOfCoordination(s, before, [...before].reverse().find((m) => !isCivilian(m) && !inObjectPhrase(s, m) && !supporting(s, m)) ?? null);
  // In a battle both sides fight: "soldiers were killed in a gunfight with militants" keeps the soldiers as a side.
  if (subject && !claim && trigger.event_type !== 'battles' && passiveVictim(s, subject)) {
    const doer = after.find((m) => !isCivilian(m) && differentFrom(subject)(m)) ?? null;
    return { actor1: doer, actor2: subject, rule: 'roles.passive_subject' };
  }
  if (subject) {
    // "Jihadists attacked an army post ..., killing eight soldiers in a gunfight": in a battle the
    // other side may be the object told before the trigger.
    const object = after.find(otherSide(subject, trigger))
      ?? (trigger.event_type === 'battles' ? before.find((m) => m.start > subject.end && !isCivilian(m) && opposing(subject)(m)) : undefined);
    return { actor1: subject, actor2: object ?? null, rule: claim ? 'roles.claim' : 'roles.active' };
  }
  if (after.length === 0 && before.length > 0) return { actor1: null, actor2: before[before.length - 1]!, rule: 'roles.object' };
  const first = after[0] ?? null;
  // "A bomb killed six soldiers": a subject that is no actor, so what follows was acted upon;
  // a headline opening on the trigger ("Advances for the SDF in ...") names the doer after it.
  // "A roadside bomb struck an army convoy" is a weapon as subject, not a headline.
  const at = firstTokenAfter(s.toks, trigger.start);
  const opensSentence = at === 0 || (at === 1 && !determiners.has(s.toks[0]!.norm));
  if (first && (isCivilian(first) || !opensSentence)) return { actor1: null, actor2: first, rule: 'roles.object' };
  return { actor1: first, actor2: after.find(differentFrom(first)) ?? null, rule: first ? 'roles.headline' : 'roles.none' };
}

/** "repelled a Houthi offensive", "an al-Shabaab attack on the base": the name just before an attack noun is its doer. */
function attackerOfNoun(s: Sentence, participants: readonly ActorMention[], trigger: TriggerMention): ActorMention | null {
  const at = firstTokenAfter(s.toks, trigger.start);
  if (!attackNouns.has(normAt(s.toks, at)) || at === 0) return null;
  const before = s.toks[at - 1]!;
  return participants.find((m) => m.end === before.end && !isCivilian(m) && /^[ \t]+$/.test(s.text.slice(m.end, trigger.start))) ?? null;
}

/** The named non-state armed group the article is mostly about, other than `other`. */
function dominantGroup(doc: Doc, other: ActorMention | null): ActorMention | null {
  const counts = new Map<string, { n: number; first: ActorMention }>();
  for (const m of doc.actors) {
    if (!m.known || m.generic || !NON_STATE_ARMED.has(m.type) || m.name === other?.name || possessiveModifier(doc.text, m)) continue;
    const c = counts.get(m.name);
    if (c) c.n++;
    else counts.set(m.name, { n: 1, first: m });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const top = ranked[0];
  return top && top.n >= 2 && (ranked.length === 1 || top.n > ranked[1]!.n) ? top.first : null;
}

/** The only named non-state armed group of the incident's sentences next to the trigger's. */
function soleGroup(doc: Doc, other: ActorMention | null, incident: ReadonlySet<number>, trigger: TriggerMention): ActorMention | null {
  const near = (i: number): boolean => incident.has(i) && Math.abs(i - trigger.sentence) <= 1;
  const named = doc.actors.filter((m) => near(m.sentence) && m.known && !m.generic && NON_STATE_ARMED.has(m.type) && m.name !== other?.name
    && !possessiveModifier(doc.text, m) && !supporting(sentenceOf(doc, m.sentence), m));
  return named.length > 0 && named.every((m) => m.name === named[0]!.name) ? named[0]! : null;
}

/** The group claimed responsibility in one of the incident's sentences. */
function claimedIn(doc: Doc, sentences: ReadonlySet<number>, group: ActorMention): boolean {
  const own = new Set(doc.actors.filter((m) => m.name === group.name && sentences.has(m.sentence)).map((m) => m.sentence));
  return [...own].some((i) => claimant(sentenceOf(doc, i), doc.actors.filter((m) => m.sentence === i && m.name === group.name)) !== null);
}

/**
 * "militants" where one named group dominates the article means that group; "unidentified
 * gunmen" only when that group claimed the attack.
 */
function resolveUnnamed(doc: Doc, m: ActorMention | null, other: ActorMention | null, incident: ReadonlySet<number>, trigger: TriggerMention): ActorMention | null {
  if (!m || m.rule !== 'actors.generic.armed') return m;
  // The article's dominant group, else the one named group of the incident ("Boko Haram insurgents attacked ... The militants").
  const group = dominantGroup(doc, other) ?? soleGroup(doc, other, incident, trigger);
  if (!group || (!resolvable(doc.text, m) && !claimedIn(doc, incident, group))) return m;
  return renamed(m, { name: group.name, type: group.type, known: true, country: group.country, generic: false, rule: 'actors.generic.armed.dominant_group' });
}

/** In one of the incident's sentences, the side is the subject of an attack verb ("X stormed", "X fighters ambushed"). */
function initiated(doc: Doc, sentences: readonly number[], trigger: TriggerMention, side: ActorMention): boolean {
  for (const index of new Set([trigger.sentence, ...sentences])) {
    const own = doc.actors.filter((m) => m.sentence === index && m.name === side.name && !m.source);
    if (own.length === 0) continue;
    const s = sentenceOf(doc, index, own);
    for (const m of own) {
      let k = firstTokenAfter(s.toks, m.end);
      while (k < s.toks.length && k - firstTokenAfter(s.toks, m.end) < 2 && initiatorBridge.has(s.toks[k]!.norm)) k++;
      if (initiatorVerbs.has(s.toks[k]?.norm ?? '') && !/[,;:()]/.test(s.text.slice(m.end, s.toks[k]!.start))) return true;
    }
  }
  return false;
}

const ATTRIBUTED_TYPES = new Set(cues.attributedEventTypes);

/**
 * "No group claimed the bombing, but officials blamed Boko Haram": the one non-state armed group the
 * article names as claimant or as blamed, for an incident that names no doer.
 */
const attributedCache = new WeakMap<Doc, ActorMention | null>();

function attributedGroup(doc: Doc): ActorMention | null {
  // Once per article: every incident of it asks the same question.
  if (!attributedCache.has(doc)) attributedCache.set(doc, findAttributedGroup(doc));
  return attributedCache.get(doc)!;
}

function findAttributedGroup(doc: Doc): ActorMention | null {
  const found = new Map<string, ActorMention>();
  for (const index of new Set(doc.actors.filter((m) => !isCivilian(m)).map((m) => m.sentence))) {
    const s = sentenceOf(doc, index);
    const groups = s.mentions.filter((m) => NON_STATE_ARMED.has(m.type));
    const claim = claimant(s, groups);
    if (claim) found.set(claim.name, claim);
    for (const m of groups) if (afterPassiveMarker(s, m, cues.attributionMarkers)) found.set(m.name, m);
    for (const m of s.mentions) if (m.source && !isCivilian(m) && selfClaim(s, m)) found.set(m.name, m);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** "The US military said it carried out the strike": the speaker claims the attack in its own words. */
function selfClaim(s: Sentence, m: ActorMention): boolean {
  const verb = speakerVerbAfter(s.text, s.toks, m.end, firstTokenAfter(s.toks, m.end), s.toks.length);
  if (verb < 0) return false;
  let k = verb + 1;
  if (s.toks[k]?.norm === 'that') k++;
  if (!selfPronouns.has(s.toks[k]?.norm ?? '') || !selfClaimVerbs.has(s.toks[k + 1]?.norm ?? '')) return false;
  return s.toks.slice(k + 2, k + 5).some((t) => claimAttackWords.has(t.norm));
}

export function assignRoles(doc: Doc, trigger: TriggerMention, sentences: number[]): RoleAssignment {
  const roles = sentenceRoles(doc, sentenceOf(doc, trigger.sentence), trigger);
  let { actor1, actor2 } = roles;
  const rules = [roles.rule];
  const others = [...new Set(sentences)].filter((i) => i !== trigger.sentence)
    .sort((a, b) => Math.abs(a - trigger.sentence) - Math.abs(b - trigger.sentence));
  for (const index of others) {
    if (actor1 && actor2) break;
    // Tokenised only when it names someone: most sentences of an incident do not.
    const named = doc.actors.filter((m) => m.sentence === index);
    if (named.length === 0) continue;
    const s = sentenceOf(doc, index, named);
    // Named actors before generic ones; a speaker reporting its own act counts as a doer.
    const pool = s.mentions.filter((m) => !m.source || agentSpeaker(s, m)).sort((a, b) => Number(a.generic) - Number(b.generic));
    const claim = claimant(s, s.mentions);
    if (!actor1 || (actor1.generic && claim)) {
      const pick = claim ?? pool.find((m) => !isCivilian(m) && differentFrom(actor2)(m)) ?? null;
      if (pick) { actor1 = pick; rules.push(claim ? 'roles.claim.incident' : 'roles.incident_actor1'); }
    }
    if (!actor2 && actor1 && trigger.event_type === 'battles') {
      // A state's forces face a non-state side first: "militants" and a named group are likely one side.
      const rivals = pool.filter((m) => !isCivilian(m) && opposing(actor1)(m));
      const isState = (m: ActorMention): boolean => m.type === 'state_forces';
      const pick = rivals.find((m) => isState(m) !== isState(actor1!)) ?? rivals[0] ?? null;
      if (pick) { actor2 = pick; rules.push('roles.incident_actor2'); }
    }
  }
  if (!actor1 && ATTRIBUTED_TYPES.has(trigger.event_type)) {
    const group = attributedGroup(doc);
    if (group && group.name !== actor2?.name) { actor1 = group; rules.push('roles.attributed'); }
  }
  const incident = new Set([trigger.sentence, ...sentences]);
  actor2 = resolveUnnamed(doc, actor2, actor1, incident, trigger);
  actor1 = resolveUnnamed(doc, actor1, actor2, incident, trigger);
  if (trigger.event_type === 'battles' && actor1 && actor2 && initiated(doc, sentences, trigger, actor2) && !initiated(doc, sentences, trigger, actor1)) {
    // "Gangs stormed the town ... Two police officers were killed in the fighting": the side told as attacking is actor1.
    [actor1, actor2] = [actor2, actor1];
    rules.push('roles.initiator');
  }
  const convention = applyConventions(doc, trigger, sentences, { actor1, actor2 });
  ({ actor1, actor2 } = convention);
  if (convention.rule) rules.push(convention.rule);
  if (actor1 && actor2 && actor1.name === actor2.name) actor2 = null;
  return { actor1, actor2, rule: rules.join('+') };
}
