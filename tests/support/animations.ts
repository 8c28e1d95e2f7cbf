/**
 * Resolves once every running animation that ends has ended; spinners and skeletons animate forever
 * and are left out. Text still fading in is measured half-transparent, so axe would report a contrast
 * the user never sees once it has settled, and a picture would catch the page mid-motion.
 *
 * Shared by the workshop, which calls it in the story's page, and the browser suite, which sends it
 * into the page with `page.evaluate`: it must not use anything from outside its own body.
 */
export async function finiteAnimationsDone(): Promise<void> {
  const finite = document
    .getAnimations()
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
  // A cancelled animation rejects `finished`: it is over all the same.
  await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
}
