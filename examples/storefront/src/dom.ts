/** Tiny DOM helpers: the example needs no framework. */

type Child = Node | string;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function clear<T extends HTMLElement>(node: T): T {
  node.replaceChildren();
  return node;
}

export function show(node: HTMLElement, visible: boolean) {
  node.hidden = !visible;
}
