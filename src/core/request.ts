/** Who asked, where, and what: the platform-neutral input every front end builds. */
export type Platform = 'console' | 'slack' | 'discord';

export interface Actor {
  /** Stable id on the platform (Slack user id, Discord user id, console name). */
  readonly id: string;
  readonly name: string;
  /** Decided by the front end: Slack admins, Discord Manage Server, everyone in the console. */
  readonly isAdmin: boolean;
}

export interface Place {
  readonly platform: Platform;
  /** Slack workspace (team) id, Discord server (guild) id, or "local" for the console. */
  readonly workspaceId: string;
  readonly channelId: string;
}

export interface CommandRequest {
  readonly actor: Actor;
  readonly place: Place;
  /** Everything the member typed after `/aws`. */
  readonly text: string;
  /**
   * For a front end whose admin check costs a platform call (Slack's users.info): asked only when the
   * command needs admin rights and `actor.isAdmin` is false; its answer replaces `actor.isAdmin`.
   */
  readonly confirmAdmin?: () => Promise<boolean>;
}
