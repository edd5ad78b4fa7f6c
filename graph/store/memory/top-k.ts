/**
 * The k best of many candidates without sorting them all: a search for a common word scores tens of thousands of
 * practices but a page shows twenty.
 */

/** Indices of the `k` largest `scores`, best first; ties go to the smaller `tieKey`. */
export function topK(scores: readonly number[], k: number, tieKey: (index: number) => number): number[] {
  const better = (a: number, b: number): boolean => {
    const sa = scores[a] as number;
    const sb = scores[b] as number;
    return sa !== sb ? sa > sb : tieKey(a) < tieKey(b);
  };
  if (k <= 0) return [];
  // A min-heap of the best k so far: its root is the worst of them, replaced when a better candidate comes.
  const heap: number[] = [];
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && better(heap[worst] as number, heap[left] as number)) worst = left;
      if (right < heap.length && better(heap[worst] as number, heap[right] as number)) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst] as number, heap[i] as number];
      i = worst;
    }
  };
  for (let index = 0; index < scores.length; index++) {
    if (heap.length < k) {
      heap.push(index);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!better(heap[parent] as number, heap[i] as number)) break;
        [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
        i = parent;
      }
    } else if (better(index, heap[0] as number)) {
      heap[0] = index;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}
