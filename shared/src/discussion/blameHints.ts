/**
 * Blameless-language hints for the Discuss and Actions phases: phrasing that puts a
 * person where a cause should be ("Bob broke prod", "Sam's fault", "human error",
 * "should have", "careless", "blame"), each with a span to underline and a question to
 * ask instead. Pure, and only a hint: nothing is refused or rewritten.
 *
 * Built to stay quiet when unsure, because a hint that fires on "Redis didn't fail
 * over" teaches people to ignore hints. A capitalised word before "broke", "forgot",
 * "didn't"… counts as a person only when it is not a common or technical word (a list
 * below) and does not look like one (all capitals, digits, -ing/-tion…); names the
 * caller knows (the members' display names) always count. "Blame" after a negation
 * ("no blame", "not here to blame") and "nobody's fault" are not flagged.
 */

export type BlameHintKind =
  /** A person named as the cause: "Alex forgot to…", "Sam broke…". */
  | 'person-as-cause'
  /** "Alex's fault", "their fault". */
  | 'fault'
  /** "should have", "shouldn't have": hindsight judging a past decision. */
  | 'counterfactual'
  /** "human error", "operator error": a label that ends the inquiry. */
  | 'human-error'
  /** "careless", "sloppy", "negligent": judging a person's character. */
  | 'character'
  /** "blame", "blamed", "to blame". */
  | 'blame';

export interface BlameHint {
  readonly kind: BlameHintKind;
  /** Offset of the first character flagged, in UTF-16 code units (like `String.slice`). */
  readonly start: number;
  /** Offset just past the last character flagged. */
  readonly end: number;
  /** The flagged text, `text.slice(start, end)`. */
  readonly match: string;
  /** What to ask or write instead. */
  readonly suggestion: string;
}

export interface BlameHintOptions {
  /** People's names (members, owners): these count as people wherever they appear. */
  readonly names?: readonly string[];
}

export const BLAME_SUGGESTIONS: Readonly<Record<BlameHintKind, string>> = {
  'person-as-cause':
    'Ask what allowed it to happen instead: what made this step easy to get wrong?',
  fault: 'Ask what allowed it to happen instead of whose fault it was.',
  counterfactual:
    'Hindsight makes it look obvious. Ask what made that choice reasonable at the time, and what would make the better one easier.',
  'human-error':
    'Human error is where the inquiry starts, not where it ends: ask what made the error possible.',
  character: 'Describe what happened and what the system allowed, not the person.',
  blame: 'Ask what allowed it to happen instead.',
};

/** Verbs that, after a person's name, make that person the cause. */
const CAUSE_VERBS =
  "broke|caused|forgot|messed up|screwed up|didn['’]t|did not|failed to|ignored|overlooked|neglected";

/**
 * Capitalised words that begin sentences or name systems, not people (lower case).
 * Systems break, cause and fail too; a hint on "Kafka didn't" would be noise.
 */
const NOT_NAMES = new Set(
  (
    'the this that these those it we they he she i you someone somebody nobody no one ' +
    'everyone everybody anyone anybody our their his her its my your a an then and but so ' +
    'also which who what when why how nothing everything something there here after before ' +
    'because if once while since finally later first next monitoring alerting alert alerts ' +
    'alarm config configuration deploy deployment deploys rollout rollback release build ' +
    'pipeline script cron job service server database db cache cluster load traffic mobile ' +
    'payments payment gateway staging production prod dashboard pager test tests review ' +
    'change migration update upgrade network disk memory queue worker scheduler system app ' +
    'api client backend frontend proxy dns balancer autoscaler autoscaling team ops support ' +
    'management vendor provider customer customers users user retry retries timeout ' +
    'failover replica primary node pod container code patch hotfix runbook process ' +
    'redis postgres postgresql mysql mongo kafka rabbitmq docker kubernetes helm nginx ' +
    'envoy terraform ansible jenkins github gitlab aws gcp azure cloudflare linux java ' +
    'python chrome safari firefox android apple google microsoft slack grafana prometheus ' +
    'datadog pagerduty opsgenie sentry splunk elasticsearch elastic lambda heroku vercel ' +
    'netlify jira confluence zookeeper consul vault istio'
  ).split(' '),
);

