/**
 * Builds the documents of the demo city in memory, deterministically from a seed: departments, the
 * base processes with their versions, the departments' variants of them and their own processes,
 * and one or two BPMN diagram versions for every process. Every field is filled as the API fills it.
 */
import { createHash } from 'node:crypto';
import {
  diagramId,
  newProcessDoc,
  type DepartmentDoc,
  type DiagramContentDoc,
  type DiagramDoc,
  type DiagramStatus,
  type ProcessDoc,
} from '@efile/catalogue';
import { BASE_OWNER, BASE_PROCESSES, type BaseProcess } from './baseProcesses.js';
import { generateBpmn, type DiagramSpec, type GeneratedDiagram, type TaskSpec } from './bpmnGenerator.js';
import { DEMO_DEPARTMENTS, coordinatorMailbox, parentUnitOf, type DemoDepartment } from './demoDepartments.js';
import {
  EFILE_STEP,
  INTAKE_STEPS,
  QUALIFIERS,
  TAGS,
  VERB_SETS,
  type Step,
  type VerbSetName,
} from './processVocabulary.js';
import { Random } from './random.js';

/** Department processes (variants and Fachprozesse) at the default scale. */
export const DEFAULT_SCALE = 3000;
/** The largest scale the seed accepts. */
export const MAX_SCALE = 100_000;
/** The first day of the demo city's history (content never depends on the clock). */
export const SEED_EPOCH = Date.UTC(2025, 0, 6, 7, 0, 0);
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The last instant of the demo city's history: a year after the epoch. */
const SEED_END = SEED_EPOCH + 360 * DAY;
/** At most this share of the department processes are variants of base processes. */
const MAX_VARIANT_SHARE = 0.4;
/** Who the seed's diagrams and status changes are attributed to. */
export const SEED_ACTOR = 'seed';

export interface DemoCity {
  departments: DepartmentDoc[];
  processes: ProcessDoc[];
  diagrams: DiagramDoc[];
  /** The bytes of each diagram, under the diagram's `_id` (one document per diagram). */
  diagramContents: DiagramContentDoc[];
  counts: { departments: number; baseProcesses: number; variants: number; ownProcesses: number; diagrams: number };
}

interface DiagramVersionPlan {
  generated: GeneratedDiagram;
  /** The final status and when each status was reached (draft first). */
  history: Array<{ status: DiagramStatus; at: number; message?: string }>;
  message: string;
}

/** Encoded content, sha256 and size of generated XML, computed once per distinct XML. */
const encodedCache = new WeakMap<GeneratedDiagram, { content: Buffer; sha256: string }>();
function encoded(generated: GeneratedDiagram): { content: Buffer; sha256: string } {
  let hit = encodedCache.get(generated);
  if (!hit) {
    const content = Buffer.from(generated.xml, 'utf8');
    hit = { content, sha256: createHash('sha256').update(content).digest('hex') };
    encodedCache.set(generated, hit);
  }
  return hit;
}

