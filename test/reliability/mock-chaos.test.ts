/**
 * Chaos against the mock itself (the `scalev-mock` command as it ships): a seeded, concurrent mix of
 * storefront and back-office traffic where a share of every class is hostile. Quantities from 1 to
 * 1e400, amounts negative, absurd or to the sen, look-alike discount codes, orders asked for under other
 * stores' paths, broken chunked framing on raw sockets, resets from web pages, and orders created,
 * listed, changed and deleted while others are placed. Every answer is checked against a reference model
 * kept in exact decimals: no 5xx, no answer that differs from the model, no request left unanswered
 * (each has a deadline), no order listed twice or lost, no state wiped by a page. One summary line.
 * Fixed seed by default; CHAOS_SEED=random (or a number) on demand.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUSINESS_KEY, crashes, rawRequest, startMock, STORE, STOREFRONT_KEY, type RunningMock } from "../mock/mock-process.ts";
import { catalogVariants, exactDecimal, min, toSen } from "../mock/money-check.ts";
import { chaosSeed, seededRandom } from "./seeded-random.ts";

const SEED = chaosSeed();
const REQUESTS = Number(process.env.MOCK_CHAOS_REQUESTS ?? 1200);
const WORKERS = 12;
/** A request without an answer by then counts as a hang. */
const DEADLINE_MS = 10_000;
const MAX_QUANTITY = 10_000n;
const MAX_AMOUNT_SEN = 100_000_000_000_000n;
const PUBLIC = `/v3/stores/${STORE}/public`;

let mock: RunningMock;
beforeAll(async () => (mock = await startMock()));
afterAll(async () => {
  if (mock) expect(await mock.stop()).toEqual({ code: 0, signal: null, leftBehind: [] });
});

type Json = any;
interface Outcome {
  status: number | "hang";
  body: Json;
  closed?: boolean;
}

const classes = new Map<string, Map<string, number>>();
const wrong: string[] = [];
let hangs = 0;
let serverErrors = 0;

function record(name: string, outcome: Outcome) {
  const statuses = classes.get(name) ?? new Map<string, number>();
  classes.set(name, statuses);
  statuses.set(String(outcome.status), (statuses.get(String(outcome.status)) ?? 0) + 1);
  if (outcome.status === "hang") hangs++;
  else if (outcome.status >= 500) serverErrors++;
}

/** A wrong answer: kept with what was sent, to print (a test of many requests must say which one failed). */
function check(condition: boolean, what: string, outcome: Outcome) {
  if (!condition) wrong.push(`${what} → ${outcome.status} ${JSON.stringify(outcome.body)?.slice(0, 300)}`);
  return condition;
}

/** A JSON request with a deadline; a 4xx must carry the API's error shape. */
async function send(name: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Outcome> {
  let outcome: Outcome;
  try {
    const response = await fetch(`${mock.url}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, "Content-Type": "application/json" },
      body,
      signal: AbortSignal.timeout(DEADLINE_MS),
    });
    const text = await response.text();
    outcome = { status: response.status, body: text ? JSON.parse(text) : undefined };
  } catch (error) {
    if ((error as Error).name !== "TimeoutError") throw error;
    outcome = { status: "hang", body: undefined };
  }
  record(name, outcome);
  if (typeof outcome.status === "number" && outcome.status >= 400) check(typeof outcome.body?.error === "string", `${method} ${path} ${body ?? ""}: the API's error shape`, outcome);
  return outcome;
}

/** Raw bytes on a fresh connection: the first answer's status, and whether the server closed the connection. */
function sendRaw(name: string, bytes: Buffer): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = connect(mock.port, "127.0.0.1");
    let received = "";
    const timer = setTimeout(() => socket.destroy(), DEADLINE_MS);
    socket.on("data", (chunk) => (received += chunk.toString("latin1")));
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1]);
      const body = received.slice(received.indexOf("\r\n\r\n") + 4);
      const outcome: Outcome = Number.isNaN(status) ? { status: "hang", body: undefined } : { status, body: body.startsWith("{") ? JSON.parse(body) : body, closed: true };
      record(name, outcome);
      resolve(outcome);
    });
    socket.write(bytes);
  });
}

