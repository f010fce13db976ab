import type { TraitId } from '../../../content/traits.js';

/**
 * True when the topic has every one of the traits. A topic's trait list is read as closed: a trait it
 * does not list is false for it.
 */
export function satisfies(topic: { readonly traits: readonly TraitId[] }, traitIds: readonly TraitId[]): boolean {
  return traitIds.every((t) => topic.traits.includes(t));
}
