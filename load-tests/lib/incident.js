import { UPSTREAMS } from './env.js';
import { inSequence, onceAt, startOf } from './stages.js';
import { gates, onPhase } from './thresholds.js';

/**
 * An incident as its scenario file describes it (load-tests/scenarios/*.json). The same file
 * drives the project's own Java drill, so k6 and the drill replay the same afternoon with the
 * same gates; figures change in the file, never in code. The file's shape:
 *
 *   name, description
 *   phases[]      { name, seconds, rate, faults: { <upstream>: <faults> | null } }, in order
 *   thresholds    { <phase>: { p95Ms, p99Ms, okRatio, cachedRatioMin?, cachedRatioMax? }, ...,
 *                   run: { pricingCallsPerCheckoutMax, droppedMax } }
 *
 * Faults take effect as their phase starts: an object is PUT to the upstream's simulator, null
 * heals it. Every field is checked when the script loads, so a typo stops k6 before any load
 * with the file, the field and what was expected, instead of quietly gating nothing.
 *
 * @typedef {import('./env.js').Upstream} Upstream
 * @typedef {import('./simulator.js').Faults} Faults
 * @typedef {import('./simulator.js').FaultPlan} FaultPlan
 * @typedef {import('./stages.js').Phase} Phase
 * @typedef {import('./thresholds.js').Thresholds} Thresholds
 * @typedef {import('./thresholds.js').MetricName} MetricName
 * @typedef {import('./thresholds.js').Gate} Gate
 *
 * @typedef {object} PhaseGates
 * @property {number} p95Ms
 * @property {number} p99Ms
 * @property {number} okRatio least share of checkouts answered 200
 * @property {number} [cachedRatioMin] least share of 200s priced from cache: the fault landed
 * @property {number} [cachedRatioMax] most share of 200s priced from cache: prices are live
 *
 * @typedef {object} IncidentPhase
 * @property {string} name
 * @property {number} seconds
 * @property {number} rate
 * @property {FaultPlan} faults
 * @property {PhaseGates} gates
 *
 * @typedef {object} RunGates
 * @property {number} pricingCallsPerCheckoutMax
 * @property {number} droppedMax
 *
 * @typedef {object} Incident
 * @property {string} name
 * @property {string} description
 * @property {IncidentPhase[]} phases
 * @property {RunGates} run
 */

/** The function of the entry script that puts a phase's faults into force. */
export const APPLY_FAULTS = 'applyPhaseFaults';
/** The variable through which a control scenario tells APPLY_FAULTS which phase it serves. */
export const PHASE_VARIABLE = 'FAULTS_OF_PHASE';

/** A phase name is a scenario name and a tag value: kept to what both take without escaping. */
const PHASE_NAME = /^[a-z][a-z0-9_-]*$/;
/** Names with a meaning of their own in thresholds and tags. */
const RESERVED = ['run', 'control'];
const DURATION = /^\d{1,12}(ms|s)$/;

const TOP_FIELDS = ['name', 'description', 'phases', 'thresholds'];
const PHASE_FIELDS = ['name', 'seconds', 'rate', 'faults'];
const FAULT_FIELDS = ['latency', 'errorRate', 'errorStatus', 'hang'];
const GATE_FIELDS = ['p95Ms', 'p99Ms', 'okRatio', 'cachedRatioMin', 'cachedRatioMax'];
const REQUIRED_GATE_FIELDS = ['p95Ms', 'p99Ms', 'okRatio'];
const RUN_FIELDS = ['pricingCallsPerCheckoutMax', 'droppedMax'];

/**
 * Reads and checks a scenario file. Call it in the init context with open()'s text.
 * @param {string} text the file's content
 * @param {string} source the file's name, for error messages
 * @returns {Incident}
 */
export function readIncident(text, source) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${source}: not JSON: ${e instanceof Error ? e.message : e}`);
  }
  return new Reader(source).incident(json);
}

/**
 * Every phase as a scenario tagged `phase: <name>`, one after the other, and for each phase
 * with faults a control scenario that applies them as the phase starts.
 * @param {Incident} incident
 * @returns {Record<string, import('k6/options').Scenario>}
 */
export function incidentScenarios(incident) {
  const phases = asPhases(incident);
  /** @type {Record<string, import('k6/options').Scenario>} */
  const scenarios = inSequence(phases);
  for (const phase of faultingPhases(incident)) {
    const name = `${phase.name}-faults`;
    if (name in scenarios) {
      throw new Error(`${incident.name}: phase ${name} has the name of ${phase.name}'s control scenario`);
    }
    const env = { [PHASE_VARIABLE]: phase.name };
    scenarios[name] = onceAt(startOf(phases, phase.name), APPLY_FAULTS, env);
  }
  return scenarios;
}

