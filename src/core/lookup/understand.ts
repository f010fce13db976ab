import type { AspectId, Fact, Topic } from '../../../content/schema.js';
import { normalize } from '../text.js';
import { aspectsIn } from './aspect-words.js';
import { factsFor, type FactHit } from './facts.js';
import { MentionFinder, type Mention } from './mentions.js';
import { OutOfScopeFinder, type OutOfScopeService } from './out-of-scope.js';
import type { TopicFinder } from './topic-finder.js';

/** What a member's `/aws …` text asks for, before any reply is written. */
export type Understanding =
  | { readonly intent: 'overview'; readonly topic: Topic; readonly via: 'name' | 'free-text'; readonly notCovered?: OutOfScopeService }
  | { readonly intent: 'aspect'; readonly topic: Topic; readonly aspects: readonly AspectView[] }
  | { readonly intent: 'fact'; readonly topic: Topic; readonly facts: readonly FactHit[]; readonly answer?: 'yes' | 'no'; readonly aspect?: AspectId }
  | { readonly intent: 'compare'; readonly topics: readonly Topic[]; readonly leftOut: readonly string[] }
  | { readonly intent: 'scenario'; readonly text: string }
  | { readonly intent: 'exam'; readonly asks: readonly ExamAsk[] }
  | { readonly intent: 'out-of-scope'; readonly service: OutOfScopeService }
  | { readonly intent: 'did-you-mean'; readonly candidates: readonly Topic[]; readonly aspect?: AspectId }
  | { readonly intent: 'unknown' };

/** An aspect of a topic page, or the page of corrections to older notes. */
export type AspectView = AspectId | 'corrections';
export type ExamAsk = 'questions' | 'time' | 'passing' | 'domains' | 'format' | 'cost' | 'validity';

export type { Fact };

const YES_NO_OPENERS = new Set(['is', 'are', 'can', 'does', 'do', 'will', 'could', 'should', 'has', 'have', 'was', 'were', 'did', 'isnt', "isn't", 'cant', "can't", 'doesnt', "doesn't"]);
const QUESTION_WORDS = new Set(['what', 'which', 'how', 'when', 'where', 'why', 'who', 'whats', "what's", ...YES_NO_OPENERS]);
const COMPARE_WORDS = /\b(vs\.?|versus|compare|compared|comparing|comparison|difference|differences|differ|differs|or|better|between)\b/;
const EXAM_WORDS = /\b(exam|clf|c02|clf-c02|clfc02|cloud practitioner|certification|ccp)\b/;
const SCENARIO_SUBJECT = /\b(a|an|the|our|my) (company|startup|team|developer|business|organization|organisation|customer|retailer|firm|bank|school|hospital|university|agency|enterprise|solutions architect|media company|e-?commerce)\b/;
const WHICH_SERVICE = /\b(which|what)\b.{0,40}\b(service|services|solution|option|purchasing option|pricing option|aws offering)\b|\bwhat (should|can|do) (we|i|they|you) use\b|\bwhere (should|do|can|could) (we|i|they)\b/;
/** The voice of a pasted need: "we need…", "must…", "wants to…". */
const NEED_VOICE = /\b(we|our|they|i|devs|developers|team|company)\b.{0,30}\b(need|needs|must|want|wants|have to|has to|require|requires)\b|\b(need|needs|must|wants?) (a|an|to)\b/;
const OPTION_MARK = /(^|\s)\(?[a-d][.)]\s+\S/g;

export const STOP = new Set([
  'a', 'an', 'the', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'it', 'its', 'is', 'are', 'was', 'be', 'been',
  'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'how', 'what', 'whats', "what's", 'where', 'which', 'who', 'why', 'when',
  'to', 'of', 'in', 'on', 'for', 'with', 'and', 'or', 'at', 'by', 'from', 'that', 'this', 'these', 'there', 'about',
  'aws', 'amazon', 'service', 'services', 'use', 'using', 'used', 'want', 'need', 'some', 'any', 'so', 'if', 'tell', 'get', 'please', 'pls', 'plz',
  'thanks', 'thx', 'hi', 'hey', 'explain', 'know', 'like', 'mean', 'means', 'actually', 'really', 'just', 'vs', 'versus', 'compare', 'between',
  'difference', 'differences', 'better', 'one', 'ones', 'have', 'has', 'support', 'supports', 'supported', 'work', 'works',
]);