/** FNV-1a: a stable number for a text (so the same service gets the same LeiKa key in every department). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A 14-digit LeiKa-style key: "99", then Leistungsgruppe, -kennung, Verrichtung and Verrichtungsdetail. */
function leikaKey(service: string): string {
  const a = hash(`leika:${service}`);
  const b = hash(`detail:${service}`);
  const digits = `${String(a % 1_000_000).padStart(6, '0')}${String(b % 1_000_000).padStart(6, '0')}`;
  return `99${digits}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A case volume drawn log-uniformly from a range, rounded to two significant digits. */
function caseVolume(rng: Random, [min, max]: [number, number], factor: number): number {
  const raw = Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min))) * factor;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(raw)) - 1);
  return Math.max(1, Math.round(raw / magnitude) * magnitude);
}

/** A status chain draft → in_review → released, cut at the end of the demo city's history. */
function statusChain(
  rng: Random,
  createdAt: number,
  target: DiagramStatus,
  reviewDays: [number, number],
  draftMessage?: string,
): DiagramVersionPlan['history'] {
  const history: DiagramVersionPlan['history'] = [
    { status: 'draft', at: createdAt, ...(draftMessage ? { message: draftMessage } : {}) },
  ];
  if (target === 'draft') return history;
  const reviewAt = createdAt + rng.int(reviewDays[0], reviewDays[1]) * DAY + rng.int(0, 8) * HOUR;
  if (reviewAt > SEED_END) return history;
  history.push({ status: 'in_review', at: reviewAt, message: 'Zur fachlichen und methodischen Prüfung vorgelegt' });
  if (target === 'in_review') return history;
  const releaseAt = reviewAt + rng.int(1, 14) * DAY + rng.int(0, 8) * HOUR;
  if (releaseAt > SEED_END) return history;
  history.push({ status: 'released', at: releaseAt, message: 'Fachlich und methodisch freigegeben' });
  return history;
}

/** The metadata document of a diagram version and the separate document holding its bytes. */
function diagramDocs(
  processKey: string,
  version: number,
  plan: DiagramVersionPlan,
): { diagram: DiagramDoc; content: DiagramContentDoc } {
  const { content, sha256 } = encoded(plan.generated);
  const last = plan.history[plan.history.length - 1]!;
  const _id = diagramId(processKey, version);
  const diagram: DiagramDoc = {
    _id,
    processKey,
    version,
    status: last.status,
    size: content.length,
    sha256,
    encoding: 'utf-8',
    author: SEED_ACTOR,
    message: plan.message,
    warnings: [],
    stats: { ...plan.generated.stats },
    hasLayout: true,
    statusHistory: plan.history.map((h) => ({
      status: h.status,
      at: new Date(h.at),
      by: SEED_ACTOR,
      ...(h.message ? { message: h.message } : {}),
    })),
    revision: plan.history.length,
    createdAt: new Date(plan.history[0]!.at),
    updatedAt: new Date(last.at),
  };
  return { diagram, content: { _id, content } };
}

/** The stored process fields that follow from its diagram versions. */
function diagramFields(
  plans: DiagramVersionPlan[],
): Pick<ProcessDoc, 'latestDiagramVersion' | 'releasedDiagramVersion'> & { lastChange: number } {
  let released: number | undefined;
  let lastChange = 0;
  plans.forEach((plan, i) => {
    if (plan.history.some((h) => h.status === 'released')) released = i + 1;
    lastChange = Math.max(lastChange, ...plan.history.map((h) => h.at));
  });
  return {
    latestDiagramVersion: plans.length,
    ...(released ? { releasedDiagramVersion: released } : {}),
    lastChange,
  };
}

interface PlannedProcess {
  department: DemoDepartment;
  createdAt: number;
  fields: Omit<
    ProcessDoc,
    | '_id'
    | 'key'
    | 'search'
    | 'sortName'
    | 'adoptionSlot'
    | 'createdAt'
    | 'updatedAt'
    | 'latestDiagramVersion'
    | 'releasedDiagramVersion'
    | 'version'
    | 'archived'
    | 'department'
    | 'kind'
  >;
  plans: DiagramVersionPlan[];
}

/** Splits `total` over weights by the largest remainder method (deterministic, exact sum). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]! += 1;
  }
  return counts;
}

interface NameCandidate {
  name: string;
  verbSet: VerbSetName;
  /** The service the name stands for (without qualifier): the LeiKa key and filing plan reference follow it. */
  service: string;
  filingPlanRef: string;
}

/** Distinct process names for a department: its known processes, then subject × verb, then qualified. */
function* processNames(department: DemoDepartment, rng: Random): Generator<NameCandidate> {
  const sets = Object.keys(department.subjects) as VerbSetName[];
  const primary = sets[0]!;
  const plain: NameCandidate[] = [];
  sets.forEach((verbSet) => {
    department.subjects[verbSet]!.forEach((subject, subjectIndex) => {
      VERB_SETS[verbSet].templates.forEach((template, templateIndex) => {
        const name = template.replace('{o}', subject);
        const ref = `${department.code}.${sets.indexOf(verbSet) + 1}.${pad(subjectIndex + 1, 2)}.${pad(templateIndex + 1, 2)}`;
        plain.push({ name: name.charAt(0).toUpperCase() + name.slice(1), verbSet, service: name, filingPlanRef: ref });
      });
    });
  });
  const seen = new Set<string>();
  const known = department.known.map((name, i) => ({
    name,
    verbSet: primary,
    service: name,
    filingPlanRef: `${department.code}.00.${pad(i + 1, 2)}`,
  }));
  const ordered = [...known, ...rng.shuffle(plain)];
  for (const candidate of ordered) {
    if (seen.has(candidate.name)) continue;
    seen.add(candidate.name);
    yield candidate;
  }
  for (const qualifier of QUALIFIERS) {
    for (const candidate of ordered) {
      const name = `${candidate.name} ${qualifier}`;
      if (seen.has(name)) continue;
      seen.add(name);
      yield { ...candidate, name };
    }
  }
  for (let n = 2; ; n++) {
    for (const candidate of ordered) {
      const name = `${candidate.name} (Verfahren ${n})`;
      if (seen.has(name)) continue;
      seen.add(name);
      yield { ...candidate, name };
    }
  }
}

/** The diagram of a Fachprozess: intake steps, the verb set's branch, closing steps; 3 to 9 tasks. */
function fachprozessSpec(rng: Random, department: DemoDepartment, name: string, verbSet: VerbSetName): DiagramSpec {
  const vs = VERB_SETS[verbSet];
  let intake = rng.sample(INTAKE_STEPS, rng.int(1, 3));
  let yes = vs.yes.slice(0, rng.int(0, vs.yes.length));
  let no = vs.no.slice(0, rng.int(yes.length === 0 ? 1 : 0, vs.no.length));
  let after = vs.after.slice(0, rng.int(1, vs.after.length));
  while (intake.length + yes.length + no.length + after.length > 9) {
    if (after.length > 1) after = after.slice(0, -1);
    else if (yes.length > 1) yes = yes.slice(0, -1);
    else intake = intake.slice(0, -1);
  }
  if (no.length === 0 && yes.length === 0) no = vs.no.slice(0, 1);

  const roles = new Set<Step['role']>(['case']);
  [...intake, ...after].forEach((step) => roles.add(step.role));
  const laneRoles = (['service', 'case', 'lead'] as const).filter((role) => roles.has(role));
  const laneNames: Record<Step['role'], string> = {
    service: department.serviceUnit,
    case: 'Sachbearbeitung',
    lead: 'Amtsleitung',
  };
  const lane = (role: Step['role']) => laneRoles.indexOf(role);
  const task = (step: Step): TaskSpec => ({ name: step.name, type: step.type, lane: lane(step.role) });
  const efileIndex = intake.findIndex((step) => step.name === EFILE_STEP);
  const sends = [...intake, ...yes, ...no, ...after].some((step) => step.type === 'send');

  return {
    processName: name,
    participantName: department.shortName,
    lanes: laneRoles.map((role) => laneNames[role]),
    start: { name: vs.start, lane: lane(intake[0]!.role) },
    before: intake.map(task),
    gateway: { question: vs.question, lane: lane('case'), yes: 'ja', no: 'nein' },
    // Branch tasks sit in the gateway's lane.
    yes: yes.map((step) => ({ ...task(step), lane: lane('case') })),
    no: no.map((step) => ({ ...task(step), lane: lane('case') })),
    after: after.map(task),
    end: { name: vs.end, lane: lane('case') },
    ...(efileIndex >= 0 ? { dataStore: { name: 'E-Akte', writtenBy: efileIndex } } : {}),
    ...(sends && rng.chance(0.5) ? { external: vs.external } : {}),
  };
}

/** A revised version of a diagram: one more closing step, so its content differs. */
function revisedSpec(spec: DiagramSpec): DiagramSpec {
  const total = spec.before.length + spec.yes.length + spec.no.length + spec.after.length;
  const step: TaskSpec = { name: 'Ergebnis in E-Akte zu den Akten verfügen', type: 'service', lane: spec.gateway.lane };
  const after = total < 9 ? [...spec.after, step] : [...spec.after.slice(0, -1), step];
  return { ...spec, after };
}

/** Builds the whole demo city for a scale (number of department processes) and a seed. */
export function buildDemoCity(options: { scale?: number; seed?: number } = {}): DemoCity {
  const scale = options.scale ?? DEFAULT_SCALE;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(scale) || scale < 0 || scale > MAX_SCALE) {
    throw new Error(`The scale must be a whole number from 0 to ${MAX_SCALE}, not ${scale}.`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`The seed must be a whole number from 0 to ${0xffffffff}, not ${seed}.`);
  }
  const root = new Random(seed);
  // Each part draws from its own generator, so changing one part does not reshuffle the others.
  const baseRng = root.fork();
  const adoptionRng = root.fork();
  const ownRng = root.fork();

  const epoch = new Date(SEED_EPOCH);
  const departments: DepartmentDoc[] = DEMO_DEPARTMENTS.map((d) => ({
    _id: d.code,
    code: d.code,
    name: d.name,
    shortName: d.shortName,
    parentUnit: { ...parentUnitOf(d) },
    coordinator: { email: coordinatorMailbox(d.code), phone: `+49 711 216-${d.code}000` },
    version: 1,
    createdAt: epoch,
    updatedAt: epoch,
  }));

  // Base processes: version 1 released in the first weeks, later versions released mid-year.
  const processes: ProcessDoc[] = [];
  const diagrams: DiagramDoc[] = [];
  const diagramContents: DiagramContentDoc[] = [];
  const addDiagrams = (processKey: string, plans: DiagramVersionPlan[]) =>
    plans.forEach((plan, v) => {
      const { diagram, content } = diagramDocs(processKey, v + 1, plan);
      diagrams.push(diagram);
      diagramContents.push(content);
    });
  const baseGenerated = new Map<string, GeneratedDiagram[]>();
  const baseReleases = new Map<string, number[]>();
  BASE_PROCESSES.forEach((base, i) => {
    const generated = base.versions.map(generateBpmn);
    const plans: DiagramVersionPlan[] = generated.map((g, v) => {
      const createdAt = v === 0 ? SEED_EPOCH + (i + 1) * HOUR : SEED_EPOCH + baseRng.int(140, 200) * DAY + i * HOUR;
      return {
        generated: g,
        history: statusChain(baseRng, createdAt, v < base.released ? 'released' : 'in_review', [2, 6]),
        message: v === 0 ? 'Erstfassung des Basisprozesses' : 'Überarbeitung nach den Erfahrungen der Pilotämter',
      };
    });
    baseGenerated.set(base.key, generated);
    baseReleases.set(
      base.key,
      plans.map((p) => p.history.find((h) => h.status === 'released')?.at ?? Infinity),
    );
    const { lastChange, ...versions } = diagramFields(plans);
    processes.push(
      processDoc({
        key: base.key,
        name: base.name,
        description: base.description,
        department: BASE_OWNER,
        kind: 'base',
        group: base.group,
        filingPlanRef: base.filingPlanRef,
        documentTypes: [...base.documentTypes],
        retentionYears: base.retentionYears,
        disposal: base.disposal,
        legalBasis: base.legalBasis,
        tags: [...base.tags],
        ...versions,
        createdAt: SEED_EPOCH,
        updatedAt: lastChange,
      }),
    );
    addDiagrams(base.key, plans);
  });

  // Adoptions: most departments adopt most base processes; the share of variants is capped by the scale.
  const adoptions: Array<{ department: DemoDepartment; base: BaseProcess }> = [];
  for (const department of DEMO_DEPARTMENTS) {
    const rate = 0.65 + adoptionRng.next() * 0.35;
    for (const base of BASE_PROCESSES) if (adoptionRng.chance(rate)) adoptions.push({ department, base });
  }
  const chosen = adoptionRng.sample(adoptions, Math.min(adoptions.length, Math.floor(scale * MAX_VARIANT_SHARE)));
  const planned: PlannedProcess[] = chosen.map(({ department, base }) => {
    const adoptedAt = SEED_EPOCH + adoptionRng.int(30, 330) * DAY + adoptionRng.int(0, 9) * HOUR;
    const releases = baseReleases.get(base.key)!;
    const baseVersion = releases.filter((at) => at <= adoptedAt).length;
    const target = adoptionRng.pick<DiagramStatus>([
      'released',
      'released',
      'released',
      'released',
      'released',
      'in_review',
      'draft',
      'draft',
    ]);
    return {
      department,
      createdAt: adoptedAt,
      fields: {
        name: `${base.name} (${department.shortName})`,
        description: `Lokalprozess des Basisprozesses „${base.name}“, übernommen in Version ${baseVersion}. ${base.description}`,
        baseProcess: base.key,
        baseVersion,
        group: base.group,
        filingPlanRef: base.filingPlanRef,
        documentTypes: [...base.documentTypes],
        retentionYears: base.retentionYears,
        disposal: base.disposal,
        annualCaseVolume: caseVolume(adoptionRng, base.volume, department.weight / 2),
        legalBasis: base.legalBasis,
        tags: [...base.tags],
      },
      plans: [
        {
          generated: baseGenerated.get(base.key)![baseVersion - 1]!,
          history: statusChain(adoptionRng, adoptedAt, target, [5, 40], `Übernommen aus ${base.key} v${baseVersion}`),
          message: `Übernommen aus ${base.key} v${baseVersion}`,
        },
      ],
    };
  });

  // Fachprozesse: the rest of the scale, shared out by department size.
  const ownCounts = apportion(
    scale - planned.length,
    DEMO_DEPARTMENTS.map((d) => d.weight),
  );
  DEMO_DEPARTMENTS.forEach((department, d) => {
    const names = processNames(department, ownRng.fork());
    for (let n = 0; n < ownCounts[d]!; n++) {
      const candidate = names.next().value as NameCandidate;
      const vs = VERB_SETS[candidate.verbSet];
      const createdAt = SEED_EPOCH + ownRng.int(14, 340) * DAY + ownRng.int(0, 9) * HOUR;
      const spec = fachprozessSpec(ownRng, department, candidate.name, candidate.verbSet);
      const target = ownRng.pick<DiagramStatus>(['released', 'released', 'released', 'in_review', 'draft', 'draft']);
      const plans: DiagramVersionPlan[] = [
        {
          generated: generateBpmn(spec),
          history: statusChain(ownRng, createdAt, target, [3, 60]),
          message: 'Ist-Prozess aufgenommen',
        },
      ];
      const firstDone = plans[0]!.history[plans[0]!.history.length - 1]!;
      if (firstDone.status === 'released' && ownRng.chance(0.25)) {
        const revisedAt = firstDone.at + ownRng.int(5, 60) * DAY;
        if (revisedAt <= SEED_END) {
          plans.push({
            generated: generateBpmn(revisedSpec(spec)),
            history: statusChain(
              ownRng,
              revisedAt,
              ownRng.pick<DiagramStatus>(['draft', 'in_review', 'released']),
              [3, 30],
            ),
            message: 'Soll-Prozess mit E-Akte modelliert',
          });
        }
      }
      const hasLeika = hash(`share:${candidate.service}`) / 0xffffffff < vs.leikaShare;
      const tags = ownRng.sample(TAGS, ownRng.int(0, 3));
      if (hasLeika && !tags.includes('OZG') && ownRng.chance(0.5)) tags.unshift('OZG');
      planned.push({
        department,
        createdAt,
        fields: {
          name: candidate.name,
          description: `${vs.summary} Zuständig: ${department.name}. Die Unterlagen werden in der E-Akte geführt.`,
          group: vs.group,
          ...(hasLeika ? { leikaKey: leikaKey(candidate.service) } : {}),
          filingPlanRef: candidate.filingPlanRef,
          documentTypes: ownRng.sample(vs.documentTypes, ownRng.int(3, Math.min(5, vs.documentTypes.length))),
          retentionYears: ownRng.pick(vs.retentionYears),
          disposal: ownRng.pick(vs.disposal),
          annualCaseVolume: caseVolume(ownRng, vs.volume, department.weight / 2),
          legalBasis: ownRng.sample(department.legalBases, ownRng.int(1, 2)).join('; '),
          tags,
        },
        plans,
      });
    }
  });

  // Keys number each department's processes in the order they were created.
  const byDepartment = new Map<string, PlannedProcess[]>();
  for (const p of planned) {
    const list = byDepartment.get(p.department.code) ?? [];
    list.push(p);
    byDepartment.set(p.department.code, list);
  }
  for (const department of DEMO_DEPARTMENTS) {
    const list = (byDepartment.get(department.code) ?? []).sort((a, b) => a.createdAt - b.createdAt);
    if (list.length > 9999) throw new Error(`Department ${department.code} would get more than 9999 processes.`);
    list.forEach((p, i) => {
      const key = `P-${department.code}-${pad(i + 1, 4)}`;
      const { lastChange, ...versions } = diagramFields(p.plans);
      processes.push(
        processDoc({
          ...p.fields,
          key,
          department: department.code,
          kind: 'department',
          ...versions,
          createdAt: p.createdAt,
          updatedAt: Math.max(p.createdAt, lastChange),
        }),
      );
      addDiagrams(key, p.plans);
    });
  }

  const variants = chosen.length;
  return {
    departments,
    processes,
    diagrams,
    diagramContents,
    counts: {
      departments: departments.length,
      baseProcesses: BASE_PROCESSES.length,
      variants,
      ownProcesses: scale - variants,
      diagrams: diagrams.length,
    },
  };
}

/** A stored process with its derived fields, made as every writer makes them (`newProcessDoc`). */
function processDoc(
  p: Omit<
    ProcessDoc,
    '_id' | 'search' | 'sortName' | 'adoptionSlot' | 'archived' | 'version' | 'createdAt' | 'updatedAt'
  > & {
    createdAt: number;
    updatedAt: number;
  },
): ProcessDoc {
  const { createdAt, updatedAt, latestDiagramVersion, releasedDiagramVersion, ...fields } = p;
  return {
    ...newProcessDoc(fields, new Date(createdAt)),
    ...(latestDiagramVersion !== undefined ? { latestDiagramVersion } : {}),
    ...(releasedDiagramVersion !== undefined ? { releasedDiagramVersion } : {}),
    updatedAt: new Date(updatedAt),
  };
}