/**
 * The gates of the file as k6 thresholds:
 *
 *   p95Ms, p99Ms              http_req_duration{phase:X}          p(95)<N, p(99)<N
 *   okRatio                   checkout_ok{phase:X}                rate>=N (share of 200s)
 *   cachedRatioMin, Max       checkout_priced_from_cache{phase:X} rate>=N, rate<=N
 *   droppedMax                dropped_iterations                  count<=N
 *   pricingCallsPerCheckoutMax  upstream_calls_per_checkout{upstream:pricing}  value<=N, and a
 *                             check of teardown() that checks{phase:control} requires to pass
 *
 * `checks{phase:control}` also requires every fault to have been taken by its simulator.
 * @param {Incident} incident
 * @returns {Record<string, import('k6/options').Threshold[]>}
 */
export function incidentThresholds(incident) {
  /** @type {Thresholds} */
  const block = {
    dropped_iterations: [`count<=${incident.run.droppedMax}`],
    'upstream_calls_per_checkout{upstream:pricing}': [
      `value<=${incident.run.pricingCallsPerCheckoutMax}`,
    ],
    'checks{phase:control}': ['rate==1'],
  };
  for (const phase of incident.phases) {
    Object.assign(block, onPhase(phase.name, phaseRules(phase.gates)));
  }
  return gates(block);
}

/**
 * @param {PhaseGates} g
 * @returns {Partial<Record<MetricName, Gate[]>>}
 */
function phaseRules(g) {
  /** @type {Gate[]} */
  const cached = [];
  if (g.cachedRatioMin !== undefined) {
    cached.push(`rate>=${g.cachedRatioMin}`);
  }
  if (g.cachedRatioMax !== undefined) {
    cached.push(`rate<=${g.cachedRatioMax}`);
  }
  return {
    http_req_duration: [`p(95)<${g.p95Ms}`, `p(99)<${g.p99Ms}`],
    checkout_ok: [`rate>=${g.okRatio}`],
    ...(cached.length > 0 ? { checkout_priced_from_cache: cached } : {}),
  };
}

/**
 * Every upstream the incident puts a fault on or heals, plus pricing, whose calls it counts.
 * @param {Incident} incident
 * @returns {Upstream[]}
 */
export function upstreamsTouched(incident) {
  const named = incident.phases.flatMap(({ faults }) => /** @type {Upstream[]} */ (Object.keys(faults)));
  return UPSTREAMS.filter((upstream) => upstream === 'pricing' || named.includes(upstream));
}

/**
 * Iterations the control scenarios run: one per phase with faults.
 * @param {Incident} incident
 * @returns {number}
 */
export function controlIterations(incident) {
  return faultingPhases(incident).length;
}

/**
 * @param {Incident} incident
 * @returns {IncidentPhase[]}
 */
function faultingPhases(incident) {
  return incident.phases.filter((phase) => Object.keys(phase.faults).length > 0);
}

/**
 * @param {Incident} incident
 * @returns {Phase[]}
 */
function asPhases(incident) {
  return incident.phases.map(({ name, seconds, rate }) => ({ name, load: { rate, seconds } }));
}

/**
 * Checks a parsed scenario file field by field; every error names the file and the field.
 */
class Reader {
  /** @param {string} source */
  constructor(source) {
    this.source = source;
  }