/** The mock's money field in sen (a number or a decimal string; anything else is wrong). */
function senOf(value: unknown): bigint | undefined {
  if (typeof value !== "number" && typeof value !== "string") return undefined;
  if (/e|-/i.test(String(value))) return undefined;
  const exact = exactDecimal(String(value));
  return exact && toSen(exact);
}

describe("chaos against the mock", () => {
  it("answers every request as the exact model says, never 5xx, never hangs, lists no order twice, loses none", { timeout: 300_000 }, async () => {
    const random = seededRandom(SEED);
    const catalog = await catalogVariants(mock.url);
    const physical = catalog.filter((v) => v.physical);
    const digital = catalog.filter((v) => !v.physical);
    const pick = <T>(items: readonly T[]) => random.pick(items);

    const HOSTILE_QUANTITIES = ["1e400", "1e15", "9e15", "9007199254740993", "1e21", "10001", "-3", "0", "2.5", "99999999999999999999999"];
    const quantityText = () => {
      const roll = random.next();
      if (roll < 0.25) return pick(HOSTILE_QUANTITIES);
      if (roll < 0.35) return String(1000 + random.int(9001));
      return String(1 + random.int(50));
    };
    const HOSTILE_AMOUNTS = ["-50000", "-0.01", "-1e400", "1e400", "9e15", "1e13", '"-50000"', '"abc"', '"1e3"', "1000000000000.01"];
    const amountText = () => {
      const roll = random.next();
      if (roll < 0.3) return pick(HOSTILE_AMOUNTS);
      if (roll < 0.6) return `"${random.int(100_000)}.${String(random.int(100)).padStart(2, "0")}"`;
      return String(random.int(60_000));
    };
    const CODES = ["GRATISONGKIR", "JUNIHEMAT", "gratisongkir", "JuniHemat", "junıhemat", "GRATIſONGKIR", "JUNİHEMAT", "ＪＵＮＩＨＥＭＡＴ", "GRATISONG\u212aIR", "MEIHEMAT", "NOPE"];
    const fold = (code: string) => code.replace(/[a-z]/g, (c) => c.toUpperCase());
    /** The discount the model expects, in sen; undefined for an unknown code. */
    const discountOf = (code: string, products: bigint, shipping: bigint): { known: boolean; eligible: boolean; discount: bigint } => {
      switch (fold(code)) {
        case "GRATISONGKIR":
          return { known: true, eligible: true, discount: min(2_000_000n, shipping) };
        case "JUNIHEMAT":
          return products >= 18_500_000n ? { known: true, eligible: true, discount: min(((products * 10n + 5_000n) / 10_000n) * 100n, 5_000_000n) } : { known: true, eligible: false, discount: 0n };
        case "MEIHEMAT":
          return { known: true, eligible: false, discount: 0n };
        default:
          return { known: false, eligible: false, discount: 0n };
      }
    };

    const placed: { id: string; slug: string; gross: bigint }[] = [];
    const carts = new Map<string, Map<number, bigint>>(); // token → variant → quantity

    async function cartOperation(worker: number) {
      const token = `chaos-${SEED}-${worker}-${random.int(3)}`;
      const model = carts.get(token) ?? new Map<number, bigint>();
      carts.set(token, model);
      const variant = pick(catalog);
      const text = quantityText();
      const exact = exactDecimal(text);
      const quantity = exact && exact.scale === 0 ? exact.units : undefined;
      const fits = quantity !== undefined && quantity >= 1n && quantity <= MAX_QUANTITY && (model.get(variant.id) ?? 0n) + quantity <= MAX_QUANTITY;
      const outcome = await send("quantities", "POST", `${PUBLIC}/cart/items`, { ...STOREFRONT_KEY, "X-Scalev-Guest-Token": token }, `{"type":"variant","variant_id":${variant.id},"quantity":${text}}`);
      const what = `add ${text} of ${variant.id} to ${token}`;
      if (!fits) return void check(outcome.status === 400 || outcome.status === 422, `${what}: refused`, outcome);
      if (!check(outcome.status === 201, `${what}: added`, outcome)) return;
      model.set(variant.id, (model.get(variant.id) ?? 0n) + quantity!);
      expectCart(outcome, model, what);
    }

    function expectCart(outcome: Outcome, model: Map<number, bigint>, what: string) {
      // A quantity that is not a safe integer (1e400 reads back as null) can match no model.
      const lines = new Map<number, bigint>((outcome.body?.items ?? []).map((item: Json) => [item.variant_id, Number.isSafeInteger(item.quantity) ? BigInt(item.quantity) : -1n]));
      const total = [...model].reduce((sum, [id, quantity]) => sum + catalog.find((v) => v.id === id)!.sen * quantity, 0n);
      check(lines.size === model.size && [...model].every(([id, quantity]) => lines.get(id) === quantity), `${what}: the cart's lines`, outcome);
      check(senOf(outcome.body?.total) === total, `${what}: total ${total} sen`, outcome);
    }

    async function amounts() {
      const variant = pick(physical);
      const text = amountText();
      const code = random.next() < 0.7 ? pick(CODES) : undefined;
      const exact = exactDecimal(text.replace(/^"(.*)"$/, "$1"));
      const shipping = exact && exact.units >= 0n ? toSen(exact) : undefined;
      const body = `{"items":[{"type":"variant","variant_id":${variant.id},"quantity":2}],"shipping_cost":${text}${code ? `,"discount_code_code":${JSON.stringify(code)}` : ""}}`;
      const outcome = await send("amounts", "POST", `${PUBLIC}/checkout/summary`, STOREFRONT_KEY, body);
      const what = `summary ${body}`;
      if (shipping === undefined || shipping > MAX_AMOUNT_SEN) return void check(outcome.status === 400 && outcome.body?.error_code === "invalid_amount", `${what}: invalid_amount`, outcome);
      const products = 2n * variant.sen;
      const discount = code ? discountOf(code, products, shipping) : { known: true, eligible: true, discount: 0n };
      if (!discount.eligible) return void check(outcome.status === 400 && outcome.body?.error_code === "discount_code_not_eligible", `${what}: not eligible`, outcome);
      check(outcome.status === 200 && senOf(outcome.body?.gross_revenue) === products + shipping - discount.discount, `${what}: gross ${products + shipping - discount.discount} sen`, outcome);
    }

    async function codes() {
      const code = pick(CODES);
      const outcome = await send("look-alike codes", "POST", `${PUBLIC}/discount-codes/check`, STOREFRONT_KEY, JSON.stringify({ code, items: [{ type: "variant", variant_id: pick(physical).id, quantity: 1 }], shipping_cost: 24000 }));
      const expected = discountOf(code, 0n, 0n).known ? fold(code) : null;
      check(outcome.status === 200 && (outcome.body?.discount_code?.code ?? null) === expected, `check ${JSON.stringify(code)}: ${expected}`, outcome);
    }

    async function checkout() {
      const variant = pick(digital);
      const quantity = 1 + random.int(100);
      const outcome = await send("checkouts", "POST", `${PUBLIC}/checkout`, STOREFRONT_KEY, JSON.stringify({ customer_name: "Sari Wulandari", customer_email: "sari@example.com", customer_phone: "6281311112222", items: [{ type: "variant", variant_id: variant.id, quantity }] }));
      if (!check(outcome.status === 201 && senOf(outcome.body?.gross_revenue) === variant.sen * BigInt(quantity), `checkout ${quantity} of ${variant.id}`, outcome)) return;
      placed.push({ id: outcome.body.id, slug: outcome.body.secret_slug, gross: variant.sen * BigInt(quantity) });
    }

    async function crossStore() {
      const order = placed.length ? pick(placed) : undefined;
      if (!order) return checkout();
      const store = pick([STORE.toUpperCase(), `${STORE}x`, "store_other", `store_${random.int(1e9)}`]);
      const elsewhere = await send("orders across stores", "GET", `/v3/stores/${store}/public/orders/${order.slug}`, STOREFRONT_KEY);
      check(elsewhere.status === 404 && elsewhere.body?.error_code === "order_not_found", `order ${order.slug} under ${store}: 404`, elsewhere);
      const home = await send("orders across stores", "GET", `${PUBLIC}/orders/${order.slug}`, STOREFRONT_KEY);
      check(home.status === 200 && senOf(home.body?.gross_revenue) === order.gross, `order ${order.slug} at home`, home);
    }

    async function framing() {
      const body = pick(["1fffffffffffffffff\r\nxx\r\n0\r\n\r\n", "2\r\n{}xyz\r\n0\r\n\r\n", "2\r\n{}0\r\n\r\n", "2\n{}\r\n0\r\n\r\n", "2;a=\u0001\r\n{}\r\n0\r\n\r\n"]);
      const request = rawRequest("POST", `${PUBLIC}/cart/items`, { ...STOREFRONT_KEY, "Content-Type": "application/json", "Transfer-Encoding": "chunked" }, body);
      const outcome = await sendRaw("chunked framing", request);
      check(outcome.status === 400 && outcome.body?.error_code === "malformed_request" && outcome.closed === true, `chunked ${JSON.stringify(body)}: 400, closed`, outcome);
    }

    async function resetFromPage() {
      const origin = pick(["http://evil.example", "null", "http://localhost:5173", `http://localhost:${mock.port}`]);
      const outcome = await send("resets from web pages", "POST", "/__mock/reset", { Origin: origin, "Content-Type": "text/plain" }, "x");
      check(outcome.status === 403 && outcome.body?.error_code === "reset_forbidden", `reset from ${origin}: 403`, outcome);
    }

    // ---------- the back office: orders created, moved, deleted and listed by every worker at once ----------
    const live = new Map<string, { gross: bigint; status: string; worker: number }>();
    let duplicates = 0;
    async function createOrder(worker: number) {
      const variant = pick(catalog);
      const quantity = random.next() < 0.2 ? pick(HOSTILE_QUANTITIES) : String(1 + random.int(20));
      const shipping = random.next() < 0.2 ? pick(HOSTILE_AMOUNTS) : String(random.int(50_000));
      const body = `{"store_unique_id":"${STORE}","customer_name":"Chaos ${worker}","customer_email":"chaos${worker}@example.com","ordervariants":[{"variant_unique_id":"${variant.id}","quantity":${quantity}}],"shipping_cost":${shipping}}`;
      const outcome = await send("business orders", "POST", "/v3/orders", BUSINESS_KEY, body);
      const q = exactDecimal(quantity);
      const cost = exactDecimal(shipping.replace(/^"(.*)"$/, "$1"));
      const shippingSen = cost && cost.units >= 0n ? toSen(cost) : undefined;
      // The business route's schema takes amounts as JSON numbers only: a string is Prism's 400.
      const valid = q && q.scale === 0 && q.units >= 1n && q.units <= MAX_QUANTITY && !shipping.startsWith('"') && shippingSen !== undefined && shippingSen <= MAX_AMOUNT_SEN;
      if (!valid) return void check(outcome.status === 400, `create ${body}: refused`, outcome);
      const gross = variant.sen * q.units + shippingSen;
      if (check(outcome.status === 200 && senOf(outcome.body?.gross_revenue) === gross, `create ${body}: gross ${gross} sen`, outcome)) {
        live.set(outcome.body.id, { gross, status: "pending", worker });
      }
    }
    const ownOrder = (worker: number) => {
      const mine = [...live].filter(([, order]) => order.worker === worker);
      return mine.length ? pick(mine) : undefined;
    };
    async function moveOrder(worker: number) {
      const mine = ownOrder(worker);
      if (!mine) return createOrder(worker);
      const [id, order] = mine;
      const status = pick(["confirmed", "in_process", "shipped", "completed", "canceled"]);
      const changed = await send("business orders", "POST", "/v3/orders/change-status", BUSINESS_KEY, JSON.stringify({ ids: [id], status }));
      if (check(changed.status === 200 && changed.body?.data?.[0]?.status === status, `move ${id} to ${status}`, changed)) order.status = status;
      const read = await send("business orders", "GET", `/v3/orders/${id}`, BUSINESS_KEY);
      check(read.status === 200 && read.body.status === order.status && senOf(read.body.gross_revenue) === order.gross, `read ${id} back: ${order.status}, ${order.gross} sen`, read);
    }
    async function deleteOrder(worker: number) {
      const mine = ownOrder(worker);
      if (!mine) return createOrder(worker);
      live.delete(mine[0]);
      const deleted = await send("business orders", "POST", "/v3/orders/delete", BUSINESS_KEY, JSON.stringify({ ids: [mine[0]] }));
      check(deleted.status === 200, `delete ${mine[0]}`, deleted);
      const gone = await send("business orders", "GET", `/v3/orders/${mine[0]}`, BUSINESS_KEY);
      check(gone.status === 404, `${mine[0]} gone`, gone);
    }
    /** Every order once, page by page, while the others keep creating and deleting. */
    async function walkList(): Promise<string[]> {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await send("order list pages", "GET", `/v3/orders?page_size=7${cursor ? `&next_cursor=${cursor}` : ""}`, BUSINESS_KEY);
        if (!check(page.status === 200, "a page of the order list", page)) break;
        seen.push(...page.body.data.map((order: Json) => order.id));
        cursor = page.body.next_cursor;
      } while (cursor);
      duplicates += seen.length - new Set(seen).size;
      return seen;
    }

    const kinds = [cartOperation, cartOperation, amounts, codes, checkout, crossStore, framing, resetFromPage, createOrder, createOrder, moveOrder, deleteOrder, walkList] as const;
    let next = 0;
    await Promise.all(
      Array.from({ length: WORKERS }, async (_, worker) => {
        while (next < REQUESTS) {
          next++;
          await pick(kinds)(worker);
        }
      }),
    );

    // Nothing a page sent wiped the state: every cart still holds what the model says.
    let wiped = 0;
    for (const [token, model] of carts) {
      const outcome = await send("carts at the end", "GET", `${PUBLIC}/cart`, { ...STOREFRONT_KEY, "X-Scalev-Guest-Token": token });
      const before = wrong.length;
      expectCart(outcome, model, `cart ${token} at the end`);
      if (wrong.length > before) wiped++;
    }
    // Every order placed or created and not deleted is listed exactly once; none is lost.
    const listed = await walkList();
    const lost = [...live.keys(), ...placed.map((order) => order.id)].filter((id) => !listed.includes(id)).length;
    const requests = [...classes.values()].reduce((sum, statuses) => sum + [...statuses.values()].reduce((a, b) => a + b, 0), 0);
    const perClass = [...classes].map(([name, statuses]) => `${name} ${[...statuses].map(([status, n]) => `${status}×${n}`).join(" ")}`).join("; ");
    console.log(`mock chaos: seed ${SEED}, requests ${requests}, 5xx ${serverErrors}, wrong answers ${wrong.length}, hangs ${hangs}, duplicates ${duplicates}, lost ${lost}, wiped ${wiped}; ${perClass}`);

    expect(wrong.slice(0, 20)).toEqual([]);
    expect({ serverErrors, hangs, duplicates, lost, wiped, crashes: crashes(mock) }).toEqual({ serverErrors: 0, hangs: 0, duplicates: 0, lost: 0, wiped: 0, crashes: 0 });
    expect(requests).toBeGreaterThanOrEqual(REQUESTS);
    expect(classes.size).toBeGreaterThanOrEqual(10);
  });
});