/** Word shapes that are not names: -ing, -tion, -ment… */
const NOUN_SUFFIX = /(?:ing|tion|sion|ment|ness|ity|ance|ence)$/i;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where the person in a "<Name> <verb>" match starts, or null when the capitalised
 * words are not a person. Leading sentence words are skipped ("Then Bob broke" names
 * Bob); every word left must look like a name.
 */
function personStart(m: RegExpMatchArray): number | null {
  const words = m[1]!.split(/[\s-]/);
  let offset = 0;
  while (words.length > 0 && NOT_NAMES.has(words[0]!.toLowerCase())) {
    offset += words.shift()!.length + 1;
  }
  if (
    words.length === 0 ||
    words.some((w) => NOUN_SUFFIX.test(w) || NOT_NAMES.has(w.toLowerCase()))
  ) {
    return null;
  }
  return m.index! + offset;
}

/** Negations that turn "blame" into a blameless statement when they come shortly before. */
const NEGATED = /\b(?:no|not|never|without|don['’]t|do not|nobody|no one|isn['’]t)\b[^.!?]{0,40}$/i;

interface Rule {
  kind: BlameHintKind;
  pattern: RegExp;
  /** Where the span starts, or null to drop the match; default: the whole match. */
  locate?: (match: RegExpMatchArray, text: string) => number | null;
}

const unless =
  (reject: (m: RegExpMatchArray, text: string) => boolean) =>
  (m: RegExpMatchArray, text: string): number | null =>
    reject(m, text) ? null : m.index!;

function rules(names: readonly string[]): Rule[] {
  const list: Rule[] = [
    {
      kind: 'person-as-cause',
      pattern: new RegExp(
        `(?<![\\p{L}])(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?)\\s+(?:${CAUSE_VERBS})\\b`,
        'gu',
      ),
      locate: personStart,
    },
    {
      kind: 'fault',
      pattern: /\b(?:([\p{L}][\p{L}.-]*)['’]s|his|her|their|my|your|our)\s+(?:fault|mistake)\b/giu,
      locate: unless((m) =>
        /^(?:it|that|there|what|who|here|he|she|one|nobody|anyone|anybody|everyone)$/i.test(
          m[1] ?? '',
        ),
      ),
    },
    { kind: 'counterfactual', pattern: /\bshould(?:n['’]t| not)? have\b|\bshould['’]ve\b/gi },
    { kind: 'human-error', pattern: /\b(?:human|operator|user|pilot)[ -]error\b/gi },
    {
      kind: 'character',
      pattern: /\b(?:careless(?:ly|ness)?|sloppy|negligen(?:t|ce)|incompeten(?:t|ce)|lazy)\b/gi,
    },
    {
      kind: 'blame',
      pattern: /\bblam(?:e|ed|es|ing)\b/gi,
      locate: unless((m, text) => NEGATED.test(text.slice(0, m.index))),
    },
  ];
  const known = names.map((n) => n.trim()).filter((n) => n.length >= 2);
  if (known.length > 0) {
    list.push({
      kind: 'person-as-cause',
      pattern: new RegExp(
        `(?<![\\p{L}])(${known.map(escapeRegExp).join('|')})\\s+(?:${CAUSE_VERBS})\\b`,
        'giu',
      ),
    });
  }
  return list;
}

/**
 * The blaming phrases in `text`, in reading order; overlapping hits are reported once
 * (the earliest, then the longest).
 */
export function blameHints(text: string, options: BlameHintOptions = {}): BlameHint[] {
  const found: BlameHint[] = [];
  for (const rule of rules(options.names ?? [])) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = rule.locate ? rule.locate(m, text) : m.index!;
      if (start === null) continue;
      const end = m.index! + m[0].length;
      found.push({
        kind: rule.kind,
        start,
        end,
        match: text.slice(start, end),
        suggestion: BLAME_SUGGESTIONS[rule.kind],
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: BlameHint[] = [];
  for (const hint of found) {
    const last = kept.at(-1);
    if (last && hint.start < last.end) continue;
    kept.push(hint);
  }
  return kept;
}