  /**
   * @param {unknown} json
   * @returns {Incident}
   */
  incident(json) {
    const top = this.object(json, '(top level)', TOP_FIELDS, TOP_FIELDS);
    const phases = this.array(top.phases, 'phases').map((phase, i) => this.phase(phase, `phases[${i}]`));
    const names = phases.map((phase) => phase.name);
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index) {
        this.reject(`phases[${index}].name`, `repeats the phase name '${name}'`);
      }
    });

    const judged = [...names, 'run'];
    const thresholds = this.object(top.thresholds, 'thresholds', judged, judged);
    return {
      name: this.text(top.name, 'name'),
      description: this.text(top.description, 'description'),
      phases: phases.map((phase) => ({
        ...phase,
        gates: this.gates(thresholds[phase.name], `thresholds.${phase.name}`),
      })),
      run: this.run(thresholds.run, 'thresholds.run'),
    };
  }

  /**
   * @param {unknown} value
   * @param {string} path
   * @returns {Omit<IncidentPhase, 'gates'>}
   */
  phase(value, path) {
    const phase = this.object(value, path, PHASE_FIELDS, PHASE_FIELDS);
    const name = this.text(phase.name, `${path}.name`);
    if (!PHASE_NAME.test(name) || RESERVED.includes(name)) {
      this.reject(`${path}.name`, `'${name}' must match ${PHASE_NAME} and not be ${RESERVED.join(' or ')}`);
    }
    const faults = this.object(phase.faults, `${path}.faults`, UPSTREAMS, []);

    /** @type {FaultPlan} */
    const plan = {};
    for (const upstream of UPSTREAMS) {
      const faultsOf = faults[upstream];
      if (faultsOf !== undefined) {
        plan[upstream] = faultsOf === null ? null : this.faults(faultsOf, `${path}.faults.${upstream}`);
      }
    }
    return {
      name,
      seconds: this.number(phase.seconds, `${path}.seconds`, { min: 1, whole: true }),
      rate: this.number(phase.rate, `${path}.rate`, { min: 1, whole: true }),
      faults: plan,
    };
  }

  /**
   * @param {unknown} value
   * @param {string} path
   * @returns {Faults}
   */
  faults(value, path) {
    const faults = this.object(value, path, FAULT_FIELDS, []);
    /** @type {Faults} */
    const checked = {};
    if (faults.latency !== undefined) {
      checked.latency = this.text(faults.latency, `${path}.latency`);
      if (!DURATION.test(checked.latency)) {
        this.reject(`${path}.latency`, `'${checked.latency}' is not a duration such as 2800ms or 3s`);
      }
    }
    if (faults.errorRate !== undefined) {
      checked.errorRate = this.number(faults.errorRate, `${path}.errorRate`, { min: 0, max: 1 });
    }
    if (faults.errorStatus !== undefined) {
      const status = { min: 400, max: 599, whole: true };
      checked.errorStatus = this.number(faults.errorStatus, `${path}.errorStatus`, status);
    }
    if (faults.hang !== undefined) {
      if (typeof faults.hang !== 'boolean') {
        this.reject(`${path}.hang`, 'must be true or false');
      }
      checked.hang = faults.hang;
    }
    return checked;
  }

  /**
   * @param {unknown} value
   * @param {string} path
   * @returns {PhaseGates}
   */
  gates(value, path) {
    const g = this.object(value, path, GATE_FIELDS, REQUIRED_GATE_FIELDS);
    const ratio = { min: 0, max: 1 };
    /** @type {PhaseGates} */
    const checked = {
      p95Ms: this.number(g.p95Ms, `${path}.p95Ms`, { min: 1 }),
      p99Ms: this.number(g.p99Ms, `${path}.p99Ms`, { min: 1 }),
      okRatio: this.number(g.okRatio, `${path}.okRatio`, ratio),
    };
    if (checked.p95Ms > checked.p99Ms) {
      this.reject(`${path}.p95Ms`, `${checked.p95Ms} is above p99Ms ${checked.p99Ms}`);
    }
    if (g.cachedRatioMin !== undefined) {
      checked.cachedRatioMin = this.number(g.cachedRatioMin, `${path}.cachedRatioMin`, ratio);
    }
    if (g.cachedRatioMax !== undefined) {
      checked.cachedRatioMax = this.number(g.cachedRatioMax, `${path}.cachedRatioMax`, ratio);
    }
    const { cachedRatioMin = 0, cachedRatioMax = 1 } = checked;
    if (cachedRatioMin > cachedRatioMax) {
      this.reject(`${path}.cachedRatioMin`, `${cachedRatioMin} is above cachedRatioMax ${cachedRatioMax}`);
    }
    return checked;
  }

  /**
   * @param {unknown} value
   * @param {string} path
   * @returns {RunGates}
   */
  run(value, path) {
    const run = this.object(value, path, RUN_FIELDS, RUN_FIELDS);
    const limit = run.pricingCallsPerCheckoutMax;
    return {
      pricingCallsPerCheckoutMax: this.number(limit, `${path}.pricingCallsPerCheckoutMax`, { min: 0 }),
      droppedMax: this.number(run.droppedMax, `${path}.droppedMax`, { min: 0, whole: true }),
    };
  }

  /**
   * A JSON object holding only the fields allowed and at least those required.
   * @param {unknown} value
   * @param {string} path
   * @param {readonly string[]} allowed
   * @param {readonly string[]} required
   * @returns {Record<string, unknown>}
   */
  object(value, path, allowed, required) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.reject(path, 'must be an object');
    }
    const object = /** @type {Record<string, unknown>} */ (value);
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key)) {
        this.reject(`${path}.${key}`, `is not a known field; expected one of ${allowed.join(', ')}`);
      }
    }
    for (const key of required) {
      if (!(key in object)) {
        this.reject(`${path}.${key}`, 'is missing');
      }
    }
    return object;
  }

  /**
   * @param {unknown} value
   * @param {string} path
   * @returns {unknown[]}
   */
  array(value, path) {
    if (!Array.isArray(value) || value.length === 0) {
      this.reject(path, 'must be a list with at least one entry');
    }
    return value;
  }

  /**
   * @param {unknown} value
   * @param {string} path
   * @returns {string}
   */
  text(value, path) {
    if (typeof value !== 'string' || value.length === 0) {
      this.reject(path, 'must be a non-empty string');
    }
    return value;
  }

  /**
   * @param {unknown} value
   * @param {string} path
   * @param {{ min: number, max?: number, whole?: boolean }} range
   * @returns {number}
   */
  number(value, path, { min, max = Infinity, whole = false }) {
    const isNumber = typeof value === 'number' && (!whole || Number.isInteger(value));
    if (!isNumber || value < min || value > max) {
      const kind = whole ? 'a whole number' : 'a number';
      const bound = max === Infinity ? `at least ${min}` : `${min} to ${max}`;
      this.reject(path, `must be ${kind}, ${bound} (was ${JSON.stringify(value)})`);
    }
    return /** @type {number} */ (value);
  }

  /**
   * @param {string} path
   * @param {string} problem
   * @returns {never}
   */
  reject(path, problem) {
    throw new Error(`${this.source}: ${path} ${problem}`);
  }
}
