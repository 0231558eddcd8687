/** A time-ordered queue of simulation events (binary min-heap; ties keep insertion order). */
export interface QueuedEvent<T = unknown> {
  at: number
  seq: number
  payload: T
}

export class EventQueue<T = unknown> {
  private heap: QueuedEvent<T>[] = []
  private seq = 0

  get size(): number {
    return this.heap.length
  }

  push(at: number, payload: T): QueuedEvent<T> {
    const ev = { at, seq: this.seq++, payload }
    this.heap.push(ev)
    this.up(this.heap.length - 1)
    return ev
  }

  peek(): QueuedEvent<T> | undefined {
    return this.heap[0]
  }

  pop(): QueuedEvent<T> | undefined {
    const top = this.heap[0]
    const last = this.heap.pop()
    if (this.heap.length > 0 && last) {
      this.heap[0] = last
      this.down(0)
    }
    return top
  }

  /** Remove every event matching the predicate (used to cancel timers). */
  remove(match: (payload: T) => boolean): number {
    const before = this.heap.length
    this.heap = this.heap.filter((e) => !match(e.payload))
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.down(i)
    return before - this.heap.length
  }

  private less(i: number, j: number): boolean {
    const a = this.heap[i], b = this.heap[j]
    return a.at < b.at || (a.at === b.at && a.seq < b.seq)
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!this.less(i, p)) break
      ;[this.heap[i], this.heap[p]] = [this.heap[p], this.heap[i]]
      i = p
    }
  }

  private down(i: number): void {
    const n = this.heap.length
    for (;;) {
      const l = 2 * i + 1, r = l + 1
      let m = i
      if (l < n && this.less(l, m)) m = l
      if (r < n && this.less(r, m)) m = r
      if (m === i) return
      ;[this.heap[i], this.heap[m]] = [this.heap[m], this.heap[i]]
      i = m
    }
  }
}
