/**
 * CSS selectors for the elements we keep as evidence, so an inspector can
 * find them again. Only kept elements get one (making a selector for every
 * node is what makes audit tools slow on large pages), and each parent's
 * child positions are computed once and cached.
 */
const SIMPLE_ID = /^[A-Za-z][\w-]{0,80}$/;

export class SelectorBuilder {
  private readonly cache = new WeakMap<Element, string>();
  private readonly positions = new WeakMap<Element, Map<Element, number>>();

  of(el: Element): string {
    const cached = this.cache.get(el);
    if (cached !== undefined) return cached;
    // Climb to an element whose selector is known (cached, a unique id, or
    // the root), then build down, caching every ancestor on the way.
    const chain: Element[] = [];
    let base = '';
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const known = this.cache.get(cur);
      if (known !== undefined) {
        base = known;
        break;
      }
      const id = cur.getAttribute('id');
      if (id && SIMPLE_ID.test(id) && cur.ownerDocument.getElementById(id) === cur) {
        base = `#${id}`;
        this.cache.set(cur, base);
        break;
      }
      if (!cur.parentElement) {
        base = cur.tagName.toLowerCase();
        this.cache.set(cur, base);
        break;
      }
      chain.push(cur);
    }
    let selector = base;
    for (let i = chain.length - 1; i >= 0; i--) {
      const cur = chain[i]!;
      selector = `${selector} > ${cur.tagName.toLowerCase()}:nth-of-type(${this.position(cur.parentElement!, cur)})`;
      this.cache.set(cur, selector);
    }
    return selector.length > 600 ? selector.slice(-600) : selector;
  }

  private position(parent: Element, child: Element): number {
    let map = this.positions.get(parent);
    if (!map) {
      map = new Map();
      const counts = new Map<string, number>();
      for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
        const n = (counts.get(c.tagName) ?? 0) + 1;
        counts.set(c.tagName, n);
        map.set(c, n);
      }
      this.positions.set(parent, map);
    }
    return map.get(child) ?? 1;
  }
}
