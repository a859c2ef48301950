// Test files of a chained story (each test relying on the state the previous left) are split
// by subject; each file replays, in its beforeAll, the steps of the story it starts after.

/**
 * A `beforeAll` that runs setup steps one after the other: the file's seed, then the steps of its
 * story that it starts after (each a function of the file's `*.fixtures.ts`).
 */
export const inSequence =
  (...steps: (() => Promise<unknown>)[]) =>
  async (): Promise<void> => {
    for (const step of steps) await step();
  };

/**
 * A `beforeAll` that seeds, then replays a story's steps (an ordered record of functions) up to and
 * including `last`: where a test file of a chained story starts.
 */
export const storyUpTo =
  <Story extends Record<string, () => Promise<unknown>>>(
    seed: () => Promise<unknown>,
    story: Story,
    last: keyof Story,
  ) =>
  async (): Promise<void> => {
    await seed();
    for (const [name, step] of Object.entries(story)) {
      await step();
      if (name === last) return;
    }
  };
