/**
 * A generator of realistic postmortem index entries, seeded: the shapes of the sample
 * incident (shared/src/fixtures: a 5xx after a config change, its timeline, cards,
 * clusters, five whys, factors and actions) varied over services, failure modes,
 * triggers and people, so that a library of thousands has common and rare words,
 * repeated services and tags, and several owners.
 */
import { seededRandom } from '../../../shared/src/export/fixtureBoard.ts';
import type { IndexEntry, Section } from '../../../server/src/search/entry.ts';

const SERVICES = [
  'checkout-api',
  'payments-gateway',
  'orders-db',
  'search',
  'auth',
  'cdn',
  'notifications',
  'inventory',
  'billing',
  'mobile-api',
  'kafka',
  'redis-cache',
  'recommendations',
  'shipping',
  'identity',
  'reporting',
];
const FAILURES = [
  ['connection pool exhausted', 'requests queued for database connections and timed out'],
  ['certificate expired', 'TLS handshakes failed for every client'],
  ['disk filled up', 'writes failed once the volume reached 100%'],
  ['memory leak', 'instances were killed by the OOM killer in a loop'],
  ['DNS resolution failed', 'lookups timed out after the resolver was replaced'],
  ['cache stampede', 'the cache expired at once and the database took the full load'],
  ['retry storm', 'clients retried without backoff and doubled the load'],
  ['consumer lag', 'the queue backlog grew faster than consumers drained it'],
  ['deadlock in migrations', 'a schema migration held locks during peak traffic'],
  ['rate limit misconfigured', 'legitimate traffic was throttled with HTTP 429'],
] as const;
const TRIGGERS = [
  'a configuration change',
  'a deploy',
  'a feature flag rollout',
  'a traffic spike',
  'a dependency upgrade',
  'a failover',
  'a cron job',
  'a marketing campaign',
];
const FACTORS = [
  'Missing alert',
  'No canary',
  'Config not reviewed',
  'Runbook out of date',
  'Single point of failure',
  'Alert fatigue',
  'No load test',
  'Unclear ownership',
  'Manual deploy step',
  'Dashboards missing',
];
const OWNERS = ['Dana', 'Eli', 'Sam', 'Priya', 'Jonas', 'Mei', 'Tomás', 'Aisha', 'Lena', 'Kofi'];
const RARE = [
  'zookeeper',
  'pgbouncer',
  'istio',
  'envoy',
  'haproxy',
  'terraform',
  'helm',
  'cronjob',
  'sidecar',
  'vault',
];
const STATUSES = ['draft', 'in review', 'actions open', 'closed'] as const;
const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;

const T0 = Date.parse('2023-01-01T00:00:00Z');
const SPAN = 3 * 365 * 86_400_000;

export function generatePostmortems(count: number, seed = 17): IndexEntry[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], n: number) => [
    ...new Set(Array.from({ length: n }, () => pick(list))),
  ];
  const out: IndexEntry[] = [];
  for (let i = 0; i < count; i++) {
    const [failure, effect] = pick(FAILURES);
    const services = some(SERVICES, 1 + Math.floor(random() * 3));
    const trigger = pick(TRIGGERS);
    const rare = pick(RARE);
    const tags = some(FACTORS, 1 + Math.floor(random() * 3));
    const topic = `${failure} in ${services[0]}`;
    const sections: Section[] = [];
    const add = (group: Section['group'], where: string, text: string) =>
      sections.push({ group, where, text });
    const title = `${services[0]} ${failure} after ${trigger}`;
    add('title', 'Title', title);
    add(
      'facts',
      'Summary',
      `After ${trigger}, ${services.join(', ')} degraded: ${effect}. The ${rare} layer was involved. Customers saw errors for ${10 + Math.floor(random() * 120)} minutes.`,
    );
    add('facts', 'Incident facts', services.join(', '));
    for (let e = 0; e < 8; e++) {
      add(
        'timeline',
        'Timeline',
        pick([
          `Alert fired for ${services[0]} error rate`,
          `${trigger} started`,
          `On-call engineer paged`,
          `Rolled back ${trigger}`,
          `Error rate back to normal`,
          `Scaled ${pick(SERVICES)} out`,
          `Status page updated`,
          `Incident declared`,
        ]),
      );
    }
    const clusters = [
      topic,
      pick(['Alerting gaps', 'Review process', 'Capacity', 'Communication', 'Tooling']),
    ];
    for (const cluster of clusters) {
      add('clusters', `Cluster '${cluster}'`, cluster);
      for (let c = 0; c < 4; c++) {
        add(
          'cards',
          `Card, cluster '${cluster}'`,
          pick([
            `We did not notice ${failure} for a while`,
            `Rollback was quick`,
            `Nobody owned the ${rare} config`,
            `Dashboards showed ${services[0]} latency clearly`,
            `Lucky it happened off-peak`,
            `The runbook for ${services[0]} was out of date`,
          ]),
        );
      }
    }
    const rootCause = `${trigger} changed ${services[0]} without a review, and nothing alerted on ${failure}`;
    const whys = [
      `Why did ${services[0]} fail? Because ${effect}.`,
      `Why? Because of ${failure}.`,
      `Why? Because ${trigger} was not tested under load.`,
    ];
    for (const why of whys) add('causes', `Five whys, cluster '${topic}'`, why);
    add('causes', `Root cause, cluster '${topic}'`, rootCause);
    for (const tag of tags) add('factors', `Contributing factor, cluster '${topic}'`, tag);
    add(
      'lessons',
      'Lessons learned',
      `Changes to ${services[0]} need a canary and an alert on ${failure}`,
    );
    const actionsTotal = 2 + Math.floor(random() * 4);
    const actionsDone = Math.floor(random() * (actionsTotal + 1));
    for (let a = 0; a < actionsTotal; a++) {
      const action = pick([
        `Add alert on ${failure}`,
        `Review ${trigger} process`,
        `Load test ${services[0]}`,
        `Document ${rare} ownership`,
        `Add canary for ${services[0]}`,
      ]);
      add('actions', `Action '${action}'`, action);
    }
    const incidentAt = T0 + Math.floor(random() * SPAN);
    out.push({
      id: `Bench${String(i).padStart(11, '0')}`,
      title,
      severity: pick(SEVERITIES),
      status: pick(STATUSES),
      incidentAt,
      services,
      tags,
      owners: some(OWNERS, 1 + Math.floor(random() * 2)),
      openDue: Array.from({ length: actionsTotal - actionsDone }, () =>
        new Date(incidentAt + Math.floor(random() * 60) * 86_400_000).toISOString().slice(0, 10),
      ),
      actionsTotal,
      actionsDone,
      rootCauses: [rootCause],
      sections,
    });
  }
  return out;
}