/** Turns what a member typed into the words we reason over: lower case, punctuation off, names kept (".net", "node.js", "c#"). */
export function tokenize(text: string): string[] {
  return normalize(text)
    .replace(/[?!,;:"“”‘’`()[\]{}<>*_~|]+/g, ' ')
    .split(' ')
    .map((w) => w.replace(/^'+|'+$/g, '').replace(/\.+$/, ''))
    .filter((w) => w.length > 0);
}

export interface UnderstandDeps {
  readonly mentions: MentionFinder;
  readonly outOfScope: OutOfScopeFinder;
  /** The free-text finder, for questions that name no topic. */
  readonly finder: TopicFinder;
}

/**
 * Reads a question the way a study partner would: anchor on the topics it names (names, aliases,
 * misspellings), then let the other words choose what is asked. A pasted exam scenario is answered
 * from the requirements model, an exam question from the exam facts, a service the bot does not cover
 * gets an honest "I don't cover it", and a question that names nothing falls back to the free-text finder.
 */
export function understand(query: string, deps: UnderstandDeps): Understanding {
  const text = normalize(query);
  const tokens = tokenize(query);
  if (tokens.length === 0 || !/\p{L}|\p{N}/u.test(text)) return { intent: 'unknown' };

  if (looksLikeScenario(text, tokens)) return { intent: 'scenario', text: query };

  const notCovered = deps.outOfScope.find(tokens);
  const comparing = COMPARE_WORDS.test(text);
  const found = dedupe(deps.mentions.find(tokens, notCovered?.positions ?? new Set(), comparing));
  // "how many questions are on the cloud practitioner exam" is about the exam, whatever "cloud" resembles.
  const aboutExam = EXAM_WORDS.test(text) && (examAsks(text).length > 0 || found.every((m) => m.via === 'fuzzy'));
  const mentions = aboutExam ? found.filter((m) => m.via === 'exact' && !/^(exam|clf)/.test(m.topic.id)) : found;
  const topics = mentions.map((m) => m.topic);
  if (aboutExam && topics.length === 0) return { intent: 'exam', asks: examAsks(text) };

  if (topics.length >= 2 && comparing) {
    return { intent: 'compare', topics: topics.slice(0, 3), leftOut: topics.slice(3).map((t) => t.name) };
  }
  if (topics.length === 0) {
    if (notCovered) return { intent: 'out-of-scope', service: notCovered.service };
    if (EXAM_WORDS.test(text)) return { intent: 'exam', asks: examAsks(text) };
    return freeText(text, deps);
  }

  const anchor = pickAnchor(mentions);
  // "containers service aws": a concept named where a service is asked for; offer the services.
  if (anchor.examScope === 'concept' && mentions.length === 1 && /\bservices?\b/.test(text)) {
    const services = anchor.related.flatMap((id) => deps.finder.topicById(id) ?? []).filter((t) => t.examScope === 'in-scope').slice(0, 3);
    if (services.length >= 2) return { intent: 'did-you-mean', candidates: services };
  }
  const used = new Set(mentions.flatMap((m) => range(m.start, m.end)));
  const unused = tokens.filter((_, i) => !used.has(i));
  // Aspect phrases may hold little words ("use cases", "how much"), so they are read before those go.
  const found2 = aspectsIn(unused);
  const aspects = { list: found2.list.filter((a) => a !== 'overview'), words: found2.words };
  const otherWords = unused.filter((w) => !aspects.words.has(w) && !STOP.has(w));
  const isQuestion = QUESTION_WORDS.has(tokens[0] ?? '') || query.includes('?');
  const yesNo = YES_NO_OPENERS.has(tokens[0] ?? '');

  // A terse "lambda pricing limits" wants the pages; a question wants the fact that answers it.
  if (aspects.list.length > 0 && otherWords.length === 0 && !isQuestion) {
    return { intent: 'aspect', topic: anchor, aspects: aspects.list };
  }
  const hits = factsFor(anchor, text, yesNo);
  if (hits.facts.length > 0 && (isQuestion || otherWords.length > 0)) {
    return {
      intent: 'fact', topic: anchor, facts: hits.facts,
      ...(hits.answer ? { answer: hits.answer } : {}),
      ...(aspects.list[0] && aspects.list[0] !== 'corrections' ? { aspect: aspects.list[0] } : {}),
    };
  }
  if (aspects.list.length > 0) return { intent: 'aspect', topic: anchor, aspects: aspects.list };
  return { intent: 'overview', topic: anchor, via: 'name', ...(notCovered ? { notCovered: notCovered.service } : {}) };
}

function looksLikeScenario(text: string, tokens: readonly string[]): boolean {
  const options = text.match(OPTION_MARK)?.length ?? 0;
  if (options >= 3) return true;
  if (/^(what|how|is|are|can|does|do) /.test(text) && !WHICH_SERVICE.test(text)) return tokens.length >= 25;
  if (tokens.length >= 8 && (SCENARIO_SUBJECT.test(text) || WHICH_SERVICE.test(text))) return true;
  if (tokens.length >= 10 && NEED_VOICE.test(text)) return true;
  return tokens.length >= 25;
}

function examAsks(text: string): ExamAsk[] {
  const asks: ExamAsk[] = [];
  if (/\b(questions?|how many|items?)\b/.test(text)) asks.push('questions');
  if (/\b(time|minutes?|long|duration|hours?)\b/.test(text)) asks.push('time');
  if (/\b(pass|passing|score|scored|scoring|grade|mark)\b/.test(text)) asks.push('passing');
  if (/\b(domains?|weights?|weighting|sections?|topics|percent|percentage|syllabus|blueprint|how much of|security|billing|concepts|technology)\b/.test(text)) asks.push('domains');
  if (/\b(format|type of questions|multiple choice|multiple response|select two)\b/.test(text)) asks.push('format');
  if (/\b(cost|price|fee|usd)\b|\$|how much (is|does|do)\b/.test(text)) asks.push('cost');
  if (/\b(valid|validity|expire|expires|recertif\w*|renew\w*)\b/.test(text)) asks.push('validity');
  return asks;
}

function freeText(text: string, deps: UnderstandDeps): Understanding {
  const result = deps.finder.find(text);
  switch (result.kind) {
    case 'found':
      if (result.aspect) return { intent: 'aspect', topic: result.topic, aspects: [result.aspect] };
      return { intent: 'overview', topic: result.topic, via: 'free-text' };
    case 'ambiguous':
      return { intent: 'did-you-mean', candidates: result.candidates, ...(result.aspect ? { aspect: result.aspect } : {}) };
    case 'none':
      return { intent: 'unknown' };
  }
}

/** The topic a question is about: a service named in it before a concept ("is fargate serverless"). */
function pickAnchor(mentions: readonly Mention[]): Topic {
  const concept = (t: Topic) => t.examScope === 'concept';
  const first = mentions.find((m) => !concept(m.topic)) ?? mentions[0];
  if (!first) throw new Error('pickAnchor needs a mention');
  return first.topic;
}

function dedupe(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.topic.id) ? false : (seen.add(m.topic.id), true)));
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}
