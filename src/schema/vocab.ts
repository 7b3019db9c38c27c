/** Closed vocabularies shared by the schema, the rules and the evaluation. */

export const EVENT_TYPES = [
  'battles',
  'explosions_remote_violence',
  'violence_against_civilians',
  'protests',
  'riots',
  'strategic_developments',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** ACLED's 25 sub-event types, each under its event type. */
export const SUB_EVENT_TYPES_BY_TYPE = {
  battles: ['armed_clash', 'government_regains_territory', 'non_state_actor_overtakes_territory'],
  explosions_remote_violence: [
    'chemical_weapon',
    'air_drone_strike',
    'suicide_bomb',
    'shelling_artillery_missile_attack',
    'remote_explosive_landmine_ied',
    'grenade',
  ],
  violence_against_civilians: ['sexual_violence', 'attack', 'abduction_forced_disappearance'],
  protests: ['peaceful_protest', 'protest_with_intervention', 'excessive_force_against_protesters'],
  riots: ['violent_demonstration', 'mob_violence'],
  strategic_developments: [
    'agreement',
    'arrests',
    'change_to_group_activity',
    'disrupted_weapons_use',
    'headquarters_or_base_established',
    'looting_property_destruction',
    'non_violent_transfer_of_territory',
    'other',
  ],
} as const satisfies Record<EventType, readonly string[]>;

export const SUB_EVENT_TYPES = Object.values(SUB_EVENT_TYPES_BY_TYPE).flat() as unknown as readonly [
  SubEventType,
  ...SubEventType[],
];
export type SubEventType = (typeof SUB_EVENT_TYPES_BY_TYPE)[EventType][number];

export function eventTypeOf(sub: SubEventType): EventType {
  for (const t of EVENT_TYPES) {
    if ((SUB_EVENT_TYPES_BY_TYPE[t] as readonly string[]).includes(sub)) return t;
  }
  throw new Error(`unknown sub-event type: ${sub}`);
}

/** ACLED's eight actor (inter) codes, 1..8 in this order. */
export const ACTOR_TYPES = [
  'state_forces',
  'rebel_group',
  'political_militia',
  'identity_militia',
  'rioters',
  'protesters',
  'civilians',
  'external_other',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const COUNT_CATEGORIES = [
  'killed',
  'injured',
  'captured',
  'arrested',
  'kidnapped',
  'surrendered',
  'displaced',
] as const;
export type CountCategory = (typeof COUNT_CATEGORIES)[number];

export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
