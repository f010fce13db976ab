import type { Content } from '../../../content/load.js';
import type { QuestionBank } from '../questions/question.js';
import { MentionFinder } from './mentions.js';
import { OutOfScopeFinder } from './out-of-scope.js';
import { ScenarioAnswerer, type ScenarioAnswer } from './scenario.js';
import { TopicFinder } from './topic-finder.js';
import { understand, type Understanding } from './understand.js';

/**
 * Everything the lookup reads a question with, built once per bot: the topic names, the free-text
 * index, the catalog of services the bot does not cover, and (on first use) the index of proven
 * scenarios that pasted exam questions are matched against.
 */
export class LookupKit {
  readonly finder: TopicFinder;
  readonly mentions: MentionFinder;
  readonly outOfScope: OutOfScopeFinder;
  private scenarios?: ScenarioAnswerer;

  constructor(private readonly content: Content, private readonly bank: () => QuestionBank) {
    this.finder = new TopicFinder(content.topics);
    this.mentions = new MentionFinder(content.topics);
    this.outOfScope = new OutOfScopeFinder(content.outOfScope);
  }

  understand(query: string): Understanding {
    return understand(query, this);
  }

  scenario(text: string): ScenarioAnswer {
    this.scenarios ??= new ScenarioAnswerer(this.content, this.bank(), this.mentions);
    return this.scenarios.answer(text);
  }
}
